import {
  indicatorKeys,
  type IndicatorKey,
  type Patient,
  type PatientPage,
  type PeriodList,
  type RubSummary,
} from '../../src/clients/metricsSchemas';

// A deterministic synthetic patient population for the reference metrics API. Everything here is
// invented except the region-wide RUB 5 figures for 2023-03, which reproduce the dashboard in
// 004_fd24870d0508c42a.txt exactly. Same output in every run and process: all randomness comes from
// the seeded PRNG below, keyed by what is being drawn, never by call order across modules.

// Local aliases: inside a vm context (jest) each global lookup is slow, and these run ~10⁶ times.
const { imul, floor, round, min, max, sqrt, sign } = Math;

// ---------------------------------------------------------------------------------------------
// Constants

/** Region-wide RUB 5, "Rullande 12 månader": the dashboard in 004_fd24870d0508c42a.txt. */
export const DOCUMENT_RUB5 = {
  period: '2023-03',
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
} as const;

/** The sum of ages (end of 2023-03) that rounds to exactly 73.69: 397852 / 5399 = 73.6899… */
const DOCUMENT_RUB5_AGE_SUM = round(DOCUMENT_RUB5.averageAge * DOCUMENT_RUB5.patients);

const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Monthly snapshots 2022-08 … 2023-03: the span the handlingsplan compares (004_…txt). */
export const PERIODS = [
  '2022-08',
  '2022-09',
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
  '2023-02',
  '2023-03',
] as const;
export const CURRENT_PERIOD = '2023-03';
const N_PERIODS = PERIODS.length;
const CURRENT_INDEX = N_PERIODS - 1;
export const RUB_LEVELS = [0, 1, 2, 3, 4, 5] as const;
const YEAR_OF_REFERENCE = 2023;

export function periodList(): PeriodList {
  return {
    items: PERIODS.map((id) => {
      const [year, month] = id.split('-');
      return { id, label: `${MONTHS_SV[Number(month) - 1]} ${year}` };
    }),
    current: CURRENT_PERIOD,
  };
}

const PERIOD_YEAR = PERIODS.map((id) => Number(id.slice(0, 4)));
const PERIOD_MONTH = PERIODS.map((id) => Number(id.slice(5, 7)));
const CURRENT_MONTH = PERIOD_MONTH[CURRENT_INDEX];

/** Age at the end of period p (the snapshot), for someone born in birthMonth of birthYear. */
const ageAt = (birthYear: number, birthMonth: number, p: number): number =>
  PERIOD_YEAR[p] - birthYear - (birthMonth > PERIOD_MONTH[p] ? 1 : 0);

/** The birth year of someone who is `age` at the end of the current period. */
const birthYearFor = (age: number, birthMonth: number): number =>
  YEAR_OF_REFERENCE - age - (birthMonth > CURRENT_MONTH ? 1 : 0);

type HealthCentreParams = {
  unitId: string;
  /** Synthetic listed population; only used to size the unit. */
  listed: number;
  /** How much more (or less) RUB 5-heavy than its size suggests, e.g. Öland's older population. */
  rub5Factor: number;
  /** Share of RUB 5 without fast läkarkontakt in 2022-08 and 2023-03 (synthetic). */
  withoutFlk: readonly [number, number];
  /** Share of RUB 5 with a SIP in 2022-08 and 2023-03 (synthetic). */
  sip: readonly [number, number];
};

const centre = (
  unitId: string,
  listed: number,
  rub5Factor: number,
  withoutFlk: readonly [number, number],
  sip: readonly [number, number],
): HealthCentreParams => ({ unitId, listed, rub5Factor, withoutFlk, sip });

/**
 * Every health centre of the directory, in display order. All values are synthetic: unit id,
 * listed population, RUB 5 factor, share without fast läkarkontakt [2022-08, 2023-03], share with
 * SIP [2022-08, 2023-03]. Most improve a few points; Ankarsrum, Nybro and Vimmerby worsen.
 */
