import type { Person } from '../../../src/clients/directorySchemas';
import { hasRole, PAGE_SIZE } from '../../../src/skills/contacts/contactSkill';
import {
  contextAfter,
  type AnswerFacts,
  type ConversationContext,
} from '../../../src/understanding/conversationContext';
import type { EntityMatch, Intent, UnitScope } from '../../../src/understanding/intent';
import { buildLexicon } from '../../../src/understanding/lexicon';
import { understand } from '../../../src/understanding/understand';
import type { Lexicon } from '../../../src/understanding/lexicon';
import { loadDirectory } from '../../../dev/reference-api/directoryData';
import { CURRENT_PERIOD, PERIODS } from '../../../dev/reference-api/metricsPopulation';
import { periodMeant } from '../../../src/skills/metrics/knownPeriods';
import { freshCases } from './freshCorpus';
import type { FreshCase, FreshExpect } from './freshTypes';

// Scores understand() on the fresh corpus: every turn of a case runs in order, each with the
// context the turns before it left, and is compared with its `expect` on the fields written there.

const directory = loadDirectory();
export const freshLexicon = buildLexicon(directory);

const entity = (m: EntityMatch): string => (m.status === 'found' ? m.id : m.status);
const scopeOf = (s: UnitScope): string => (s.kind === 'unit' ? entity(s.match) : s.kind);

type Facts = Partial<Record<keyof FreshExpect, unknown>>;

/** A month typed without its year, as the metrics skills take it: the one with figures. */
const known = { periods: [...PERIODS].sort(), current: CURRENT_PERIOD };
const periodOf = (p: string | undefined): string | undefined => periodMeant(p, known);

/** The facts of an intent in the corpus's shape (defaults filled in, as the corpus leaves them out). */
export function factsOf(intent: Intent): Facts {
  const base: Facts = { kind: intent.kind, lang: intent.language };
  switch (intent.kind) {
    case 'groupContacts':
      return { ...base, group: entity(intent.group) };
    case 'groupDetails':
      return { ...base, group: entity(intent.group), aspect: intent.aspect };
    case 'personLookup':
      return { ...base, person: entity(intent.person), field: intent.field };
    case 'unitLookup':
    case 'setMyUnit':
      return { ...base, unit: entity(intent.unit) };
    case 'roleAtUnit':
      return { ...base, role: intent.role, unit: entity(intent.unit) };
    case 'peopleByRole':
      return {
        ...base,
        role: intent.role,
        within: intent.within && entity(intent.within),
        page: intent.page ?? 0,
      };
    case 'rubSummary':
      return {
        ...base,
        scope: scopeOf(intent.scope),
        level: intent.level,
        period: periodOf(intent.period),
        measure: intent.measure,
      };
    case 'rubDistribution':
      return {
        ...base,
        measure: intent.measure,
        level: intent.level,
        period: periodOf(intent.period),
      };
    case 'rubTrend':
      return {
        ...base,
        measure: intent.measure,
        scope: scopeOf(intent.scope),
        level: intent.level,
        from: periodOf(intent.from),
        to: periodOf(intent.to),
      };
    case 'patientList':
      return {
        ...base,
        scope: scopeOf(intent.scope),
        level: intent.level,
        without: intent.withoutFastLakarkontakt,
        page: intent.page ?? 0,
        period: periodOf(intent.period),
      };
    case 'rubCompare':
      return {
        ...base,
        units: intent.units.map(scopeOf),
        level: intent.level,
        period: periodOf(intent.period),
        measure: intent.measure,
      };
    case 'unitsInArea':
      return { ...base, municipality: intent.municipality, unitKind: intent.unitKind };
    case 'digestSubscribe': {
      // Typed details, or the settings card's values when a button sent them.
      const d = intent.typed ?? intent.settings;
      const scope =
        d?.scope === 'units' ? `units:${(d.unitIds ?? []).join(',')}` : (d?.scope ?? undefined);
      return { ...base, weekday: d?.weekday, time: d?.time, digestScope: scope };
    }
    case 'digestPause':
      return { ...base, resume: intent.resume ?? false };
    default:
      return base;
  }
}

