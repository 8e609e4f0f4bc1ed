import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import { cardProblems } from '../cards/adaptiveCardParser';
import { schemaProblems } from '../cards/teamsSchema';
import { barsOf, printedNumber } from './cardReading';
import { actionsOf, cardText, cardsOf, startHarness, type CardJson, type Harness } from './harness';
import { messageActivity, type Scope } from './teamsActivity';

// Chefer's RUB questions over the wire: summaries, distribution, change, "min HC".

const KEY = 'e2e-reference-key';
/** Swedish numbers use no-break spaces; compare what a reader sees. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const pct = (n: number, d: number, language: 'sv' | 'en' = 'sv'): string =>
  plain(
    new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(n / d),
  );

const GRIPEN_MANAGER = '00000000-0000-4000-8000-000000000109';
const SAMORDNARE = '00000000-0000-4000-8000-000000000301';

function findAll(card: unknown, type: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === type) out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('RUB metrics over the wire', () => {
  let h: Harness;
  const api = async <T>(url: string): Promise<T> =>
    (await fetch(url, { headers: { Authorization: `Bearer ${KEY}` } })).json() as Promise<T>;
  const metricsApi = <T>(p: string) => api<T>(`${h.app.metricsUrl}${p}`);
  const ask = async (
    text: string,
    o: { scope?: Scope; aadObjectId?: string; locale?: string; value?: unknown } = {},
  ): Promise<{ cards: CardJson[]; text: string }> => {
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text,
        mention: o.scope && o.scope !== 'personal',
        ...o,
      }),
    );
    const cards = cardsOf(sent);
    return { cards, text: plain(cards.map(cardText).join('\n')) };
  };

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it("gives the document's region RUB 5 figures for March 2023 exactly", async () => {
    const { cards, text } = await ask('RUB 5 i regionen mars 2023');
    expect(cards).toHaveLength(1);
    for (const figure of ['5 399', '3 460', '1 971', '1 219', '608', '2 329', '743', '73,7 år']) {
      expect(text).toContain(figure);
    }
    for (const share of ['64,1 %', '36,5 %', '22,6 %', '11,3 %', '43,1 %', '13,8 %'])
      expect(text).toContain(share);
    expect(text).toContain('RUB 5 – Hela regionen');
    // The reference API's population is synthetic, and the card says so.
    expect(text).toContain('Syntetiska testdata');
    expect(cardProblems(cards[0])).toEqual([]);
    expect(schemaProblems(cards[0])).toEqual([]);
  });

  it('answers "how many without fast läkarkontakt at Gripen" with count, share and the region beside it', async () => {
    const [unit, region] = await Promise.all([
      metricsApi<RubSummary>('/v1/rub/summary?level=5&period=2023-03&unitId=hc-gripen'),
      metricsApi<RubSummary>('/v1/rub/summary?level=5&period=2023-03'),
    ]);
    const { text } = await ask('hur många RUB 5 saknar fast läkarkontakt på Gripen?');
    expect(text).toContain(
      `${unit.withoutFastLakarkontakt} av ${unit.patients} patienter med RUB 5 på Gripens hälsocentral saknar fast läkarkontakt (${pct(unit.withoutFastLakarkontakt, unit.patients)}). Hela regionen: ${pct(region.withoutFastLakarkontakt, region.patients)}.`,
    );
    expect(text).toContain('Regionen');
  });

  it('answers in English with English numbers', async () => {
    const { text } = await ask('summary for the region', { locale: 'en-US' });
    expect(text).toContain('5,399');
    expect(text).toContain('64.1%');
    expect(text).toContain('73.7 years');
  });

  it('ranks the health centres with values on the bars, the own unit and the region marked', async () => {
    const items = (
      await metricsApi<{ items: RubSummary[] }>('/v1/rub/by-unit?level=5&period=2023-03')
    ).items;
    const { cards, text } = await ask(
      'fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt',
      { aadObjectId: GRIPEN_MANAGER },
    );
    const rows = barsOf(cards[0]);
    const share = (r: RubSummary) =>
      Math.round((r.withoutFastLakarkontakt / r.patients) * 1000) / 10;
    const ranked = [...items].sort((a, b) => share(b) - share(a));
    // The top five, the bottom five, Gripen (the user's own) and the region: 23 units fit.
    const region = rows[rows.length - 1];
    expect(region.label).toBe('Hela regionen');
    const regionShare =
      items.reduce((a, r) => a + r.withoutFastLakarkontakt, 0) /
      items.reduce((a, r) => a + r.patients, 0);
    expect(region.value).toBe(pct(regionShare, 1));
    const units = rows.slice(0, -1);
    expect(units.length).toBeLessThanOrEqual(11);
    expect(units[0].value).toBe(pct(ranked[0].withoutFastLakarkontakt, ranked[0].patients));
    expect(units[units.length - 1].value).toBe(
      pct(ranked[ranked.length - 1].withoutFastLakarkontakt, ranked[ranked.length - 1].patients),
    );
    const values = units.map((r) => printedNumber(r.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(units.map((r) => r.label)).toContain('Gripen (din HC)');
    // Bars as long as the values they print, on one scale.
    const perPoint = units[0].length / values[0];
    for (const r of units) expect(r.length).toBeCloseTo(printedNumber(r.value) * perPoint, 2);
    expect(text).toMatch(/Högst: .+, \d+,\d % \(\d+ av \d+\)\. Lägst: .+\. Hela regionen: /);
    expect(text).toContain('⋯');
    expect(text).toContain(
      'Hela rangordningen med alla 23 hälsocentraler finns i fliken Översikt.',
    );
    expect(text).not.toMatch(/\d\.\d/);
    expect(cardProblems(cards[0])).toEqual([]);
    expect(schemaProblems(cards[0])).toEqual([]);
  });

  it('shows the change since August 2022 per month, labelled with years, in percentage points', async () => {
    const [from, to] = await Promise.all([
      metricsApi<RubSummary>('/v1/rub/summary?level=5&period=2022-08'),
      metricsApi<RubSummary>('/v1/rub/summary?level=5&period=2023-03'),
    ]);
    const { cards, text } = await ask(
      'hur har andelen utan fast läkare förändrats sedan augusti 2022?',
    );
    const rows = barsOf(cards[0]);
    expect(rows.map((r) => r.label)).toEqual([
      'aug 2022',
      'sep 2022',
      'okt 2022',
      'nov 2022',
      'dec 2022',
      'jan 2023',
      'feb 2023',
      'mars 2023',
    ]);
    const a = pct(from.withoutFastLakarkontakt, from.patients);
    const b = pct(to.withoutFastLakarkontakt, to.patients);
    expect([rows[0].value, rows[7].value]).toEqual([a, b]);
    // The change as printed: the difference of the two printed shares.
    const delta = Math.round((printedNumber(b) - printedNumber(a)) * 10) / 10;
    const expected = plain(
      new Intl.NumberFormat('sv-SE', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }).format(delta),
    );
    expect(text).toContain(
      `Från augusti 2022 till mars 2023 ändrades andelen utan fast läkarkontakt i hela regionen från ${a} till ${b}: ${expected} procentenheter.`,
    );
    expect(cardProblems(cards[0])).toEqual([]);
    expect(schemaProblems(cards[0])).toEqual([]);
  });

  it('compares two named months for a unit, with the region beside it', async () => {
    const { cards, text } = await ask('trend SIP på Gripen');
    const rows = barsOf(cards[0]);
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => /^\d+,\d %$/.test(r.extra ?? ''))).toBe(true);
    expect(text).toContain('Regionen');
    expect(text).toContain('andelen med SIP på Gripens hälsocentral');
    expect(text).toContain('Hela regionen under samma tid:');
  });

  it('in a channel, shows counts from 1 to 4 as "<5" and withholds the shares built on them', async () => {
    const overum = await metricsApi<RubSummary>(
      '/v1/rub/summary?level=5&period=2023-03&unitId=hc-overum',
    );
    expect(overum.withSip).toBeGreaterThan(0);
    expect(overum.withSip).toBeLessThan(5);
    for (const scope of ['channel', 'groupChat'] as const) {
      const { cards } = await ask('RUB5 på Överum', { scope });
      const rows = findAll(cards[0], 'TableRow').map((r) =>
        (r.cells as { items: { text: string }[] }[]).map((c) => plain(c.items[0].text)),
      );
      const sip = rows.find((r) => r[0] === 'Med SIP');
      expect(sip?.slice(1, 3)).toEqual(['<5', '–']);
      expect(cardText(cards[0])).toContain('"<5"');
    }
    // The same question in a personal chat shows the exact count.
    const { cards } = await ask('RUB5 på Överum');
    expect(plain(cardText(cards[0]))).toContain(pct(overum.withSip, overum.patients));
  });

  it('says which periods exist when asked for one that does not', async () => {
    const { text } = await ask('RUB 5 i regionen mars 2021');
    expect(text).toContain(
      'Jag har inga siffror för mars 2021. Det finns siffror från augusti 2022 till mars 2023.',
    );
  });

  describe('"min HC"', () => {
    it("comes from the directory entry of the user's Teams aadObjectId", async () => {
      const { text } = await ask('RUB5 på min HC', { aadObjectId: GRIPEN_MANAGER });
      expect(text).toContain('RUB 5 – Gripens hälsocentral');
    });

    it('asks with health-centre choices when neither a setting nor a directory unit exists', async () => {
      const { cards } = await ask('andel med SIP på min HC', { aadObjectId: SAMORDNARE });
      const [picker] = findAll(cards[0], 'Input.ChoiceSet');
      const choices = picker.choices as { title: string; value: string }[];
      expect(choices.length).toBeGreaterThanOrEqual(20);
      expect(choices.map((c) => c.value)).toContain('hc-gripen');
      expect(actionsOf(cards[0])[0].data).toEqual({ action: 'myUnit' });
    });

    it('is stored per user when chosen or set, and survives a restart', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'nara-e2e-minhc-'));
      const user = '00000000-0000-4000-8000-00000000abcd';
      try {
        const first = await startHarness({ DATA_DIR: dataDir });
        try {
          // The picker's button sends { action: 'myUnit' } merged with the chosen input value.
          const chose = await first.post(
            messageActivity({
              serviceUrl: first.connector.url,
              aadObjectId: user,
              value: { action: 'myUnit', unitId: 'hc-borgholm' },
            }),
          );
          expect(plain(cardText(cardsOf(chose.sent)[0]))).toContain(
            'Din HC är nu Borgholms hälsocentral',
          );
          const set = await first.post(
            messageActivity({
              serviceUrl: first.connector.url,
              aadObjectId: user,
              text: 'min HC är Kristineberg',
            }),
          );
          expect(cardText(cardsOf(set.sent)[0])).toContain(
            'Din HC är nu Kristinebergs hälsocentral',
          );
        } finally {
          await first.close();
        }
        const second = await startHarness({ DATA_DIR: dataDir });
        try {
          const { sent } = await second.post(
            messageActivity({
              serviceUrl: second.connector.url,
              aadObjectId: user,
              text: 'RUB5 på min HC',
            }),
          );
          expect(cardText(cardsOf(sent)[0])).toContain('RUB 5 – Kristinebergs hälsocentral');
          const en = await second.post(
            messageActivity({
              serviceUrl: second.connector.url,
              aadObjectId: user,
              text: 'set my health centre to Gripen',
              locale: 'en-US',
            }),
          );
          expect(cardText(cardsOf(en.sent)[0])).toContain('Your HC is now Gripens hälsocentral');
        } finally {
          await second.close();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});
