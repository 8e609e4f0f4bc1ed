import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { PatientSchema, type Patient } from '../../src/clients/metricsSchemas';
import {
  DOCUMENT_RUB5,
  HEALTH_CENTRES,
  PERIODS,
  RUB_LEVELS,
  createMetricsModel,
  generateLevelCohorts,
  generateRub5Population,
  levelPatients,
  patientRef,
  type MetricsModel,
  type Rub5Population,
} from '../../dev/reference-api/metricsPopulation';

let model: MetricsModel;
let rub5: Rub5Population;
beforeAll(() => {
  model = createMetricsModel();
  rub5 = generateRub5Population();
});

const PERSONNUMMER = /\d{6}[-+]?\d{4}/;

function allPatients(unitId: string, level: number, period: string): Patient[] {
  const { total } = model.patients({ unitId, level, period, offset: 0, limit: 1 });
  const rows: Patient[] = [];
  for (let offset = 0; offset < total; offset += 100) {
    rows.push(...model.patients({ unitId, level, period, offset, limit: 100 }).items);
  }
  return rows;
}

describe('determinism', () => {
  // isDeepStrictEqual rather than toEqual: the same check, without jest's per-element cost.
  it('generates the same RUB 5 population twice', () => {
    const again = generateRub5Population();
    expect(again).not.toBe(rub5);
    expect(again.persons).toHaveLength(rub5.persons.length);
    expect(isDeepStrictEqual(again, rub5)).toBe(true);
  });

  it('generates the same lower-band cohorts and rows twice', () => {
    const a = generateLevelCohorts();
    expect(isDeepStrictEqual(a, generateLevelCohorts())).toBe(true);
    const rows = levelPatients(a[9], 3); // hc-berga, RUB 4, 2022-11
    expect(rows.length).toBeGreaterThan(300);
    expect(isDeepStrictEqual(rows, levelPatients(a[9], 3))).toBe(true);
  });

  it('keeps every aggregate stable across runs and processes (snapshot hash)', () => {
    const all = PERIODS.flatMap((p) =>
      RUB_LEVELS.flatMap((level) => [model.summary(level, p, null), ...model.byUnit(level, p)]),
    );
    const hash = createHash('sha256').update(JSON.stringify(all)).digest('hex');
    // If a deliberate change to the generator moves this, update it together with the README.
    expect(hash).toBe('e54877f522c07c6f6a99f840b541ffab0104cc8ae6139cbdedb5d3a5fa483fd1');
  });
});

describe('the document figures (004_fd24870d0508c42a.txt)', () => {
  it('reproduces region RUB 5 for 2023-03 exactly', () => {
    const s = model.summary(5, '2023-03', null);
    expect(s).toMatchObject({
      period: '2023-03',
      unitId: null,
      level: 5,
      patients: 5399,
      averageAge: 73.69,
      indicators: {
        akutbesok: 3460,
        ambulans: 1971,
        hemsjukvard: 1219,
        psykiatri: 608,
        rehabilitering: 2329,
        aterinlaggning: 743,
      },
    });
    expect(DOCUMENT_RUB5.patients).toBe(5399);
  });

  it('lets RUB 5 vary only a little from month to month', () => {
    const counts = PERIODS.map((p) => model.summary(5, p, null).patients);
    for (const n of counts) expect(Math.abs(n - 5399) / 5399).toBeLessThan(0.03);
    expect(new Set(counts).size).toBeGreaterThan(4);
  });
});

describe('patient rows', () => {
  it('add up to the summary for every health centre (RUB 5, first and last period)', () => {
    for (const period of ['2022-08', '2023-03']) {
      for (const { unitId } of HEALTH_CENTRES) {
        const s = model.summary(5, period, unitId);
        const rows = allPatients(unitId, 5, period);
        expect(rows.length).toBe(s.patients);
        expect(rows.filter((r) => !r.fastLakarkontakt).length).toBe(s.withoutFastLakarkontakt);
        expect(rows.filter((r) => r.sip).length).toBe(s.withSip);
        expect(rows.filter((r) => r.indicators.akutbesok).length).toBe(s.indicators.akutbesok);
        expect(rows.filter((r) => r.indicators.aterinlaggning).length).toBe(
          s.indicators.aterinlaggning,
        );
        // birthYear fits the average age: year − birthYear, or one less before the birthday.
        const year = Number(period.slice(0, 4));
        const oldest = rows.reduce((sum, r) => sum + year - r.birthYear, 0) / rows.length;
        expect(s.averageAge).toBeLessThanOrEqual(oldest + 0.005);
        expect(s.averageAge).toBeGreaterThanOrEqual(oldest - 1 - 0.005);
      }
    }
  });

  it('add up to the summary for lower bands too', () => {
    for (const unitId of ['hc-gripen', 'hc-overum']) {
      for (const level of [0, 1, 2, 3, 4]) {
        const s = model.summary(level, '2022-11', unitId);
        const rows = allPatients(unitId, level, '2022-11');
        expect(rows.length).toBe(s.patients);
        expect(rows.filter((r) => !r.fastLakarkontakt).length).toBe(s.withoutFastLakarkontakt);
        expect(rows.filter((r) => r.sip).length).toBe(s.withSip);
        expect(rows.filter((r) => r.indicators.rehabilitering).length).toBe(
          s.indicators.rehabilitering,
        );
        expect(rows.filter((r) => r.rubLevel !== level)).toEqual([]);
      }
    }
  });

  it('are synthetic, valid, sorted by ref and never shaped like a personnummer', () => {
    const rows = [
      ...allPatients('hc-kvarnholmen', 5, '2023-03'),
      ...allPatients('hc-lottorp', 2, '2023-01'),
    ];
    expect(rows.length).toBeGreaterThan(300);
    const invalid = rows.filter(
      (r) =>
        !PatientSchema.safeParse(r).success ||
        r.synthetic !== true ||
        PERSONNUMMER.test(r.ref) ||
        /\d{10}/.test(r.ref),
    );
    expect(invalid).toEqual([]);
    const refs = allPatients('hc-nybro', 5, '2023-03').map((r) => r.ref);
    expect(refs).toEqual([...refs].sort());
  });

  it('has unique refs across the whole RUB 5 population', () => {
    const refs = rub5.persons.map((p) => p.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(
      refs.filter((ref) => !/^P-[A-Z][0-9A-Z]{5}$/.test(ref) || PERSONNUMMER.test(ref)),
    ).toEqual([]);
    // Lower bands take refs from a higher index range of the same bijection.
    expect(new Set(Array.from({ length: 300_000 }, (_, i) => patientRef(i))).size).toBe(300_000);
  });

  it('keeps a patient’s ref, birth year and sex across periods', () => {
    const before = new Map(allPatients('hc-gripen', 5, '2022-08').map((r) => [r.ref, r]));
    const after = allPatients('hc-gripen', 5, '2023-03');
    const both = after.filter((r) => before.has(r.ref));
    expect(both.length).toBeGreaterThan(after.length * 0.85);
    for (const r of both) {
      expect(before.get(r.ref)).toMatchObject({ birthYear: r.birthYear, sex: r.sex });
    }
    const lowerBefore = allPatients('hc-gripen', 3, '2022-08').slice(0, 50);
    const lowerAfter = new Map(allPatients('hc-gripen', 3, '2023-03').map((r) => [r.ref, r]));
    const kept = lowerBefore.filter((r) => lowerAfter.has(r.ref));
    expect(kept.length).toBeGreaterThan(40);
    for (const r of kept) expect(lowerAfter.get(r.ref)?.birthYear).toBe(r.birthYear);
  });
});