export const HEALTH_CENTRES: readonly HealthCentreParams[] = [
  centre('hc-ankarsrum', 3400, 1.1, [0.36, 0.4], [0.07, 0.08]),
  centre('hc-berga', 11000, 0.95, [0.22, 0.17], [0.12, 0.15]),
  centre('hc-bla-kusten', 8500, 1.05, [0.19, 0.14], [0.16, 0.21]),
  centre('hc-borgholm', 7800, 1.25, [0.1, 0.08], [0.24, 0.28]),
  centre('hc-emmaboda', 8200, 1.05, [0.24, 0.19], [0.11, 0.13]),
  centre('hc-esplanaden', 11000, 1.05, [0.2, 0.16], [0.17, 0.22]),
  centre('hc-farjestaden', 9000, 0.95, [0.12, 0.1], [0.1, 0.12]),
  centre('hc-gamleby', 5500, 1.1, [0.44, 0.39], [0.06, 0.08]),
  centre('hc-gripen', 7500, 1.0, [0.26, 0.2], [0.14, 0.18]),
  centre('hc-hogsby', 5400, 1.15, [0.41, 0.36], [0.09, 0.12]),
  centre('hc-hultsfred', 9500, 1.1, [0.28, 0.21], [0.18, 0.27]),
  centre('hc-kristineberg', 9000, 1.0, [0.21, 0.15], [0.15, 0.19]),
  centre('hc-kvarnholmen', 9500, 0.9, [0.31, 0.26], [0.08, 0.1]),
  centre('hc-lottorp', 2400, 1.3, [0.15, 0.12], [0.2, 0.23]),
  centre('hc-monsteras', 9000, 1.05, [0.33, 0.27], [0.1, 0.12]),
  centre('hc-morbylanga', 4500, 1.15, [0.35, 0.29], [0.09, 0.11]),
  centre('hc-morlunda', 3400, 1.15, [0.38, 0.33], [0.13, 0.17]),
  centre('hc-norrliden', 10500, 0.95, [0.27, 0.24], [0.11, 0.13]),
  centre('hc-nybro', 14000, 1.0, [0.29, 0.31], [0.12, 0.12]),
  centre('hc-stenso', 12500, 0.85, [0.18, 0.14], [0.13, 0.16]),
  centre('hc-stora-tradgardsgatan', 9000, 1.05, [0.23, 0.2], [0.14, 0.17]),
  centre('hc-vimmerby', 12000, 1.0, [0.16, 0.19], [0.18, 0.17]),
  centre('hc-overum', 1800, 1.2, [0.45, 0.42], [0.05, 0.06]),
];

const SEED = 20230419; // the handlingsplan's decision date; any fixed number would do
const SHARE_NOISE = 0.006; // month-to-month wobble of the without-FLK and SIP shares
const RUB5_MONTHLY_TREND = 0.0025; // RUB 5 grows slowly: 2022-08 is ~1.75 % below 2023-03
const RUB5_MONTHLY_NOISE = 0.012;
const RUB5_MONTHLY_CHURN = 0.015; // share of RUB 5 who enter (or leave) in a month
const RUB5_FEMALE_SHARE = 0.53;

/** Per indicator: how strongly age moves the propensity (per 20 years), and its yearly rise. */
const RUB5_INDICATOR_MODEL: Record<IndicatorKey, { ageEffect: number; drift: number }> = {
  akutbesok: { ageEffect: 0, drift: 0.015 },
  ambulans: { ageEffect: 0.05, drift: 0.015 },
  hemsjukvard: { ageEffect: 0.15, drift: 0.02 },
  psykiatri: { ageEffect: -0.2, drift: 0.005 },
  rehabilitering: { ageEffect: 0.03, drift: 0.01 },
  aterinlaggning: { ageEffect: 0.05, drift: 0.01 },
};
const INDICATOR_JITTER = 0.08; // month-to-month variation of the rolling-12-month flags

