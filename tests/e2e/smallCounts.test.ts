import { countKeys, type CountKey } from '../../src/access/smallCounts';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import { strings } from '../../src/i18n/strings';
import { exposed, type Equation, type Unknown } from '../access/attacker';
import { actionsOf, cardText, cardsOf, startHarness, type CardJson, type Harness } from './harness';
import { barsOf, printedNumber } from './cardReading';
import { messageActivity } from './teamsActivity';

// Issue 9, "small counts that cannot be recovered by arithmetic", over the wire. In one channel an
// attacker collects everything it can see of RUB 5, March 2023: the tab's channel view of every
// health centre and of the region, the summary card of every health centre, the distribution cards,
// and digests of overlapping scopes (the region, two areas, two lists of units). From all of it
// together, not one withheld count may have a single possible value. In a 1:1 chat the manager
// still sees the exact figures.

const KEY = 'e2e-reference-key';
const CHANNEL = '19:sdc-samverkan@thread.tacv2';
const SAMORDNARE = '00000000-0000-4000-8000-000000000301';
const GRIPEN_MANAGER = '00000000-0000-4000-8000-000000000109';
const T = 5;
const keys: CountKey[] = [...countKeys];
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A count as a reader saw it: a number, "<5", or hidden. */
type Seen = number | '<5' | 'hidden';
const seenOf = (text: string): Seen =>
  text === '<5' ? '<5' : text === 'dolt' ? 'hidden' : printedNumber(text);

type TabShown = { n: number | null; lt?: number; hidden?: true };
const fromTab = (x: TabShown): Seen => (x.n !== null ? x.n : x.lt ? '<5' : 'hidden');

