import {
  isTopic,
  type ConversationContext,
  type ContextScope,
  type ContextUnit,
  type Named,
  type TopicKind,
} from './conversationContext';
import type {
  CompareUnit,
  ContactField,
  EntityMatch,
  GroupAspect,
  IntentBody,
  IntentKind,
  Measure,
  TypedDigestDetails,
  UnitKind,
  UnitScope,
} from './intent';
import type { EntityKind, Feature } from './intentTable';
import { inOrder, monthOnly } from './periods';

// A question read against the conversation so far: pronouns ("hans mejl", "her mobile"), ellipsis
// ("och på Kristineberg?", "och RUB 4?", "Gripen"), "där"/"there", and typed paging ("nästa").
// Pure: the question as understood alone, what it named, and the context in; an intent out.

/** What understand() read in a question, as far as a follow-up needs it. */
export type Reading = {
  /** The folded words of the whole text. */
  words: readonly string[];
  features: ReadonlySet<Feature>;
  /** What the words left after the cues name. */
  names: EntityKind;
  /** Only what the text itself says (no defaults). */
  level?: number;
  periods: readonly string[];
  measure?: Measure;
  field?: ContactField;
  aspect?: GroupAspect;
  /** The words left, looked up as a unit (only when `names` is 'unit'). */
  unit: () => EntityMatch;
  /** The unit named, as a health centre when the name may also mean others ("hulstfred"). */
  centre: () => EntityMatch;
  person: () => EntityMatch;
  group: () => EntityMatch;
  /** True when some word left may be part of a name (not only everyday words). */
  nameLike: () => boolean;
  /** The health centres named, in order. */
  units: () => readonly Extract<EntityMatch, { status: 'found' }>[];
  municipality?: string;
  unitKind?: UnitKind;
  /** Digest details typed (day, time, scope). */
  digest: () => TypedDigestDetails | undefined;
  /** One period named, after "till", "until", "innan": the end of a range, not its start. */
  endsRange: boolean;
  /** Of the people a name could mean, the one at the unit named ("den på Planeringsenheten"). */
  pick: (candidates: readonly Named[]) => Named | undefined;
  /** How many words are left for a name, everyday words or not. */
  nameWords: number;
  /** The unit of the same kind as this one in the municipality named ("och Oskarshamn?"). */
  unitLike: (unitId: string) => EntityMatch | undefined;
  /** The one unit of a kind in the municipality named, or else in the one given. */
  unitOfKind: (kind: UnitKind, otherwise?: string) => EntityMatch | undefined;
  /** Of the units a name may mean, the one in the municipality talked about. */
  narrow: (m: EntityMatch, municipality: string) => EntityMatch;
  /** The municipality a unit is in. */
  municipalityOf: (unitId: string) => string | undefined;
  /** The one group a person is a contact of, if they are of one. */
  groupOf: (personId: string) => EntityMatch | undefined;
};

/** Words for a group, said of the person talked about: "gruppen hon sitter i", "his project". */
const GROUP_WORDS: ReadonlySet<string> = new Set(
  'grupp gruppen arbetsgrupp arbetsgruppen projekt projektet samarbete samarbetet pilot piloten group team project collaboration'.split(
    ' ',
  ),
);

/** "han", "hennes", "her": one person talked about. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  'han',
  'hon',
  'hans',
  'hennes',
  'honom',
  'henne',
  // the Swedish "they" of one person
  'hen',
  'hens',
  'henom',
  'he',
  'she',
  'his',
  'her',
  'him',
  'hers',
]);
/** A question that opens with its verb asks yes or no: "är hon läkare?". */
const YES_NO = new Set(['ar', 'var', 'is', 'was']);
const THING_PRONOUNS = new Set([
  'den',
  'det',
  'dess',
  'it',
  'its',
  'projektet',
  'gruppen',
  'satsningen',
  'arbetet',
]);
/** "de", "their": the people of a group talked about, not the one person last shown. */
const PLURAL_PRONOUNS = new Set(['de', 'dem', 'deras', 'they', 'them', 'their', 'theirs']);
const THERE = new Set(['dar', 'there', 'dit']);
const CORRECTION =
  /^(?:(?:nej|no|nope|sorry|oj|oops|forlat|ah) )*(?:jag |i )?(?:menade|meant|mean) /;
/** "den på Blå Kusten", "the one at Gripen", "henne på …": one person of a list. */
const ONE_OF_THEM = new Set([
  'den',
  'one',
  'hon',
  'han',
  'henne',
  'honom',
  'him',
  'her',
  'personen',
]);
/** "the one in Kalmar", "den i Kalmar": one of the things just listed. */
const THE_ONE = /(?:^| )(?:the one|den|det|that one|the)(?= (?:in|i|pa|at) )/;
/** "vilka av dom", "which of them": some of the people just listed. */
const isThem = (w: string): boolean => PLURAL_PRONOUNS.has(w) || w === 'dom' || w === 'those';
const BEFORE_THERE = new Set(['is', 'are', 'was', 'were']);
const SAVE = /^(?:spara|save|ok spara|ja spara|yes save)$/;
/** Words that open an elliptical follow-up: "och för Nybro?", "what about Gamleby?". */
const ELLIPSIS_OPENERS = new Set([
  'och',
  'and',
  'samt',
  'plus',
  'what',
  'how',
  'vad',
  'men',
  'samma',
  'same',
  'also',
]);
const ELLIPSIS_CLOSERS = new Set(['da', 'then']);
const SOCIAL_WORDS = new Set(['tack', 'thanks', 'ok', 'okej', 'bra', 'great', 'toppen', 'super']);
/** Said around a request for a page ("previous page pls", "nästa tack"). */
const POLITE = new Set([
  ...SOCIAL_WORDS,
  'pls',
  'plz',
  'please',
  'snalla',
  'then',
  'da',
  'och',
  'and',
]);
/** A short text is a follow-up to the topic even without an opener ("Gripen?", "rehab?"). */
const SHORT = 3;

