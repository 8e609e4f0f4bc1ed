import MiniSearch from 'minisearch';
import type {
  ContactField,
  EntityMatch,
  Intent,
  IntentBody,
  Measure,
  TypedIntentKind,
  UnitScope,
} from './intent';
import {
  CUES,
  FILLER,
  INTENTS,
  MONTHS,
  PERIOD_FROM,
  PERIOD_PATTERN,
  PERIOD_TO,
  type CueDef,
  type CueId,
  type EntityKind,
  type Feature,
  type IntentDef,
} from './intentTable';
import type { ConversationContext } from './conversationContext';
import { inContext, type Reading } from './followUp';
import { detectLanguage, languageSignal } from './language';
import {
  findRoles,
  isPlaceTerm,
  lookupWithTypes,
  roleForTypo,
  type Lexicon,
  type LookupCache,
  type LookupType,
  type Resolution,
} from './lexicon';
import { normalize, stem, type Token } from './normalize';
import { MAX_TEXT_LENGTH } from './teamsText';

// Text → Intent. Pure and synchronous: cue words are found with the patterns of the intent table,
// what is left is looked up in the lexicon, and the intent with the highest score is built.

/** Below this score nothing was understood. */
const MIN_SCORE = 2;
/** A name typed alone ("Åke Åkesson") scores this for the intent that looks that kind of thing up. */
const ALONE_SCORE = 2;
const DEFAULT_LEVEL = 5;
/** Bounds on the work for long texts: words checked for typos, words kept for the name lookup. */
const MAX_TYPO_CHECKS = 16;
const MAX_NAME_WORDS = 12;
/** The measure of a distribution or trend when none is named: the dashboards in the action plan. */
const DEFAULT_MEASURE: Measure = 'withoutFastLakarkontakt';

type CompiledCue = { id: CueId; def: CueDef; regex: RegExp; order: number };

const tokenBound = (source: string): RegExp => new RegExp(`(?<=^| )(?:${source})(?= |$)`, 'g');

const COMPILED: readonly CompiledCue[] = (Object.entries(CUES) as [CueId, CueDef][]).map(
  ([id, def], order) => ({ id, def, regex: tokenBound(def.patterns.join('|')), order }),
);
const CUE_BY_ID: ReadonlyMap<CueId, CueDef> = new Map(COMPILED.map((c) => [c.id, c.def]));
const PERIOD_REGEX = tokenBound(PERIOD_PATTERN);

/** Cue words that may be typed with one typo ("telefonnumer", "veckobrevt"). */
const TYPO_WORDS: readonly { word: string; id: CueId }[] = COMPILED.flatMap((c) =>
  (c.def.typos ?? []).map((word) => ({ word, id: c.id })),
);
const TYPO_INDEX = (() => {
  const index = new MiniSearch<{ key: number; word: string }>({ idField: 'key', fields: ['word'] });
  index.addAll(TYPO_WORDS.map(({ word }, key) => ({ key, word })));
  return index;
})();

type Hit = {
  feature: CueId | 'role' | 'period';
  start: number;
  end: number;
  order: number;
  value?: string;
  prep?: string;
};

/** A question taken apart: its tokens, the cues found, and the words left to look up as a name. */
type Analysis = {
  tokens: readonly Token[];
  hits: readonly Hit[];
  features: ReadonlySet<Feature>;
  remainder: readonly Token[];
  resolve: (type: LookupType) => Resolution;
};

function cueHits(
  text: string,
  starts: ReadonlyMap<number, number>,
  ends: ReadonlyMap<number, number>,
): Hit[] {
  const hits: Hit[] = [];
  const each = (
    regex: RegExp,
    add: (m: RegExpExecArray, start: number, end: number) => void,
  ): void => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = starts.get(m.index);
      const end = ends.get(m.index + m[0].length);
      if (start !== undefined && end !== undefined) add(m, start, end);
    }
  };
  for (const cue of COMPILED) {
    each(cue.regex, (_, start, end) =>
      hits.push({ feature: cue.id, start, end, order: cue.order }),
    );
  }
  each(PERIOD_REGEX, (m, start, end) => {
    const [, prep, month, year, isoYear, isoMonth] = m;
    const value = month
      ? `${year}-${String(MONTHS[month]).padStart(2, '0')}`
      : `${isoYear}-${isoMonth}`;
    hits.push({ feature: 'period', start, end, order: -1, value, prep });
  });
  return hits;
}

