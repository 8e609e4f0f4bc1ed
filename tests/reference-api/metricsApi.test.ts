import {
  PatientPageSchema,
  PeriodListSchema,
  RubByUnitSchema,
  RubSummarySchema,
  indicatorKeys,
  type RubSummary,
} from '../../src/clients/metricsSchemas';
import { UnitListSchema } from '../../src/clients/directorySchemas';
import { startTestApi, type TestApi } from './client';

const PERIODS = [
  '2022-08',
  '2022-09',
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
  '2023-02',
  '2023-03',
];

let t: TestApi;
let healthCentreIds: string[];
beforeAll(async () => {
  t = await startTestApi();
  const units = UnitListSchema.parse((await t.get('/directory/v1/units?kind=halsocentral')).body);
  healthCentreIds = units.items.map((u) => u.id);
});
afterAll(async () => {
  await t.api.close();
});

async function summary(query: string): Promise<RubSummary> {
  const r = await t.get(`/metrics/v1/rub/summary?${query}`);
  expect(r.status).toBe(200);
  return RubSummarySchema.parse(r.body);
}
async function byUnit(query: string): Promise<RubSummary[]> {
  const r = await t.get(`/metrics/v1/rub/by-unit?${query}`);
  expect(r.status).toBe(200);
  return RubByUnitSchema.parse(r.body).items;
}
async function patients(query: string) {
  const r = await t.get(`/metrics/v1/patients?${query}`);
  expect(r.status).toBe(200);
  return PatientPageSchema.parse(r.body);
}
const share = (s: RubSummary, n: number): number => n / s.patients;

describe('GET /metrics/v1/periods', () => {
  it('lists 2022-08 … 2023-03 monthly with Swedish labels, current 2023-03', async () => {
    const r = await t.get('/metrics/v1/periods');
    const body = PeriodListSchema.parse(r.body);
    expect(body.current).toBe('2023-03');
    expect(body.items.map((p) => p.id)).toEqual(PERIODS);
    expect(body.items[0]).toEqual({ id: '2022-08', label: 'augusti 2022' });
    expect(body.items[7]).toEqual({ id: '2023-03', label: 'mars 2023' });
    expect(body.items.map((p) => p.label)).toContain('februari 2023');
  });
});

describe('GET /metrics/v1/rub/summary', () => {
  it('returns the document figures for the region, RUB 5, 2023-03', async () => {
    const s = await summary('level=5&period=2023-03');
    expect(s).toEqual({
      period: '2023-03',
      unitId: null,
      level: 5,
      patients: 5399,
      averageAge: 73.69,
      withoutFastLakarkontakt: s.withoutFastLakarkontakt,
      withSip: s.withSip,
      indicators: {
        akutbesok: 3460,
        ambulans: 1971,
        hemsjukvard: 1219,
        psykiatri: 608,
        rehabilitering: 2329,
        aterinlaggning: 743,
      },
      synthetic: true,
    });
  });

  it('defaults to RUB 5 and the current period', async () => {
    expect(await summary('')).toEqual(await summary('level=5&period=2023-03'));
  });

  it('answers one health centre', async () => {
    const s = await summary('level=5&period=2023-03&unitId=hc-gripen');
    expect(s.unitId).toBe('hc-gripen');
    expect(s.patients).toBeGreaterThan(100);
    expect(s.patients).toBeLessThan(400);
  });

  it.each([
    'level=9',
    'level=-1',
    'level=five',
    'period=2021-01',
    'period=2023-3',
    'unitId=hc-nowhere',
    'unitId=sjukhus-kalmar',
    'level=5&level=4',
  ])('answers 400 for %s', async (query) => {
    const r = await t.get(`/metrics/v1/rub/summary?${query}`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: 'bad_request', message: expect.any(String) });
  });
});

