import { indicatorKeys, type RubSummary } from '../clients/metricsSchemas';

// Small-count protection for shared spaces (channels, group chats): statistical disclosure control
// for the table behind every figure, one period and RUB level, health centres × counts, with the
// region's totals and the areas' (municipalities') totals as its margins. README "Small counts in
// shared spaces" describes the method; in short:
//
// 1. Primary suppression: a count of 1 to threshold−1 ("<5"), or one whose complement within its
//    unit (the unit's patients minus it) is; a region total whose complement is withholds its whole
//    column. A unit whose patient count is withheld has every count withheld.
// 2. Secondary suppression, so that no withheld count can be worked out from what is shown: the
//    withheld counts of an area form a group whose sum is known (area total minus shown counts);
//    a group must leave every member at least two possible values, given the bounds a reader can
//    infer ("<5" is 1–4, any other withheld count is at least the threshold, at most its unit's
//    patients). Until it does, the next-smallest non-zero shown count of the area is withheld too.
//    Areas that cannot be protected alone join one region-wide group, protected the same way.
// 3. Every sum shown elsewhere (a digest's scope) must contain each group wholly or not at all:
//    such a sum follows from figures already shown, any other would split a group.
//
// The pattern is a function of the whole table only, so every view of it (a card, the tab, digests
// of any scope) hides the same counts. Views never see a withheld value: a CountCell carries none.

export type Suppression = { threshold: number };

/** The counts of a RUB summary; `patients` is every other count's total within its unit. */
export const countKeys = [
  'patients',
  'withoutFastLakarkontakt',
  'withSip',
  ...indicatorKeys,
] as const;
export type CountKey = (typeof countKeys)[number];

/** A count as it may be shown: its value, or withheld (`below`: known to be 1 to below−1). */
export type CountCell = { withheld: false; value: number } | { withheld: true; below?: number };

/** Every count a view shows, as text, and whether it was withheld. */
export type Shown = { text: string; withheld: boolean };

export type CountTexts = { exact: (n: number) => string; hidden: string };

export function showCount(cell: CountCell, texts: CountTexts): Shown {
  if (!cell.withheld) return { text: texts.exact(cell.value), withheld: false };
  return { text: cell.below ? `<${cell.below}` : texts.hidden, withheld: true };
}

export function countOf(summary: RubSummary, key: CountKey): number {
  switch (key) {
    case 'patients':
      return summary.patients;
    case 'withoutFastLakarkontakt':
      return summary.withoutFastLakarkontakt;
    case 'withSip':
      return summary.withSip;
    default:
      return summary.indicators[key];
  }
}

/** What one shared space may see of one table (period × level): cells, totals, scope sums. */
export type Disclosure = {
  cell(unitId: string, key: CountKey): CountCell;
  region(key: CountKey): CountCell;
  /** The sum over some health centres (a digest's scope), withheld if it could expose a count. */
  sum(unitIds: readonly string[], key: CountKey): CountCell;
  /** Whether any count of the table is withheld. */
  readonly anyWithheld: boolean;
};

// ---------------------------------------------------------------------------------------------
// One column of the table

/** A withheld cell's bounds as a reader can infer them from what is shown. */
type Bounds = { lo: number; hi: number };

export type ColumnInput = {
  unitIds: readonly string[];
  areas: readonly string[];
  values: readonly number[];
  /** Each unit's patients (the row total), for the counts of a measure; absent for patients. */
  rowTotals?: readonly number[];
  /** Units whose every count is withheld, with the fewest patients a reader knows they have. */
  forced?: ReadonlyMap<number, number>;
  /** The region's patients, for the complement of a measure's region total. */
  regionPatients?: number;
};

export type ColumnPattern = {
  /** The whole column is withheld (the region total itself is small or its complement is). */
  whole: boolean;
  /** Withheld cells, by index; `small` marks a value of 1 to threshold−1 shown as "<5". */
  withheld: ReadonlyMap<number, { small: boolean }>;
  /** Groups of withheld cells whose sums are known; a shown sum must not split one. */
  groups: readonly (readonly number[])[];
  /** Whether the region-wide group may be published (false: no sum may touch it). */
  regionGroup: readonly number[];
  regionPublished: boolean;
  /** Each withheld cell's feasible range for a reader, for the row bound of forced units. */
  ranges: ReadonlyMap<number, Bounds>;
};

const isSmall = (n: number, t: number) => n > 0 && n < t;

/** Each member's feasible range given the group's sum and the members' bounds. */
export function groupRanges(
  members: readonly number[],
  values: readonly number[],
  bounds: (i: number) => Bounds,
): Map<number, Bounds> {
  const sum = members.reduce((acc, i) => acc + values[i], 0);
  const b = members.map(bounds);
  const loSum = b.reduce((acc, x) => acc + x.lo, 0);
  const hiSum = b.reduce((acc, x) => acc + x.hi, 0);
  return new Map(
    members.map((i, k) => [
      i,
      {
        lo: Math.max(b[k].lo, sum - (hiSum - b[k].hi)),
        hi: Math.min(b[k].hi, sum - (loSum - b[k].lo)),
      },
    ]),
  );
}