/** The fields of `expect` the intent gets wrong, as "field: got ≠ expected" (empty when right). */
export function mismatches(intent: Intent, expect: FreshExpect): string[] {
  const facts = factsOf(intent);
  const defaults: Facts = { level: 5, field: 'all', aspect: 'all' };
  return (Object.keys(expect) as (keyof FreshExpect)[]).flatMap((key) => {
    const got = facts[key] ?? defaults[key];
    const want = expect[key];
    return JSON.stringify(got) === JSON.stringify(want)
      ? []
      : [`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
  });
}

export type TurnScore = {
  /** "<case id>#<turn number from 1>" */
  id: string;
  caseClass: FreshCase['class'];
  text: string;
  problems: string[];
};

const unitName = (id: string | undefined) => directory.units.find((u) => u.id === id)?.name;
const asNamed = (p: Person): AnswerFacts => {
  const name = unitName(p.unitId);
  return {
    person: { id: p.id, name: p.name },
    ...(p.unitId && name ? { unit: { id: p.unitId, name } } : {}),
  };
};
const one = (people: Person[]): AnswerFacts =>
  people.length === 1
    ? asNamed(people[0])
    : people.length > 1
      ? { people: people.slice(0, PAGE_SIZE).map(({ id, name }) => ({ id, name })) }
      : {};

/**
 * What the contact skill's answer showed, from the same directory the reference server serves:
 * the person looked up, or the one person a role or a group's contacts came down to (the skill
 * reports the same through TurnInfo.remember; tests/e2e check that path over the wire).
 */
export function answeredFacts(intent: Intent): AnswerFacts {
  // As the directory client offers them: a synthetic test user is never shown as a contact.
  const people = directory.people.filter((p) => !p.synthetic);
  switch (intent.kind) {
    case 'personLookup': {
      const p = intent.person.status === 'found' ? intent.person.id : undefined;
      const person = people.find((x) => x.id === p);
      return person ? asNamed(person) : {};
    }
    case 'roleAtUnit': {
      if (intent.unit.status !== 'found') return {};
      const unitId = intent.unit.id;
      return one(people.filter((p) => p.unitId === unitId && hasRole(p, intent.role)));
    }
    case 'peopleByRole': {
      const within = intent.within?.status === 'found' ? intent.within.id : undefined;
      const group = directory.groups.find((g) => g.id === within);
      const candidates = group
        ? people.filter(
            (p) =>
              group.contactPersonIds.includes(p.id) ||
              group.participants.some((x) => x.unitId && x.unitId === p.unitId),
          )
        : within
          ? people.filter((p) => p.unitId === within)
          : people;
      return one(candidates.filter((p) => hasRole(p, intent.role)));
    }
    case 'groupContacts':
    case 'groupDetails': {
      const id = intent.group.status === 'found' ? intent.group.id : undefined;
      const group = directory.groups.find((g) => g.id === id);
      return group ? one(people.filter((p) => group.contactPersonIds.includes(p.id))) : {};
    }
    default:
      return {};
  }
}

type Understand = (
  text: string,
  locale: string | undefined,
  lexicon: Lexicon,
  context?: ConversationContext,
) => Intent;

/** Every turn's intent, in order within its case, each with the context the turns before left. */
export function freshIntents(
  cases: readonly FreshCase[] = freshCases,
  read: Understand = understand,
): { id: string; intent: Intent }[] {
  return cases.flatMap((c) => {
    let context: ConversationContext = {};
    return c.turns.map((turn, i) => {
      const intent = read(turn.text, turn.locale ?? 'sv-SE', freshLexicon, context);
      context = contextAfter(context, intent, answeredFacts(intent));
      return { id: `${c.id}#${i + 1}`, intent };
    });
  });
}

/** Every turn of every case, understood in order within its case, each with the context before it. */
export function scoreFresh(cases: readonly FreshCase[] = freshCases): TurnScore[] {
  return cases.flatMap((c) => {
    let context: ConversationContext = {};
    return c.turns.map((turn, i) => {
      const intent = understand(turn.text, turn.locale ?? 'sv-SE', freshLexicon, context);
      context = contextAfter(context, intent, answeredFacts(intent));
      return {
        id: `${c.id}#${i + 1}`,
        caseClass: c.class,
        text: turn.text,
        problems: mismatches(intent, turn.expect),
      };
    });
  });
}

/** Passed / total, overall and per class. */
export function summary(scores: readonly TurnScore[]): Record<string, string> {
  const by = new Map<string, { pass: number; total: number }>();
  const add = (key: string, pass: boolean) => {
    const s = by.get(key) ?? { pass: 0, total: 0 };
    s.total++;
    if (pass) s.pass++;
    by.set(key, s);
  };
  for (const s of scores) {
    add('all', s.problems.length === 0);
    add(s.caseClass, s.problems.length === 0);
  }
  return Object.fromEntries(
    [...by].map(([k, { pass, total }]) => [
      k,
      `${pass}/${total} (${((100 * pass) / total).toFixed(1)} %)`,
    ]),
  );
}