describe('GET /metrics/v1/rub/by-unit', () => {
  it('has one summary per health centre', async () => {
    const items = await byUnit('level=5&period=2023-03');
    expect(items.map((s) => s.unitId).sort()).toEqual([...healthCentreIds].sort());
    expect(healthCentreIds).toHaveLength(23);
  });

  it('sums to the region for every period and level', async () => {
    for (const period of PERIODS) {
      for (const level of [0, 1, 2, 3, 4, 5]) {
        const region = await summary(`level=${level}&period=${period}`);
        const units = await byUnit(`level=${level}&period=${period}`);
        const sum = (pick: (s: RubSummary) => number): number =>
          units.reduce((acc, s) => acc + pick(s), 0);
        expect(sum((s) => s.patients)).toBe(region.patients);
        expect(sum((s) => s.withoutFastLakarkontakt)).toBe(region.withoutFastLakarkontakt);
        expect(sum((s) => s.withSip)).toBe(region.withSip);
        for (const key of indicatorKeys) {
          expect(sum((s) => s.indicators[key])).toBe(region.indicators[key]);
        }
        // Each unit's average is rounded to 2 decimals, so the weighted mean is within 0.005.
        const weighted = sum((s) => s.averageAge * s.patients) / region.patients;
        expect(Math.abs(weighted - region.averageAge)).toBeLessThanOrEqual(0.01);
        expect(units.every((s) => s.level === level && s.period === period)).toBe(true);
      }
    }
  });

  it('gives plausible sizes per band: RUB 0–4 larger than RUB 5, RUB 2 the largest', async () => {
    const sizes = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (level) => (await summary(`level=${level}`)).patients),
    );
    expect(Math.max(...sizes)).toBe(sizes[2]);
    for (const n of sizes.slice(0, 4)) expect(n).toBeGreaterThan(5399);
    expect((await summary('level=0')).indicators.akutbesok).toBe(0);
  });

  it('spreads the RUB 5 share without fast läkarkontakt between health centres', async () => {
    const now = await byUnit('level=5&period=2023-03');
    const shares = now.map((s) => share(s, s.withoutFastLakarkontakt));
    expect(Math.min(...shares)).toBeLessThan(0.1);
    expect(Math.max(...shares)).toBeGreaterThan(0.38);
    const sip = now.map((s) => share(s, s.withSip));
    expect(Math.min(...sip)).toBeLessThan(0.08);
    expect(Math.max(...sip)).toBeGreaterThan(0.25);
  });

  it('moves that share from 2022-08 to 2023-03: most improve, a couple worsen', async () => {
    const before = await byUnit('level=5&period=2022-08');
    const after = await byUnit('level=5&period=2023-03');
    const change = after.map((s, i) => {
      expect(before[i].unitId).toBe(s.unitId);
      return (
        share(s, s.withoutFastLakarkontakt) - share(before[i], before[i].withoutFastLakarkontakt)
      );
    });
    expect(change.filter((c) => c < -0.02).length).toBeGreaterThanOrEqual(15);
    expect(change.filter((c) => c > 0.015).length).toBeGreaterThanOrEqual(2);
    const regionBefore = await summary('level=5&period=2022-08');
    const regionAfter = await summary('level=5&period=2023-03');
    expect(share(regionAfter, regionAfter.withoutFastLakarkontakt)).toBeLessThan(
      share(regionBefore, regionBefore.withoutFastLakarkontakt) - 0.02,
    );
  });
});