function roleHits(tokens: readonly Token[], lexicon: Lexicon): Hit[] {
  return findRoles(
    lexicon,
    tokens.map((t) => t.text),
  ).map(([start, end, value]) => ({ feature: 'role', start, end, order: COMPILED.length, value }));
}

/** Longest first, then earlier in the vocabulary: every token belongs to at most one cue. */
function resolveOverlaps(hits: Hit[], size: number): { accepted: Hit[]; taken: boolean[] } {
  const taken = new Array<boolean>(size).fill(false);
  const ordered = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
  );
  const accepted = ordered.filter((h) => {
    for (let i = h.start; i < h.end; i++) if (taken[i]) return false;
    for (let i = h.start; i < h.end; i++) taken[i] = true;
    return true;
  });
  return { accepted: accepted.sort((a, b) => a.start - b.start), taken };
}

function typoHit(token: Token, index: number, lexicon: Lexicon): Hit | undefined {
  const text = token.text;
  if (text.length < 6 || lexicon.vocabulary.has(text) || lexicon.vocabulary.has(stem(text))) {
    return undefined;
  }
  const role = roleForTypo(lexicon, text);
  if (role)
    return { feature: 'role', start: index, end: index + 1, order: COMPILED.length, value: role };
  const [best] = TYPO_INDEX.search(text, { fuzzy: text.length >= 11 ? 2 : 1 });
  const typo = best ? TYPO_WORDS[best.id as number] : undefined;
  return typo ? { feature: typo.id, start: index, end: index + 1, order: 0 } : undefined;
}

function featuresOf(hits: readonly Hit[]): Set<Feature> {
  const features = new Set<Feature>();
  for (const hit of hits) {
    features.add(hit.feature);
    const group =
      hit.feature === 'role' || hit.feature === 'period'
        ? undefined
        : CUE_BY_ID.get(hit.feature)?.group;
    if (group) features.add(group);
  }
  const periods = hits.filter((h) => h.feature === 'period');
  if (
    periods.length >= 2 ||
    periods.some((p) => p.prep && (PERIOD_FROM.has(p.prep) || PERIOD_TO.has(p.prep)))
  ) {
    features.add('periodRange');
  }
  return features;
}

/** Token index by character offset in the folded text: where each token starts and ends. */
function offsets(tokens: readonly Token[]): {
  starts: Map<number, number>;
  ends: Map<number, number>;
} {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let offset = 0;
  tokens.forEach((t, i) => {
    starts.set(offset, i);
    offset += t.text.length;
    ends.set(offset, i + 1);
    offset += 1;
  });
  return { starts, ends };
}

/** Personal pronouns never name anyone; "hans" only in lower case ("Hans Nilsson" is a name). */
const PRONOUNS: ReadonlySet<string> = new Set(['han', 'hon', 'honom', 'henne', 'hennes']);
const isPronoun = (t: Token): boolean => PRONOUNS.has(t.text) || t.orig === 'hans';

/**
 * Every cue, role and period in the text, one per token: cue patterns and role names first
 * (longest wins), then filler words, then typos of cue words and roles among the words left.
 */