const NEXT =
  /^(?:nasta(?: sida)?|(?:next|nxt|nex)(?: page| batch| lot| ones)?|visa fler|fler|more|show more|(?:see )?more results|(?:sidan|the page) (?:efter|after)(?: det| den| that| this)?)$/;
const PREVIOUS =
  /^(?:foregaende(?: sida)?|forra(?: sidan)?|(?:ga )?tillbaka(?: en sida| ett steg)?|previous(?: page)?|prev|(?:go )?back(?: one| a page| one page| to the previous page)?|(?:sidan|the page) (?:innan|fore|before)(?: det| den| that| this)?)$/;
const PAGE_NUMBER = /^(?:(?:ga|go|hoppa|jump|skip) (?:till|to) )?(?:page|sida|sidan) (\d{1,3})$/;
const FIRST =
  /^(?:(?:back to |go back to |tillbaka till )?(?:the |den )?(?:first|forsta)(?: one| page| sidan)?|forsta sidan)$/;

const POSSESSIVES: ReadonlySet<string> = new Set(['hennes', 'hans', 'her', 'his']);
const WHICH_ARE_THERE =
  /^(?:vilka|which(?: ones)?)(?: finns(?: det)?| har vi| are there| do we have)?(?: har| here)?$/;

/** "the first one", "den andra", "nummer tre": one of the people offered, by its place. */
const ORDINAL =
  /^(?:(?:nej|no|ok|okej|ja|yes) )?(?:the |den |nummer |number )?(first|forsta|second|andra|third|tredje)(?: one| personen| av dem| of them)?$/;
const ORDINAL_INDEX: Readonly<Record<string, number>> = {
  first: 0,
  forsta: 0,
  second: 1,
  andra: 1,
  third: 2,
  tredje: 2,
};

const METRIC_TOPICS = new Set<IntentKind>([
  'rubSummary',
  'rubDistribution',
  'rubTrend',
  'rubCompare',
  'patientList',
]);
const SCOPED_METRICS = new Set<IntentKind>(['rubSummary', 'rubTrend', 'patientList']);
/** Kinds a question switches to by its own words ("sedan augusti 2022?" after a summary). */
const STRONG_METRICS = new Set<IntentKind>(['rubTrend', 'rubDistribution', 'patientList']);
/** Cues that make a question about contacts, not metrics. */
const CONTACT_FEATURES: readonly Feature[] = ['field', 'contact', 'reach', 'role', 'whoIs'];
const METRIC_FEATURES: readonly Feature[] = [
  'measure',
  'rub',
  'period',
  'since',
  'trend',
  'share',
  'count',
  'periodRange',
  'status',
  'distribution',
];
/** "visa dem", "list them", "visa vilka det är": the patients behind the figures talked about. */
const THEM = new Set([
  'dem',
  'dom',
  'them',
  'those',
  'de',
  'vilka',
  'who',
  'which',
  'listan',
  'list',
]);
const SOCIAL = new Set<IntentKind>(['help', 'greeting', 'setMyUnit']);

const found = (n: Named): EntityMatch => ({ status: 'found', id: n.id, name: n.name, score: 1 });
const scopeFrom = (s: ContextScope): UnitScope =>
  s.kind === 'unit' ? { kind: 'unit', match: found(s) } : s;
const compareFrom = (u: ContextUnit): CompareUnit =>
  u.kind === 'unit' ? { kind: 'unit', match: found(u) } : u;
const asContextUnit = (m: Extract<EntityMatch, { status: 'found' }>): ContextUnit => ({
  kind: 'unit',
  id: m.id,
  name: m.name,
});
const sameUnit = (a: ContextUnit, b: ContextUnit): boolean =>
  a.kind === b.kind && (a.kind === 'mine' || (b.kind === 'unit' && a.id === b.id));

