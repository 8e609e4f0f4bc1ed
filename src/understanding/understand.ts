import MiniSearch from 'minisearch';
import type {
  CompareUnit,
  ContactField,
  EntityMatch,
  Intent,
  IntentBody,
  IntentKind,
  Measure,
  TypedDigestDetails,
  TypedIntentKind,
  UnitKind,
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
  PLURAL_BEFORE,
  UNIT_KIND_WORDS,
  type CueDef,
  type CueId,
  type EntityKind,
  type Feature,
  type IntentDef,
} from './intentTable';
import type { ConversationContext } from './conversationContext';
import { inContext, PERSON_PRONOUNS, type Reading } from './followUp';
import {
  askedParts,
  besidesSender,
  isAboutSender,
  pointsOnlyToPlace,
  pointsOnlyToUs,
  senderClause,
  sentencesOf,
  withoutAsides,
} from './askedPart';
import { groupBySubject, subjectStems, type SubjectGroup } from './groupSubjects';
import { INSTEAD, scheduleOf } from './digestDetails';
import {
  detectLanguage,
  languageAsked,
  languageEvidence,
  withoutLanguageRequest,
} from './language';
import {
  findRoles,
  isPlaceTerm,
  lookupWithTypes,
  municipalityOf,
  nameLike,
  namesUnitOrPerson,
  roleForTypo,
  ROLE_SYNONYMS,
  unitLike,
  unitOfKindIn,
  narrowToMunicipality,
  placeOf,
  type Lexicon,
  type LookupCache,
  type LookupType,
  type Resolution,
} from './lexicon';
import { matchPrefixes, PREFIX_LENGTH } from './matchPrefixes';
import { once } from '../once';
import { inOrder } from './periods';
import { cueWords } from './cueWords';
import { entityTerms, nameKey, normalize, stem, UNIT_WORD, type Token } from './normalize';
import { withinTextLength } from './teamsText';

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
/** Beyond this many words a text is a long message: only name-like words tell what it names. */
const LONG_TEXT = 12;
/** The measure of a distribution or trend when none is named: the dashboards in the action plan. */
const DEFAULT_MEASURE: Measure = 'withoutFastLakarkontakt';

type CompiledCue = {
  id: CueId;
  def: CueDef;
  regex: RegExp;
  order: number;
  /** How its matches can begin (matchPrefixes.ts); undefined: it cannot tell, so it always runs. */
  beginnings: ReadonlySet<string> | undefined;
};

// The space before a word is matched, not looked behind for: a look-behind at the start keeps the
// regex engine from skipping ahead to the next space, and made matching 2.5 times slower.
const tokenBound = (source: string): RegExp => new RegExp(`(?:^| )(?:${source})(?= |$)`, 'g');

const COMPILED: readonly CompiledCue[] = (Object.entries(CUES) as [CueId, CueDef][]).map(
  ([id, def], order) => {
    const source = def.patterns.join('|');
    return { id, def, regex: tokenBound(source), order, beginnings: matchPrefixes(source) };
  },
);
/** Cues by how their matches can begin; the ones matchPrefixes cannot tell always run. */
const CUES_BEGINNING = new Map<string, number[]>();
const ALWAYS_RUN: number[] = [];
COMPILED.forEach(({ beginnings }, i) => {
  if (!beginnings) return void ALWAYS_RUN.push(i);
  for (const b of beginnings) CUES_BEGINNING.set(b, [...(CUES_BEGINNING.get(b) ?? []), i]);
});

/** The cues that can match text: those that begin the way some word of it begins. */
function cuesFor(text: string): CompiledCue[] {
  const run = new Uint8Array(COMPILED.length);
  for (const i of ALWAYS_RUN) run[i] = 1;
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && text.charCodeAt(at - 1) !== 32) continue;
    for (let k = 1; k <= PREFIX_LENGTH && at + k <= text.length; k++) {
      for (const i of CUES_BEGINNING.get(text.slice(at, at + k)) ?? []) run[i] = 1;
    }
  }
  return COMPILED.filter((_, i) => run[i] === 1);
}
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

/**
 * Every word the cue patterns spell out, four letters or more: what a misspelt word may have been
 * meant as ("contcat" → "contact", "patinets" → "patients", "docter" → "doctor").
 */
const CUE_WORDS: readonly string[] = [
  ...new Set(
    [
      ...COMPILED.flatMap((c) => c.def.patterns.flatMap(cueWords)),
      // The words of the example questions and of the roles, as typed: "patients", "manager".
      ...INTENTS.flatMap((d) => [...d.examples.sv, ...d.examples.en]).flatMap(foldedWords),
      // Month names, for a period typed with a slip ("since octobr")
      ...Object.keys(MONTHS),
      ...Object.entries(ROLE_SYNONYMS).flat(2).flatMap(foldedWords),
    ].filter((w) => w.length >= 4),
  ),
];
const CUE_WORD_SET: ReadonlySet<string> = new Set(CUE_WORDS);
const CUE_WORD_INDEX = (() => {
  const index = new MiniSearch<{ key: number; word: string }>({ idField: 'key', fields: ['word'] });
  index.addAll(CUE_WORDS.map((word, key) => ({ key, word })));
  return index;
})();

function foldedWords(text: string): string[] {
  return normalize(text).tokens.map((t) => t.text);
}

/** The cue word a word is one slip from: two letters swapped, or one letter wrong, missing or extra. */
const LONG_CUE_WORD = 12;

function cueWordMeant(word: string): string | undefined {
  if (word.length < 4 || CUE_WORD_SET.has(word)) return undefined;
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (CUE_WORD_SET.has(swapped)) return swapped;
  }
  if (word.length < 5) return undefined;
  // A long word may have two slips ("återinlägnigar") and still be no other word.
  const [best] = CUE_WORD_INDEX.search(word, { fuzzy: word.length >= LONG_CUE_WORD ? 2 : 1 });
  return best ? CUE_WORDS[best.id as number] : cutShort(word);
}

/** Letters a word cut short keeps at least: "återinläggn" is one, "distrikt" too few. */
const MIN_CUT_SHORT = 9;

/**
 * The cue word a word cut short begins ("återinläggn" → "återinläggning"): only when every cue
 * word it begins is a form of the shortest one, so it can mean one word.
 */
function cutShort(word: string): string | undefined {
  if (word.length < MIN_CUT_SHORT) return undefined;
  const begun = CUE_WORD_INDEX.search(word, { prefix: true })
    .map((r) => CUE_WORDS[r.id as number])
    .sort((a, b) => a.length - b.length);
  const [shortest] = begun;
  return shortest && begun.every((w) => w.startsWith(shortest)) ? shortest : undefined;
}

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
  lexicon: Lexicon;
  tokens: readonly Token[];
  hits: readonly Hit[];
  features: ReadonlySet<Feature>;
  remainder: readonly Token[];
  /** Runs of words between cues and function words: "Gripen", "Blå Kusten" in "jämför Gripen med Blå Kusten". */
  segments: () => readonly Segment[];
  resolve: (type: LookupType) => Resolution;
  /** The health centres named, one per segment (or per word of a segment), in order. */
  units: () => readonly Found[];
  /** The municipality named, if any ("i Västervik", "Kalmarområdet"). */
  municipality?: string;
  /** True when some word left may be (part of) a name: not only everyday words. */
  names: () => boolean;
  /** What kind of thing the words left name (see entityKindOf), looked up once. */
  entityKind: () => EntityKind;
  /** The group the question's subject words point to, in a question about no figures. */
  subjectGroup: () => SubjectGroup | undefined;
  /**
   * The group the whole message describes, for a question already about a group: a long
   * message tells what the project does before it asks "who is involved in it?".
   */
  describedGroup: () => SubjectGroup | undefined;
};

type Segment = { tokens: readonly Token[]; beforeUnitWord: boolean };
type Found = Extract<EntityMatch, { status: 'found' }>;

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
      // The match begins with the space before its first word, except at the very start.
      const at = text.charCodeAt(m.index) === 32 ? m.index + 1 : m.index;
      const to = m.index + m[0].length;
      if (to === at) {
        if (m[0].length === 0) regex.lastIndex++;
        continue;
      }
      const start = starts.get(at);
      const end = ends.get(to);
      if (start !== undefined && end !== undefined) add(m, start, end);
    }
  };
  for (const cue of cuesFor(text)) {
    each(cue.regex, (_, start, end) =>
      hits.push({ feature: cue.id, start, end, order: cue.order }),
    );
  }
  each(PERIOD_REGEX, (m, start, end) => {
    const [, prep, month, year, isoYear, isoMonth, alone] = m;
    const value = month
      ? `${year.length === 2 ? `20${year}` : year}-${String(MONTHS[month]).padStart(2, '0')}`
      : alone
        ? `--${String(MONTHS[alone]).padStart(2, '0')}`
        : `${isoYear}-${isoMonth}`;
    hits.push({ feature: 'period', start, end, order: -1, value, prep });
  });
  return hits;
}

function roleHits(tokens: readonly Token[], lexicon: Lexicon): Hit[] {
  const words = tokens.map((t) => t.text);
  const hit = ([start, end, value]: [number, number, string]): Hit => ({
    feature: 'role',
    start,
    end,
    order: COMPILED.length,
    value,
  });
  return [...findRoles(lexicon, words), ...activityRoles(words)].map(hit);
}

/**
 * A role told by what the person does: "nån som sköter kommunikationen", "someone who can pull
 * out the stats", "vem gör sånt". The words from what they do to the subject are the role.
 */
const ACTIVITY_ROLES: ReadonlyMap<string, string> = new Map([
  ...['kommunikation', 'kommunikationen', 'communications', 'comms'].map(
    (w) => [w, 'kommunikatör'] as const,
  ),
  ...['statistik', 'statistiken', 'siffror', 'siffrorna', 'stats', 'statistics', 'numbers'].map(
    (w) => [w, 'analytiker'] as const,
  ),
  ...['data', 'analyser', 'uppfoljning', 'uppfoljningen', 'analysis'].map(
    (w) => [w, 'analytiker'] as const,
  ),
]);
const ASKERS: ReadonlySet<string> = new Set(
  'nan nagon someone somebody anyone anybody vem who whos'.split(' '),
);
const DOING: ReadonlySet<string> = new Set(
  (
    'skoter skota jobbar arbetar hand ansvarar plocka plockar ta tar fram gor fixar handles ' +
    'handle does do works work runs deals takes pull pulls crunches crunch'
  ).split(' '),
);
const ASKER_BEFORE = 5;
const DOING_BEFORE = 4;