describe('small counts in a channel cannot be worked out', () => {
  let h: Harness;
  let units: { id: string; name: string; municipality: string }[];
  let truth: RubSummary[];

  const inChannel = (text: string | undefined, value?: unknown, aad = SAMORDNARE) =>
    messageActivity({
      serviceUrl: h.connector.url,
      scope: 'channel',
      conversationId: `${CHANNEL};messageid=1715000000000`,
      aadObjectId: aad,
      mention: text !== undefined,
      text,
      value,
    });
  const askInChannel = async (text: string): Promise<CardJson[]> =>
    cardsOf((await h.post(inChannel(text))).sent);
  const tab = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${h.app.url}/tab/channel/api/${path}`, {
      headers: { 'x-nara-dev-user': SAMORDNARE },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    // Many questions from one user: the rate limit is not what this test is about.
    h = await startHarness({ TAB_DEV_MODE: 'true', RATE_LIMIT_PER_MINUTE: '1000' });
    const get = async <T>(url: string) =>
      (await (await fetch(url, { headers: { Authorization: `Bearer ${KEY}` } })).json()) as T;
    units = (
      await get<{ items: { id: string; name: string; municipality: string }[] }>(
        `${h.app.directoryUrl}/v1/units?kind=halsocentral`,
      )
    ).items;
    truth = (
      await get<{ items: RubSummary[] }>(
        `${h.app.metricsUrl}/v1/rub/by-unit?level=5&period=2023-03`,
      )
    ).items;
  });
  afterAll(() => h.close());

  it('the region total minus the shown health centres gives no withheld count, from everything together', async () => {
    // Everything the channel sees: cell by cell, and sums (region, scopes).
    const cells = new Map<string, Seen>(); // `${key}@${unitId}`
    const sums: { unitIds: string[]; key: CountKey; value: number; source: string }[] = [];
    const see = (key: CountKey, unitId: string, value: Seen, source: string) => {
      const name = `${key}@${unitId}`;
      const before = cells.get(name);
      // Every view must show the same: a count withheld in one is withheld in all.
      if (before !== undefined) expect([name, source, value]).toEqual([name, source, before]);
      cells.set(name, value);
    };

    // 1. The tab's channel view of every health centre and of the region.
    for (const u of units) {
      const s = await tab<Record<string, TabShown> & { indicators: Record<string, TabShown> }>(
        `summary?unitId=${u.id}`,
      );
      for (const key of keys) {
        const shown = key in s ? s[key] : s.indicators[key];
        see(key, u.id, fromTab(shown), 'tab');
      }
    }
    const region = await tab<Record<string, TabShown> & { indicators: Record<string, TabShown> }>(
      'summary',
    );
    for (const key of keys) {
      const shown = key in region ? region[key] : region.indicators[key];
      if (shown.n !== null) {
        sums.push({ unitIds: units.map((u) => u.id), key, value: shown.n, source: 'tab region' });
      }
    }

    // 2. The summary card of every health centre, asked in the channel.
    const s = strings('sv').metrics;
    const labelKey = new Map<string, CountKey>(keys.map((k) => [s.measures[k], k]));
    for (const u of units) {
      const [card] = await askInChannel(`RUB5 på ${u.name}`);
      const rows = tableRows(card);
      expect(rows.length).toBeGreaterThan(9);
      for (const [label, count] of rows) {
        const key = labelKey.get(label);
        if (key) see(key, u.id, seenOf(count), `card ${u.name}`);
      }
    }

    // 3. The distribution cards (the example: SIP), with the region's total on them.
    for (const [text, key] of [
      ['fördelning mellan hälsocentraler för rub5 med SIP', 'withSip'],
      [
        'fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt',
        'withoutFastLakarkontakt',
      ],
    ] as const) {
      const [card] = await askInChannel(text);
      const facts = plain(cardText(card));
      const m = /Hela regionen: [\d,]+ % \(([\d ]+) av ([\d ]+)\)/.exec(facts);
      expect(m).not.toBeNull();
      sums.push({
        unitIds: units.map((u) => u.id),
        key,
        value: printedNumber(m?.[1] ?? ''),
        source: text,
      });
      // No withheld unit is ranked: its position would bound its value.
      for (const row of barsOf(card)) {
        const unit = units.find((u) => u.name.startsWith(row.label.replace(' (din HC)', '')));
        if (unit) expect(typeof cells.get(`${key}@${unit.id}`)).toBe('number');
      }
    }

    // 4. Digests of overlapping scopes in this channel: subscribe each, then preview it.
    const scopes: { scope: string; unitIds: string[] }[] = [
      { scope: 'region', unitIds: [] },
      { scope: 'area:Västervik', unitIds: [] },
      { scope: 'area:Oskarshamn', unitIds: [] },
      { scope: 'units', unitIds: ['hc-overum', 'hc-gamleby'] },
      { scope: 'units', unitIds: ['hc-overum', 'hc-gripen', 'hc-ankarsrum'] },
    ];
    const c = strings('sv').digest.card;
    for (const { scope, unitIds } of scopes) {
      const { sent } = await h.post(inChannel('prenumerera på veckobrev'));
      const submit = actionsOf(cardsOf(sent)[0]).find((a) => a.type === 'Action.Submit');
      await h.post(
        inChannel(undefined, {
          ...(submit?.data as object),
          weekday: '1',
          time: '08:00',
          scope,
          unitIds: unitIds.join(','),
        }),
      );
      const [digest] = await askInChannel('visa veckobrev nu');
      const covered =
        scope === 'region'
          ? units.map((u) => u.id)
          : scope.startsWith('area:')
            ? units.filter((u) => u.municipality === scope.slice(5)).map((u) => u.id)
            : unitIds;
      const facts = factsOf(digest);
      expect(facts.size).toBeGreaterThanOrEqual(4);
      const fact = (label: string) => facts.get(label) ?? '';
      const patients = fact(c.patients(5));
      if (/^[\d ]+$/.test(patients)) {
        sums.push({
          unitIds: covered,
          key: 'patients',
          value: printedNumber(patients),
          source: scope,
        });
      }
      for (const [label, key] of [
        [c.without, 'withoutFastLakarkontakt'],
        [c.withSip, 'withSip'],
      ] as const) {
        const m = /\(([\d ]+)\)$/.exec(fact(label)) ?? /^([\d ]+) \(/.exec(fact(label));
        if (m) sums.push({ unitIds: covered, key, value: printedNumber(m[1]), source: scope });
      }
    }

    // The attacker's system: every withheld count an unknown, every shown sum an equation.
    const unknowns: Unknown[] = [];
    const byId = new Map(truth.map((r) => [r.unitId, r]));
    for (const [name, value] of cells) {
      if (typeof value === 'number') continue;
      const [key, unitId] = name.split('@') as [CountKey, string];
      const patients = cells.get(`patients@${unitId}`);
      const hi = typeof patients === 'number' && key !== 'patients' ? patients : 100_000;
      unknowns.push({ name, ...(value === '<5' ? { lo: 1, hi: T - 1 } : { lo: T, hi }) });
    }
    const equations: Equation[] = sums.flatMap(({ unitIds, key, value }) => {
      const hidden: string[] = [];
      let rest = value;
      for (const id of unitIds) {
        const v = cells.get(`${key}@${id}`);
        if (typeof v === 'number') rest -= v;
        else hidden.push(`${key}@${id}`);
      }
      return hidden.length > 0 ? [{ unknowns: hidden, total: rest }] : [];
    });

    // The test means something: counts are withheld (Överum's SIP, 1–4, among them), sums are many.
    expect(cells.get('withSip@hc-overum')).toBe('<5');
    const overum = byId.get('hc-overum') as RubSummary;
    expect(overum.withSip).toBeGreaterThan(0);
    expect(overum.withSip).toBeLessThan(T);
    expect(unknowns.length).toBeGreaterThanOrEqual(2);
    expect(sums.length).toBeGreaterThan(15);
    // The attack, one subtraction: region total minus the shown units.
    const sip = sums.find((x) => x.key === 'withSip' && x.unitIds.length === units.length);
    const shownSip = units.reduce((acc, u) => {
      const v = cells.get(`withSip@${u.id}`);
      return acc + (typeof v === 'number' ? v : 0);
    }, 0);
    expect((sip?.value ?? 0) - shownSip).not.toBe(overum.withSip);
    // And the full attack over every equation at once.
    expect(exposed({ unknowns, equations })).toEqual([]);
  });

  it('in a 1:1 chat the manager still sees the exact figures', async () => {
    const overum = truth.find((r) => r.unitId === 'hc-overum') as RubSummary;
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'RUB5 på Överum',
        aadObjectId: GRIPEN_MANAGER,
      }),
    );
    const rows = tableRows(cardsOf(sent)[0]);
    expect(rows.find(([label]) => label === 'Med SIP')?.[1]).toBe(String(overum.withSip));
    expect(plain(cardText(cardsOf(sent)[0]))).not.toContain('Några små tal visas inte');
  });
});

/** [label, count] of each row of a summary card's table. */
function tableRows(card: CardJson): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TableRow') {
      const texts = (o.cells as { items: { text: string }[] }[]).map((c) =>
        plain(c.items[0]?.text ?? ''),
      );
      out.push([texts[0], texts[1]]);
      return;
    }
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** A digest's facts: label → value. */
function factsOf(card: CardJson): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'FactSet') {
      for (const f of o.facts as { title: string; value: string }[]) {
        out.set(plain(f.title), plain(f.value));
      }
    }
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}