/** RUB 0–4, as shares of the listed population (RUB 5 is the remaining ~3 %). */
const LEVEL_SHARE = [0.15, 0.17, 0.36, 0.23, 0.06] as const;
const LEVEL_AGE = [
  { mean: 33, sd: 22 },
  { mean: 38, sd: 21 },
  { mean: 47, sd: 20 },
  { mean: 58, sd: 18 },
  { mean: 68, sd: 14 },
] as const;
/** Lower bands lack a fast läkarkontakt more often than RUB 5 at the same centre. */
const LEVEL_WITHOUT_FLK_FACTOR = [1.9, 1.7, 1.45, 1.25, 1.1] as const;
const LEVEL_SIP_FACTOR = [0, 0.01, 0.05, 0.2, 0.5] as const;
/** Indicator rates per band, in indicatorKeys order. RUB 0 are non-users: no care use at all. */
const LEVEL_INDICATOR_RATE: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 0, 0],
  [0.03, 0.01, 0.002, 0.01, 0.02, 0.001],
  [0.12, 0.03, 0.008, 0.04, 0.08, 0.006],
  [0.25, 0.08, 0.03, 0.07, 0.17, 0.025],
  [0.42, 0.18, 0.09, 0.09, 0.29, 0.07],
];

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for synthetic data, and reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mix = (h: number, part: number): number => {
  h = imul(h ^ (part >>> 0), 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/** Mixes numbers into a 32-bit seed, so every draw can be addressed by what it is for. */
function hashSeed(a: number, b: number, c = 0, d = 0, e = 0): number {
  return mix(mix(mix(mix(mix((0x9e3779b9 ^ SEED) >>> 0, a), b), c), d), e) >>> 0;
}

const rngFor = (a: number, b: number, c = 0, d = 0, e = 0): (() => number) =>
  mulberry32(hashSeed(a, b, c, d, e));

const SQRT3 = sqrt(3);
const SQRT6 = sqrt(6);
/** Approximately standard normal (Irwin–Hall with four uniforms). */
const normal = (rng: () => number): number => (rng() + rng() + rng() + rng() - 2) * SQRT3;

const clamp = (x: number, lo: number, hi: number): number => min(hi, max(lo, x));
const round2 = (x: number): number => round(x * 100) / 100;

// Draw streams (first hashSeed part), so that no two purposes share random numbers.
const STREAM = {
  rub5Count: 1,
  rub5Churn: 2,
  rub5Person: 3,
  rub5Month: 4,
  shareNoise: 5,
  levelSize: 6,
  levelMember: 7,
  levelMonth: 8,
  levelMemberMonth: 9,
} as const;

// ---------------------------------------------------------------------------------------------
// Pseudonymous refs

const REF_SPACE = 26 * 36 ** 5; // a letter, then five base-36 characters
const REF_MULT = 971623951; // ≈ golden ratio × REF_SPACE, coprime with it: scatters the refs
const REF_ADD = 123456789;
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * "P-" + a letter + five of [0-9A-Z], unique per index. It starts with a letter and has six
 * characters, so it can never look like a personnummer.
 */
export function patientRef(index: number): string {
  let x = (index * REF_MULT + REF_ADD) % REF_SPACE;
  let tail = '';
  for (let i = 0; i < 5; i++) {
    tail = BASE36[x % 36] + tail;
    x = floor(x / 36);
  }
  return `P-${String.fromCharCode(65 + x)}${tail}`;
}

// Lower-band patients get refs from their own index range, disjoint from RUB 5's.
const LEVEL_REF_BASE = 100_000;

// ---------------------------------------------------------------------------------------------
// RUB 5: every patient, eagerly

/** One RUB 5 patient: in RUB 5, listed at unitIndex, in periods first…last. */
export type Rub5Person = {
  ref: string;
  unitIndex: number;
  birthYear: number;
  /** Not served (patients carry birthYear only); it makes the average age move month by month. */
  birthMonth: number;
  sex: 'K' | 'M';
  first: number;
  last: number;
};

const FLAG_WITHOUT_FLK = 1;
const FLAG_SIP = 2;
const indicatorFlag = (i: number): number => 4 << i;

export type Rub5Population = {
  persons: Rub5Person[];
  /** Per person and period (persons × PERIODS): FLAG_* bits, meaningful while active. */
  flags: Uint16Array;
};

/** Splits total over weights into integers that sum to it exactly (largest remainder). */
function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    counts[i] += 1;
  }
  return counts;
}

/** A unit's share (without FLK or with SIP) in period p: a straight line plus a small wobble. */
function shareAt(
  range: readonly [number, number],
  unitIndex: number,
  p: number,
  what: number,
): number {
  const line = range[0] + ((range[1] - range[0]) * p) / CURRENT_INDEX;
  const endpoint = p === 0 || p === CURRENT_INDEX;
  const wobble = endpoint
    ? 0
    : (rngFor(STREAM.shareNoise, what, unitIndex, p)() - 0.5) * 2 * SHARE_NOISE;
  return clamp(line + wobble, 0, 1);
}