function activityRoles(words: readonly string[]): [number, number, string][] {
  const found: [number, number, string][] = [];
  words.forEach((w, i) => {
    const role = ACTIVITY_ROLES.get(w);
    if (!role) return;
    const doing = words.slice(Math.max(0, i - DOING_BEFORE), i).findIndex((x) => DOING.has(x));
    if (doing < 0) return;
    const start = Math.max(0, i - DOING_BEFORE) + doing;
    const asker = words.slice(Math.max(0, start - ASKER_BEFORE), start).some((x) => ASKERS.has(x));
    if (asker) found.push([start, i + 1, role]);
  });
  return found;
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
  // "i januari alltså januari 2023": one month said twice is one month (March 2022 and March
  // 2023 are two).
  const periods: Hit[] = [];
  for (const h of hits) {
    if (h.feature === 'period' && !periods.some((p) => sameMonth(p.value, h.value)))
      periods.push(h);
  }
  if (
    periods.length >= 2 ||
    periods.some((p) => p.prep && (PERIOD_FROM.has(p.prep) || PERIOD_TO.has(p.prep)))
  ) {
    features.add('periodRange');
  }
  if (periods.length >= 2) features.add('periods2');
  return features;
}

const sameMonth = (a = '', b = ''): boolean =>
  a === b || ((a.startsWith('--') || b.startsWith('--')) && a.slice(-2) === b.slice(-2));

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
): { hits: Hit[]; taken: boolean[]; typos: number[] } {
  const { starts, ends } = offsets(tokens);
  const found = [...cueHits(folded, starts, ends), ...roleHits(tokens, lexicon)];
  const { accepted, taken } = resolveOverlaps(found, tokens.length);
  tokens.forEach((t, i) => {
    if (!taken[i] && (FILLER.has(t.text) || isPronoun(t))) taken[i] = true;
  });
  const unread = tokens.flatMap((t, i) => (taken[i] ? [] : [{ t, i }]));
  const typos: number[] = [];
  for (const { t, i } of unread.slice(0, MAX_TYPO_CHECKS)) {
    const hit = typoHit(t, i, lexicon);
    if (!hit) continue;
    accepted.push(hit);
    taken[i] = true;
    typos.push(i);
  }
  return { hits: accepted.sort((a, b) => a.start - b.start), taken, typos };
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

const MIN_SLIPPED_NAME = 5;

/** Measures that are also services people look up ("ambulansen", "psykiatrin", "akutmottagningen"). */
const SERVICE_MEASURES = new Set<Feature>(['akutbesok', 'ambulans', 'psykiatri']);
const CONTACT_ASKS = new Set<Feature>([
  'phone',
  'mobile',
  'email',
  'number',
  'reach',
  'premises',
  'contact',
]);
const METRIC_ASKS = new Set<Feature>([
  'rub',
  'share',
  'count',
  'summary',
  'trend',
  'distribution',
  'lackFast',
  'fastDoctor',
  'sip',
  'patients',
  'status',
  'compareUnits',
  'since',
  'period',
  'digest',
]);

/** "en patient vi hade i helgen": one patient talked about, no figures asked. */
const onePatient = (tokens: readonly Token[], h: Hit): boolean =>
  h.feature === 'patients' &&
  ['en', 'a', 'one', 'var', 'our', 'gemensam'].includes(tokens[h.start - 1]?.text ?? '') &&
  /^patient(?:en)?$/.test(tokens[h.start].text);

/**
 * A measure word that is really a service to look up: "ambulansen" alone, "hur når jag
 * akutmottagningen i Västervik?". Its words go back to the name lookup.
 */
function releaseServices(
  hits: Hit[],
  taken: boolean[],
  tokens: readonly Token[],
  about: About,
): Hit[] {
  if (!hits.some((h) => SERVICE_MEASURES.has(h.feature))) return hits;
  if (hits.some((h) => METRIC_ASKS.has(h.feature) && !onePatient(tokens, h))) return hits;
  const services = hits.filter((h) => SERVICE_MEASURES.has(h.feature));
  // "what about psychiatry contacts", "and contact with psychiatry?" after figures: the
  // measure's contacts, no one to call.
  const withService = (h: Hit) =>
    services.some(
      (s) => s.end === h.start || (s.start === h.end + 1 && WITH.has(tokens[h.end].text)),
    );
  const measureContacts =
    about === 'figures' && hits.some((h) => h.feature === 'contact' && withService(h));
  const contactAsked = !measureContacts && hits.some((h) => CONTACT_ASKS.has(h.feature));
  // The word alone, and the conversation not about figures ("och akutbesök?" is a measure); or
  // only the service named in a conversation about contacts ("and the psychiatry in Vimmerby").
  const alone =
    about !== 'figures' &&
    (tokens.length === 1 || about === 'contacts') &&
    hits.length === services.length;
  if (!contactAsked && !alone) return hits;
  for (const h of services) for (let i = h.start; i < h.end; i++) taken[i] = false;
  return hits.filter((h) => !services.includes(h));
}

const WITH: ReadonlySet<string> = new Set(['med', 'with']);

/**
 * "and how many had contact with rehab?" after figures: the measure, not someone to contact. A
 * contact word just before a measure ("kontakt med rehab") asks nobody's details.
 */
function measureContact(hits: Hit[], tokens: readonly Token[], about: About): Hit[] {
  if (about !== 'figures') return hits;
  const measureAt = (i: number) =>
    hits.some((m) => m.start === i && CUE_BY_ID.get(m.feature as CueId)?.group === 'measure');
  const before = (h: Hit) =>
    measureAt(h.end) || (WITH.has(tokens[h.end]?.text ?? '') && measureAt(h.end + 1));
  return hits.filter((h) => h.feature !== 'contact' || !before(h));
}

/**
 * "Region Blekinge" is a unit's name, not the region cue: a "region" word followed by words that
 * with it make an exact name in the directory goes back to the name lookup.
 */
function releaseRegionNames(
  hits: Hit[],
  taken: boolean[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Hit[] {
  const exact = (start: number, end: number) =>
    lexicon.exact.has(
      nameKey(
        tokens
          .slice(start, end)
          .map((t) => t.text)
          .join(' '),
      ),
    );
  const spans: [number, number][] = [];
  for (const h of hits) {
    if (h.feature !== 'region' || h.end >= tokens.length) continue;
    let end = h.end;
    while (end < tokens.length && !taken[end]) end++;
    if (end > h.end && exact(h.start, end)) spans.push([h.start, end]);
    // ("Regional utveckling": a name whose next word another cue took, "utveckling" a trend)
    else if (taken[h.end] && exact(h.start, h.end + 1)) spans.push([h.start, h.end + 1]);
  }
  if (spans.length === 0) return hits;
  for (const [start, end] of spans) for (let i = start; i < end; i++) taken[i] = false;
  return hits.filter((h) => !spans.some(([start, end]) => h.start < end && h.end > start));
}

/**
 * "jag jobbar som distriktssköterska", "I'm a nurse", "I work as a physiotherapist": the sender's
 * role; "min chef", "my manager": someone the sender talks about.
 */
function aboutSender(tokens: readonly Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 5), start).map((t) => t.text);
  const marker =
    before.slice(-3).some((w) => w === 'som' || w === 'as') ||
    before.at(-1) === 'a' ||
    // "jag är ny distriktssköterska", "jag är en sjuksköterska", "I'm the new head of operations"
    // ("jag heter Karin och är distriktssköterska": the "jag" said before)
    /(?:^| )(?:jag ar|i m|im|i am|och ar|and am)(?: (?:ny|nya|nyanstalld|en|den|the|a|an|new|acting|interim))*$/.test(
      before.join(' '),
    ) ||
    // "jag samordnar nära vård-arbetet", "I coordinate …": the role said as what the sender does
    /(?:^| )(?:jag|vi|i|we)$/.test(before.join(' '));
  // "min chef nämnde att …", "my manager said …"
  const possessive = before.at(-1) === 'min' || before.at(-1) === 'my';
  return possessive || (marker && senderBefore(tokens, start));
}

const ASKING: ReadonlySet<string> = new Set(['vem', 'vilka', 'vilken', 'who', 'which']);
const SENDER: ReadonlySet<string> = new Set(['jag', 'i', 'im']);

/**
 * The sender spoke of themselves some words before, with no question between: "jag heter Sara och
 * har precis börjat som …", not "jag är ny här och undrar vem som är …".
 */
function senderBefore(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 9); i--) {
    // ("jag behöver nån som sköter …": the someone asked for)
    if (ASKING.has(tokens[i].text) || ASKERS.has(tokens[i].text)) return false;
    if (SENDER.has(tokens[i].text)) return true;
  }
  // "jobbar som kurator på psykiatrin, vad …": the "jag" left out at the start
  return start >= 2 && start <= 3 && WORKING.has(tokens[0].text);
}
const WORKING: ReadonlySet<string> = new Set(['jobbar', 'arbetar', 'working', 'work']);

/** "jag heter Sara", "my name is Sara Berg": the sender's own name is no name asked for. */
function senderName(tokens: readonly Token[], taken: boolean[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 2].text, tokens[i - 1].text];
    const intro =
      (a === 'jag' && b === 'heter') ||
      (a === 'name' && b === 'is' && tokens[i - 3]?.text === 'my');
    for (let k = i; intro && k < Math.min(i + 2, tokens.length) && capitalised(tokens[k], k); k++)
      taken[k] = true;
  }
}

const FROM: ReadonlySet<string> = new Set(['from', 'fran', 'ifran']);

