import {
  metrics,
  SpanKind,
  SpanStatusCode,
  trace,
  type Counter,
  type MeterProvider,
} from '@opentelemetry/api';

// What Nära tells operators, through the OpenTelemetry API: a span per turn and per digest run,
// and counters. Nothing personal ever goes in: no names, phone numbers, message text, patient
// refs, user or conversation ids; only kinds, outcomes and counts (tests/telemetry/ checks this).
// Without a registered provider (no APPLICATIONINSIGHTS_CONNECTION_STRING) every call is a no-op.

const SCOPE = 'nara';

type Instruments = {
  turns: Counter;
  upstreamErrors: Counter;
  throttled: Counter;
  digests: Counter;
  patientListReads: Counter;
  patientListRows: Counter;
};

// The API's meters are not proxies: instruments made before a provider is registered stay no-ops.
// So they are made per provider, the first time each is used.
let made: { provider: MeterProvider; instruments: Instruments } | undefined;

function instruments(): Instruments {
  const provider = metrics.getMeterProvider();
  if (made?.provider !== provider) {
    const meter = provider.getMeter(SCOPE);
    made = {
      provider,
      instruments: {
        turns: meter.createCounter('nara.turns', { description: 'Answered turns by intent' }),
        upstreamErrors: meter.createCounter('nara.upstream.errors', {
          description: 'Failed calls to the directory or metrics API, by API and reason',
        }),
        throttled: meter.createCounter('nara.throttled', {
          description: 'HTTP 429 answers, by service (directory, metrics, teams)',
        }),
        digests: meter.createCounter('nara.digest.deliveries', {
          description: 'Digest deliveries by outcome (sent, failed, unknown, skipped, busy)',
        }),
        patientListReads: meter.createCounter('nara.patient_list.reads', {
          description: 'Patient-list pages shown (each one written to the audit log first)',
        }),
        patientListRows: meter.createCounter('nara.patient_list.rows', {
          description: 'Patient rows shown on those pages (a count, never the refs)',
        }),
      },
    };
  }
  return made.instruments;
}

const tracer = () => trace.getTracer(SCOPE);

/** Runs a turn inside its span `nara.turn` (kind and channel of the activity, the turn id). */
export function inTurnSpan<T>(
  attributes: { turnId: string; activityType: string; channelId: string },
  fn: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(
    'nara.turn',
    {
      kind: SpanKind.SERVER,
      attributes: {
        'nara.turn_id': attributes.turnId,
        'nara.activity_type': attributes.activityType,
        'nara.channel': attributes.channelId,
      },
    },
    async (span) => {
      try {
        return await fn();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** A message turn was answered: its intent on the turn's span and in the counter. */
export function recordTurn(intent: string): void {
  trace.getActiveSpan()?.setAttribute('nara.intent', intent);
  instruments().turns.add(1, { intent });
}

export function recordUpstreamError(api: string, reason: string): void {
  trace.getActiveSpan()?.setAttribute('nara.upstream_error', `${api}:${reason}`);
  instruments().upstreamErrors.add(1, { api, reason });
}

export function recordThrottled(service: 'directory' | 'metrics' | 'teams'): void {
  instruments().throttled.add(1, { service });
}

export function recordPatientListRead(rows: number): void {
  instruments().patientListReads.add(1);
  instruments().patientListRows.add(rows);
}

type DigestOutcomes = Record<'sent' | 'failed' | 'unknown' | 'skipped' | 'busy', number>;

/** One digest run (a scheduler tick or the HTTP trigger) in its span, its outcomes counted. */
export function inDigestRunSpan<T extends DigestOutcomes | undefined>(
  trigger: 'schedule' | 'trigger',
  fn: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(
    'nara.digest.run',
    { kind: SpanKind.INTERNAL, attributes: { 'nara.digest.trigger': trigger } },
    async (span) => {
      try {
        const report = await fn();
        for (const outcome of ['sent', 'failed', 'unknown', 'skipped', 'busy'] as const) {
          const n = report?.[outcome] ?? 0;
          span.setAttribute(`nara.digest.${outcome}`, n);
          if (n > 0) instruments().digests.add(n, { outcome });
        }
        return report;
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