/** RUB 5 counts per unit and period; the current period's sum is the document's 5 399. */
function rub5Counts(): number[][] {
  const core = apportion(
    HEALTH_CENTRES.map((hc) => hc.listed * hc.rub5Factor),
    DOCUMENT_RUB5.patients,
  );
  return core.map((n, u) =>
    PERIODS.map((_, p) => {
      if (p === CURRENT_INDEX) return n;
      const noise = (rngFor(STREAM.rub5Count, u, p)() - 0.5) * 2 * RUB5_MONTHLY_NOISE;
      return round(n * (1 - RUB5_MONTHLY_TREND * (CURRENT_INDEX - p) + noise));
    }),
  );
}

type Membership = { unitIndex: number; first: number; last: number };

/**
 * Builds who is in RUB 5 when, going back from 2023-03: each month some of the current patients
 * had not yet entered, and some who have since left were still there.
 */
function rub5Membership(counts: number[][]): Membership[] {
  const out: Membership[] = [];
  counts.forEach((perPeriod, unitIndex) => {
    const rng = rngFor(STREAM.rub5Churn, unitIndex);
    const members: Membership[] = [];
    const active: number[] = [];
    for (let i = 0; i < perPeriod[CURRENT_INDEX]; i++) {
      members.push({ unitIndex, first: 0, last: CURRENT_INDEX });
      active.push(i);
    }
    for (let p = CURRENT_INDEX - 1; p >= 0; p--) {
      const target = perPeriod[p];
      let entrants = round(active.length * RUB5_MONTHLY_CHURN * (0.5 + rng()));
      entrants = min(active.length, max(entrants, active.length - target));
      for (let e = 0; e < entrants; e++) {
        const j = floor(rng() * active.length);
        members[active[j]].first = p + 1;
        active[j] = active[active.length - 1];
        active.pop();
      }
      while (active.length < target) {
        active.push(members.length);
        members.push({ unitIndex, first: 0, last: p });
      }
    }
    out.push(...members);
  });
  return out;
}

/** Nudges ages of the current patients by a year at a time until their sum is exactly `target`. */
function adjustAgeSum(ages: number[], current: number[], target: number): void {
  let diff = target - current.reduce((sum, i) => sum + ages[i], 0);
  while (diff !== 0) {
    const step = sign(diff);
    let moved = false;
    for (const i of current) {
      if (diff === 0) break;
      const next = ages[i] + step;
      if (next < 19 || next > 101) continue;
      ages[i] = next;
      diff -= step;
      moved = true;
    }
    if (!moved) throw new Error('cannot reach the document average age');
  }
}