/**
 * "… at Borgholm health centre, we're sending a patient over from Kalmar": a place someone comes
 * from, alone after "från"/"from", is not the one asked about when another is named.
 */
function origin(tokens: readonly Token[], taken: boolean[], lexicon: Lexicon): void {
  const place = (i: number) => !taken[i] && municipalityOf(lexicon, tokens[i].text) !== undefined;
  // ("the contact from Kalmar kommun" names the kommun)
  const alone = (i: number) =>
    taken[i + 1] !== false || !lexicon.vocabulary.has(tokens[i + 1].text);
  const from = tokens.findIndex(
    (_, i) => FROM.has(tokens[i - 1]?.text ?? '') && place(i) && alone(i),
  );
  if (from < 0) return;
  const named = (i: number) => !taken[i] && lexicon.vocabulary.has(tokens[i].text);
  if (tokens.some((_, i) => i !== from && named(i))) taken[from] = true;
}

/**
 * The text with its misspelt cue words put right ("contcat person for …", "waht do they …"), or
 * undefined when it has none. A word is put right only where the right word is then read (as a
 * cue or a function word); a name, known or capitalised, is never touched.
 */
function respelled(
  tokens: readonly Token[],
  taken: readonly boolean[],
  lexicon: Lexicon,
): string | undefined {
  const fixes = new Map<number, string>();
  tokens.forEach((t, i) => {
    if (taken[i] || fixes.size >= MAX_TYPO_CHECKS || capitalised(t, i) || /\d/.test(t.text)) return;
    if (lexicon.vocabulary.has(t.text) || lexicon.vocabulary.has(stem(t.text))) return;
    const word = cueWordMeant(t.text);
    if (word) fixes.set(i, word);
  });
  if (fixes.size === 0) return undefined;
  const respelt = tokens.map((t, i) => fixes.get(i) ?? t.orig).join(' ');
  const fixed = normalize(respelt);
  // Put right, the words make a phrase the directory writes otherwise ("the ambulence service"
  // is "ambulanssjukvården"): a phrase of a cue word, so the fix stands.
  if (fixed.tokens.length < tokens.length && fixes.size === 1) return respelt;
  if (fixed.tokens.length !== tokens.length) return undefined;
  const read = findHits(fixed.tokens, fixed.text, lexicon).taken;
  const kept = [...fixes.keys()].filter((i) => read[i]);
  if (kept.length === 0) return undefined;
  return tokens.map((t, i) => (kept.includes(i) ? fixes.get(i) : t.orig)).join(' ');
}

/** Short month names that are also names ("Jan"): months only where figures are asked. */
const NAME_MONTHS: ReadonlyMap<string, number> = new Map([['jan', 1]]);
const AFTER_MONTH: ReadonlySet<string> = new Set(['da', 'then', 'istallet', 'instead']);

/**
 * "återinläggn kvarnholmen jan", "jan då?" after figures: a short month name ending a question
 * about figures is the month (elsewhere "Jan" is a name).
 */
function monthAlone(
  tokens: readonly Token[],
  hits: readonly Hit[],
  taken: boolean[],
  about: About,
): Hit | undefined {
  let at = tokens.length - 1;
  while (at > 0 && AFTER_MONTH.has(tokens[at].text)) at--;
  const month = NAME_MONTHS.get(tokens[at]?.text ?? '');
  if (!month || taken[at] || hits.some((h) => h.feature === 'period')) return undefined;
  const figures =
    about === 'figures' ||
    hits.some((h) => h.feature === 'rub' || CUE_BY_ID.get(h.feature as CueId)?.group === 'measure');
  if (!figures) return undefined;
  taken[at] = true;
  const value = `--${String(month).padStart(2, '0')}`;
  return { feature: 'period', start: at, end: at + 1, order: -1, value };
}

function analyse(
  text: string,
  lexicon: Lexicon,
  about?: About,
  spelled = false,
  whole = text,
): Analysis {
  const { tokens, text: folded } = normalize(text);
  const found = findHits(tokens, folded, lexicon);
  // A word read as a cue's typo is put right too: spelled right, it may be part of a longer cue
  // ("vilka vekobrev" is "vilka veckobrev", a listing question).
  const unspelt =
    found.typos.length === 0
      ? found.taken
      : found.taken.map((t, i) => t && !found.typos.includes(i));
  const respelt = spelled ? undefined : respelled(tokens, unspelt, lexicon);
  if (respelt !== undefined) return analyse(respelt, lexicon, about, true, whole);
  const taken = found.taken;
  const released = releaseRegionNames(
    measureContact(releaseServices(found.hits, taken, tokens, about), tokens, about),
    taken,
    tokens,
    lexicon,
  );
  // A role that says who the sender is, or what the person named is ("en projektledare som heter
  // …"), is not the role asked for.
  const describes = (h: Hit) => released.some((n) => n.feature === 'named' && n.start === h.end);
  const hits = released.some((h) => h.feature === 'role')
    ? released.filter(
        (h) => h.feature !== 'role' || !(aboutSender(tokens, h.start) || describes(h)),
      )
    : released;
  const month = monthAlone(tokens, hits, taken, about);
  if (month) hits.push(month);
  senderName(tokens, taken);
  origin(tokens, taken, lexicon);
  const rest = tokens.filter((_, i) => !taken[i]);
  const remainder = nameWords(rest, lexicon, tokens.length > LONG_TEXT ? tokens[0] : undefined);
  const features = featuresOf(hits);
  const segments = once(() => segmentsOf(tokens, taken));
  const cache: LookupCache = new Map();
  const units = once(() => unitsNamed(lexicon, segments(), cache));
  let municipality: string | undefined;
  for (const t of rest)
    if (!municipality && t.text.length >= 4) municipality = municipalityOf(lexicon, t.text);
  if (municipality) features.add('area');
  if (tokens.some((_, i) => unitKindAt(tokens, i))) features.add('unitKind');
  const someone = (h: Hit) => h.feature === 'role' && SOMEONE.has(tokens[h.start - 1]?.text ?? '');
  if (hits.some(someone)) features.add('someone');
  if (tokens.some((t) => WE.has(t.text))) features.add('we');
  // Counting the health centres named costs look-ups: only for a question that compares.
  // "rub5 nybro and emmaboda?": figures for two health centres named side by side compare them.
  const sideBySide =
    (features.has('rub') || features.has('measure')) && tokens.some((t) => AND.has(t.text));
  if (features.has('compareUnits') || features.has('compare')) {
    const own = comparesOwn(features) ? 1 : 0;
    if (units().length + own >= 2) features.add('units2');
  } else if (sideBySide && units().filter((u) => isHealthCentre(lexicon, u.id)).length >= 2) {
    features.add('units2');
  }
  const analysis: Analysis = {
    lexicon,
    tokens,
    hits,
    features,
    remainder,
    segments,
    resolve: resolver(lexicon, remainder),
    units,
    ...(municipality ? { municipality } : {}),
    names: once(() =>
      tokens.some((t, i) => !taken[i] && (nameLike(lexicon, t.text) || capitalised(t, i))),
    ),
    entityKind: once(() => entityKindOf(analysis)),
    subjectGroup: once(() =>
      [...features].some((f) => METRIC_ASKS.has(f)) ? undefined : groupDescribed(lexicon, folded),
    ),
    describedGroup: once(() => describedBy(lexicon, folded, whole)),
  };
  return analysis;
}

/**
 * The group a text's subject words point to. Names of units and people name, they tell no
 * subject ("Blå Kusten" is in groups' texts); a group's area does ("alkoholgrejen i Högsby").
 */
const groupDescribed = (lexicon: Lexicon, folded: string): SubjectGroup | undefined =>
  groupBySubject(
    lexicon.groupSubjects,
    subjectStems(folded).filter(
      (s) => lexicon.groupSubjects.areas.has(s) || !namesUnitOrPerson(lexicon, s),
    ),
    PROJECT_ASKED.test(folded),
  );
/** "the alcohol one", "alkoholprojektet", "that project": a project asked for by its subject. */
const PROJECT_ASKED = /projekt|project|satsning|(?:^| )the \w+ one(?: |$)/;

/**
 * The group the question, or else the whole message, describes. In a whole message the units
 * named may tell the group too ("… at Esplanaden … the collaboration around home health care").
 */
function describedBy(lexicon: Lexicon, folded: string, whole: string): SubjectGroup | undefined {
  const asked = groupDescribed(lexicon, folded);
  if (asked) return asked;
  const all = normalize(whole).text;
  if (all === folded) return undefined;
  return groupDescribed(lexicon, all) ?? groupBySubject(lexicon.groupSubjects, subjectStems(all));
}

/** Words before a role that make it someone to find: "nån analytiker", "an analyst". */
const SOMEONE: ReadonlySet<string> = new Set([
  'nagon',
  'nan',
  'naan',
  'nagra',
  'en',
  'an',
  'any',
  'some',
]);

const AND: ReadonlySet<string> = new Set(['och', 'and', 'o', 'samt', 'resp', 'respektive']);

/** Words for "we": the user's own health centre in a metric question ("hur många har vi?"). */
const WE: ReadonlySet<string> = new Set(['vi', 'oss', 'vara', 'vart', 'we', 'us', 'our', 'ours']);

/** A word typed with a capital that does not start the text: a name, even an unknown one. */
const capitalised = (t: Token, i: number): boolean => i > 0 && upperFirst(t);
const upperFirst = (t: Token): boolean => t.orig[0] !== t.lower[0] && /\p{L}/u.test(t.orig[0]);

/** The runs of words not taken by cues or function words, and whether "HC" follows each. */
function segmentsOf(tokens: readonly Token[], taken: readonly boolean[]): Segment[] {
  const out: Segment[] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    if (!taken[i]) run.push(t);
    if ((taken[i] || i === tokens.length - 1) && run.length > 0) {
      const next = taken[i] ? t : tokens[i + 1];
      out.push({ tokens: run, beforeUnitWord: next?.text === UNIT_WORD });
      run = [];
    }
  });
  return out;
}

