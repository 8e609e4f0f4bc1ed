import { shareAllowed, type Suppression } from '../access/smallCounts';
import type { Group, Person, Unit } from '../clients/directorySchemas';
import { indicatorKeys, type IndicatorKey, type RubSummary } from '../clients/metricsSchemas';
import { telUrl } from '../cards/phoneFormat';

// What the tab's JSON API answers: aggregates only (never a patient row), with the small-count rule
// applied on the server for shared spaces, so a channel tab never receives an exact small number.

/** A count as the tab may show it: exact, or hidden below `lt` ("<5"); its share of all patients. */
export type Shown = { n: number | null; lt?: number; share: number | null };

/** A health centre; `shortName` for chart labels ("Gripen" for "Gripens hälsocentral"). */
export type UnitRef = { id: string; name: string; shortName: string };

/** The unit's short name: its first alias when the name starts with it, else the name without "hälsocentral". */
export function unitRefOf(unit: Unit): UnitRef {
  const alias = unit.aliases[0];
  const fold = (t: string) => t.toLocaleLowerCase('sv');
  const shortName =
    alias && fold(unit.name).startsWith(fold(alias))
      ? alias
      : unit.name.replace(/\s+hälsocentral$/i, '');
  return { id: unit.id, name: unit.name, shortName };
}

export type SummaryView = {
  period: string;
  level: number;
  unit: UnitRef | null;
  patients: Shown;
  /** Null when the patient count itself is hidden. */
  averageAge: number | null;
  withoutFastLakarkontakt: Shown;
  withSip: Shown;
  indicators: Record<IndicatorKey, Shown>;
};

export type DistributionView = {
  period: string;
  level: number;
  items: { unit: UnitRef; patients: Shown; withoutFastLakarkontakt: Shown; withSip: Shown }[];
  region: { patients: Shown; withoutFastLakarkontakt: Shown; withSip: Shown };
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
};

const isSmall = (n: number, rule: Suppression | undefined): boolean =>
  rule !== undefined && n > 0 && n < rule.threshold;

/** `count` out of `total`, hidden and without share when the rule says so. */
export function shown(
  count: number,
  total: number | undefined,
  rule: Suppression | undefined,
): Shown {
  const hidden = isSmall(count, rule);
  const share =
    total !== undefined && !hidden && shareAllowed(count, total, rule) ? count / total : null;
  return hidden ? { n: null, lt: rule?.threshold, share: null } : { n: count, share };
}

export function summaryView(
  s: RubSummary,
  unit: UnitRef | null,
  rule: Suppression | undefined,
): SummaryView {
  const indicators = Object.fromEntries(
    indicatorKeys.map((k) => [k, shown(s.indicators[k], s.patients, rule)]),
  ) as Record<IndicatorKey, Shown>;
  return {
    period: s.period,
    level: s.level,
    unit,
    patients: shown(s.patients, undefined, rule),
    averageAge: isSmall(s.patients, rule) || s.patients === 0 ? null : s.averageAge,
    withoutFastLakarkontakt: shown(s.withoutFastLakarkontakt, s.patients, rule),
    withSip: shown(s.withSip, s.patients, rule),
    indicators,
  };
}

export function trendPoint(s: RubSummary, rule: Suppression | undefined): TrendPoint {
  return {
    period: s.period,
    patients: shown(s.patients, undefined, rule),
    withoutFastLakarkontakt: shown(s.withoutFastLakarkontakt, s.patients, rule),
    withSip: shown(s.withSip, s.patients, rule),
  };
}

export function distributionView(
  period: string,
  level: number,
  byUnit: RubSummary[],
  units: ReadonlyMap<string, UnitRef>,
  rule: Suppression | undefined,
): DistributionView {
  const items = byUnit
    .filter((s): s is RubSummary & { unitId: string } => s.unitId !== null)
    .map((s) => ({
      unit: units.get(s.unitId) ?? { id: s.unitId, name: s.unitId, shortName: s.unitId },
      patients: shown(s.patients, undefined, rule),
      withoutFastLakarkontakt: shown(s.withoutFastLakarkontakt, s.patients, rule),
      withSip: shown(s.withSip, s.patients, rule),
    }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv'));
  const sum = (pick: (s: RubSummary) => number) => byUnit.reduce((acc, s) => acc + pick(s), 0);
  const patients = sum((s) => s.patients);
  return {
    period,
    level,
    items,
    region: {
      patients: shown(patients, undefined, rule),
      withoutFastLakarkontakt: shown(
        sum((s) => s.withoutFastLakarkontakt),
        patients,
        rule,
      ),
      withSip: shown(
        sum((s) => s.withSip),
        patients,
        rule,
      ),
    },
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