/** The RUB 5 population: pure and deterministic (two calls give deep-equal results). */
export function generateRub5Population(): Rub5Population {
  const counts = rub5Counts();
  const membership = rub5Membership(counts);
  const n = membership.length;

  // Stable per-person draws: age at the end of 2023-03, birth month, sex, and propensities.
  const ages: number[] = [];
  const birthMonths: number[] = [];
  const sexes: ('K' | 'M')[] = [];
  const flkScore = new Float64Array(n);
  const sipScore = new Float64Array(n);
  const indicatorScore = indicatorKeys.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const rng = rngFor(STREAM.rub5Person, i);
    const young = rng() < 0.07;
    const age = young ? 19 + floor(rng() * 40) : round(76.5 + 9.5 * normal(rng));
    ages.push(clamp(age, 19, 101));
    birthMonths.push(1 + floor(rng() * 12));
    sexes.push(rng() < RUB5_FEMALE_SHARE ? 'K' : 'M');
    flkScore[i] = rng();
    sipScore[i] = rng();
    for (const score of indicatorScore) score[i] = rng();
  }
  const current: number[] = [];
  const byUnit: number[][] = HEALTH_CENTRES.map(() => []);
  membership.forEach((m, i) => {
    if (m.last === CURRENT_INDEX) current.push(i);
    byUnit[m.unitIndex].push(i);
  });
  adjustAgeSum(ages, current, DOCUMENT_RUB5_AGE_SUM);
  const birthYears = ages.map((age, i) => birthYearFor(age, birthMonths[i]));

  const flags = new Uint16Array(n * N_PERIODS);
  const isActive = (i: number, p: number): boolean =>
    membership[i].first <= p && p <= membership[i].last;

  // Without FLK and SIP: per unit, the k lowest-scoring active patients, so a patient who gets a
  // fast läkarkontakt keeps it while the unit's share falls.
  HEALTH_CENTRES.forEach((hc, u) => {
    const inUnit = byUnit[u];
    const byFlk = [...inUnit].sort((a, b) => flkScore[a] - flkScore[b] || a - b);
    const bySip = [...inUnit].sort((a, b) => sipScore[a] - sipScore[b] || a - b);
    PERIODS.forEach((_, p) => {
      const mark = (order: number[], share: number, flag: number): void => {
        let k = round(share * counts[u][p]);
        for (const i of order) {
          if (k === 0) break;
          if (!isActive(i, p)) continue;
          flags[i * N_PERIODS + p] |= flag;
          k--;
        }
      };
      mark(byFlk, shareAt(hc.withoutFlk, u, p, 0), FLAG_WITHOUT_FLK);
      mark(bySip, shareAt(hc.sip, u, p, 1), FLAG_SIP);
    });
  });

  // Indicators: region-wide, exactly the document's counts in 2023-03; earlier months compare a
  // jittered propensity with the same threshold, shifted by the indicator's yearly drift.
  indicatorKeys.forEach((key, f) => {
    const model = RUB5_INDICATOR_MODEL[key];
    const base = Float64Array.from(
      indicatorScore[f],
      (u, i) => u - (model.ageEffect * (ages[i] - DOCUMENT_RUB5.averageAge)) / 20,
    );
    const scoresAt = (p: number): Float64Array => {
      const rng = rngFor(STREAM.rub5Month, p, f);
      return base.map((b) => b + INDICATOR_JITTER * (rng() - 0.5));
    };
    const now = scoresAt(CURRENT_INDEX);
    const ranked = Int32Array.from(current).sort((a, b) => now[a] - now[b] || a - b);
    const k = DOCUMENT_RUB5.indicators[key];
    for (let r = 0; r < k; r++) flags[ranked[r] * N_PERIODS + CURRENT_INDEX] |= indicatorFlag(f);
    const threshold = (now[ranked[k - 1]] + now[ranked[k]]) / 2;
    for (let p = 0; p < CURRENT_INDEX; p++) {
      const t = threshold - (model.drift * (CURRENT_INDEX - p)) / 12;
      const scores = scoresAt(p);
      for (let i = 0; i < n; i++) {
        if (isActive(i, p) && scores[i] < t) flags[i * N_PERIODS + p] |= indicatorFlag(f);
      }
    }
  });

  const persons = membership.map((m, i) => ({
    ref: patientRef(i),
    unitIndex: m.unitIndex,
    birthYear: birthYears[i],
    birthMonth: birthMonths[i],
    sex: sexes[i],
    first: m.first,
    last: m.last,
  }));
  return { persons, flags };
}

// ---------------------------------------------------------------------------------------------
// RUB 0–4: counts up front, patient rows per (unit, level, period) on demand

type Counts = {
  patients: number;
  ageSum: number;
  withoutFastLakarkontakt: number;
  withSip: number;
  indicators: number[]; // indicatorKeys order
};

type LevelCohort = {
  unitIndex: number;
  level: number;
  refBase: number;
  /** Members 0…counts[p].patients-1 are in this band in period p; the rest are not. */
  counts: Counts[];
};

type LevelMember = {
  birthYear: number;
  birthMonth: number;
  sex: 'K' | 'M';
  flkScore: number;
  sipScore: number;
};

/**
 * Members 0…count-1 of a cohort, drawn in order from the cohort's own stream (a fixed number of
 * draws each), so member j is the same person whichever period asks.
 */
function forEachLevelMember(
  level: number,
  unitIndex: number,
  count: number,
  visit: (m: LevelMember, j: number) => void,
): void {
  const traits = rngFor(STREAM.levelMember, level, unitIndex, 1);
  forEachLevelBirth(level, unitIndex, count, (birthYear, birthMonth, j) => {
    visit(
      {
        birthYear,
        birthMonth,
        sex: traits() < 0.5 ? 'K' : 'M',
        flkScore: traits(),
        sipScore: traits(),
      },
      j,
    );
  });
}

