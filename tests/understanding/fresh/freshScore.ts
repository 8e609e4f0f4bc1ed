import type { EntityMatch, Intent, UnitScope } from '../../../src/understanding/intent';
import { buildLexicon } from '../../../src/understanding/lexicon';
import { understand } from '../../../src/understanding/understand';
import { loadDirectory } from '../../../src/reference-api/directoryData';
import { freshCases } from './freshCorpus';
import type { FreshCase, FreshExpect } from './freshTypes';

// Scores understand() on the fresh corpus: every turn of a case runs in order, each with the
// context the turns before it left, and is compared with its `expect` on the fields written there.

const directory = loadDirectory();
export const freshLexicon = buildLexicon(directory);

const entity = (m: EntityMatch): string => (m.status === 'found' ? m.id : m.status);
const scopeOf = (s: UnitScope): string => (s.kind === 'unit' ? entity(s.match) : s.kind);

type Facts = Partial<Record<keyof FreshExpect, unknown>>;

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
        period: intent.period,
        measure: intent.measure,
      };
    case 'rubDistribution':
      return { ...base, measure: intent.measure, level: intent.level, period: intent.period };
    case 'rubTrend':
      return {
        ...base,
        measure: intent.measure,
        scope: scopeOf(intent.scope),
        level: intent.level,
        from: intent.from,
        to: intent.to,
      };
    case 'patientList':
      return {
        ...base,
        scope: scopeOf(intent.scope),
        level: intent.level,
        without: intent.withoutFastLakarkontakt,
        page: intent.page ?? 0,
        period: intent.period,
      };
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

/** Every turn of every case, understood in order within its case. */
export function scoreFresh(cases: readonly FreshCase[] = freshCases): TurnScore[] {
  return cases.flatMap((c) =>
    c.turns.map((turn, i) => {
      const intent = understand(turn.text, turn.locale ?? 'sv-SE', freshLexicon);
      return {
        id: `${c.id}#${i + 1}`,
        caseClass: c.class,
        text: turn.text,
        problems: mismatches(intent, turn.expect),
      };
    }),
  );
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