function findHits(
  tokens: readonly Token[],
  folded: string,
  lexicon: Lexicon,
): { hits: Hit[]; taken: boolean[] } {
  const { starts, ends } = offsets(tokens);
  const found = [...cueHits(folded, starts, ends), ...roleHits(tokens, lexicon)];
  const { accepted, taken } = resolveOverlaps(found, tokens.length);
  tokens.forEach((t, i) => {
    if (!taken[i] && (FILLER.has(t.text) || isPronoun(t))) taken[i] = true;
  });
  const unread = tokens.flatMap((t, i) => (taken[i] ? [] : [{ t, i }]));
  for (const { t, i } of unread.slice(0, MAX_TYPO_CHECKS)) {
    const hit = typoHit(t, i, lexicon);
    if (!hit) continue;
    accepted.push(hit);
    taken[i] = true;
  }
  return { hits: accepted.sort((a, b) => a.start - b.start), taken };
}

/** Looks the rest of the question up once per type, sharing search results between types. */
function resolver(lexicon: Lexicon, remainder: readonly Token[]): (type: LookupType) => Resolution {
  const query = remainder.map((t) => t.orig).join(' ');
  const memo = new Map<LookupType, Resolution>();
  const cache: LookupCache = new Map();
  return (type) => {
    const cached = memo.get(type);
    if (cached) return cached;
    const result = resolveName(lexicon, type, remainder, query, cache);
    memo.set(type, result);
    return result;
  };
}

function analyse(text: string, lexicon: Lexicon): Analysis {
  const { tokens, text: folded } = normalize(text);
  const { hits, taken } = findHits(tokens, folded, lexicon);
  const remainder = nameWords(
    tokens.filter((_, i) => !taken[i]),
    lexicon,
  );
  return {
    tokens,
    hits,
    features: featuresOf(hits),
    remainder,
    resolve: resolver(lexicon, remainder),
  };
}

/** The words left for the name lookup: all of them, or in a long text those that are in names first. */
function nameWords(rest: readonly Token[], lexicon: Lexicon): Token[] {
  if (rest.length <= MAX_NAME_WORDS) return [...rest];
  const known = (t: Token): boolean =>
    lexicon.vocabulary.has(t.text) || lexicon.vocabulary.has(stem(t.text));
  const keep = new Set([...rest.filter(known), ...rest].slice(0, MAX_NAME_WORDS));
  return rest.filter((t) => keep.has(t));
}

const termOf = (lexicon: Lexicon, t: Token): string | undefined =>
  [t.text, stem(t.text)].find((x) => lexicon.vocabulary.has(x));

/**
 * Looks the rest of the question up, and when that finds nothing clear, retries without the words
 * that cannot be part of the name: for units and groups, words in no name ("the Högsby clinic");
 * for people, words only in unit or group names ("Anna Dahl på Blå Kusten"). An unknown word is never
 * dropped from a person's name: "Kalle Dahl" is not Anna Dahl.
 */
function resolveName(
  lexicon: Lexicon,
  type: LookupType,
  remainder: readonly Token[],
  query: string,
  cache: LookupCache,
): Resolution {
  // 'any' only tells what kind of thing is named: no closest names needed.
  const full = lookupWithTypes(lexicon, type, query, { cache, closest: type !== 'any' });
  if (full.match.status === 'found' || type === 'any') return full;
  const keep = (t: Token): boolean => {
    const term = termOf(lexicon, t);
    return type === 'person' ? !term || !isPlaceTerm(lexicon, term) : !!term;
  };
  const kept = remainder.filter(keep);
  if (kept.length === 0 || kept.length === remainder.length) return full;
  const trimmed = lookupWithTypes(lexicon, type, kept.map((t) => t.orig).join(' '), { cache });
  return trimmed.match.status === 'found' ? trimmed : full;
}

/**
 * What kind of thing the rest of the question names, from all of it: dropping unknown words is for
 * filling a slot once the intent is clear, never for deciding it ("weather in Kalmar" names nothing).
 */
function entityKindOf(a: Analysis): EntityKind {
  if (a.remainder.length === 0) return 'none';
  const any = a.resolve('any');
  return any.match.status === 'notFound' ? 'unknown' : (any.types[0] ?? 'unknown');
}

function hasContent(features: ReadonlySet<Feature>): boolean {
  return [...features].some((f) => {
    const def = CUE_BY_ID.get(f as CueId);
    return def ? (def.kind ?? 'content') === 'content' : f === 'role' || f === 'period';
  });
}