/** Only the birth of each member: what the start-up needs for the age sums. */
function forEachLevelBirth(
  level: number,
  unitIndex: number,
  count: number,
  visit: (birthYear: number, birthMonth: number, j: number) => void,
): void {
  const birth = rngFor(STREAM.levelMember, level, unitIndex, 0);
  const { mean, sd } = LEVEL_AGE[level];
  for (let j = 0; j < count; j++) {
    // Triangular rather than normal: two draws instead of four, for ~180 000 members at start-up.
    const age = clamp(round(mean + sd * (birth() + birth() - 1) * SQRT6), 1, 100);
    const birthMonth = 1 + floor(birth() * 12);
    visit(birthYearFor(age, birthMonth), birthMonth, j);
  }
}

/** The RUB 0–4 counts per unit, band and period; pure. Ages are summed member by member. */
export function generateLevelCohorts(): LevelCohort[] {
  const cohorts: LevelCohort[] = [];
  let refBase = LEVEL_REF_BASE;
  HEALTH_CENTRES.forEach((hc, u) => {
    for (let level = 0; level < 5; level++) {
      const rng = rngFor(STREAM.levelSize, u, level);
      const base = hc.listed * LEVEL_SHARE[level] * (0.9 + 0.2 * rng());
      const unitIndicatorFactor = indicatorKeys.map(() => 0.85 + 0.3 * rng());
      const sizes = PERIODS.map((_, p) =>
        round(base * (1 - 0.0015 * (CURRENT_INDEX - p) + 0.012 * (rng() - 0.5))),
      );
      const size = max(...sizes);
      const ageSums = PERIODS.map(() => 0);
      forEachLevelBirth(level, u, size, (birthYear, birthMonth, j) => {
        for (let p = 0; p < N_PERIODS; p++) {
          if (j < sizes[p]) ageSums[p] += ageAt(birthYear, birthMonth, p);
        }
      });
      const counts = sizes.map((n, p) => {
        const withoutShare = clamp(
          shareAt(hc.withoutFlk, u, p, 0) * LEVEL_WITHOUT_FLK_FACTOR[level],
          0,
          0.95,
        );
        const sipShare = shareAt(hc.sip, u, p, 1) * LEVEL_SIP_FACTOR[level];
        const monthRng = rngFor(STREAM.levelMonth, u, level, p);
        return {
          patients: n,
          ageSum: ageSums[p],
          withoutFastLakarkontakt: round(withoutShare * n),
          withSip: round(sipShare * n),
          indicators: indicatorKeys.map((_, f) =>
            round(
              LEVEL_INDICATOR_RATE[level][f] *
                unitIndicatorFactor[f] *
                (1 + 0.03 * (monthRng() - 0.5)) *
                n,
            ),
          ),
        };
      });
      cohorts.push({ unitIndex: u, level, refBase, counts });
      refBase += size;
    }
  });
  return cohorts;
}

/** The k members (of 0…n-1) with the lowest scores. */
function lowest(n: number, k: number, score: (j: number) => number): Uint8Array {
  const scores = Float64Array.from({ length: n }, (_, j) => score(j));
  const order = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => scores[a] - scores[b] || a - b,
  );
  const chosen = new Uint8Array(n);
  for (let r = 0; r < k; r++) chosen[order[r]] = 1;
  return chosen;
}

/** All patient rows of one lower band at one unit and period, sorted by ref; pure. */
export function levelPatients(cohort: LevelCohort, p: number): Patient[] {
  const c = cohort.counts[p];
  const n = c.patients;
  const members: LevelMember[] = [];
  forEachLevelMember(cohort.level, cohort.unitIndex, n, (m) => members.push(m));
  const without = lowest(n, c.withoutFastLakarkontakt, (j) => members[j].flkScore);
  const sip = lowest(n, c.withSip, (j) => members[j].sipScore);
  const monthRng = rngFor(STREAM.levelMemberMonth, cohort.level, cohort.unitIndex, p);
  const monthly = members.map(() => indicatorKeys.map(() => monthRng()));
  const indicatorSets = indicatorKeys.map((_, f) =>
    lowest(n, c.indicators[f], (j) => monthly[j][f]),
  );
  const unitId = HEALTH_CENTRES[cohort.unitIndex].unitId;
  const rows: Patient[] = members.map((m, j) => ({
    ref: patientRef(cohort.refBase + j),
    birthYear: m.birthYear,
    sex: m.sex,
    rubLevel: cohort.level,
    listedUnitId: unitId,
    fastLakarkontakt: without[j] === 0,
    sip: sip[j] === 1,
    indicators: indicatorsFrom((f) => indicatorSets[f][j] === 1),
    synthetic: true,
  }));
  return rows.sort((a, b) => compareRefs(a.ref, b.ref));
}