/** A group is safe when every member keeps at least two possible values. */
function safe(
  members: readonly number[],
  values: readonly number[],
  bounds: (i: number) => Bounds,
) {
  if (members.length === 0) return true;
  for (const r of groupRanges(members, values, bounds).values()) if (r.hi - r.lo < 1) return false;
  return true;
}

export function suppressColumn(input: ColumnInput, threshold: number): ColumnPattern {
  const t = threshold;
  const { values, areas, unitIds, rowTotals, forced } = input;
  const n = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  const withheld = new Map<number, { small: boolean }>();
  const wholeColumn = (): ColumnPattern => {
    // A unit without patients has nothing to hide: its 0 is known to anyone.
    for (let i = 0; i < n; i++) if (rowTotals?.[i] !== 0) withheld.set(i, { small: false });
    return {
      whole: true,
      withheld,
      groups: [],
      regionGroup: [],
      regionPublished: false,
      ranges: new Map(),
    };
  };
  const regionComplement =
    input.regionPatients !== undefined ? input.regionPatients - total : undefined;
  if (isSmall(total, t) || (regionComplement !== undefined && isSmall(regionComplement, t))) {
    return wholeColumn();
  }

  // 1. Primary suppression.
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (forced?.has(i)) withheld.set(i, { small: false });
    else if (isSmall(v, t)) withheld.set(i, { small: true });
    else if (rowTotals && isSmall(rowTotals[i] - v, t)) withheld.set(i, { small: false });
  }

  const bounds = (i: number): Bounds => {
    const forcedHi = forced?.get(i);
    if (forcedHi !== undefined) return { lo: 0, hi: forcedHi };
    const hi = rowTotals ? rowTotals[i] : total;
    return withheld.get(i)?.small ? { lo: 1, hi: Math.min(t - 1, hi) } : { lo: t, hi };
  };
  // Candidates for secondary suppression: the smallest shown non-zero count first, then by unit
  // id; never one its own bounds would pin (a count equal to its unit's patients, at the threshold).
  const smallestShown = (among: number[]): number | undefined =>
    among
      .filter((i) => !withheld.has(i) && values[i] > 0 && (!rowTotals || rowTotals[i] > t))
      .sort((a, b) => values[a] - values[b] || unitIds[a].localeCompare(unitIds[b]))[0];

  const byArea = new Map<string, number[]>();
  for (let i = 0; i < n; i++) byArea.set(areas[i], [...(byArea.get(areas[i]) ?? []), i]);
  const areaSum = (members: number[], of: readonly number[]) =>
    members.reduce((acc, i) => acc + of[i], 0);
  const hiddenIn = (members: number[]) => members.filter((i) => withheld.has(i));

  // 2a. Within each area: its total is shown (it is a digest's scope), so protect its group there.
  const open = new Set<string>();
  for (const [area, members] of byArea) {
    if (hiddenIn(members).length === 0) continue;
    const sum = areaSum(members, values);
    const areaPrimary =
      isSmall(sum, t) || (rowTotals !== undefined && isSmall(areaSum(members, rowTotals) - sum, t));
    if (areaPrimary) {
      open.add(area);
      continue;
    }
    while (!safe(hiddenIn(members), values, bounds)) {
      const next = smallestShown(members);
      if (next === undefined) break;
      withheld.set(next, { small: false });
    }
    if (!safe(hiddenIn(members), values, bounds)) open.add(area);
  }

  // 2b. Areas that cannot be protected alone: one region-wide group, known from the region total.
  const regionGroup = () => [...open].flatMap((a) => hiddenIn(byArea.get(a) ?? []));
  let regionPublished = true;
  while (!safe(regionGroup(), values, bounds)) {
    const inOpen = smallestShown([...open].flatMap((a) => byArea.get(a) ?? []));
    if (inOpen !== undefined) {
      withheld.set(inOpen, { small: false });
      continue;
    }
    const quiet = [...byArea].filter(([a, m]) => !open.has(a) && hiddenIn(m).length === 0);
    const fresh = smallestShown(quiet.flatMap(([, m]) => m));
    if (fresh !== undefined) {
      withheld.set(fresh, { small: false });
      open.add(areas[fresh]);
      continue;
    }
    const closed = [...byArea].filter(([a, m]) => !open.has(a) && hiddenIn(m).length > 0);
    if (closed.length > 0) {
      open.add(closed.sort(([a], [b]) => a.localeCompare(b))[0][0]);
      continue;
    }
    // Nothing left to withhold: the region total cannot be shown without exposing a count.
    regionPublished = false;
    break;
  }

  const groups = [...byArea]
    .filter(([a]) => !open.has(a))
    .map(([, m]) => hiddenIn(m))
    .filter((g) => g.length > 0);
  const region = regionGroup();
  const ranges = new Map<number, Bounds>();
  for (const g of [...groups, ...(regionPublished ? [region] : [])]) {
    for (const [i, r] of groupRanges(g, values, bounds)) ranges.set(i, r);
  }
  if (!regionPublished) for (const i of region) ranges.set(i, bounds(i));
  return { whole: false, withheld, groups, regionGroup: region, regionPublished, ranges };
}

