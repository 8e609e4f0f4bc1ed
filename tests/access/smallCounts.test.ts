import fc from 'fast-check';
import {
  countKeys,
  disclose,
  showCount,
  suppressColumn,
  type CountKey,
} from '../../src/access/smallCounts';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import { exposed } from './attacker';
import { channelSystem, holds, type Table } from './channelView';

// Small counts in shared spaces: no withheld count may be worked out from everything one channel
// sees together (every unit's count, the region's totals, and the sums of digests of any scope).

const summary = (
  unitId: string,
  patients: number,
  without: number,
  withSip: number,
): RubSummary => ({
  period: '2023-03',
  unitId,
  level: 5,
  patients,
  averageAge: 74,
  withoutFastLakarkontakt: without,
  withSip,
  indicators: {
    akutbesok: 0,
    ambulans: 0,
    hemsjukvard: 0,
    psykiatri: 0,
    rehabilitering: 0,
    aterinlaggning: 0,
  },
  synthetic: true,
});

const keys: CountKey[] = ['patients', 'withoutFastLakarkontakt', 'withSip'];

/** A random small region: 2–6 health centres in 1–3 areas, with small counts. */
const tableOf = (maxUnits: number, maxPatients: number) =>
  fc
    .record({
      threshold: fc.constantFrom(3, 5),
      units: fc.array(
        fc.record({
          area: fc.constantFrom('A', 'B', 'C'),
          patients: fc.integer({ min: 0, max: maxPatients }),
          without: fc.double({ min: 0, max: 1, noNaN: true }),
          withSip: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { minLength: 2, maxLength: maxUnits },
      ),
    })
    .map(({ threshold, units }) => ({
      threshold,
      areas: new Map(units.map((u, i) => [`u${i}`, u.area])),
      rows: units.map((u, i) =>
        summary(
          `u${i}`,
          u.patients,
          Math.round(u.without * u.patients),
          Math.round(u.withSip * u.patients),
        ),
      ),
    }));
const tables = tableOf(6, 16);

describe('small counts in shared spaces', () => {
  it('no withheld count can be worked out from the shown counts, totals and scope sums', () => {
    fc.assert(
      fc.property(tables, ({ threshold, areas, rows }) => {
        const table: Table = { rows, threshold };
        const disclosure = disclose(rows, areas, { threshold });
        const { system, truth } = channelSystem(table, disclosure, keys);
        expect(holds(system, truth)).toBe(true);
        expect(exposed(system)).toEqual([]);
      }),
      { numRuns: Number(process.env.SDC_RUNS ?? 400) },
    );
  });

  it('and so for larger counts and more health centres', () => {
    fc.assert(
      fc.property(tableOf(7, 40), ({ threshold, areas, rows }) => {
        const disclosure = disclose(rows, areas, { threshold });
        const { system, truth } = channelSystem({ rows, threshold }, disclosure, keys);
        expect(holds(system, truth)).toBe(true);
        expect(exposed(system)).toEqual([]);
      }),
      { numRuns: Number(process.env.SDC_RUNS ?? 150) },
    );
  });

  it('shows no count from 1 to threshold−1, and none whose complement in its unit is that small', () => {
    fc.assert(
      fc.property(tables, ({ threshold, areas, rows }) => {
        const d = disclose(rows, areas, { threshold });
        const small = (n: number) => n > 0 && n < threshold;
        for (const r of rows) {
          const id = r.unitId as string;
          for (const key of keys) {
            const cell = d.cell(id, key);
            if (cell.withheld) continue;
            expect(small(cell.value)).toBe(false);
            if (key !== 'patients') expect(small(r.patients - cell.value)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Överum: the region minus the other units no longer gives its SIP count', () => {
    // The case: one unit with 4, the others exact, the region's total beside them.
    const rows = [
      summary('hc-overum', 62, 26, 4),
      summary('hc-gamleby', 173, 67, 14),
      summary('hc-ankarsrum', 107, 43, 9),
      summary('hc-gripen', 214, 43, 39),
      summary('hc-kalmar', 298, 51, 45),
    ];
    const areas = new Map([
      ['hc-overum', 'Västervik'],
      ['hc-gamleby', 'Västervik'],
      ['hc-ankarsrum', 'Västervik'],
      ['hc-gripen', 'Oskarshamn'],
      ['hc-kalmar', 'Kalmar'],
    ]);
    const d = disclose(rows, areas, { threshold: 5 });
    expect(d.cell('hc-overum', 'withSip')).toEqual({ withheld: true, below: 5 });
    // The next-smallest non-zero count of its area is withheld with it.
    expect(d.cell('hc-ankarsrum', 'withSip')).toEqual({ withheld: true });
    expect(d.cell('hc-gamleby', 'withSip')).toEqual({ withheld: false, value: 14 });
    // Region and area totals stay: they expose only the pair's sum.
    expect(d.region('withSip')).toEqual({ withheld: false, value: 111 });
    expect(d.sum(['hc-overum', 'hc-gamleby', 'hc-ankarsrum'], 'withSip')).toEqual({
      withheld: false,
      value: 27,
    });
    // A scope that splits the pair is withheld.
    expect(d.sum(['hc-overum', 'hc-gamleby'], 'withSip')).toEqual({ withheld: true });
    expect(d.sum(['hc-overum', 'hc-gripen'], 'patients')).toEqual({ withheld: false, value: 276 });
    const { system } = channelSystem({ rows, threshold: 5 }, d, keys);
    expect(exposed(system)).toEqual([]);
  });

  it('withholds a count whose complement is small, and protects it the same way', () => {
    // 58 of 62 without: the 4 with fast läkarkontakt would follow from the unit's patients.
    const rows = [summary('a', 62, 58, 20), summary('b', 100, 30, 20), summary('c', 90, 40, 20)];
    const d = disclose(
      rows,
      new Map([
        ['a', 'X'],
        ['b', 'X'],
        ['c', 'X'],
      ]),
      { threshold: 5 },
    );
    expect(d.cell('a', 'withoutFastLakarkontakt')).toEqual({ withheld: true });
    expect(d.cell('b', 'withoutFastLakarkontakt')).toEqual({ withheld: true });
    expect(d.cell('c', 'withoutFastLakarkontakt')).toEqual({ withheld: false, value: 40 });
  });

  it('withholds every count of a unit whose patients are withheld', () => {
    const rows = [summary('tiny', 3, 0, 1), summary('b', 100, 30, 20), summary('c', 90, 40, 20)];
    const d = disclose(rows, new Map(), { threshold: 5 });
    for (const key of countKeys) expect(d.cell('tiny', key).withheld).toBe(true);
    expect(d.cell('tiny', 'patients')).toEqual({ withheld: true, below: 5 });
  });

  it('shows everything exactly without a rule (a personal chat)', () => {
    const rows = [summary('a', 3, 1, 2), summary('b', 100, 99, 20)];
    const d = disclose(rows, new Map(), undefined);
    expect(d.cell('a', 'withoutFastLakarkontakt')).toEqual({ withheld: false, value: 1 });
    expect(d.region('patients')).toEqual({ withheld: false, value: 103 });
    expect(d.anyWithheld).toBe(false);
  });

  it('one value type for every shown count: text and whether it was withheld', () => {
    const texts = { exact: (n: number) => `${n}`, hidden: 'dolt' };
    expect(showCount({ withheld: false, value: 12 }, texts)).toEqual({
      text: '12',
      withheld: false,
    });
    expect(showCount({ withheld: true, below: 5 }, texts)).toEqual({ text: '<5', withheld: true });
    expect(showCount({ withheld: true }, texts)).toEqual({ text: 'dolt', withheld: true });
  });

  it('a single column with one small cell and a total gets a second withheld cell', () => {
    const pattern = suppressColumn(
      { unitIds: ['a', 'b', 'c'], areas: ['X', 'X', 'X'], values: [2, 30, 40] },
      5,
    );
    expect([...pattern.withheld.keys()].sort()).toEqual([0, 1]);
  });
});