/** The context's topic as an intent again, with what the follow-up changes. */
function continued(
  topic: TopicKind,
  c: ConversationContext,
  change: Partial<ConversationContext>,
): IntentBody | undefined {
  const v = { ...c, ...change };
  const level = v.level ?? 5;
  switch (topic) {
    case 'personLookup':
      return v.person && { kind: topic, person: found(v.person), field: v.field ?? 'all' };
    case 'unitLookup':
      return v.unit && { kind: topic, unit: found(v.unit) };
    case 'groupContacts':
      return v.group && { kind: topic, group: found(v.group) };
    case 'groupDetails':
      return v.group && { kind: topic, group: found(v.group), aspect: v.aspect ?? 'all' };
    case 'roleAtUnit':
      return v.role && v.unit ? { kind: topic, role: v.role, unit: found(v.unit) } : undefined;
    case 'peopleByRole':
      return v.role
        ? {
            kind: topic,
            role: v.role,
            ...(v.within ? { within: found(v.within) } : {}),
            ...(v.page ? { page: v.page } : {}),
          }
        : undefined;
    case 'rubSummary': {
      // After a list of those without fast läkarkontakt, "how many" counts them.
      const measure = v.measure ?? (v.without ? 'withoutFastLakarkontakt' : undefined);
      return {
        kind: topic,
        scope: scopeFrom(v.scope ?? { kind: 'region' }),
        level,
        ...(v.period ? { period: v.period } : {}),
        ...(measure ? { measure } : {}),
      };
    }
    case 'rubDistribution':
      return {
        kind: topic,
        measure: v.measure ?? 'withoutFastLakarkontakt',
        level,
        ...(v.period ? { period: v.period } : {}),
      };
    case 'rubTrend':
      return {
        kind: topic,
        measure: v.measure ?? 'withoutFastLakarkontakt',
        scope: scopeFrom(v.scope ?? { kind: 'region' }),
        level,
        ...(v.from ? { from: v.from } : {}),
        ...(v.to ? { to: v.to } : {}),
      };
    case 'rubCompare':
      return v.units && v.units.length > 0
        ? {
            kind: topic,
            units: v.units.map(compareFrom),
            level,
            ...(v.period ? { period: v.period } : {}),
            ...(v.measure ? { measure: v.measure } : {}),
          }
        : undefined;
    case 'unitsInArea':
      return {
        kind: topic,
        ...(v.municipality ? { municipality: v.municipality } : {}),
        ...(v.unitKind ? { unitKind: v.unitKind } : {}),
      };
    case 'digestSubscribe':
      return { kind: topic, ...(v.digest ? { typed: v.digest } : {}) };
    case 'patientList':
      return {
        kind: topic,
        scope: scopeFrom(v.scope ?? { kind: 'region' }),
        level,
        withoutFastLakarkontakt: v.without ?? false,
        ...(v.page ? { page: v.page } : {}),
        ...(v.period ? { period: v.period } : {}),
      };
  }
}

/** "och i augusti året innan?" after March 2023: August 2022. */
function yearBefore(r: Reading, c: ConversationContext): string | undefined {
  const month = monthOnly(r.periods[0]);
  const year = c.period && monthOnly(c.period) === undefined ? Number(c.period.slice(0, 4)) : NaN;
  const words = r.words.join(' ');
  if (month === undefined || Number.isNaN(year) || !YEAR_BEFORE.test(words)) return undefined;
  return `${year - 1}-${String(month).padStart(2, '0')}`;
}
const YEAR_BEFORE =
  /(?:^| )(?:aret (?:innan|fore|dessforinnan)|the year before|the previous year|a year earlier|aret tidigare)(?: |$)/;

/** What a metric question says itself: its measure, level, period or range, and scope. */
function metricChange(
  r: Reading,
  kind: IntentKind,
  c: ConversationContext,
): Partial<ConversationContext> {
  const change: Partial<ConversationContext> = {};
  // "hur har det förändrats mellan de två månaderna?" after figures for one month and another.
  if (kind === 'rubTrend' && r.periods.length === 0 && c.periods?.length === 2) {
    const [from, to] = inOrder(c.periods);
    Object.assign(change, { from, to });
  }
  if (r.measure) change.measure = r.measure;
  if (r.level !== undefined) change.level = r.level;
  if (r.features.has('lackFast')) change.without = true;
  if (r.periods.length > 0) {
    if (kind === 'rubTrend') {
      const sorted = inOrder(r.periods);
      if (sorted.length >= 2) Object.assign(change, { from: sorted[0], to: sorted.at(-1) });
      // "till mars" ends the range; "sen augusti", "since August" or a month alone starts it
      else if (r.endsRange) change.to = sorted[0];
      else change.from = sorted[0];
    } else {
      change.period = yearBefore(r, c) ?? r.periods[0];
    }
  }
  const scope = namedScope(r, c);
  if (scope) change.scope = scope;
  return change;
}

function namedScope(r: Reading, c: ConversationContext): ContextScope | undefined {
  // "hos oss" after the user said which health centre is theirs: that one.
  const mine: ContextScope = c.ours ? { kind: 'unit', ...c.ours } : { kind: 'mine' };
  if (r.features.has('mine')) return mine;
  if (r.names === 'unit') {
    const m = r.centre();
    if (m.status === 'found') return { kind: 'unit', id: m.id, name: m.name };
  }
  if (r.features.has('region')) return { kind: 'region' };
  if (r.features.has('we') && r.names === 'none') return mine;
  return undefined;
}

/** What was typed before, with what is typed now over it (a new scope replaces the old one). */
function digestTyped(
  before: TypedDigestDetails | undefined,
  now: TypedDigestDetails,
): TypedDigestDetails {
  const kept =
    now.scope !== undefined ? { weekday: before?.weekday, time: before?.time } : (before ?? {});
  return Object.fromEntries(
    Object.entries({ ...kept, ...now }).filter(([, v]) => v !== undefined),
  ) as TypedDigestDetails;
}

/** A follow-up to a digest request that changes what it typed: "gör det på fredagar istället". */
function digestChange(alone: IntentBody, c: ConversationContext): IntentBody | undefined {
  if (alone.kind !== 'digestSubscribe' || c.topic !== 'digestSubscribe' || alone.settings) {
    return undefined;
  }
  if (!alone.typed || !c.digest) return undefined;
  return { ...alone, typed: digestTyped(c.digest, alone.typed), ...saved(c) };
}

/** Words that open a scope typed alone: "för hälsocentralerna i Oskarshamn", "only Nybro". */
const SCOPE_OPENERS = new Set(['for', 'om', 'about', 'bara', 'only', 'just', 'endast']);