/** The health centres named: each segment as one name, or else each of its words. */
function unitsNamed(lexicon: Lexicon, segments: readonly Segment[], cache: LookupCache): Found[] {
  const found: Found[] = [];
  const add = (m: EntityMatch): void => {
    if (m.status === 'found' && !found.some((f) => f.id === m.id)) found.push(m);
  };
  const unitOf = (words: readonly Token[]): EntityMatch =>
    resolveName(lexicon, 'unit', words, words.map((t) => t.orig).join(' '), cache, false).match;
  for (const segment of segments.slice(0, MAX_NAME_WORDS)) {
    const whole = unitOf(segment.tokens);
    if (segment.tokens.length === 1) {
      add(whole);
      continue;
    }
    // "kristinberg, gripen": two names, the first misspelt, read as one name would be Gripen.
    const each = segment.tokens.filter((t) => nameLike(lexicon, t.text)).map((t) => unitOf([t]));
    const ids = new Set(each.flatMap((m) => (m.status === 'found' ? [m.id] : [])));
    if (whole.status === 'found' && ids.size < 2) add(whole);
    else each.forEach(add);
  }
  return found;
}

/** In a long text, a word that may be in a name: one of the directory's, or capitalised inside the text. */
const mayName = (lexicon: Lexicon, t: Token, first: Token): boolean =>
  nameLike(lexicon, t.text) || (t !== first && upperFirst(t));

/**
 * The words left for the name lookup: all of them; in a long text (its first word given) those
 * that may be in a name, when there are any ("… en projektledare som heter Ragnhild Holmberg");
 * and at most MAX_NAME_WORDS, those in names first.
 */
function nameWords(rest: readonly Token[], lexicon: Lexicon, longTextFirst?: Token): Token[] {
  if (longTextFirst) {
    const names = rest.filter((t) => mayName(lexicon, t, longTextFirst));
    if (names.length > 0) return nameWords(names, lexicon);
  }
  if (rest.length <= MAX_NAME_WORDS) return [...rest];
  const known = (t: Token): boolean =>
    lexicon.vocabulary.has(t.text) || lexicon.vocabulary.has(stem(t.text));
  const keep = new Set([...rest.filter(known), ...rest].slice(0, MAX_NAME_WORDS));
  return rest.filter((t) => keep.has(t));
}

const termOf = (lexicon: Lexicon, t: Token): string | undefined =>
  [t.text, stem(t.text)].find((x) => lexicon.vocabulary.has(x));

/** A word that may be in a person's name: one in no unit's or group's name ("Anna Dahl på Blå Kusten"). */
const inPersonName = (lexicon: Lexicon, t: Token): boolean => {
  const term = termOf(lexicon, t);
  return !term || !isPlaceTerm(lexicon, term);
};

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
  closest = true,
): Resolution {
  // 'any' only tells what kind of thing is named: no closest names needed.
  const full = lookupWithTypes(lexicon, type, query, { cache, closest: closest && type !== 'any' });
  if (full.match.status === 'found' || type === 'any') return full;
  const keep = (t: Token): boolean => {
    const term = termOf(lexicon, t);
    // A long word one slip from a name ("kristinberg") may be in the name as much as a known one.
    return type === 'person'
      ? inPersonName(lexicon, t)
      : !!term || (t.text.length >= MIN_SLIPPED_NAME && nameLike(lexicon, t.text));
  };
  let choice: Resolution | undefined;
  const retry = (words: readonly Token[]): Resolution | undefined => {
    if (words.length === 0 || words.length === remainder.length) return undefined;
    const found = lookupWithTypes(lexicon, type, words.map((t) => t.orig).join(' '), { cache });
    if (found.match.status === 'ambiguous') choice ??= found;
    return found.match.status === 'found' ? found : undefined;
  };
  // "ambulansen i Västervik": a unit for the whole county asked for in one place is that unit.
  const placeless = () => retry(remainder.filter((t) => !municipalityOf(lexicon, t.text)));
  // "the Karlshamn pilot that ran in Blekinge": one of the words alone names one group.
  const oneWord = (): Resolution | undefined => {
    const found = remainder.flatMap((t) => retry([t]) ?? []);
    const ids = new Set(found.map((r) => (r.match.status === 'found' ? r.match.id : '')));
    return ids.size === 1 ? found[0] : undefined;
  };
  // "Maria på planeringsenheten": of the people the name may mean, the one who works there.
  const atUnit = (): Resolution | undefined => {
    const named = choice;
    const others = remainder.filter((t) => !keep(t));
    if (named?.match.status !== 'ambiguous' || others.length === 0) return undefined;
    const where = others.map((t) => t.orig).join(' ');
    const unit = lookupWithTypes(lexicon, 'unit', where, { cache, closest: false }).match;
    if (unit.status !== 'found') return undefined;
    const at = named.match.candidates.filter((c) => lexicon.personUnits.get(c.id) === unit.id);
    return at.length === 1 ? { ...named, match: { status: 'found', ...at[0] } } : undefined;
  };
  return (
    retry(remainder.filter(keep)) ??
    (type === 'unit' ? (placeless() ?? oneWord()) : type === 'group' ? oneWord() : atUnit()) ??
    // "hur mnga rub 5 på högsy": the names the words without "mnga" may mean, to choose among.
    (full.match.status === 'notFound' ? choice : undefined) ??
    full
  );
}

/**
 * What kind of thing the rest of the question names, from all of it: dropping unknown words is for
 * filling a slot once the intent is clear, never for deciding it ("weather in Kalmar" names nothing).
 */
function entityKindOf(a: Analysis): EntityKind {
  if (a.remainder.length === 0) return 'none';
  // In a long message only the words that may be names say what is named ("… skrivas hem nästa
  // vecka … om Hemsjukhuset?" names the group); the remainder holds only those when there are any
  // (nameWords), and none means nothing is named.
  if (a.tokens.length > LONG_TEXT) {
    const words = a.remainder.filter((t) => mayName(a.lexicon, t, a.tokens[0]));
    if (words.length === 0) return 'none';
    const any = lookupWithTypes(a.lexicon, 'any', words.map((t) => t.orig).join(' '), {
      closest: false,
    });
    if (any.match.status === 'notFound') return a.subjectGroup() ? 'group' : 'unknown';
    return subjectOrNamed(a, namedKind(a, any.types));
  }
  // "telefon till Åke Åkeson på Borgholms HC": a person, and where they work.
  // "Annas nummer på Blå Kusten": a name that is no place's first, then where they work.
  const capitalised = a.remainder.filter(upperFirst).length;
  const first = a.remainder[0];
  // ("telefon nr till susana altini högsby hc": typed without capitals, a name and a place)
  const lowerCase = a.tokens.every((t) => t.orig === t.orig.toLowerCase());
  // ("jobbar anna dal kvar på blå kusten": a first name typed without its capital)
  const firstName =
    first !== undefined && (upperFirst(first) || lowerCase) && inPersonName(a.lexicon, first);
  const personFirst = a.features.has('unitWord') || firstName;
  // ("Maria på planeringsenheten": a first name, and a unit typed as one word)
  const nameAndPlace =
    capitalised >= 2 ||
    (lowerCase && a.remainder.length >= 3) ||
    (firstName && a.remainder.length === 2);
  if (personFirst && nameAndPlace && a.resolve('person').match.status === 'found') {
    return 'person';
  }
  // "Eva Lindqvist at Gamleby health centre": a name the directory lacks, and where they work.
  if (capitalised >= 3 && unknownFullName(a)) return 'person';
  // "Kristineberg HC in Oskarshamn": a health centre, and where it is (not the group of both).
  if (a.features.has('unitWord') && a.municipality && a.remainder.length >= 2) {
    // ("hälsocentralen i Högsby har ett samarbete med kommunen": the project, not the kommun)
    if (projectDescribed(a)) return 'group';
    if (a.resolve('unit').match.status === 'found') return 'unit';
  }
  const any = a.resolve('any');
  if (any.match.status !== 'notFound') return subjectOrNamed(a, namedKind(a, any.types));
  if (a.subjectGroup() || projectDescribed(a)) return 'group';
  // An unknown name beside "hälsocentral" ("Torsås hälsocentral") is a unit's name; two or three
  // capitalised words and nothing else ("Jimmy Loord") are a person's.
  if (a.features.has('unitWord') && a.remainder.length <= 3) return 'unit';
  const personShaped =
    a.remainder.length >= 2 && a.remainder.length <= 3 && a.remainder.every(upperFirst);
  return (personShaped || nameThenPronoun(a)) && !a.municipality ? 'person' : 'unknown';
}

/** "Ragnhild Holmberg, jobbar hon kvar med …?": a full name first, then asked of "hon". */
const nameThenPronoun = (a: Analysis): boolean =>
  a.tokens.length >= 3 &&
  a.remainder[0] === a.tokens[0] &&
  a.remainder[1] === a.tokens[1] &&
  a.tokens.slice(0, 2).every((t) => upperFirst(t) && inPersonName(a.lexicon, t)) &&
  a.tokens.slice(2).some((t) => PERSON_PRONOUNS.has(t.text));

/** What a group is asked for: its contacts, who takes part, what it works on. */
const GROUP_ASKED: readonly Feature[] = ['contact', 'participants', 'focus', 'targetGroups'];

/**
 * The kind of thing a name means. A unit and a group of one name ("Samordnande arbetsgrupp") are
 * the group when what a group has is asked: "kontaktpersoner i samordnande arbetsgruppen".
 */
function namedKind(a: Analysis, types: readonly EntityKind[]): EntityKind {
  const both = types.includes('unit') && types.includes('group');
  // ("contact details for Esplanaden health centre" is the unit's)
  // ("finns det nån kommunikatör i samordnande arbetsgruppen?": someone among its people)
  const groupAsked =
    (GROUP_ASKED.some((f) => a.features.has(f)) || a.features.has('someone')) &&
    !a.features.has('unitWord');
  if (both && groupAsked) return 'group';
  return types[0] ?? 'unknown';
}