const compareRefs = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function indicatorsFrom(has: (f: number) => boolean): Patient['indicators'] {
  return {
    akutbesok: has(0),
    ambulans: has(1),
    hemsjukvard: has(2),
    psykiatri: has(3),
    rehabilitering: has(4),
    aterinlaggning: has(5),
  };
}

function indicatorCounts(values: readonly number[]): RubSummary['indicators'] {
  return {
    akutbesok: values[0],
    ambulans: values[1],
    hemsjukvard: values[2],
    psykiatri: values[3],
    rehabilitering: values[4],
    aterinlaggning: values[5],
  };
}

// ---------------------------------------------------------------------------------------------
// The model the server reads

export type PatientQuery = {
  unitId: string;
  level: number;
  period: string;
  withoutFastLakarkontakt?: boolean;
  offset: number;
  limit: number;
};

export type MetricsModel = {
  healthCentreIds: readonly string[];
  summary(level: number, period: string, unitId: string | null): RubSummary;
  byUnit(level: number, period: string): RubSummary[];
  patients(query: PatientQuery): PatientPage;
};

type PatientList = {
  all: readonly number[];
  without: readonly number[];
  withFlk: readonly number[];
  row(i: number): Patient;
};

// A (unit, band, period) list holds up to ~5 000 rows; a few dozen of them stay well under 50 MB.
const LEVEL_CACHE_SIZE = 24;

function toSummary(period: string, unitId: string | null, level: number, c: Counts): RubSummary {
  return {
    period,
    unitId,
    level,
    patients: c.patients,
    averageAge: c.patients === 0 ? 0 : round2(c.ageSum / c.patients),
    withoutFastLakarkontakt: c.withoutFastLakarkontakt,
    withSip: c.withSip,
    indicators: indicatorCounts(c.indicators),
    synthetic: true,
  };
}

function addCounts(into: Counts, c: Counts): void {
  into.patients += c.patients;
  into.ageSum += c.ageSum;
  into.withoutFastLakarkontakt += c.withoutFastLakarkontakt;
  into.withSip += c.withSip;
  c.indicators.forEach((v, f) => (into.indicators[f] += v));
}

const emptyCounts = (): Counts => ({
  patients: 0,
  ageSum: 0,
  withoutFastLakarkontakt: 0,
  withSip: 0,
  indicators: indicatorKeys.map(() => 0),
});

