// An honest attacker for the small-count tests: from what a channel can see (shown counts, shown
// sums, and the bounds a withheld count's display implies), work out every withheld count that has
// only one possible value. Exact: a depth-first search over integer assignments of the unknowns,
// pruned by the equations' bounds, finds a first solution, then for each unknown a solution where
// it differs. An unknown with no such second solution is exposed.

export type Unknown = { name: string; lo: number; hi: number };
/** Σ unknowns + Σ known = total, as a shown sum gives it. */
export type Equation = { unknowns: readonly string[]; total: number };
/** unknown ≤ other unknown (a count within its unit's withheld patients). */
export type AtMost = { unknown: string; bound: string };

export type System = { unknowns: Unknown[]; equations: Equation[]; atMost?: AtMost[] };

type Compiled = {
  lo: number[];
  hi: number[];
  eqs: { vars: number[]; total: number }[];
  /** For each variable, the variables it must not exceed (assigned before it). */
  caps: number[][];
  byVar: number[][];
};

function compile(system: System): Compiled {
  const index = new Map(system.unknowns.map((u, i) => [u.name, i]));
  const id = (name: string) => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`unknown ${name} is not declared`);
    return i;
  };
  const eqs = system.equations.map((e) => ({ vars: e.unknowns.map(id), total: e.total }));
  const caps: number[][] = system.unknowns.map(() => []);
  for (const a of system.atMost ?? []) caps[id(a.unknown)].push(id(a.bound));
  const byVar: number[][] = system.unknowns.map(() => []);
  eqs.forEach((e, k) => e.vars.forEach((v) => byVar[v].push(k)));
  return {
    lo: system.unknowns.map((u) => u.lo),
    hi: system.unknowns.map((u) => u.hi),
    eqs,
    caps,
    byVar,
  };
}

/** A solution, with the variable `avoid[0]` not equal to `avoid[1]`; undefined if none. */
function solve(c: Compiled, order: number[], avoid?: [number, number]): number[] | undefined {
  const n = c.lo.length;
  const value = new Array<number>(n).fill(NaN);
  const assigned = new Array<boolean>(n).fill(false);
  const feasible = (k: number) => {
    const e = c.eqs[k];
    let sum = 0;
    let min = 0;
    let max = 0;
    for (const v of e.vars) {
      if (assigned[v]) sum += value[v];
      else {
        min += c.lo[v];
        max += c.hi[v];
      }
    }
    return sum + min <= e.total && e.total <= sum + max;
  };
  const step = (depth: number): boolean => {
    if (depth === n) return true;
    const v = order[depth];
    let lo = c.lo[v];
    let hi = c.hi[v];
    for (const b of c.caps[v]) if (assigned[b]) hi = Math.min(hi, value[b]);
    // Each equation bounds v by what its other terms can still add up to.
    for (const k of c.byVar[v]) {
      const e = c.eqs[k];
      let rest = e.total;
      let min = 0;
      let max = 0;
      for (const w of e.vars) {
        if (w === v) continue;
        if (assigned[w]) rest -= value[w];
        else {
          min += c.lo[w];
          max += c.hi[w];
        }
      }
      lo = Math.max(lo, rest - max);
      hi = Math.min(hi, rest - min);
    }
    for (let x = lo; x <= hi; x++) {
      if (avoid && avoid[0] === v && avoid[1] === x) continue;
      value[v] = x;
      assigned[v] = true;
      if (c.byVar[v].every(feasible) && step(depth + 1)) return true;
      assigned[v] = false;
    }
    return false;
  };
  return step(0) ? value.slice() : undefined;
}

/** Order: bounds (patients) first, so the counts they cap are tried within them. */
function orderOf(c: Compiled): number[] {
  const isBound = new Set(c.caps.flat());
  const all = c.lo.map((_, i) => i);
  return [...all.filter((i) => isBound.has(i)), ...all.filter((i) => !isBound.has(i))];
}

/** Independent parts of the system: unknowns linked by an equation or a bound, solved apart. */
function components(system: System): System[] {
  const parent = new Map(system.unknowns.map((u) => [u.name, u.name]));
  const find = (x: string): string => {
    const p = parent.get(x) as string;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));
  for (const e of system.equations) e.unknowns.forEach((u) => join(u, e.unknowns[0]));
  for (const a of system.atMost ?? []) join(a.unknown, a.bound);
  const parts = new Map<string, System>();
  const part = (name: string) => {
    const root = find(name);
    let p = parts.get(root);
    if (!p) parts.set(root, (p = { unknowns: [], equations: [], atMost: [] }));
    return p;
  };
  for (const u of system.unknowns) part(u.name).unknowns.push(u);
  for (const e of system.equations)
    if (e.unknowns.length > 0) part(e.unknowns[0]).equations.push(e);
  for (const a of system.atMost ?? []) part(a.unknown).atMost?.push(a);
  return [...parts.values()];
}

/** The unknowns whose value is forced by what is shown; `undefined` if the system has no solution. */
export function exposed(system: System): string[] | undefined {
  const out: string[] = [];
  for (const part of components(system)) {
    const c = compile(part);
    const order = orderOf(c);
    const first = solve(c, order);
    if (!first) return undefined;
    part.unknowns.forEach((u, i) => {
      if (solve(c, order, [i, first[i]]) === undefined) out.push(u.name);
    });
  }
  return out;
}