/** "the alcohol and addiction work in Högsby": a place is named, but a group's subject is asked. */
const subjectOrNamed = (a: Analysis, named: EntityKind): EntityKind =>
  named !== 'person' && named !== 'group' && (a.subjectGroup() || projectDescribed(a))
    ? 'group'
    : named;

/** "… the collaboration around home health care. Who is the contact for that project?" */
const projectDescribed = (a: Analysis): boolean =>
  a.features.has('topic') && a.describedGroup() !== undefined;

function hasContent(features: ReadonlySet<Feature>): boolean {
  return [...features].some((f) => {
    const def = CUE_BY_ID.get(f as CueId);
    return def ? (def.kind ?? 'content') === 'content' : f === 'role' || f === 'period';
  });
}

/** Each intent's weights as a list, computed once per table row (a test may pass another table). */
const WEIGHTS = new WeakMap<IntentDef, readonly [Feature, number][]>();
const weightsOf = (def: IntentDef): readonly [Feature, number][] => {
  let list = WEIGHTS.get(def);
  if (!list) WEIGHTS.set(def, (list = Object.entries(def.cues) as [Feature, number][]));
  return list;
};

function score(def: IntentDef, a: Analysis, kind: () => EntityKind, content: boolean): number {
  let total = 0;
  let positive = false;
  for (const [feature, weight] of weightsOf(def)) {
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
    // "rub4", or "nivå 4" / "level 4"
    for (let i = hit.start; i < hit.end; i++) {
      const digit = /^(?:rub)?([0-5])$/.exec(a.tokens[i].text);
      if (digit) return Number(digit[1]);
    }
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
  const roles = a.hits.filter((h) => h.feature === 'role');
  // "chefen på Kristineberg, vem är BEC där?": the exact role said, of the general one and it.
  return (roles.find((h) => h.value !== GENERAL_ROLE) ?? roles[0])?.value ?? '';
}

const GENERAL_ROLE = 'chef';

/**
 * Figures are a health centre's: of several units a typo may mean ("vimerby": the health centre
 * or the psychiatry clinic), the one health centre among them.
 */
function healthCentreAmong(lexicon: Lexicon, m: EntityMatch): EntityMatch {
  if (m.status !== 'ambiguous') return m;
  const centres = m.candidates
    .filter((c) => isHealthCentre(lexicon, c.id))
    .sort((a, b) => b.score - a.score);
  // ("hultfreds hc": Hultsfreds hälsocentral far before Mörlunda, which is in Hultsfred)
  const [first, next] = centres;
  const clear = first && (!next || first.score - next.score >= CLEAR_LEAD);
  return clear ? { status: 'found', ...first } : m;
}

/** How far the best of several health centres must lead to be the one meant. */
const CLEAR_LEAD = 0.15;

/**
 * Which unit a metric question is about: "min HC"; a unit named; the region named; "vi", "hos
 * oss", "our" (the user's own); else the region. Everyday words left over name no unit.
 */
function scope(a: Analysis): UnitScope {
  const unit =
    a.remainder.length > 0 && a.names()
      ? healthCentreAmong(a.lexicon, a.resolve('unit').match)
      : undefined;
  // "our RUB 5 patients" by one who says she is at Färjestaden: the unit named is hers.
  if (unit?.status === 'found') {
    const ours = a.features.has('mine') || a.features.has('we');
    return { kind: 'unit', match: unit, ...(ours ? { ours: true as const } : {}) };
  }
  if (a.features.has('mine') || a.features.has('ownPatients')) return { kind: 'mine' };
  if (unit && (unit.status !== 'notFound' || !a.features.has('region'))) {
    return { kind: 'unit', match: unit };
  }
  if (!a.features.has('region') && a.features.has('we')) return { kind: 'mine' };
  return { kind: 'region' };
}

/** "min HC", or "vi"/"oss" in a comparison ("how do we compare to Mörlunda?"): the user's own. */
const comparesOwn = (f: ReadonlySet<Feature>): boolean =>
  f.has('mine') || (f.has('we') && (f.has('compareUnits') || f.has('compare')));

/**
 * The user's own compared: "min HC", or "vi"/"oss"/"our" said with the comparison ("jämför oss
 * med", "how do we compare", "hur ligger vi till jämfört med"); not a "we" elsewhere in the
 * message ("Before our workshop, compare Blå Kusten with Gripen and Kristineberg").
 */
function ownCompared(a: Analysis): boolean {
  if (a.features.has('mine')) return true;
  if (!comparesOwn(a.features)) return false;
  const near = a.hits
    .filter(
      (h) => h.feature === 'compare' || h.feature === 'compareUnits' || h.feature === 'status',
    )
    .map((h) => [h.start - WE_NEAR, h.end + WE_NEAR - 1]);
  return a.tokens.some((t, i) => WE.has(t.text) && near.some(([from, to]) => i >= from && i <= to));
}

/** How many words from the comparison a "we" may be and still be compared. */
const WE_NEAR = 3;

/** The health centres a comparison is about: the user's own first when "vi"/"vår" is said. */
function compared(a: Analysis): CompareUnit[] {
  // "jag är på Stensö, hur ligger vi till jämfört med …": the user's own is the one named.
  const own: CompareUnit[] =
    ownCompared(a) && !a.features.has('setMine') && !a.features.has('senderAt')
      ? [{ kind: 'mine' }]
      : [];
  // Figures are health centres': "verksamhetsdialog med HSF" names no unit to compare.
  const centres = a.units().filter((u) => isHealthCentre(a.lexicon, u.id));
  const units = centres.length > 0 ? centres : a.units();
  return [...own, ...units.map((match): CompareUnit => ({ kind: 'unit', match }))];
}

const isHealthCentre = (lexicon: Lexicon, id: string): boolean =>
  placeOf(lexicon, id)?.kind === 'halsocentral';

/** The kind of unit a word names in the plural, read with the word before it ("vilka sjukhus"). */
function unitKindAt(tokens: readonly Token[], i: number): UnitKind | undefined {
  const text = tokens[i].text;
  const kind = UNIT_KIND_WORDS.get(text);
  const alsoPlural = SINGULAR_AS_PLURAL.get(text);
  if (kind || !alsoPlural) return kind;
  // "sjukhus då?" after the health centres of a place: the word alone, as a follow-up asks.
  if (i === 0)
    return tokens.length > 1 && tokens.every((t, j) => j === 0 || KIND_ALONE.has(t.text))
      ? alsoPlural
      : kind;
  return PLURAL_BEFORE.has(tokens[i - 1].text) ? alsoPlural : undefined;
}
const PLACE_AFTER: ReadonlySet<string> = new Set(['kommun', 'municipality']);
/** "finns det något sjukhus i …", "is there a hospital in …": whether there is one (a list). */
const IS_THERE =
  /^(?:finns det|is there|are there)(?: (?:nagon|nagot|nagra|nan|nat|en|ett|a|an|any))?$/;

/**
 * "hc i västervik?", "finns det något sjukhus i Västervik?": a kind of unit in a place and nothing
 * else. The units of that kind there, or the one there is (asked whether there is one, still the
 * list); not a group named for the place (the Västervik cluster is also called "Västervik").
 */
function kindInPlace(a: Analysis): IntentBody | undefined {
  const words = a.tokens.map((t) => t.text);
  // ("i Mörbylånga kommun", "in Borgholm municipality": the place)
  if (words.length > 2 && PLACE_AFTER.has(words.at(-1) ?? '')) words.pop();
  const at = words.findIndex((w) => w === 'i' || w === 'in');
  if (at < 1 || at !== words.length - 2) return undefined;
  const unitKind = unitKindAt(a.tokens, at - 1) ?? SINGULAR_AS_PLURAL.get(words[at - 1]);
  const municipality = municipalityOf(a.lexicon, words[at + 1]);
  const before = words.slice(0, at - 1).join(' ');
  const asksIfAny = IS_THERE.test(before);
  if (!unitKind || !municipality || (before !== '' && !asksIfAny)) return undefined;
  const one = asksIfAny ? undefined : unitOfKindIn(a.lexicon, unitKind, municipality);
  if (one?.status === 'found') return { kind: 'unitLookup', unit: one };
  return { kind: 'unitsInArea', municipality, unitKind };
}

/** What may follow a unit kind said alone: "sjukhus då?", "hospitals too?". */
const KIND_ALONE: ReadonlySet<string> = new Set([
  'da',
  'dar',
  'ocksa',
  'med',
  'then',
  'too',
  'also',
]);

/** Words that are plural after "vilka", "alla" …: "sjukhus", and "HC"/"vc" as people abbreviate. */
const SINGULAR_AS_PLURAL: ReadonlyMap<string, UnitKind> = new Map([
  ['sjukhus', 'sjukhus'],
  [UNIT_WORD, 'halsocentral'],
]);

/** The unit kind a question names in the plural ("vilka sjukhus …", "which municipalities"). */
function unitKindNamed(a: Analysis): UnitKind | undefined {
  for (let i = 0; i < a.tokens.length; i++) {
    const kind = unitKindAt(a.tokens, i);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The scope of a digest typed into the request: the region; one municipality ("för Oskarshamn",
 * "Kalmarområdet"); or health centres ("Nybro HC och Emmaboda HC", "Gripen and Kristineberg").
 */
const AREA_WORDS: ReadonlySet<string> = new Set(['kommun', 'kommuns', 'kommunen']);

function digestScope(a: Analysis): Pick<TypedDigestDetails, 'scope' | 'unitIds'> {
  // "om Vimmerby och Hultsfreds hälsocentraler": health centres named, not the places ("the
  // health centres in Västervik" is the place).
  const plural = a.hits.find((h) => h.feature === 'unitsPlural')?.start ?? -1;
  const segments = a.segments();
  // …but one place alone before them is the place: "Oskarshamns hälsocentraler".
  const severalBefore = segments.filter((s) => a.tokens.indexOf(s.tokens[0]) < plural).length >= 2;
  const beforePlural = (s: Segment): boolean =>
    severalBefore && a.tokens.indexOf(s.tokens[0]) < plural;
  const areas = new Set<string>();
  const named: Segment[] = [];
  for (const s of segments.filter((x) => !replaced(a.tokens, a.tokens.indexOf(x.tokens[0])))) {
    // "Oskarshamn", or "Kalmar kommun": a digest of the health centres there (a kommun has none)
    const place = s.tokens.length === 2 && AREA_WORDS.has(s.tokens[1].text);
    // ("… i Västervik. Går det att ordna?": words no name has, from the next sentence)
    const nameless = s.tokens.slice(1).every((t) => !a.lexicon.vocabulary.has(t.text));
    const area =
      (nameless || place) && !s.beforeUnitWord && !beforePlural(s)
        ? municipalityOf(a.lexicon, s.tokens[0].text)
        : undefined;
    if (area) areas.add(area);
    else named.push(s);
  }
  const all = unitsNamed(a.lexicon, named, new Map());
  // A digest is of health centres' figures: "jag samordnar nära vård-arbetet" names none.
  const centres = all.filter((u) => isHealthCentre(a.lexicon, u.id));
  const units = centres.length > 0 ? centres : all;
  // What is named is what the digest is about; "jag är samordnare i norra länet" is the sender's.
  if (units.length > 0 && areas.size === 0)
    return { scope: 'units', unitIds: units.map((u) => u.id) };
  if (areas.size === 1 && units.length === 0) return { scope: `area:${[...areas][0]}` };
  // "för Nybro och Emmaboda", "Gripen och Nybro": the health centres of each one named.
  if (areas.size > 0 && areas.size + units.length >= 2) {
    const there = [...areas].flatMap((m) =>
      a.lexicon.places.filter((p) => p.kind === 'halsocentral' && p.municipality === m),
    );
    return { scope: 'units', unitIds: [...new Set([...units, ...there].map((u) => u.id))] };
  }
  return a.features.has('region') ? { scope: 'region' } : {};
}

/** "för hela länet istället för bara Västervik": the word at i names what is replaced. */
function replaced(tokens: readonly Token[], i: number): boolean {
  const before = tokens
    .slice(Math.max(0, i - 3), i)
    .map((t) => t.text)
    .filter((w) => w !== 'bara' && w !== 'just' && w !== 'only');
  const [x, y] = before.slice(-2);
  return (x === 'istallet' && y === 'for') || (x === 'instead' && y === 'of');
}

function typedDigest(a: Analysis): TypedDigestDetails | undefined {
  const typed = { ...scheduleOf(a.tokens.map((t) => t.text)), ...digestScope(a) };
  return Object.keys(typed).length > 0 ? typed : undefined;
}

/** "i januari jämfört med december": the month compared with is the one before. */
const COMPARED_WITH = /(?:^| )(?:jamfort med|jamfort mot|compared to|compared with|mot|vs|versus)$/;

function range(a: Analysis): { from?: string; to?: string } {
  const ps = periods(a);
  if (ps.length >= 2) {
    const last = ps[ps.length - 1];
    const before = a.tokens.slice(Math.max(0, last.start - 2), last.start).map((t) => t.text);
    const values = ps.map((p) => p.value ?? '');
    const sorted = inOrder(COMPARED_WITH.test(before.join(' ')) ? values.reverse() : values);
    return { from: sorted[0], to: sorted[sorted.length - 1] };
  }
  const [p] = ps;
  if (!p?.value) return {};
  return p.prep && PERIOD_TO.has(p.prep) ? { to: p.value } : { from: p.value };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** The name looked up; beside "hälsocentral" ("borgolm hc"), the health centre among a typo's units. */
const match = (a: Analysis, type: LookupType): EntityMatch => {
  const resolved = a.resolve(type).match;
  // "hur når jag kommunen i Västervik?": of the units the name may mean, the one there.
  const found =
    type === 'unit' && a.municipality
      ? narrowToMunicipality(a.lexicon, resolved, a.municipality)
      : resolved;
  if (type === 'group' && found.status !== 'found') {
    const group = a.subjectGroup() ?? a.describedGroup();
    if (group) return { status: 'found', ...group, score: 1 };
  }
  if (type !== 'unit' || !a.features.has('unitWord')) return found;
  // "… i Borgholms kommun … få tag på hälsocentralen i Borgholm": the health centre asked for,
  // not the kommun named beside it.
  if (found.status !== 'found' || !isHealthCentre(a.lexicon, found.id)) {
    const centres = a.units().filter((u) => isHealthCentre(a.lexicon, u.id));
    if (centres.length === 1) return centres[0];
  }
  return healthCentreAmong(a.lexicon, found);
};

type Builders = { [K in TypedIntentKind]: (a: Analysis) => Extract<IntentBody, { kind: K }> };

const BUILD: Builders = {
  help: () => ({ kind: 'help' }),
  greeting: () => ({ kind: 'greeting' }),
  thanks: () => ({ kind: 'thanks' }),
  unknown: () => ({ kind: 'unknown' }),
  languageChoice: () => ({ kind: 'languageChoice' }),
  groupContacts: (a) => ({ kind: 'groupContacts', group: match(a, 'group') }),
  groupDetails: (a) => ({
    kind: 'groupDetails',
    group: match(a, 'group'),
    aspect: firstValue(a, (d) => d.aspect) ?? 'all',
  }),
  personLookup: (a) => {
    const person = match(a, 'person');
    // A name the directory lacks, at a unit it has: that unit, for a number that works.
    const [unit, other] = person.status === 'notFound' ? a.units() : [];
    // Named as the directory names it ("Gamleby hälsocentral"), not a slip ("Kalle Anka" is no
    // one at Ankarsrum).
    const at = unit && !other && unit.score === 1 ? unit : undefined;
    // The name asked for is the person's alone: "Eva Lindqvist", not "Eva Lindqvist Gamleby".
    const query = a.remainder
      .filter((t) => inPersonName(a.lexicon, t))
      .map((t) => t.orig)
      .join(' ');
    return {
      kind: 'personLookup',
      person: at && person.status === 'notFound' && query ? { ...person, query } : person,
      field: contactField(a) ?? 'all',
      ...optional('at', at),
    };
  },
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
    ...optional('measure', firstValue(a, (d) => d.measure) ?? countedPatients(a)),
  }),
  rubDistribution: (a) => ({
    kind: 'rubDistribution',
    measure: firstValue(a, (d) => d.measure) ?? DEFAULT_MEASURE,
    level: level(a),
    ...optional('period', periods(a)[0]?.value),
  }),
  rubCompare: (a) => ({
    kind: 'rubCompare',
    units: compared(a),
    level: level(a),
    ...optional('period', periods(a)[0]?.value),
    ...optional(
      'measure',
      firstValue(a, (d) => d.measure),
    ),
  }),
  rubTrend: (a) => ({
    kind: 'rubTrend',
    measure: firstValue(a, (d) => d.measure) ?? countedPatients(a) ?? DEFAULT_MEASURE,
    scope: scope(a),
    level: level(a),
    ...range(a),
  }),
  patientList: (a) => ({
    kind: 'patientList',
    scope: scope(a),
    level: level(a),
    withoutFastLakarkontakt: a.features.has('lackFast'),
    ...optional('period', periods(a)[0]?.value),
    ...optional('page', pageAsked(a)),
  }),
  setMyUnit: (a) => ({ kind: 'setMyUnit', unit: match(a, 'unit') }),
  unitsInArea: (a) => ({
    kind: 'unitsInArea',
    ...optional('municipality', a.municipality),
    ...optional('unitKind', unitKindNamed(a)),
  }),
  digestSubscribe: (a) => ({ kind: 'digestSubscribe', ...optional('typed', typedDigest(a)) }),
  digestList: () => ({ kind: 'digestList' }),
  digestPreview: () => ({ kind: 'digestPreview' }),
  digestPause: (a) => ({
    kind: 'digestPause',
    ...optional('resume', resumes(a) || undefined),
  }),
  digestUnsubscribe: () => ({ kind: 'digestUnsubscribe' }),
  digestWithdraw: () => ({ kind: 'digestWithdraw' }),
};

/** "sida 2": the page asked for, counted from one as people count. */
function pageAsked(a: Analysis): number | undefined {
  const hit = a.hits.find((h) => h.feature === 'pageAsked');
  const n = hit ? Number(a.tokens[hit.end - 1]?.text) : NaN;
  return Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
}

/** "återuppta", "resume", or "starta … igen": a paused digest started again. */
const resumes = (a: Analysis): boolean =>
  a.features.has('resume') || (a.features.has('again') && a.features.has('subscribe'));

/** "the number of RUB 5 patients", "hur många rub 5 har vi totalt": the count is the measure. */
const countedPatients = (a: Analysis): Measure | undefined =>
  (a.features.has('patients') || a.features.has('rub')) && a.features.has('count')
    ? 'patients'
    : undefined;

function build<K extends TypedIntentKind>(kind: K, a: Analysis): IntentBody {
  return BUILD[kind](a);
}

/** The intent with the highest score, or undefined when none reaches MIN_SCORE. */
/** The kind of thing each lookup intent looks up by name. */
const LOOKS_UP: Readonly<Partial<Record<TypedIntentKind, 'person' | 'unit' | 'group'>>> = {
  personLookup: 'person',
  unitLookup: 'unit',
  groupContacts: 'group',
  groupDetails: 'group',
};

const PROJECT_WORDS: ReadonlySet<string> = new Set([
  'projekt',
  'projektet',
  'projektets',
  'project',
  'pilot',
  'piloten',
]);
const isProjectWord = (t: Token): boolean => PROJECT_WORDS.has(t.text);

/** "Ragnhild Holmberg": two capitalised words side by side in no name the directory knows. */
const unknownFullName = (a: Analysis): boolean =>
  a.remainder.some((t, i) => {
    const next = a.remainder[i + 1];
    const unknown = (w: Token) => upperFirst(w) && !nameLike(a.lexicon, w.text);
    return (
      next !== undefined &&
      a.tokens.indexOf(next) === a.tokens.indexOf(t) + 1 &&
      unknown(t) &&
      unknown(next)
    );
  });

function bestIntent(a: Analysis, intents: readonly IntentDef[]): TypedIntentKind | undefined {
  let kind: EntityKind | undefined;
  const entityKind = (): EntityKind => (kind ??= a.entityKind());
  const content = hasContent(a.features);
  let best: { kinds: TypedIntentKind[]; score: number } | undefined;
  for (const def of intents) {
    const s = score(def, a, entityKind, content);
    if (s < MIN_SCORE || (best && s < best.score)) continue;
    if (best && s === best.score) best.kinds.push(def.kind);
    else best = { kinds: [def.kind], score: s };
  }
  if (!best) return undefined;
  const [first, ...rest] = best.kinds;
  return contactOverDescription(a, rest.length === 0 ? first : tieBroken(a, best.kinds));
}

const WHO: ReadonlySet<string> = new Set(['vem', 'vilka', 'who', 'whos', 'whom']);

/**
 * "… our team works on alcohol dependence with the kommun – who is the contact person for it?":
 * who to contact, not what the sender says the group does or who is in it.
 */
const contactOverDescription = (a: Analysis, kind: TypedIntentKind): TypedIntentKind =>
  kind === 'groupDetails' && a.features.has('contact') && a.tokens.some((t) => WHO.has(t.text))
    ? 'groupContacts'
    : kind;

/**
 * Of intents that score the same, the one the names tell: a role at the unit named; a group asked
 * for as a project; of lookups, the one whose name is found ("what's Esplanaden's phone number?"
 * names no person), and of several found, the kind of thing the words name ("who do I call at the
 * municipality in Hultsfred" is the kommun, not the Hultsfred project).
 */
function tieBroken(a: Analysis, kinds: readonly TypedIntentKind[]): TypedIntentKind {
  const [first] = kinds;
  // "… chefen på Kristineberg, vem är BEC där?"
  if (kinds.includes('roleAtUnit') && role(a) && match(a, 'unit').status === 'found') {
    return 'roleAtUnit';
  }
  // "which unit managers are part of the Oskarshamn cluster?": those of the group with the role
  // (asked with "which": "Our home care managers heard of it. Who took part?" asks who took part)
  const which = a.features.has('which');
  if (kinds.includes('peopleByRole') && which && role(a) && match(a, 'group').status === 'found') {
    return 'peopleByRole';
  }
  const type = LOOKS_UP[first];
  if (type === undefined) return first;
  // "vem leder mörlundaprojektet?": a project, found or not.
  if (type === 'group' && a.tokens.some(isProjectWord)) return first;
  const found = (k: TypedIntentKind): boolean => {
    const looked = LOOKS_UP[k];
    // "Ragnhild Holmberg på Oskarshamns sjukhus": a person still, though the directory lacks her.
    if (looked === 'person' && unknownFullName(a)) return true;
    return looked !== undefined && match(a, looked).status !== 'notFound';
  };
  const named = a.entityKind();
  return kinds.find((k) => LOOKS_UP[k] === named && found(k)) ?? kinds.find(found) ?? first;
}

/** What a follow-up needs to know of the question (see followUp.ts). */
function reading(a: Analysis): Reading {
  const names = a.entityKind();
  const span = range(a);
  return {
    words: a.tokens.map((t) => t.text),
    features: a.features,
    // Only everyday words left ("hur ser det ut där just nu?"): nothing is named.
    names: names === 'unknown' && !a.names() ? 'none' : names,
    level: namedLevel(a),
    periods: periods(a).flatMap((p) => (p.value ? [p.value] : [])),
    measure: firstValue(a, (d) => d.measure),
    field: contactField(a),
    aspect: firstValue(a, (d) => d.aspect),
    unit: () => match(a, 'unit'),
    centre: () => healthCentreAmong(a.lexicon, match(a, 'unit')),
    person: () => match(a, 'person'),
    group: () => match(a, 'group'),
    nameLike: a.names,
    nameWords: a.remainder.length,
    groupOf: (id) => {
      const groups = a.lexicon.personGroups.get(id) ?? [];
      return groups.length === 1 ? { status: 'found', ...groups[0], score: 1 } : undefined;
    },
    pick: (candidates) => {
      // "the development lead": the one of them with that role.
      const asked = role(a);
      if (asked) {
        const withRole = candidates.filter((p) => a.lexicon.personRoles.get(p.id) === asked);
        return withRole.length === 1 ? withRole[0] : undefined;
      }
      // "the one in Oskarshamn": the one whose unit is there.
      if (a.municipality && a.remainder.every((t) => municipalityOf(a.lexicon, t.text))) {
        const place = (id: string) =>
          placeOf(a.lexicon, a.lexicon.personUnits.get(id) ?? '')?.municipality;
        const there = candidates.filter((p) => place(p.id) === a.municipality);
        return there.length === 1 ? there[0] : undefined;
      }
      // "Svensson": the one of them with that name; "den på Planeringsenheten": the one there.
      const words = a.remainder.map((t) => stem(t.text));
      const named = candidates.filter((p) => {
        const terms = new Set(entityTerms(p.name));
        return words.length > 0 && words.every((w) => terms.has(w));
      });
      if (named.length === 1) return named[0];
      const unit = match(a, 'unit');
      if (unit.status !== 'found') return undefined;
      const at = candidates.filter((p) => a.lexicon.personUnits.get(p.id) === unit.id);
      return at.length === 1 ? at[0] : undefined;
    },
    endsRange: span.to !== undefined && span.from === undefined,
    units: () => a.units(),
    ...optional('municipality', a.municipality),
    ...optional('unitKind', unitKindNamed(a)),
    digest: () => typedDigest(a),
    // Only the municipality named ("and Oskarshamn?"), not a unit in it ("Oskarshamns kommun").
    unitLike: (id) =>
      a.municipality &&
      a.remainder.every((t) => municipalityOf(a.lexicon, t.text) === a.municipality)
        ? unitLike(a.lexicon, id, a.municipality)
        : undefined,
    unitOfKind: (kind, otherwise) => {
      const municipality = a.municipality ?? otherwise;
      return municipality ? unitOfKindIn(a.lexicon, kind, municipality) : undefined;
    },
    narrow: (m, municipality) => narrowToMunicipality(a.lexicon, m, municipality),
    municipalityOf: (id) => placeOf(a.lexicon, id)?.municipality,
  };
}

/** What the conversation is about, as far as reading a service's name goes. */
type About = 'figures' | 'contacts' | undefined;
const CONTACT_TOPICS: ReadonlySet<string> = new Set(['unitLookup', 'personLookup', 'roleAtUnit']);
const aboutOf = (topic: string | undefined): About =>
  topic?.startsWith('rub')
    ? 'figures'
    : topic && CONTACT_TOPICS.has(topic)
      ? 'contacts'
      : undefined;

/**
 * The question of a long message, with what the sentences it points back to name ("… a project
 * called Hemsjukhuset where the doctor comes home. Who do I contact about it?"): their names and
 * the words that say a project or a health centre, not what they ask or say (a doctor's visit is no role asked for).
 */
const NAMING_HINTS: ReadonlySet<Hit['feature']> = new Set(['topic', 'unitWord', 'areaWord']);
const ASKS_FOR_CONTACT: ReadonlySet<Feature> = new Set([
  ...CONTACT_ASKS,
  'whoIs',
  'role',
  'aspect',
  'about',
]);

export function askedText(text: string, lexicon: Lexicon): string {
  const asked = askedParts(text);
  const { question } = asked;
  const earlier = text.slice(0, Math.max(0, text.lastIndexOf(question))).trim();
  if (!earlier && !asked.reference && !asked.before) return question;
  // The question read once, for all that follows.
  const q = analyse(question, lexicon);
  // "… and I'd like to know what they are focusing on before our meeting. Could you help me?":
  // a plea for help after a wish is the wish.
  const wish = earlier && onlyHelp(q) ? wishBefore(earlier, lexicon) : undefined;
  if (wish) return wish;
  const own = earlier ? ownUnitBefore(q, earlier, lexicon) : undefined;
  if (own) return `${question} ${own}`;
  // "… vill visa personalen hur vi ligger till … Kan du visa RUB5-sammanställningen för oss?":
  // "oss" is the user's own unit: only a unit named before says which.
  // ("… och jag undrar vem jag ska kontakta angående Hultsfredsklustret?": a "vi" in a question
  // about a project, not about the sender's own unit)
  const projectContact = q.features.has('contact') && namesOne(q, ['group']);
  if (earlier && pointsOnlyToUs(question) && !projectContact) {
    // ("Jag är BEC på Gripen. Jag ska ha APT … Hur många av våra …?": where the sender said)
    const sender = senderClause(earlier);
    if (sender) return `${sender} ${question}`;
    if (asked.reference) return [...namesIn(analyse(asked.reference, lexicon)), question].join(' ');
  }
  // "… gå igenom de RUB 5-patienter hos oss som saknar fast läkarkontakt. Kan du ta fram en
  // lista?": a list asked for and nothing else, of the figures the sentence before tells of.
  if (
    asked.before &&
    listOnly(q) &&
    FIGURES.some((f) => analyse(asked.before ?? '', lexicon).features.has(f))
  ) {
    return `${asked.before} ${question}`;
  }
  if (!asked.reference && !asked.before) return question;
  // "… our RUB 5 patients without a regular doctor … could you list them?": what the pronoun
  // stands for is what is asked about, all of it; only a question that asks for a contact of its
  // own takes nothing but the names from before.
  const asksContact = [...q.features].some((f) => ASKS_FOR_CONTACT.has(f));
  // "Jag jobbar … i Gamleby. Vi har en patient med Överum, … hälsocentralen där?": the question
  // names the unit it points to; where the sender works is not it.
  const senderOnly = asked.reference && senderClause(asked.reference) !== undefined;
  if (senderOnly && q.resolve('unit').match.status === 'found') return question;
  // "… the Hemsjukhuset project … Can you remind me what the target group is?": a question
  // for a contact or a group's details that names nothing is about what was named before.
  // "Jag fick namnet Emma Ryd från en kollega, kan du ge mig hennes mejl?": the pronoun points
  // inside the question.
  const reference =
    (asked.reference && !namesOne(q, ['person']) && !placeWithin(q, question)
      ? asked.reference
      : undefined) ??
    (asksContact && !q.features.has('role') && !namesOne(q) ? asked.before : undefined);
  if (!reference) return question;
  // "…, finns det nåt samarbete … där?": "där" stands for the place named, not all that was said.
  // ("Helene Svensson är väl inte kvar på Kristineberg? vem är bec där": the place, not her)
  const toPlace = pointsOnlyToPlace(question);
  const placesOf = (names: string[]): string[] => {
    const places = names.filter((n) => isPlaceTerm(lexicon, nameKey(n)));
    return toPlace && places.length > 0 ? places : names;
  };
  if (!asksContact && toPlace) {
    return [...placesOf(namesIn(analyse(reference, lexicon))), question].join(' ');
  }
  if (!asksContact) return `${reference} ${question}`;
  // "jag jobbar på Gripens HC och vi ska träffa Kristineberg. Vem är bec där?": not the sender's
  // own unit, when the sentence names another.
  const besides = besidesSender(reference);
  const other = besides === undefined ? undefined : analyse(besides, lexicon);
  // "… få tag på basenhetschefen där. Vem är det?": the role the pronoun stands for, too (not
  // in "vem ska jag kontakta om det?", which asks about what the sentence tells of).
  const roles = q.features.has('whoIs') && !q.features.has('role') && !q.features.has('contact');
  // ("Jag är ny … i Emmaboda och har hört att det finns samordnare …": the role, not her place)
  const told =
    other && (namesOne(other) || (roles && other.hits.some((h) => definiteRole(other, h))));
  const names = namesIn(told ? other : analyse(reference, lexicon), roles);
  // (a role "där" is at the place; "vem ska jag vända mig till där?" may mean what was told of)
  return [...(q.features.has('role') ? placesOf(names) : names), question].join(' ');
}

const onlyHelp = (q: Analysis): boolean => q.features.has('help') && q.features.size === 1;
const LIST_ASKS: ReadonlySet<Feature> = new Set(['show', 'list']);
const listOnly = (q: Analysis): boolean =>
  q.features.has('list') &&
  [...q.features].every((f) => LIST_ASKS.has(f)) &&
  q.remainder.length === 0;

/** The last sentence before, when it asks for something the bot answers. */
function wishBefore(earlier: string, lexicon: Lexicon): string | undefined {
  const last = sentencesOf(earlier).at(-1);
  // ("I'm new to the region …, I work as a GP at Färjestaden. What can you help me with?": no wish)
  if (!last || isAboutSender(last)) return undefined;
  return hasContent(analyse(last, lexicon).features) ? last : undefined;
}

/** "… få tag på chefen på Kristineberg, vem är BEC där?": "där" is the unit the question names. */
const placeWithin = (q: Analysis, question: string): boolean =>
  pointsOnlyToPlace(question) && q.resolve('unit').match.status === 'found';

const FIGURES: readonly Feature[] = ['rub', 'measure', 'share', 'count', 'trend', 'summary'];
const SCOPES: readonly Feature[] = ['mine', 'we', 'region'];

/**
 * "I'm putting together the summary for our unit. How has the share … changed?": figures asked
 * for nowhere named are the user's own unit's when the text before says so. Its words.
 */
function ownUnitBefore(q: Analysis, before: string, lexicon: Lexicon): string | undefined {
  if (!FIGURES.some((f) => q.features.has(f)) || SCOPES.some((f) => q.features.has(f))) {
    return undefined;
  }
  if (namesOne(q, ['unit'])) return undefined;
  const b = analyse(before, lexicon);
  const mine = b.hits.find((h) => h.feature === 'mine');
  return (
    mine &&
    b.tokens
      .slice(mine.start, mine.end)
      .map((t) => t.orig)
      .join(' ')
  );
}

const NAMED_KINDS = ['unit', 'group', 'person'] as const;
/** Whether a text names one of these, misspelt too ("Kristinberg", "Emma Ryd"). */
const namesOne = (a: Analysis, kinds: readonly (typeof NAMED_KINDS)[number][] = NAMED_KINDS) =>
  kinds.some((k) => a.entityKind() === k || a.resolve(k).match.status !== 'notFound');

/**
 * A role named in its definite form, someone in particular: "basenhetschefen", "the coordinator"
 * (not "a doctor's visit", nor the sender's "som distriktssköterska").
 */
const definiteRole = (a: Analysis, h: Hit): boolean => {
  if (h.feature !== 'role') return false;
  const word = a.tokens[h.end - 1].text;
  const before = a.tokens[h.start - 1]?.text;
  // ("… att det finns samordnare för nära vård. Vilka är det?": the ones said to be there)
  const introduced = before === 'finns' || before === 'are';
  return before === 'the' || introduced || (word !== h.value && /(?:en|n)$/.test(word));
};

/**
 * The names in a text, and the words that say a project or a health centre (and, when asked, the
 * roles it names), in their order.
 */
function namesIn(a: Analysis, roles = false): string[] {
  const topic = a.hits
    .filter((h) => NAMING_HINTS.has(h.feature) || (roles && definiteRole(a, h)))
    .flatMap((h) => a.tokens.slice(h.start, h.end));
  return [...a.remainder.filter((t) => mayName(a.lexicon, t, a.tokens[0])), ...topic]
    .sort((x, y) => a.tokens.indexOf(x) - a.tokens.indexOf(y))
    .map((t) => t.orig);
}

/**
 * A day or a time alone ("can you book a meeting room for Friday?") asks for no digest, unless a
 * digest request or its preview is being answered ("fredagar istället").
 */
function scheduleOnly(
  read: IntentBody,
  a: Analysis,
  context: ConversationContext | undefined,
): IntentBody {
  // ("byt till bara Stensö och Berga" after the channel's digests are listed: that one changed)
  const answering =
    context?.topic === 'digestSubscribe' ||
    context?.topic === 'digestPreview' ||
    (context?.topic === 'digestList' && read.kind === 'digestSubscribe' && read.moves);
  if (read.kind !== 'digestSubscribe' || answering) return read;
  const asked = ['subscribe', 'digest', 'here'] as const;
  // "lägg till ett för Västervik, onsdagar kl 13": one more, on a day and at a time; "flytta det
  // till tisdagar 7.30": the one there is, moved.
  const added = a.features.has('addUnit') && read.typed?.weekday && read.typed.time;
  // ("och skicka det på fredagar kl 12 istället", after the channel's digests are listed)
  const changed = a.tokens.some((t) => MOVE_WORDS.has(t.text) || INSTEAD.has(t.text));
  const moved = changed && (read.typed?.weekday || read.typed?.time);
  if (moved && !added) return { ...read, moves: true };
  return added || asked.some((f) => a.features.has(f)) ? read : { kind: 'unknown' };
}

const MOVE_WORDS: ReadonlySet<string> = new Set([
  'flytta',
  'flyttar',
  'move',
  'reschedule',
  'skicka',
  'send',
  // "ändra dagen till fredag"
  'andra',
]);

const SOCIAL_KINDS: ReadonlySet<IntentKind> = new Set(['greeting', 'thanks', 'unknown']);
const THANKS_THEN =
  /^(?:tack|tackar|thanks|thank you|ok|okej|toppen|super|great|perfekt)(?: s[aå] mycket| so much)?\s*[,!.]\s*(?=(?:och|and|men|but) |.*\?\s*$)/iu;

/** How a text was read, for tests and tuning: its features, the words left for names, each score. */
export function explain(
  text: string,
  lexicon: Lexicon,
): { features: string[]; remainder: string[]; names: EntityKind; scores: Record<string, number> } {
  const a = analyse(text, lexicon);
  let kind: EntityKind | undefined;
  const entityKind = (): EntityKind => (kind ??= a.entityKind());
  const content = hasContent(a.features);
  const scores = Object.fromEntries(
    INTENTS.map((def) => [def.kind, score(def, a, entityKind, content)] as const).filter(
      ([, s]) => s > -Infinity,
    ),
  );
  return {
    features: [...a.features],
    remainder: a.remainder.map((t) => t.orig),
    names: a.entityKind(),
    scores,
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
  return understandWith(INTENTS, text, locale, lexicon, context);
}

/** understand() scored with another intent table: for the test that every weight is needed. */
export function understandWith(
  intents: readonly IntentDef[],
  text: string,
  locale: string | undefined,
  lexicon: Lexicon,
  context?: ConversationContext,
): Intent {
  // No catch-all: a bug that throws must fail the property tests, not read as "unknown". Only a
  // value that is not text (a caller outside TypeScript) is read as empty.
  const typed = typeof text === 'string' ? withinTextLength(text) : '';
  // A language asked for ("svara på engelska") holds for the conversation, whatever words follow.
  const asked = languageAsked(typed);
  const input = asked ? withoutLanguageRequest(typed) : typed;
  const evidence = languageEvidence(input);
  // One telling word ("tack!" closing an English conversation) keeps the conversation's language.
  const told = evidence.strong || !context?.language ? evidence.language : undefined;
  const language =
    asked ?? context?.chosenLanguage ?? told ?? context?.language ?? detectLanguage(input, locale);
  const chosen = asked ? { languageChosen: true as const } : {};
  // "tack, och Högsby kommun?": thanks, then a follow-up; the follow-up is what is asked.
  const afterThanks = context?.topic ? input.replace(THANKS_THEN, '') : input;
  const asking = withoutAsides(afterThanks);
  const analysis = analyse(
    askedText(asking, lexicon),
    lexicon,
    aboutOf(context?.topic),
    false,
    asking,
  );
  const kind = bestIntent(analysis, intents);
  const alone =
    kindInPlace(analysis) ?? (kind ? build(kind, analysis) : { kind: 'unknown' as const });
  const read = scheduleOnly(inContext(alone, reading(analysis), context), analysis, context);
  // Nothing asked but the language, or only thanks or a greeting around it ("på svenska tack").
  if (asked && SOCIAL_KINDS.has(read.kind)) return { kind: 'languageChoice', language, ...chosen };
  return { ...read, language, ...chosen };
}