describe('GET /metrics/v1/patients', () => {
  it('pages through a unit’s RUB 5 patients consistently with the summary', async () => {
    const s = await summary('level=5&period=2023-03&unitId=hc-esplanaden');
    const first = await patients('unitId=hc-esplanaden&level=5&period=2023-03');
    expect(first.total).toBe(s.patients);
    expect(first.items).toHaveLength(20);

    const all = [];
    for (let offset = 0; offset < s.patients; offset += 100) {
      const page = await patients(
        `unitId=hc-esplanaden&level=5&period=2023-03&offset=${offset}&limit=100`,
      );
      expect(page.total).toBe(s.patients);
      all.push(...page.items);
    }
    const refs = all.map((p) => p.ref);
    expect(refs).toHaveLength(s.patients);
    expect(new Set(refs).size).toBe(s.patients);
    expect(refs).toEqual([...refs].sort());
    expect(first.items).toEqual(all.slice(0, 20));
    expect(all.every((p) => p.listedUnitId === 'hc-esplanaden' && p.rubLevel === 5)).toBe(true);
    expect(all.filter((p) => p.sip)).toHaveLength(s.withSip);
    for (const key of indicatorKeys) {
      expect(all.filter((p) => p.indicators[key])).toHaveLength(s.indicators[key]);
    }

    const page2 = await patients('unitId=hc-esplanaden&level=5&period=2023-03&offset=20&limit=20');
    expect(page2.items).toEqual(all.slice(20, 40));
    const beyond = await patients('unitId=hc-esplanaden&level=5&period=2023-03&offset=5000');
    expect(beyond).toEqual({ total: s.patients, items: [] });
  });

  it('filters on withoutFastLakarkontakt, with totals from the summary', async () => {
    for (const [unitId, level, period] of [
      ['hc-gripen', 5, '2022-08'],
      ['hc-overum', 5, '2023-03'],
      ['hc-hogsby', 2, '2023-01'],
    ] as const) {
      const s = await summary(`level=${level}&period=${period}&unitId=${unitId}`);
      const base = `unitId=${unitId}&level=${level}&period=${period}&limit=100`;
      const without = await patients(`${base}&withoutFastLakarkontakt=true`);
      const withFlk = await patients(`${base}&withoutFastLakarkontakt=false`);
      expect(without.total).toBe(s.withoutFastLakarkontakt);
      expect(withFlk.total).toBe(s.patients - s.withoutFastLakarkontakt);
      expect(without.items.every((p) => !p.fastLakarkontakt)).toBe(true);
      expect(withFlk.items.every((p) => p.fastLakarkontakt)).toBe(true);
      expect((await patients(base)).total).toBe(s.patients);
    }
  });

  it('never returns anything shaped like a personnummer', async () => {
    const page = await patients('unitId=hc-borgholm&level=5&limit=100');
    expect(page.items).toHaveLength(100);
    for (const p of page.items) {
      expect(p.ref).toMatch(/^P-[0-9A-Z]{5,}$/);
      expect(p.ref).not.toMatch(/\d{6}[-+]?\d{4}/);
      expect(p.synthetic).toBe(true);
    }
  });

  it.each([
    ['no unitId', 'level=5'],
    ['an empty unitId', 'unitId=&level=5'],
    ['an unknown unitId', 'unitId=hc-nowhere'],
    ['a unit that is not a health centre', 'unitId=ambulans'],
    ['level=9', 'unitId=hc-gripen&level=9'],
    ['an unknown period', 'unitId=hc-gripen&period=2021-01'],
    ['limit=500', 'unitId=hc-gripen&limit=500'],
    ['limit=101', 'unitId=hc-gripen&limit=101'],
    ['limit=0', 'unitId=hc-gripen&limit=0'],
    ['offset=-1', 'unitId=hc-gripen&offset=-1'],
    ['offset=abc', 'unitId=hc-gripen&offset=abc'],
    ['offset=1.5', 'unitId=hc-gripen&offset=1.5'],
    ['withoutFastLakarkontakt=maybe', 'unitId=hc-gripen&withoutFastLakarkontakt=maybe'],
  ])('answers 400 for %s', async (_label, query) => {
    const r = await t.get(`/metrics/v1/patients?${query}`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: 'bad_request', message: expect.any(String) });
  });

  it('accepts limit=100 exactly', async () => {
    expect((await patients('unitId=hc-stenso&limit=100')).items).toHaveLength(100);
  });
});