const WEIGHTS: ReadonlyMap<IntentDef, readonly [Feature, number][]> = new Map(
  INTENTS.map((def) => [def, Object.entries(def.cues) as [Feature, number][]]),
);

function score(def: IntentDef, a: Analysis, kind: () => EntityKind, content: boolean): number {
  let total = 0;
  let positive = false;
  for (const [feature, weight] of WEIGHTS.get(def) ?? []) {
    if (!a.features.has(feature)) continue;
    total += weight;
    positive ||= weight > 0;
  }
  if (positive) return total + (def.entity?.[kind()] ?? 0);
  return def.alone && !content && kind() === def.alone ? ALONE_SCORE : -Infinity;
}

// ---- slot extraction ----

function firstValue<T>(a: Analysis, pick: (def: CueDef) => T | undefined): T | undefined {
  for (const hit of a.hits) {
    const def =
      hit.feature === 'role' || hit.feature === 'period' ? undefined : CUE_BY_ID.get(hit.feature);
    const value = def ? pick(def) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The RUB level the text names, if it names one. */
function namedLevel(a: Analysis): number | undefined {
  for (const hit of a.hits) {
    if (hit.feature !== 'rub') continue;
    const digit = /rub([0-5])/.exec(a.tokens[hit.start].text);
    if (digit) return Number(digit[1]);
  }
  return undefined;
}

const level = (a: Analysis): number => namedLevel(a) ?? DEFAULT_LEVEL;

function contactField(a: Analysis): ContactField | undefined {
  if (a.features.has('mobile')) return 'mobile';
  if (a.features.has('email')) return 'email';
  return firstValue(a, (d) => d.field);
}

function periods(a: Analysis): Hit[] {
  return a.hits.filter((h) => h.feature === 'period' && h.value);
}

function role(a: Analysis): string {
  return a.hits.find((h) => h.feature === 'role')?.value ?? '';
}

function scope(a: Analysis): UnitScope {
  if (a.features.has('mine')) return { kind: 'mine' };
  if (a.remainder.length > 0) {
    const unit = a.resolve('unit').match;
    if (unit.status !== 'notFound' || !a.features.has('region'))
      return { kind: 'unit', match: unit };
  }
  return { kind: 'region' };
}

function range(a: Analysis): { from?: string; to?: string } {
  const ps = periods(a);
  if (ps.length >= 2) {
    const sorted = ps.map((p) => p.value ?? '').sort();
    return { from: sorted[0], to: sorted[sorted.length - 1] };
  }
  const [p] = ps;
  if (!p?.value) return {};
  return p.prep && PERIOD_TO.has(p.prep) ? { to: p.value } : { from: p.value };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

const match = (a: Analysis, type: LookupType): EntityMatch => a.resolve(type).match;

type Builders = { [K in TypedIntentKind]: (a: Analysis) => Extract<IntentBody, { kind: K }> };

const BUILD: Builders = {
  help: () => ({ kind: 'help' }),
  greeting: () => ({ kind: 'greeting' }),
  thanks: () => ({ kind: 'thanks' }),
  unknown: () => ({ kind: 'unknown' }),
  groupContacts: (a) => ({ kind: 'groupContacts', group: match(a, 'group') }),
  groupDetails: (a) => ({
    kind: 'groupDetails',
    group: match(a, 'group'),
    aspect: firstValue(a, (d) => d.aspect) ?? 'all',
  }),
  personLookup: (a) => ({
    kind: 'personLookup',
    person: match(a, 'person'),
    field: contactField(a) ?? 'all',
  }),
  unitLookup: (a) => ({ kind: 'unitLookup', unit: match(a, 'unit') }),
  roleAtUnit: (a) => ({ kind: 'roleAtUnit', role: role(a), unit: match(a, 'unit') }),
  peopleByRole: (a) => {
    const within = a.remainder.length > 0 ? match(a, 'group') : undefined;
    return {
      kind: 'peopleByRole',
      role: role(a),
      ...optional('within', within?.status === 'notFound' ? undefined : within),
    };
  },
  rubSummary: (a) => ({
    kind: 'rubSummary',
    scope: scope(a),
    level: level(a),
    ...optional('period', periods(a)[0]?.value),
    ...optional(
      'measure',
      firstValue(a, (d) => d.measure),
    ),
  }),
  rubDistribution: (a) => ({
    kind: 'rubDistribution',
    measure: firstValue(a, (d) => d.measure) ?? DEFAULT_MEASURE,
    level: level(a),
    ...optional('period', periods(a)[0]?.value),
  }),
  rubTrend: (a) => ({
    kind: 'rubTrend',
    measure: firstValue(a, (d) => d.measure) ?? DEFAULT_MEASURE,
    scope: scope(a),
    level: level(a),
    ...range(a),
  }),
  patientList: (a) => ({
    kind: 'patientList',
    scope: scope(a),
    level: level(a),
    withoutFastLakarkontakt: a.features.has('lackFast'),
  }),
  setMyUnit: (a) => ({ kind: 'setMyUnit', unit: match(a, 'unit') }),
  digestSubscribe: () => ({ kind: 'digestSubscribe' }),
  digestList: () => ({ kind: 'digestList' }),
  digestPreview: () => ({ kind: 'digestPreview' }),
  digestPause: () => ({ kind: 'digestPause' }),
  digestUnsubscribe: () => ({ kind: 'digestUnsubscribe' }),
  digestWithdraw: () => ({ kind: 'digestWithdraw' }),
};

function build<K extends TypedIntentKind>(kind: K, a: Analysis): IntentBody {
  return BUILD[kind](a);
}

/** The intent with the highest score, or undefined when none reaches MIN_SCORE. */
function bestIntent(a: Analysis): TypedIntentKind | undefined {
  let kind: EntityKind | undefined;
  const entityKind = (): EntityKind => (kind ??= entityKindOf(a));
  const content = hasContent(a.features);
  let best: { kind: TypedIntentKind; score: number } | undefined;
  for (const def of INTENTS) {
    const s = score(def, a, entityKind, content);
    if (s >= MIN_SCORE && (!best || s > best.score)) best = { kind: def.kind, score: s };
  }
  return best?.kind;
}

/** What a follow-up needs to know of the question (see followUp.ts). */
function reading(a: Analysis): Reading {
  return {
    words: a.tokens.map((t) => t.text),
    features: a.features,
    names: entityKindOf(a),
    level: namedLevel(a),
    periods: periods(a).flatMap((p) => (p.value ? [p.value] : [])),
    measure: firstValue(a, (d) => d.measure),
    field: contactField(a),
    aspect: firstValue(a, (d) => d.aspect),
    unit: () => match(a, 'unit'),
    person: () => match(a, 'person'),
    group: () => match(a, 'group'),
  };
}

/**
 * What the user asks, as data, read against what the conversation was about (a follow-up such as
 * "och hans mejl?" continues it). In the language of the text; a text that tells none ("Gripen",
 * a button's "Nästa") keeps the conversation's, then the Teams locale's.
 */
export function understand(
  text: string,
  locale: string | undefined,
  lexicon: Lexicon,
  context?: ConversationContext,
): Intent {
  // No catch-all: a bug that throws must fail the property tests, not read as "unknown". Only a
  // value that is not text (a caller outside TypeScript) is read as empty.
  const input =
    typeof text === 'string'
      ? Array.from(text.slice(0, 2 * MAX_TEXT_LENGTH))
          .slice(0, MAX_TEXT_LENGTH)
          .join('')
      : '';
  const language = languageSignal(input) ?? context?.language ?? detectLanguage(input, locale);
  const analysis = analyse(input, lexicon);
  const kind = bestIntent(analysis);
  const alone = kind ? build(kind, analysis) : { kind: 'unknown' as const };
  return { ...inContext(alone, reading(analysis), context), language };
}