/**
 * Details typed alone after a digest request or its preview: "klockan 7 på morgonen", "för
 * hälsocentralerna i Oskarshamn", "vi kör på det, varje torsdag kl 13". The request, with them.
 */
function digestDetails(
  alone: IntentBody,
  r: Reading,
  c: ConversationContext,
): IntentBody | undefined {
  if (c.topic === 'digestList') return scopeChanged(alone, r);
  if (c.topic !== 'digestSubscribe' && c.topic !== 'digestPreview') return undefined;
  const scopeAlone = alone.kind === 'unitsInArea' && SCOPE_OPENERS.has(r.words[0]);
  if (alone.kind !== 'unknown' && !scopeAlone) return undefined;
  const typed = r.digest();
  if (!typed) return undefined;
  if (c.topic === 'digestPreview') return { kind: 'digestSubscribe', typed };
  return { kind: 'digestSubscribe', typed: digestTyped(c.digest, typed), ...saved(c) };
}

/** Words that change what a digest is about: "byt till bara Stensö och Berga". */
const CHANGE_WORDS: ReadonlySet<string> = new Set(['byt', 'byta', 'andra', 'change', 'switch']);

/** "byt till bara Stensö och Berga" after the channel's digests: the one there, about those. */
function scopeChanged(alone: IntentBody, r: Reading): IntentBody | undefined {
  if (alone.kind !== 'unknown' && alone.kind !== 'unitsInArea') return undefined;
  const typed = r.digest();
  if (!typed?.scope || !r.words.some((w) => CHANGE_WORDS.has(w))) return undefined;
  return { kind: 'digestSubscribe', typed, moves: true };
}

/** The subscription the request being answered saved, for its follow-ups to change. */
const saved = (c: ConversationContext): { subscriptionId?: string } =>
  c.subscription ? { subscriptionId: c.subscription } : {};

/** "drop berga", "ta bort Gripen", "utan Nybro": one of the compared left out. */
const DROP =
  /^(?:(?:och|and|ok|men|but) )?(?:drop|remove|exclude|skip|leave out|take out|ta bort|stryk|skippa|strunta i|utan|without)(?= )/;

/** "compare with …", "jämför med …": the one to compare left out, as the figures shown. */
const COMPARE_WITH =
  /^(?:(?:and|och|ok|so|sa|now|nu) )?(?:compare|jamfor|jamfora)(?: (?:it|that|this|det|den|dem|dom))? (?:with|to|against|med|mot) /;

/** The health centre of the figures just shown, to compare with. */
function figuresScope(c: ConversationContext): ContextUnit | undefined {
  if (c.topic !== 'rubSummary' && c.topic !== 'rubTrend') return undefined;
  return c.scope?.kind === 'mine'
    ? { kind: 'mine' }
    : c.scope?.kind === 'unit'
      ? c.scope
      : undefined;
}

const sameCompared = (u: CompareUnit, own: ContextUnit): boolean =>
  u.kind === 'mine'
    ? own.kind === 'mine'
    : own.kind === 'unit' && u.match.status === 'found' && u.match.id === own.id;

/** Follow-ups to a comparison or to a figure: "lägg till Blå Kusten", "compared with Gripen?". */
function comparison(alone: IntentBody, r: Reading, c: ConversationContext): IntentBody | undefined {
  // "what about us vs Vimmerby?": a comparison of its own, on the measure talked about.
  if (alone.kind === 'rubCompare' && alone.units.length >= 2) {
    const measure = alone.measure ?? c.measure;
    // "compare with Norrliden and Stensö" after our figures: ours first, then those.
    const own = figuresScope(c);
    const units =
      own && COMPARE_WITH.test(r.words.join(' ')) && !alone.units.some((u) => sameCompared(u, own))
        ? [compareFrom(own), ...alone.units]
        : alone.units;
    return { ...alone, units, ...(measure ? { measure } : {}) };
  }
  const named = r.units().map(asContextUnit);
  if (named.length === 0) return undefined;
  const measure = r.measure ?? c.measure;
  const rest = {
    level: r.level ?? c.level ?? 5,
    ...(measure ? { measure } : {}),
    ...(c.period ? { period: c.period } : {}),
  };
  // "drop berga", "ta bort Gripen": the comparison without it.
  if (c.topic === 'rubCompare' && c.units && DROP.test(r.words.join(' '))) {
    const units = c.units.filter((u) => !named.some((x) => sameUnit(x, u)));
    if (units.length < c.units.length && units.length > 0) {
      return { kind: 'rubCompare', units: units.map(compareFrom), ...rest };
    }
  }
  if (c.topic === 'rubCompare' && c.units && r.features.has('addUnit')) {
    const units = [...c.units, ...named.filter((u) => !c.units?.some((x) => sameUnit(x, u)))];
    return { kind: 'rubCompare', units: units.map(compareFrom), ...rest };
  }
  const asked = r.features.has('compare') || r.features.has('compareUnits');
  if (!asked || r.periods.length > 0 || (alone.kind === 'rubCompare' && named.length >= 2)) {
    return undefined;
  }
  const own = figuresScope(c);
  if (!own) return undefined;
  const units = [own, ...named.filter((u) => !sameUnit(u, own))];
  return { kind: 'rubCompare', units: units.map(compareFrom), ...rest };
}

const has = (r: Reading, fs: readonly Feature[]) => fs.some((f) => r.features.has(f));

/**
 * The intent of a question in a conversation: the question alone when it stands on its own,
 * otherwise the context's topic continued with what the question changes.
 */
