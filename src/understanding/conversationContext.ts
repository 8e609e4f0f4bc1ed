import { z } from 'zod';
import { indicatorKeys } from '../clients/metricsSchemas';
import {
  unitKinds,
  type CompareUnit,
  type EntityMatch,
  type Intent,
  type IntentBody,
  type IntentKind,
  type Language,
  type UnitScope,
} from './intent';

// What a conversation was about after the last answer: the person, unit, group, measure, period,
// list page and language a follow-up ("och hans mejl?", "och på Kristineberg?", "nästa") refers to.
// Plain data, parsed with zod where it is read back from the store.

const NamedSchema = z.object({ id: z.string(), name: z.string() });
export type Named = z.infer<typeof NamedSchema>;

/** The intents a follow-up can continue: those with slots worth carrying over. */
export const topicKinds = [
  'personLookup',
  'unitLookup',
  'groupContacts',
  'groupDetails',
  'roleAtUnit',
  'peopleByRole',
  'rubSummary',
  'rubDistribution',
  'rubTrend',
  'rubCompare',
  'patientList',
  'unitsInArea',
  'digestSubscribe',
  // (its follow-ups: "vi kör på det, varje torsdag kl 13" subscribes)
  'digestPreview',
  // (its follow-ups: "byt till bara Stensö och Berga" changes the one listed)
  'digestList',
] as const satisfies readonly IntentKind[];
export type TopicKind = (typeof topicKinds)[number];

const measures = ['patients', 'withoutFastLakarkontakt', 'withSip', ...indicatorKeys] as const;

const ScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mine') }),
  z.object({ kind: z.literal('region') }),
  z.object({ kind: z.literal('unit'), id: z.string(), name: z.string() }),
]);
export type ContextScope = z.infer<typeof ScopeSchema>;

const CompareUnitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mine') }),
  z.object({ kind: z.literal('unit'), id: z.string(), name: z.string() }),
]);
export type ContextUnit = z.infer<typeof CompareUnitSchema>;

const DigestDetailsSchema = z.object({
  weekday: z.number().int().min(1).max(7).optional(),
  time: z.string().optional(),
  scope: z.string().optional(),
  unitIds: z.array(z.string()).optional(),
});