/** Builds the whole model: RUB 5 rows eagerly, RUB 0–4 as counts (rows on first request). */
export function createMetricsModel(): MetricsModel {
  const rub5 = generateRub5Population();
  const cohorts = generateLevelCohorts();
  const unitIndexById = new Map(HEALTH_CENTRES.map((hc, u) => [hc.unitId, u]));

  // counts[level][p][u]
  const counts: Counts[][][] = RUB_LEVELS.map(() =>
    PERIODS.map(() => HEALTH_CENTRES.map(emptyCounts)),
  );
  for (const cohort of cohorts) {
    cohort.counts.forEach((c, p) => (counts[cohort.level][p][cohort.unitIndex] = c));
  }

  // RUB 5: counts from the rows, and per (unit, period) the row indices sorted by ref.
  const rub5Lists: PatientList[][] = HEALTH_CENTRES.map(() => []);
  const byRef = rub5.persons
    .map((_, i) => i)
    .sort((a, b) => compareRefs(rub5.persons[a].ref, rub5.persons[b].ref));
  for (let p = 0; p < N_PERIODS; p++) {
    const lists = HEALTH_CENTRES.map(() => ({ all: [] as number[], without: [] as number[] }));
    for (const i of byRef) {
      const person = rub5.persons[i];
      if (person.first > p || p > person.last) continue;
      const f = rub5.flags[i * N_PERIODS + p];
      const c = counts[5][p][person.unitIndex];
      c.patients += 1;
      c.ageSum += ageAt(person.birthYear, person.birthMonth, p);
      if (f & FLAG_WITHOUT_FLK) c.withoutFastLakarkontakt += 1;
      if (f & FLAG_SIP) c.withSip += 1;
      indicatorKeys.forEach((_, k) => {
        if (f & indicatorFlag(k)) c.indicators[k] += 1;
      });
      lists[person.unitIndex].all.push(i);
      if (f & FLAG_WITHOUT_FLK) lists[person.unitIndex].without.push(i);
    }
    lists.forEach((l, u) => {
      const withoutSet = new Set(l.without);
      rub5Lists[u][p] = {
        all: l.all,
        without: l.without,
        withFlk: l.all.filter((i) => !withoutSet.has(i)),
        row: (i) => {
          const person = rub5.persons[i];
          const f = rub5.flags[i * N_PERIODS + p];
          return {
            ref: person.ref,
            birthYear: person.birthYear,
            sex: person.sex,
            rubLevel: 5,
            listedUnitId: HEALTH_CENTRES[person.unitIndex].unitId,
            fastLakarkontakt: (f & FLAG_WITHOUT_FLK) === 0,
            sip: (f & FLAG_SIP) !== 0,
            indicators: indicatorsFrom((k) => (f & indicatorFlag(k)) !== 0),
            synthetic: true,
          };
        },
      };
    });
  }

  // Lower bands: generated per (unit, level, period) on first request, then kept in a small LRU,
  // so paging through one list costs O(page).
  const levelCache = new Map<string, PatientList>();
  const levelList = (u: number, level: number, p: number): PatientList => {
    const key = `${u}|${level}|${p}`;
    const hit = levelCache.get(key);
    if (hit) {
      levelCache.delete(key);
      levelCache.set(key, hit);
      return hit;
    }
    const cohort = cohorts[u * 5 + level];
    const rows = levelPatients(cohort, p);
    const all = rows.map((_, i) => i);
    const list: PatientList = {
      all,
      without: all.filter((i) => !rows[i].fastLakarkontakt),
      withFlk: all.filter((i) => rows[i].fastLakarkontakt),
      row: (i) => rows[i],
    };
    if (levelCache.size >= LEVEL_CACHE_SIZE) {
      const oldest = levelCache.keys().next().value;
      if (oldest !== undefined) levelCache.delete(oldest);
    }
    levelCache.set(key, list);
    return list;
  };

  const periodIndex = (period: string): number => {
    const p = (PERIODS as readonly string[]).indexOf(period);
    if (p < 0) throw new RangeError(`unknown period ${period}`);
    return p;
  };
  const unitIndex = (unitId: string): number => {
    const u = unitIndexById.get(unitId);
    if (u === undefined) throw new RangeError(`unknown health centre ${unitId}`);
    return u;
  };
  const checkLevel = (level: number): void => {
    if (!Number.isInteger(level) || level < 0 || level > 5) {
      throw new RangeError(`unknown level ${level}`);
    }
  };

  return {
    healthCentreIds: HEALTH_CENTRES.map((hc) => hc.unitId),
    summary(level, period, unitId) {
      checkLevel(level);
      const p = periodIndex(period);
      if (unitId !== null) {
        return toSummary(period, unitId, level, counts[level][p][unitIndex(unitId)]);
      }
      const total = emptyCounts();
      for (const c of counts[level][p]) addCounts(total, c);
      return toSummary(period, null, level, total);
    },
    byUnit(level, period) {
      checkLevel(level);
      const p = periodIndex(period);
      return HEALTH_CENTRES.map((hc, u) =>
        toSummary(period, hc.unitId, level, counts[level][p][u]),
      );
    },
    patients(query) {
      checkLevel(query.level);
      const p = periodIndex(query.period);
      const u = unitIndex(query.unitId);
      const list = query.level === 5 ? rub5Lists[u][p] : levelList(u, query.level, p);
      const ids =
        query.withoutFastLakarkontakt === undefined
          ? list.all
          : query.withoutFastLakarkontakt
            ? list.without
            : list.withFlk;
      return {
        total: ids.length,
        items: ids.slice(query.offset, query.offset + query.limit).map((i) => list.row(i)),
      };
    },
  };
}