// ---------------------------------------------------------------------------------------------
// The whole table

const exact = (value: number): CountCell => ({ withheld: false, value });

/** Everything exact: a personal chat, where the manager sees the figures as they are. */
function openDisclosure(rows: readonly RubSummary[]): Disclosure {
  const byId = new Map(rows.map((r) => [r.unitId ?? '', r]));
  const sumOf = (ids: readonly string[], key: CountKey) =>
    ids.reduce((acc, id) => acc + (byId.has(id) ? countOf(byId.get(id) as RubSummary, key) : 0), 0);
  return {
    cell: (unitId, key) => exact(sumOf([unitId], key)),
    region: (key) => exact(rows.reduce((acc, r) => acc + countOf(r, key), 0)),
    sum: (ids, key) => exact(sumOf(ids, key)),
    anyWithheld: false,
  };
}

/**
 * The disclosure of one table: the health centres' summaries for one period and level, each with
 * its area (municipality). No rule: a personal chat, everything exact.
 */
export function disclose(
  rows: readonly RubSummary[],
  areaOf: ReadonlyMap<string, string>,
  rule: Suppression | undefined,
): Disclosure {
  const units = rows.filter((r): r is RubSummary & { unitId: string } => r.unitId !== null);
  if (!rule || rule.threshold <= 1) return openDisclosure(units);
  const t = rule.threshold;
  const unitIds = units.map((r) => r.unitId);
  // A unit without a known area is an area of its own (it then joins the region-wide group).
  const areas = unitIds.map((id) => areaOf.get(id) ?? `unit:${id}`);
  const index = new Map(unitIds.map((id, i) => [id, i]));
  const patients = units.map((r) => r.patients);
  const regionPatients = patients.reduce((a, b) => a + b, 0);

  const patientPattern = suppressColumn({ unitIds, areas, values: patients }, t);
  // The counts of a unit whose patients are withheld are audited as if they were at most the
  // fewest patients the unit can have: every such assignment fits every possible patient count, so
  // what stays uncertain under that assumption stays uncertain for a reader who links the two.
  const forced = new Map<number, number>();
  for (const i of patientPattern.withheld.keys()) {
    forced.set(i, patientPattern.ranges.get(i)?.lo ?? 0);
  }
  const patterns = new Map<CountKey, ColumnPattern>([['patients', patientPattern]]);
  for (const key of countKeys.slice(1)) {
    patterns.set(
      key,
      patientPattern.whole
        ? patientPattern
        : suppressColumn(
            {
              unitIds,
              areas,
              values: units.map((r) => countOf(r, key)),
              rowTotals: patients,
              forced,
              regionPatients,
            },
            t,
          ),
    );
  }
  const valueOf = (i: number, key: CountKey) => countOf(units[i], key);

  const cell = (unitId: string, key: CountKey): CountCell => {
    const i = index.get(unitId);
    if (i === undefined) return exact(0);
    const hidden = patterns.get(key)?.withheld.get(i);
    if (!hidden) return exact(valueOf(i, key));
    return hidden.small ? { withheld: true, below: t } : { withheld: true };
  };

  const sum = (ids: readonly string[], key: CountKey): CountCell => {
    const members = [...new Set(ids)].flatMap((id) => {
      const i = index.get(id);
      return i === undefined ? [] : [i];
    });
    if (members.length === 1) return cell(unitIds[members[0]], key);
    const pattern = patterns.get(key) as ColumnPattern;
    if (pattern.whole) return { withheld: true };
    const inScope = new Set(members);
    const splits = (g: readonly number[]) => {
      const n = g.filter((i) => inScope.has(i)).length;
      return n > 0 && n < g.length;
    };
    if (pattern.groups.some(splits) || splits(pattern.regionGroup)) return { withheld: true };
    if (!pattern.regionPublished && pattern.regionGroup.some((i) => inScope.has(i))) {
      return { withheld: true };
    }
    const value = members.reduce((acc, i) => acc + valueOf(i, key), 0);
    // A sum is a figure too: neither it nor its complement within the scope's patients may be small.
    const scopePatients = members.reduce((acc, i) => acc + patients[i], 0);
    if (isSmall(value, t) || (key !== 'patients' && isSmall(scopePatients - value, t))) {
      return { withheld: true };
    }
    return exact(value);
  };

  const region = (key: CountKey): CountCell => {
    const pattern = patterns.get(key) as ColumnPattern;
    if (pattern.whole || !pattern.regionPublished) return { withheld: true };
    return exact(units.reduce((acc, r) => acc + countOf(r, key), 0));
  };

  return {
    cell,
    region,
    sum,
    anyWithheld: [...patterns.values()].some((p) => p.withheld.size > 0),
  };
}