export function inContext(
  alone: IntentBody,
  r: Reading,
  c: ConversationContext | undefined,
): IntentBody {
  if (!c) return alone;
  const digest = digestChange(alone, c) ?? digestDetails(alone, r, c);
  if (digest) return digest;
  if (SOCIAL.has(alone.kind) || alone.kind.startsWith('digest')) return alone;
  const topic = c.topic;
  // "den på Planeringsenheten", "the one at Kristineberg" after "which Maria?": that one; after a
  // list of people, "hur når jag den på Blå Kusten?" (one of them, pointed to).
  // ("Svensson, utvecklingsledaren": a name and a role, both of the one meant)
  const picks = r.features.has('role')
    ? alone.kind === 'peopleByRole' || (alone.kind === 'personLookup' && r.names !== 'none')
    : r.names !== 'none';
  // (a role asked of a list, "which one of them is the analyst", lists those of them)
  const listed =
    topic !== 'personLookup' && !r.features.has('role') && r.words.some((w) => ONE_OF_THEM.has(w));
  const ordinal = ORDINAL.exec(r.words.join(' '))?.[1];
  const placed = ordinal === undefined ? undefined : c.candidates?.[ORDINAL_INDEX[ordinal]];
  if (topic === 'personLookup' && placed) {
    return { kind: 'personLookup', person: found(placed), field: c.field ?? 'all' };
  }
  if ((topic === 'personLookup' || listed) && c.candidates && picks) {
    const chosen = r.pick(c.candidates);
    if (chosen) {
      return { kind: 'personLookup', person: found(chosen), field: r.field ?? c.field ?? 'all' };
    }
  }
  // "nej, den andra Maria, hon på planeringsenheten" after her phone number was asked: another
  // person named alone, for the same field.
  if (
    alone.kind === 'personLookup' &&
    alone.field === 'all' &&
    r.features.size === 0 &&
    topic === 'personLookup' &&
    c.field
  ) {
    return { ...alone, field: c.field };
  }
  // "what does it look like?", "hur ser det ut?" after a digest request or list: the preview; its
  // button's word typed ("Spara"): the same request again, with what was typed.
  // ("visa nu" after a digest request: show it now; "vilka finns?": the channel's digests)
  if (topic?.startsWith('digest') && r.names === 'none') {
    const showNow = r.features.has('show') && r.words.length <= 2;
    if (r.features.has('status') || showNow) return { kind: 'digestPreview' };
    if (WHICH_ARE_THERE.test(r.words.join(' '))) return { kind: 'digestList' };
  }
  if (topic === 'digestSubscribe' && SAVE.test(r.words.join(' '))) {
    return continued('digestSubscribe', c, {}) ?? alone;
  }

  // Typed paging of the last list.
  if (topic === 'peopleByRole' || topic === 'patientList') {
    // ("nästa igen", "next again": one more page)
    const asked = r.words.filter((w) => !POLITE.has(w) && w !== 'igen' && w !== 'again').join(' ');
    const step = NEXT.test(asked) ? 1 : PREVIOUS.test(asked) ? -1 : 0;
    if (step !== 0) {
      return continued(topic, c, { page: Math.max(0, (c.page ?? 0) + step) }) ?? alone;
    }
    if (FIRST.test(asked)) return continued(topic, c, { page: 0 }) ?? alone;
    // "page 2 please", "sida 3": that page, counted from one as people count
    const numbered = PAGE_NUMBER.exec(asked);
    if (numbered)
      return continued(topic, c, { page: Math.max(0, Number(numbered[1]) - 1) }) ?? alone;
  }
  // "och 5" after "nivå 4 då": another level of the figures.
  if (topic !== undefined && METRIC_TOPICS.has(topic)) {
    const bare = r.words.filter((w) => !POLITE.has(w) && !ELLIPSIS_OPENERS.has(w));
    if (bare.length === 1 && /^[0-5]$/.test(bare[0]) && r.words.length <= SHORT) {
      return continued(topic, c, { level: Number(bare[0]) }) ?? alone;
    }
  }
  const words = new Set(r.words);
  const personPronoun = r.words.some((w) => PERSON_PRONOUNS.has(w));
  const thingPronoun = r.words.some((w) => THING_PRONOUNS.has(w));
  const pluralPronoun = r.words.some((w) => PLURAL_PRONOUNS.has(w));
  // ("is there", "finns det där": no place pointed to)
  const there = r.words.some((w, i) => THERE.has(w) && !BEFORE_THERE.has(r.words[i - 1] ?? ''));
  const elliptical =
    r.words.length <= SHORT ||
    // "nej jag menade Kristineberg", "sorry, I meant her email": the last question, corrected
    CORRECTION.test(r.words.join(' ')) ||
    ELLIPSIS_OPENERS.has(r.words[0] ?? '') ||
    // after thanks or an ok: "tack! och till Julia?"
    (SOCIAL_WORDS.has(r.words[0] ?? '') && ELLIPSIS_OPENERS.has(r.words[1] ?? '')) ||
    ELLIPSIS_CLOSERS.has(r.words.at(-1) ?? '');
  // "tack! och hans nummer?": thanks, then a follow-up; thanks alone, or with words around, is thanks.
  const asks = r.field || r.aspect || personPronoun || r.names !== 'none';
  if (alone.kind === 'thanks' && !(elliptical && asks)) return alone;
  const nothingNamed = r.names === 'none';
  const metricTopic = topic !== undefined && METRIC_TOPICS.has(topic);

  // "hennes chef då?", "and his manager?": the role at the unit of the person talked about.
  const possessive = r.words.some((w) => POSSESSIVES.has(w));
  if (alone.kind === 'peopleByRole' && !alone.within && possessive && c.person && c.unit) {
    return { kind: 'roleAtUnit', role: alone.role, unit: found(c.unit) };
  }
  // "är hon läkare?", "is he the coordinator?": asked of the person talked about, whose card says.
  if (personPronoun && r.features.has('role') && YES_NO.has(r.words[0] ?? '') && c.person) {
    return { kind: 'personLookup', person: found(c.person), field: 'all' };
  }

  // "vad sysslar gruppen hon sitter i med?", "what's the project she's part of about?": the group
  // the person talked about is a contact of ("part of" tells whose group, not who takes part).
  const groupOfPerson = c.person && personPronoun ? r.groupOf(c.person.id) : undefined;
  // (a word left, "gruppen" or "dependence", but no name: "also ragnhild holmberg, she ran the
  // … project" asks for her)
  const nameless = r.nameWords <= 1;
  if (groupOfPerson && nameless && r.words.some((w) => GROUP_WORDS.has(w))) {
    const about = r.features.has('about');
    if (r.aspect || about) {
      const aspect = r.aspect === 'participants' && about ? 'all' : (r.aspect ?? 'all');
      return { kind: 'groupDetails', group: groupOfPerson, aspect };
    }
    if (r.features.has('contact')) return { kind: 'groupContacts', group: groupOfPerson };
  }

  const compare = metricTopic ? comparison(alone, r, c) : undefined;
  if (compare) return compare;
  // "jämför dom två", "compare them" after figures for one health centre and then another.
  if (metricTopic && topic !== 'rubCompare' && has(r, ['compareUnits', 'compare']) && c.units) {
    if (r.units().length === 0 && c.units.length >= 2)
      return continued('rubCompare', c, {}) ?? alone;
  }

  // "visa dem", "list them": the patients behind the figures just shown (not "who is the
  // basenhetschef there?", someone to find).
  if (
    nothingNamed &&
    !r.features.has('role') &&
    (topic === 'rubSummary' || topic === 'rubTrend') &&
    has(r, ['show', 'list', 'whoIs', 'which']) &&
    // ("lista", "show list": the word alone)
    (r.words.some((w) => THEM.has(w)) || r.words.length <= 2)
  ) {
    const without = c.measure === 'withoutFastLakarkontakt' || r.features.has('lackFast');
    // ("visa vilka det är hos oss" after another health centre's figures: ours)
    const scope = namedScope(r, c) ?? c.scope;
    return continued('patientList', { ...c, without, page: 0, scope }, {}) ?? alone;
  }

  // "show me the ones without a regular doctor" after comparing our unit with another: ours (a
  // list of patients is of the user's own unit).
  if (
    alone.kind === 'patientList' &&
    alone.scope.kind === 'region' &&
    nothingNamed &&
    !r.features.has('region') &&
    c.ours
  ) {
    return { ...alone, scope: { kind: 'unit', match: found(c.ours), ours: true } };
  }

  // The units of another municipality, or only one kind of them: "och i Kalmar?", "only the HCs",
  // "sjukhus då?" (not one of them: that asks for a number or address).
  // ("how do I reach the emergency department in Oskarshamn?" asks for the one there)
  const reachAsked = r.features.has('reach') && alone.kind === 'unitLookup';
  if (
    topic === 'unitsInArea' &&
    !r.field &&
    !reachAsked &&
    (elliptical || alone.kind === 'unitsInArea')
  ) {
    // ("finns det något sjukhus i Västervik?" says both: it stands alone)
    if (alone.kind === 'unitsInArea' && alone.unitKind && alone.municipality) return alone;
    if (r.municipality || r.unitKind) {
      return (
        continued('unitsInArea', c, {
          ...(r.municipality ? { municipality: r.municipality } : {}),
          ...(r.unitKind ? { unitKind: r.unitKind } : {}),
        }) ?? alone
      );
    }
  }
  // "nummer till kommunen" after the units in Oskarshamn: the one there.
  if (alone.kind === 'unitLookup' && alone.unit.status === 'ambiguous') {
    const place = c.municipality ?? (c.unit ? r.municipalityOf(c.unit.id) : undefined);
    const unit = place ? r.narrow(alone.unit, place) : alone.unit;
    if (unit.status === 'found') return { kind: 'unitLookup', unit };
  }
  // "what about the one in Kalmar, phone?" after a list of hospitals: the hospital there.
  // "numret dit då" after the health centres in Nybro: the one there.
  // "how do I reach it?", "contact details for that one" after the one health centre in Nybro.
  const reachIt =
    (r.features.has('reach') || r.features.has('contact')) &&
    (thingPronoun || / (?:that|this) one(?: |$)/.test(` ${r.words.join(' ')}`));
  if (
    topic === 'unitsInArea' &&
    c.unitKind &&
    (r.field || reachIt || THE_ONE.test(r.words.join(' ')))
  ) {
    const unit = r.unitOfKind(c.unitKind, there || reachIt ? c.municipality : undefined);
    if (unit?.status === 'found') return { kind: 'unitLookup', unit };
  }

  // "vad har hälsocentralen där för nummer?", "his health centre's number".
  if (
    nothingNamed &&
    c.unit &&
    r.features.has('unitWord') &&
    // ("ok, then the health centre itself" after someone the directory lacks there)
    (personPronoun || there || r.field || r.features.has('reach') || alone.kind === 'unknown') &&
    !r.features.has('role') &&
    !has(r, METRIC_FEATURES)
  ) {
    return { kind: 'unitLookup', unit: found(c.unit) };
  }

  // "vilka av dom är med i Oskarsgruppen?" after a list of a role: those of them in that group.
  if (topic === 'peopleByRole' && c.role && !r.features.has('role') && r.words.some(isThem)) {
    const group = r.group();
    if (group.status === 'found') return { kind: 'peopleByRole', role: c.role, within: group };
  }

  // A role "där"/"there", or after a unit: the people with that role at the unit talked about.
  if (r.features.has('role') && nothingNamed && alone.kind === 'peopleByRole') {
    const role = alone.role;
    // "is there an analyst I can talk to …" asks for anyone, unless it says "there".
    const atUnit =
      c.unit &&
      (there ||
        (!r.features.has('someone') &&
          (topic === 'roleAtUnit' || topic === 'unitLookup' || metricTopic)));
    if (there && c.unit) return { kind: 'roleAtUnit', role, unit: found(c.unit) };
    if (topic === 'peopleByRole' && c.within && elliptical && !alone.within) {
      return { kind: 'peopleByRole', role, within: found(c.within) };
    }
    if (atUnit && c.unit && !words.has('alla') && !words.has('all') && topic !== 'peopleByRole') {
      return { kind: 'roleAtUnit', role, unit: found(c.unit) };
    }
    return alone;
  }

  // "and RUB 5 figures for it?" after a unit: the figures of that unit.
  if (
    nothingNamed &&
    !metricTopic &&
    c.unit &&
    (thingPronoun || there) &&
    (alone.kind === 'rubSummary' || alone.kind === 'rubTrend') &&
    alone.scope.kind === 'region' &&
    !r.features.has('region')
  ) {
    return { ...alone, scope: { kind: 'unit', match: found(c.unit) } };
  }

  // "och Ragnhild Holmberg?" after a person, "and Rinkabyholm?" after a unit: another of the same
  // kind, even one the directory lacks.
  const opened =
    elliptical &&
    (ELLIPSIS_OPENERS.has(r.words[0] ?? '') || ELLIPSIS_CLOSERS.has(r.words.at(-1) ?? ''));
  const plain = !r.unitKind && !has(r, METRIC_FEATURES) && !r.features.has('role');
  if (opened && plain && (r.names === 'unknown' || r.names === 'none')) {
    // ("what's the weather in Kalmar tomorrow" names a place, no person)
    const person = r.names === 'unknown' ? r.nameLike() && !r.municipality : r.nameWords >= 2;
    if (topic === 'personLookup' && person) {
      return { kind: 'personLookup', person: r.person(), field: r.field ?? c.field ?? 'all' };
    }
    if (topic === 'unitLookup' && r.nameWords >= 1 && !r.field) {
      return { kind: 'unitLookup', unit: r.unit() };
    }
  }
  // Nothing named: a pronoun or a lone field means the person or group talked about.
  if (nothingNamed) {
    // "ge mig numret dit" after a person: the number of the place they work at.
    const thither = there && !personPronoun && (r.field || r.features.has('reach'));
    if (thither && c.unit && !has(r, METRIC_FEATURES) && !r.features.has('role')) {
      return { kind: 'unitLookup', unit: found(c.unit) };
    }
    const groupMeant = c.group && (thingPronoun || pluralPronoun) && !personPronoun;
    if (c.person && (personPronoun || (r.field && !has(r, METRIC_FEATURES)))) {
      // "vad jobbar hon med?": a person's work is on their card (title, unit), not a group's.
      if (!has(r, METRIC_FEATURES) && (!r.aspect || personPronoun) && !groupMeant) {
        return { kind: 'personLookup', person: found(c.person), field: r.field ?? 'all' };
      }
    }
    // ("contact details for everyone in that group" after the analyst in the coordination group)
    const group = c.group ?? c.within;
    // "is psychiatry already one of the participants?": asked of the group, a measure word or not
    if (group && r.aspect && (topic === 'groupContacts' || topic === 'groupDetails')) {
      return { kind: 'groupDetails', group: found(group), aspect: r.aspect };
    }
    if (group && !has(r, METRIC_FEATURES)) {
      if (r.aspect) return { kind: 'groupDetails', group: found(group), aspect: r.aspect };
      // "and their emails?": the group's contacts, whose card has every detail there is.
      if (r.features.has('contact') || (r.field && groupMeant)) {
        return { kind: 'groupContacts', group: found(group) };
      }
      if (thingPronoun && r.features.has('about'))
        return { kind: 'groupDetails', group: found(group), aspect: 'all' };
    }
    // "öppettider?", "och telefon?" after a unit: its card, with all the directory has on it;
    // "adress?" after a person: their unit's.
    const unitAsked =
      topic === 'unitLookup'
        ? !!r.field || r.features.has('reach')
        : topic === 'personLookup' && !r.field && r.features.has('premises');
    if (unitAsked && c.unit && !personPronoun && !has(r, METRIC_FEATURES)) {
      return { kind: 'unitLookup', unit: found(c.unit) };
    }
    if (
      metricTopic &&
      topic &&
      (has(r, METRIC_FEATURES) || namedScope(r, c) || r.features.has('lackFast'))
    ) {
      // "hur ser det ut där?", "hur många är det då?" after a list: the figures, not the list.
      // "how many have a SIP right now?" after a trend: today's figure, not the trend again.
      const status =
        alone.kind === 'rubSummary' &&
        (r.features.has('status') ||
          ((r.features.has('count') || r.features.has('share')) && topic === 'patientList') ||
          (r.features.has('now') && topic === 'rubTrend'));
      // "what did it look like in January?" after a comparison: the comparison then.
      const keeps = topic === 'rubCompare' || topic === 'rubDistribution';
      // "och utan fast läkare istället" after a comparison: the comparison on that measure; a
      // list is asked for with its own words ("visa vilka").
      const listAsked = has(r, ['show', 'list', 'which', 'patients', 'whoIs']);
      const measureOnly = keeps && alone.kind === 'patientList' && !listAsked;
      // "how many of ours have no named GP?", "… for the whole region?" after a comparison: that
      // one figure.
      const oneFigure =
        topic === 'rubCompare' &&
        (r.features.has('we') || r.features.has('region')) &&
        alone.kind === 'rubSummary' &&
        !has(r, ['compare', 'compareUnits', 'units2']);
      if (oneFigure) return continuedMetric('rubSummary', c, r) ?? alone;
      const kind =
        (STRONG_METRICS.has(alone.kind) && !measureOnly) || (status && !keeps) ? alone.kind : topic;
      return continuedMetric(kind, c, r) ?? alone;
    }
    return alone;
  }

  // A name: with an opener or alone, it takes the place of the one in the topic.
  if (
    metricTopic &&
    topic &&
    !has(r, CONTACT_FEATURES) &&
    (elliptical || METRIC_TOPICS.has(alone.kind))
  ) {
    const scope = namedScope(r, c);
    if (scope && (elliptical || !has(r, METRIC_FEATURES))) {
      // "give me the numbers for Berga" after a list: the figures, not another list
      const figures = alone.kind === 'rubSummary' && r.features.has('summary');
      const kind =
        (STRONG_METRICS.has(alone.kind) && alone.kind !== topic) || figures
          ? alone.kind
          : SCOPED_METRICS.has(topic)
            ? topic
            : 'rubSummary';
      return continuedMetric(kind, c, r) ?? alone;
    }
    // "och i Västervik?": an area with several health centres, for the user to pick among.
    const area = r.municipality && SCOPED_METRICS.has(topic) ? r.unit() : undefined;
    if (area?.status === 'ambiguous' && elliptical) {
      const next = continuedMetric(topic, c, r);
      if (next && 'scope' in next) return { ...next, scope: { kind: 'unit', match: area } };
    }
  }
  if (!elliptical) return alone;
  // "och Oskarshamn?" after Västerviks sjukhus: the same kind of unit there (unless the kind is
  // said: "och Vimmerby hälsocentral?" after the psychiatry clinic there).
  if (
    topic === 'unitLookup' &&
    c.unit &&
    !has(r, METRIC_FEATURES) &&
    !r.features.has('role') &&
    !r.features.has('unitWord')
  ) {
    const like = r.unitLike(c.unit.id);
    if (like) return { kind: 'unitLookup', unit: like };
  }
  // "and in the Högsby cluster?" after a role in a group: the same role in that group.
  if (topic === 'peopleByRole' && c.role && c.within && !r.features.has('role')) {
    const group = r.group();
    if (group.status === 'found' && group.id !== c.within.id) {
      return { kind: 'peopleByRole', role: c.role, within: group };
    }
  }
  // "och på Borgholm?" after a role at a unit, or after a list of a role: the same role there (a
  // new role is asked alone, and "how do I get hold of Borgholm HC" asks for the unit itself).
  if (
    r.names === 'unit' &&
    (topic === 'roleAtUnit' || topic === 'peopleByRole' || topic === 'personLookup') &&
    c.role &&
    !r.features.has('field') &&
    !r.features.has('role') &&
    !r.features.has('reach')
  ) {
    const unit = r.unit();
    return { kind: 'roleAtUnit', role: c.role, unit };
  }
  if (r.names === 'person' && alone.kind === 'personLookup' && !r.field && c.field) {
    if (topic === 'personLookup') return { ...alone, field: c.field };
  }
  if (
    r.names === 'group' &&
    topic === 'groupDetails' &&
    alone.kind !== 'groupContacts' &&
    !r.aspect
  ) {
    return { kind: 'groupDetails', group: r.group(), aspect: c.aspect ?? 'all' };
  }
  // "och Hemsjukhusets?" after a group's contacts: the other group's contacts.
  if (
    r.names === 'group' &&
    topic === 'groupContacts' &&
    alone.kind === 'groupDetails' &&
    !r.aspect &&
    !r.features.has('about')
  ) {
    return { kind: 'groupContacts', group: r.group() };
  }
  // "och för Hultsfred?" after a group: the group of that name, though a unit has it too ("how
  // do I reach Hultsfred municipality?", "Hultsfreds HC" ask for the unit).
  if (
    (topic === 'groupDetails' || topic === 'groupContacts') &&
    r.names === 'unit' &&
    !r.field &&
    !has(r, ['role', 'reach', 'unitWord'])
  ) {
    const group = r.group();
    if (group.status === 'found') {
      return topic === 'groupDetails' || r.aspect
        ? { kind: 'groupDetails', group, aspect: r.aspect ?? c.aspect ?? 'all' }
        : { kind: topic, group };
    }
  }
  return alone;
}

function continuedMetric(
  kind: IntentKind,
  c: ConversationContext,
  r: Reading,
): IntentBody | undefined {
  if (!METRIC_TOPICS.has(kind) || !isTopic(kind)) return undefined;
  return continued(kind, c, metricChange(r, kind, c));
}
