import { countOf, type CountKey, type Disclosure } from '../../src/access/smallCounts';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import type { Equation, System, Unknown } from './attacker';

// Everything one channel can see of one table, as an attacker's system of unknowns and equations:
// each unit's count or its withheld display, the region's totals, and the sum of every scope a
// digest could have (every set of two or more health centres), all at once.

export type Table = {
  rows: RubSummary[];
  threshold: number;
  /** The scopes whose sums the channel sees; default: every subset of two or more units. */
  scopes?: string[][];
};

export function subsetsOf(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    const s = ids.filter((_, i) => mask & (1 << i));
    if (s.length >= 2) out.push(s);
  }
  return out;
}

const name = (key: CountKey, unitId: string) => `${key}@${unitId}`;

/** The attacker's system, and the true values of its unknowns (to check the system holds). */
export function channelSystem(
  table: Table,
  disclosure: Disclosure,
  keys: readonly CountKey[],
): { system: System; truth: Map<string, number> } {
  const { rows, threshold: t } = table;
  const ids = rows.map((r) => r.unitId as string);
  const scopes = table.scopes ?? subsetsOf(ids);
  // With no total to bound it, a withheld count is taken to be at most this (a generous guess).
  const cap = 2 * rows.reduce((acc, r) => acc + r.patients, 0) + 20;
  const unknowns: Unknown[] = [];
  const equations: Equation[] = [];
  const atMost: System['atMost'] = [];
  const truth = new Map<string, number>();
  const byId = new Map(rows.map((r) => [r.unitId as string, r]));

  for (const key of keys) {
    // A whole column withheld (its region total too): zeros are withheld with the rest.
    const noPatients = (id: string) => {
      const p = disclosure.cell(id, 'patients');
      return !p.withheld && p.value === 0;
    };
    const whole =
      disclosure.region(key).withheld &&
      ids.every((id) => disclosure.cell(id, key).withheld || noPatients(id));
    for (const id of ids) {
      const cell = disclosure.cell(id, key);
      if (!cell.withheld) continue;
      const patients = disclosure.cell(id, 'patients');
      const hi = key === 'patients' || patients.withheld ? cap : patients.value;
      // What the display tells: "<5" is 1–4; any other withheld count is at least the threshold
      // (smaller ones show "<5"), unless its unit's patients are withheld, when it may be 0.
      const bounds =
        cell.below !== undefined
          ? { lo: 1, hi: Math.min(cell.below - 1, hi) }
          : whole || (key !== 'patients' && patients.withheld)
            ? { lo: 0, hi }
            : { lo: t, hi };
      unknowns.push({ name: name(key, id), ...bounds });
      truth.set(name(key, id), countOf(byId.get(id) as RubSummary, key));
      if (key !== 'patients' && patients.withheld) {
        atMost.push({ unknown: name(key, id), bound: name('patients', id) });
      }
    }
    const equation = (members: string[], total: number) => {
      const hidden: string[] = [];
      let rest = total;
      for (const id of members) {
        const cell = disclosure.cell(id, key);
        if (cell.withheld) hidden.push(name(key, id));
        else rest -= cell.value;
      }
      if (hidden.length > 0) equations.push({ unknowns: hidden, total: rest });
    };
    const region = disclosure.region(key);
    if (!region.withheld) equation(ids, region.value);
    for (const scope of scopes) {
      const sum = disclosure.sum(scope, key);
      if (!sum.withheld) equation(scope, sum.value);
    }
  }
  // Patients of a withheld unit must be declared for the bounds above even if no key asked for them.
  for (const a of atMost) {
    if (!unknowns.some((u) => u.name === a.bound)) throw new Error(`${a.bound} is shown`);
  }
  return { system: { unknowns, equations, atMost }, truth };
}

/** Whether the true values satisfy the system (else the test's model of the display is wrong). */
export function holds(system: System, truth: Map<string, number>): boolean {
  const v = (n: string) => truth.get(n) as number;
  return (
    system.unknowns.every((u) => v(u.name) >= u.lo && v(u.name) <= u.hi) &&
    system.equations.every((e) => e.unknowns.reduce((a, n) => a + v(n), 0) === e.total) &&
    (system.atMost ?? []).every((a) => v(a.unknown) <= v(a.bound))
  );
}