export const ConversationContextSchema = z.object({
  language: z.enum(['sv', 'en']).optional(),
  /** The language the user asked for ("svara på engelska"): it holds over the words' language. */
  chosenLanguage: z.enum(['sv', 'en']).optional(),
  /** The last question's kind, when a follow-up can continue it. */
  topic: z.enum(topicKinds).optional(),
  person: NamedSchema.optional(),
  /** The people a name could mean ("maria"), for "den på Planeringsenheten". */
  candidates: z.array(NamedSchema).max(10).optional(),
  unit: NamedSchema.optional(),
  /** The health centre the user said is theirs: "vi", "hos oss" mean it from then on. */
  ours: NamedSchema.optional(),
  group: NamedSchema.optional(),
  role: z.string().optional(),
  field: z.enum(['phone', 'mobile', 'email', 'all']).optional(),
  aspect: z.enum(['focus', 'targetGroups', 'participants', 'all']).optional(),
  within: NamedSchema.optional(),
  scope: ScopeSchema.optional(),
  level: z.number().int().min(0).max(5).optional(),
  measure: z.enum(measures).optional(),
  period: z.string().optional(),
  /** The months of the last two figures, for "hur har det förändrats mellan de två månaderna?". */
  periods: z.array(z.string()).max(2).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  without: z.boolean().optional(),
  page: z.number().int().min(0).optional(),
  /** The health centres of a comparison, in the order named. */
  units: z.array(CompareUnitSchema).max(12).optional(),
  municipality: z.string().optional(),
  unitKind: z.enum(unitKinds).optional(),
  /** What a digest request typed (day, time, scope), for "gör det på fredagar istället". */
  digest: DigestDetailsSchema.optional(),
  /** The subscription that request saved: its follow-ups change it, not add another. */
  subscription: z.string().max(64).optional(),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

export const emptyContext: ConversationContext = {};

/**
 * What an answer showed beyond the question: the one person a role or group list came down to,
 * or the people of a longer list (for "den på Blå Kusten").
 */
export type AnswerFacts = { person?: Named; unit?: Named; people?: Named[]; subscription?: string };

const named = (m: EntityMatch | undefined): Named | undefined =>
  m?.status === 'found' ? { id: m.id, name: m.name } : undefined;

const scopeOf = (s: UnitScope): ContextScope | undefined =>
  s.kind === 'unit'
    ? s.match.status === 'found'
      ? { kind: 'unit', id: s.match.id, name: s.match.name }
      : undefined
    : s;

const compareUnitOf = (u: CompareUnit): ContextUnit | undefined =>
  u.kind === 'mine'
    ? u
    : u.match.status === 'found'
      ? { kind: 'unit', id: u.match.id, name: u.match.name }
      : undefined;

const isFigures = (kind: TopicKind | undefined): boolean =>
  kind === 'rubSummary' || kind === 'rubTrend' || kind === 'patientList';

export const isTopic = (kind: IntentKind): kind is TopicKind =>
  (topicKinds as readonly string[]).includes(kind);

/** The slots an intent fills, as context (only what was resolved). */
function slotsOf(intent: IntentBody): ConversationContext {
  switch (intent.kind) {
    case 'personLookup':
      return {
        person: named(intent.person),
        // ("ok, then the health centre itself" after a name the directory lacks, at Gamleby HC)
        unit: named(intent.at),
        field: intent.field,
        candidates:
          intent.person.status === 'ambiguous'
            ? intent.person.candidates.slice(0, 10).map(({ id, name }) => ({ id, name }))
            : undefined,
      };
    case 'unitLookup':
    case 'setMyUnit':
      return { unit: named(intent.unit) };
    case 'groupContacts':
      return { group: named(intent.group) };
    case 'groupDetails':
      return { group: named(intent.group), aspect: intent.aspect };
    case 'roleAtUnit':
      return { role: intent.role, unit: named(intent.unit) };
    case 'peopleByRole':
      return { role: intent.role, within: named(intent.within), page: intent.page ?? 0 };
    case 'rubSummary':
      return {
        scope: scopeOf(intent.scope),
        level: intent.level,
        period: intent.period,
        measure: intent.measure,
      };
    case 'rubDistribution':
      return { level: intent.level, period: intent.period, measure: intent.measure };
    case 'rubTrend':
      return {
        scope: scopeOf(intent.scope),
        level: intent.level,
        measure: intent.measure,
        from: intent.from,
        to: intent.to,
      };
    case 'rubCompare':
      return {
        units: intent.units.flatMap((u) => compareUnitOf(u) ?? []),
        level: intent.level,
        period: intent.period,
        measure: intent.measure,
      };
    case 'unitsInArea':
      return { municipality: intent.municipality, unitKind: intent.unitKind };
    case 'digestSubscribe':
      return { digest: intent.typed };
    case 'patientList':
      return {
        scope: scopeOf(intent.scope),
        level: intent.level,
        without: intent.withoutFastLakarkontakt,
        page: intent.page ?? 0,
        period: intent.period,
      };
    default:
      return {};
  }
}

/** The unit a question called the user's own ("våra patienter" on Nybro HC, named). */
function oursOf(intent: IntentBody): Named | undefined {
  const scope = 'scope' in intent && typeof intent.scope === 'object' ? intent.scope : undefined;
  return scope?.kind === 'unit' && scope.ours ? named(scope.match) : undefined;
}

/** The context without its undefined slots (a loop: it runs on every turn, and spreads are slow). */
function defined(c: ConversationContext): ConversationContext {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(c)) if (value !== undefined) out[key] = value;
  return out as ConversationContext;
}

/**
 * The context after an answer. A question with a topic replaces the topic's slots (a new topic
 * replaces the old one) but keeps the people, units and groups named before, which pronouns may
 * still mean; a social turn ("tack") or one not understood keeps everything but the language.
 */
export function contextAfter(
  previous: ConversationContext,
  intent: Intent,
  answer: AnswerFacts = {},
): ConversationContext {
  const language: Language = intent.language;
  const chosenLanguage = intent.languageChosen ? language : previous.chosenLanguage;
  if (!isTopic(intent.kind)) return defined({ ...previous, language, chosenLanguage });
  const slots = defined(slotsOf(intent));
  // Figures for one health centre after another's: the two, for "jämför dom två".
  if (slots.scope && !slots.units && previous.scope && isFigures(previous.topic)) {
    const two = [previous.scope, slots.scope].flatMap((s) => (s.kind === 'region' ? [] : [s]));
    if (two.length === 2 && JSON.stringify(two[0]) !== JSON.stringify(two[1])) slots.units = two;
  }
  // Figures for one month after another's: the two, for "mellan de två månaderna".
  if (
    slots.period &&
    previous.period &&
    isFigures(previous.topic) &&
    slots.period !== previous.period
  ) {
    slots.periods = [previous.period, slots.period];
  }
  const unitFromScope =
    slots.scope?.kind === 'unit' ? { id: slots.scope.id, name: slots.scope.name } : undefined;
  // "what's his email" after the head of a unit: still that role, for "and at Löttorp?"
  const samePerson = slots.person !== undefined && slots.person.id === previous.person?.id;
  const role =
    slots.role ?? (intent.kind === 'personLookup' && samePerson ? previous.role : undefined);
  const next: ConversationContext = slots;
  next.role = role;
  if (answer.people) next.candidates = answer.people.slice(0, 10);
  if (answer.subscription) next.subscription = answer.subscription;
  next.language = language;
  next.chosenLanguage = chosenLanguage;
  next.topic = intent.kind;
  next.person = answer.person ?? slots.person ?? previous.person;
  next.unit = answer.unit ?? slots.unit ?? unitFromScope ?? previous.unit;
  next.ours = oursOf(intent) ?? previous.ours;
  next.group = slots.group ?? previous.group;
  return defined(next);
}
