import {
  disclose,
  type CountCell,
  type CountKey,
  type Disclosure,
  type Suppression,
} from '../access/smallCounts';
import { shortUnitName } from '../cards/textFormat';
import type { Group, Person, Unit } from '../clients/directorySchemas';
import { indicatorKeys, type IndicatorKey, type RubSummary } from '../clients/metricsSchemas';
import { telUrl } from '../cards/phoneFormat';

// What the tab's JSON API answers: aggregates only (never a patient row), with the small-count
// protection applied on the server for shared spaces, from the same full table as the cards and
// digests (access/smallCounts), so a channel tab never receives a count the cards withhold.

/**
 * A count as the tab may show it: exact; or withheld, with `lt` when it is known to be below that
 * ("<5") and `hidden` when it is withheld to protect small counts; and its share of the patients.
 */
export type Shown = { n: number | null; lt?: number; hidden?: true; share: number | null };

/** A health centre; `shortName` for chart labels ("Gripen" for "Gripens hälsocentral"). */
export type UnitRef = { id: string; name: string; shortName: string };

export function unitRefOf(unit: Unit): UnitRef {
  return { id: unit.id, name: unit.name, shortName: shortUnitName(unit) };
}

/** What a conversation may see of one period's table (personal: everything; channel: protected). */
export function tableOf(
  byUnit: readonly RubSummary[],
  centres: readonly Unit[],
  rule: Suppression | undefined,
): Disclosure {
  return disclose(byUnit, new Map(centres.map((u) => [u.id, u.municipality])), rule);
}

const cellOf = (table: Disclosure, unitId: string | null, key: CountKey): CountCell =>
  unitId ? table.cell(unitId, key) : table.region(key);

function shownOf(cell: CountCell, total: CountCell | undefined): Shown {
  if (cell.withheld) {
    return cell.below
      ? { n: null, lt: cell.below, share: null }
      : { n: null, hidden: true, share: null };
  }
  const share = total && !total.withheld && total.value > 0 ? cell.value / total.value : null;
  return { n: cell.value, share };
}

/** A unit's (or the region's) count of `key`, with its share of the unit's patients. */
export function shown(table: Disclosure, unitId: string | null, key: CountKey): Shown {
  const cell = cellOf(table, unitId, key);
  return shownOf(cell, key === 'patients' ? undefined : cellOf(table, unitId, 'patients'));
}

export type SummaryView = {
  period: string;
  level: number;
  unit: UnitRef | null;
  patients: Shown;
  /** Null when the patient count itself is withheld. */
  averageAge: number | null;
  withoutFastLakarkontakt: Shown;
  withSip: Shown;
  indicators: Record<IndicatorKey, Shown>;
  /** The figures come from a synthetic population (the reference API). */
  synthetic: boolean;
};

export type DistributionView = {
  period: string;
  level: number;
  /** Ranked by the share without fast läkarkontakt, highest first; withheld ones last. */
  items: { unit: UnitRef; patients: Shown; withoutFastLakarkontakt: Shown; withSip: Shown }[];
  region: { patients: Shown; withoutFastLakarkontakt: Shown; withSip: Shown };
  synthetic: boolean;
};

export type TrendPoint = {
  period: string;
  patients: Shown;
  withoutFastLakarkontakt: Shown;
  withSip: Shown;
};
export type TrendView = {
  level: number;
  periods: string[];
  series: { unit: UnitRef | null; points: TrendPoint[] }[];
  synthetic: boolean;
};

/** The summary of a unit (or, with no unit, the region); `s` gives its average age. */
export function summaryView(s: RubSummary, unit: UnitRef | null, table: Disclosure): SummaryView {
  const id = unit?.id ?? null;
  const indicators = Object.fromEntries(
    indicatorKeys.map((k) => [k, shown(table, id, k)]),
  ) as Record<IndicatorKey, Shown>;
  const patients = cellOf(table, id, 'patients');
  return {
    period: s.period,
    level: s.level,
    unit,
    patients: shown(table, id, 'patients'),
    averageAge: patients.withheld || patients.value === 0 ? null : s.averageAge,
    withoutFastLakarkontakt: shown(table, id, 'withoutFastLakarkontakt'),
    withSip: shown(table, id, 'withSip'),
    indicators,
    synthetic: !!s.synthetic,
  };
}

export function trendPoint(period: string, table: Disclosure, unitId: string | null): TrendPoint {
  return {
    period,
    patients: shown(table, unitId, 'patients'),
    withoutFastLakarkontakt: shown(table, unitId, 'withoutFastLakarkontakt'),
    withSip: shown(table, unitId, 'withSip'),
  };
}

/** The share as the cards rank it: rounded to one decimal, so equal-looking shares tie. */
const rankValue = (x: Shown) => (x.share === null ? null : Math.round(x.share * 1000));

export function distributionView(
  period: string,
  level: number,
  byUnit: RubSummary[],
  units: ReadonlyMap<string, UnitRef>,
  table: Disclosure,
): DistributionView {
  const items = byUnit
    .filter((s): s is RubSummary & { unitId: string } => s.unitId !== null)
    .map((s) => ({
      unit: units.get(s.unitId) ?? { id: s.unitId, name: s.unitId, shortName: s.unitId },
      patients: shown(table, s.unitId, 'patients'),
      withoutFastLakarkontakt: shown(table, s.unitId, 'withoutFastLakarkontakt'),
      withSip: shown(table, s.unitId, 'withSip'),
    }))
    .sort((a, b) => {
      const x = rankValue(a.withoutFastLakarkontakt);
      const y = rankValue(b.withoutFastLakarkontakt);
      if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
      return a.unit.name.localeCompare(b.unit.name, 'sv');
    });
  return {
    period,
    level,
    items,
    region: {
      patients: shown(table, null, 'patients'),
      withoutFastLakarkontakt: shown(table, null, 'withoutFastLakarkontakt'),
      withSip: shown(table, null, 'withSip'),
    },
    synthetic: byUnit.some((s) => s.synthetic),
  };
}

// ---------------------------------------------------------------------------------------------
// Contacts

export type PhoneView = { kind: string; number: string; tel?: string };
export type ContactResult =
  | {
      type: 'person';
      id: string;
      name: string;
      title: string;
      unit?: string;
      phones: PhoneView[];
      email?: string;
    }
  | {
      type: 'unit';
      id: string;
      name: string;
      municipality: string;
      phones: PhoneView[];
      email?: string;
      address?: string;
    }
  | {
      type: 'group';
      id: string;
      name: string;
      area: string;
      contacts: { name: string; title: string }[];
    };
export type ContactsView = { query: string; results: ContactResult[]; suggestions: string[] };

const phone = (kind: string, number: string): PhoneView => ({ kind, number, tel: telUrl(number) });

export function personResult(p: Person, unit: Unit | undefined): ContactResult {
  return {
    type: 'person',
    id: p.id,
    name: p.name,
    title: p.title,
    unit: unit?.name,
    phones: p.phones.map((ph) => phone(ph.kind, ph.number)),
    email: p.email,
  };
}

export function unitResult(u: Unit): ContactResult {
  return {
    type: 'unit',
    id: u.id,
    name: u.name,
    municipality: u.municipality,
    phones: u.phone ? [phone('vaxel', u.phone)] : [],
    email: u.email,
    address: u.address,
  };
}

export function groupResult(g: Group, contacts: Person[]): ContactResult {
  return {
    type: 'group',
    id: g.id,
    name: g.name,
    area: g.area,
    contacts: contacts.map((p) => ({ name: p.name, title: p.title })),
  };
}
