import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createLogger } from '../../src/log';
import type { Intent } from '../../src/understanding/intent';
import type { Handler } from '../../src/skills/intentHandlers';
import { startAzureMonitor } from '../../src/telemetry/azureMonitor';
import type { Sent } from '../e2e/connector';
import { cardText, cardsOf, startHarness, type Harness } from '../e2e/harness';
import { messageActivity } from '../e2e/teamsActivity';

// What operators see of a turn (spans, metrics, log lines) through the OpenTelemetry API, with
// in-memory exporters in place of Application Insights: what Nära does, never who or what about.

const MANAGER = '00000000-0000-4000-8000-000000000109'; // Testa Gripenchef (synthetic)
const CONTACT_QUESTION = 'telefon till Åke Åkesson';
const LIST_QUESTION = 'vilka RUB5-patienter saknar fast läkare på Gripens hälsocentral?';
const REF = /P-[0-9A-Z]{5,}/g;
const PHONE = /\+?\d[\d\s-]{6,}\d/g;

describe('telemetry of a turn', () => {
  const spans = new InMemorySpanExporter();
  const exported = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: exported,
    exportIntervalMillis: 3_600_000,
  });
  const logLines: string[] = [];
  let h: Harness;
  const sent: Sent[] = [];
  const failingSkill: Handler<Intent> = async () => {
    throw new Error('injected failure');
  };

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }),
    );
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    const log = createLogger('info', { write: (line: string) => void logLines.push(line) });
    h = await startHarness({}, { log, handlers: { digestPreview: failingSkill } });
    const say = async (text: string, aadObjectId?: string) => {
      const res = await h.post(messageActivity({ serviceUrl: h.connector.url, text, aadObjectId }));
      sent.push(...res.sent);
      return res;
    };
    await say(CONTACT_QUESTION);
    await say(LIST_QUESTION, MANAGER);
    await say('visa veckobrev nu'); // the failing digest skill: an error card with a reference
    await h.app.digests.tick();
    await reader.forceFlush();
  });

  afterAll(async () => {
    await h.close();
    trace.disable();
    metrics.disable();
    context.disable();
  });

  const spanJson = () =>
    JSON.stringify(
      spans
        .getFinishedSpans()
        .map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })),
    );
  const metricJson = () => JSON.stringify(exported.getMetrics());
  const metric = (name: string) =>
    exported
      .getMetrics()
      .flatMap((r) => r.scopeMetrics.flatMap((m) => m.metrics))
      .filter((m) => m.descriptor.name === name)
      .flatMap((m) => m.dataPoints as { attributes: Record<string, unknown>; value: unknown }[]);

  it('answered with personal data, so the test can see it is kept out', () => {
    const shown = JSON.stringify(sent);
    expect(shown).toContain('Åke');
    expect(shown.match(REF)?.length).toBeGreaterThan(0);
    expect(shown.match(PHONE)?.length).toBeGreaterThan(0);
  });

  it('has a span per turn with its intent and turn id, and one per digest run', () => {
    const turns = spans.getFinishedSpans().filter((s) => s.name === 'nara.turn');
    expect(turns).toHaveLength(3);
    expect(turns.map((s) => s.attributes['nara.intent'])).toEqual(
      expect.arrayContaining([expect.any(String)]),
    );
    for (const s of turns) expect(s.attributes['nara.turn_id']).toMatch(/^[0-9a-f]{12}$/);
    expect(spans.getFinishedSpans().some((s) => s.name === 'nara.digest.run')).toBe(true);
  });

  it('counts turns by intent and patient-list reads, as numbers only', () => {
    const intents = metric('nara.turns').map((p) => p.attributes.intent);
    expect(intents.length).toBeGreaterThanOrEqual(2);
    const reads = metric('nara.patient_list.reads');
    expect(reads.map((p) => p.value)).toEqual([1]);
    expect(Number(metric('nara.patient_list.rows')[0]?.value)).toBeGreaterThan(0);
  });

  it('carries no names, phone numbers, message text, patient refs or user ids', () => {
    const shown = JSON.stringify(sent);
    // Phone numbers as the cards show them: the envelope's own digits (activity ids, times) are
    // not personal and would match durations in the telemetry by chance. The error card's turn
    // id belongs in the telemetry and can be all digits, so it is no phone number.
    const turnIds = spans.getFinishedSpans().map((s) => String(s.attributes['nara.turn_id']));
    const cardTexts = turnIds.reduce(
      (text, id) => text.split(id).join(' '),
      cardsOf(sent).map(cardText).join('\n'),
    );
    const personal = [
      'Åke',
      'Åkesson',
      'Gripens',
      'Testa',
      CONTACT_QUESTION,
      LIST_QUESTION,
      'veckobrev',
      MANAGER,
      ...(shown.match(REF) ?? []),
      ...(cardTexts.match(PHONE) ?? []).map((p) => p.replace(/\D/g, '')),
    ];
    expect(cardTexts).toMatch(PHONE);
    const telemetry = spanJson() + metricJson();
    const digitsOnly = telemetry.replace(/\D/g, ' ');
    for (const value of personal) {
      if (/^\d+$/.test(value)) expect(digitsOnly).not.toContain(value);
      else expect(telemetry).not.toContain(value);
    }
  });

  it('puts the turn id in every log line of the turn and on the error card', () => {
    const failed = spans
      .getFinishedSpans()
      .filter((s) => s.name === 'nara.turn')
      .map((s) => String(s.attributes['nara.turn_id']));
    const errorCard = cardsOf(sent)
      .map(cardText)
      .find((t) => failed.some((id) => t.includes(id)));
    expect(errorCard).toBeDefined();
    const turnLines = logLines
      .map((l) => JSON.parse(l) as { event?: string; turnId?: string })
      .filter((l) => l.event === 'turn' || l.event === 'turnError');
    expect(turnLines.length).toBeGreaterThanOrEqual(3);
    for (const line of turnLines) expect(failed).toContain(line.turnId);
  });

  it('starts no Azure exporter without a connection string', async () => {
    expect(await startAzureMonitor({ APPLICATIONINSIGHTS_CONNECTION_STRING: undefined })).toBe(
      undefined,
    );
  });
});
