import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Group, Person, Unit } from '../clients/directorySchemas';
import type { Candidate, EntityMatch } from './intent';
import { buildGroupSubjects, type GroupSubjects, type SubjectGroup } from './groupSubjects';
import { entityTerms, foldText, normalize, stem, UNIT_WORD } from './normalize';
import { nameSound } from './nameSound';

// The names understand() can recognise (units, groups, people, roles) and the matcher that finds
// them in what people type: typos, genitive -s, missing å/ä/ö, names in any order.

export type DirectorySnapshot = { units: Unit[]; people: Person[]; groups: Group[] };
/** What the lexicon reads of a person: a refresh keeps only this of each (LexiconSource). */
export type LexiconPerson = Pick<Person, 'id' | 'name' | 'title' | 'roles' | 'unitId'>;
/** What a lexicon is built from: a directory snapshot, or as much of one as it reads. */
export type LexiconInput = {
  readonly units: readonly Unit[];
  readonly people: readonly LexiconPerson[];
  readonly groups: readonly Group[];
};
export type EntityType = 'unit' | 'group' | 'person';
export type LookupType = EntityType | 'any';

type Entry = {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** The terms of each name and alias, e.g. [["kristineberg"], ["kristineberg"]]. */
  readonly termSets: readonly (readonly string[])[];
  /** Terms that may point to it but do not name it: a unit's municipality ("Kalmar"). */
  readonly weakTerms: readonly string[];
};

type TermDoc = { key: number; term: string };
type RoleDoc = { key: number; form: string };

type Roles = {
  /** Every known role form (folded, inflected) → its canonical role, e.g. "basenhetschefen" → "basenhetschef". */
  readonly canonical: ReadonlyMap<string, string>;
  /** The most words in a role form ("head of the unit": 4). */
  readonly maxWords: number;
  /** The first words of the forms of more than one word: only these start a longer form. */
  readonly firstWords: ReadonlySet<string>;
  /** Single-word role forms, for typos ("basenhetchef"). */
  readonly typos: MiniSearch<RoleDoc>;
  readonly forms: readonly string[];
};

/**
 * Keys of entries, one or several: most names and many terms belong to one entry, and a number
 * takes no room of its own where an array of one is an object of its own.
 */
type Keys = number | number[];

export type Lexicon = {
  readonly entries: readonly Entry[];
  /** Order-free name key → entries (see nameKey): exact name and alias matches. */
  readonly exact: ReadonlyMap<string, Keys>;
  /** Every term of every name: tells a typo'd keyword from a name. */
  readonly vocabulary: ReadonlySet<string>;
  /** Term → the entries whose names have it. */
  readonly postings: ReadonlyMap<string, Keys>;
  /** The distinct name terms, searched with typos and prefixes ("kristinberg" → "kristineberg"). */
  readonly terms: MiniSearch<TermDoc>;
  readonly termList: readonly string[];
  /** The name terms of each sound (nameSound.ts): spellings further apart than one typo. */
  readonly sounds: ReadonlyMap<string, readonly string[]>;
  readonly roles: Roles;
  /** A municipality's one-word name term (stemmed, as entityTerms gives it) → its name ("Västervik"). */
  readonly municipalities: ReadonlyMap<string, string>;
  /** Each person's unit: "den på Planeringsenheten" picks among people of one name. */
  readonly personUnits: ReadonlyMap<string, string>;
  /** Each person's role, canonical: "the development lead" picks among people of one name. */
  readonly personRoles: ReadonlyMap<string, string>;
  /** The groups each person is a contact of: "vad sysslar gruppen hon sitter i med?". */
  readonly personGroups: ReadonlyMap<string, readonly SubjectGroup[]>;
  /** Each unit's kind and municipality: "och Oskarshamn?" after Västerviks sjukhus. */
  readonly places: readonly Pick<Unit, 'id' | 'name' | 'kind' | 'municipality'>[];
  /** The groups by what they work on: "the alcohol and addiction work in Högsby". */
  readonly groupSubjects: GroupSubjects;
  /** Words already tried by nameLike (a typo search each): an answer that never changes. */
  readonly nameLikeCache: Map<string, boolean>;
};

/** Canonical roles (Swedish, as the directory writes them) with what people type for them. */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  basenhetschef: [
    'bec',
    'head of unit',
    'heads of unit',
    'heads of units',
    'head of the unit',
    'head of basic unit',
    'unit head',
    'unit manager',
    'first line manager',
    'first-line manager',
    // "who is the head of Vimmerby health centre?": a health centre's head is its BEC
    'head',
  ],
  verksamhetschef: [
    'head of operations',
    'operations manager',
    'operational manager',
    'medical director',
    'clinical director',
    'head of department',
    'vc',
    'in charge',
    'person in charge',
  ],
  samordnare: [
    'samordnare nära vård',
    'koordinator',
    'coordinator',
    'co-ordinator',
    'nära vård coordinator',
    'care coordinator',
  ],
  analytiker: [
    'analyst',
    'data analyst',
    'dataanalytiker',
    // "who's the numbers person for nära vård?"
    'numbers person',
    'stats person',
    // "who does the number crunching in the coordination group?"
    'number cruncher',
    'number crunching',
    'statistics person',
    'data person',
  ],
  utvecklingsledare: ['development lead', 'development leader', 'development manager'],
  verksamhetsutvecklare: ['operations developer', 'business developer', 'process developer'],
  kommunikatör: [
    'communications officer',
    'communicator',
    'communications',
    'comms officer',
    'comms',
  ],
  allmänläkare: [
    'distriktsläkare',
    'husläkare',
    'general practitioner',
    'gp',
    'family doctor',
    'family physician',
  ],
  läkare: ['doctor', 'physician', 'doktor'],
  sjuksköterska: ['ssk', 'nurse', 'registered nurse'],
  distriktssköterska: ['dsk', 'district nurse'],
  undersköterska: ['usk', 'assistant nurse', 'nursing assistant'],
  projektledare: ['project manager', 'project lead', 'project leader'],
  mottagningschef: ['clinic manager'],
  chef: ['manager', 'boss', 'basar', 'bestämmer'],
  kurator: ['counsellor', 'counselor', 'social worker'],
  fysioterapeut: ['sjukgymnast', 'physiotherapist', 'physical therapist'],
  arbetsterapeut: ['occupational therapist'],
  psykolog: ['psychologist'],
  hälsolots: ['health navigator', 'link worker'],
  planeringsdirektör: ['planning director'],
  regiondirektör: ['regional director'],
  primärvårdsdirektör: ['primary care director'],
};

/** Role-like words that are really question words ("kontaktperson för …"): never roles. */
const NOT_ROLES: ReadonlySet<string> = new Set([
  'kontaktperson',
  'kontakt',
  'contact',
  'medlem',
  'member',
  'deltagare',
  'participant',
]);

/** Swedish and English inflections of a role word: "chef" → "chefen", "chefer", "chefs", … */
function inflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}en`, `${word}ens`, `${word}er`];
  forms.push(`${word}erna`, `${word}n`, `${word}ns`, `${word}na`);
  const base = word.slice(0, -1);
  if (word.endsWith('e')) forms.push(`${base}na`, `${base}nas`);
  if (word.endsWith('a')) forms.push(`${base}or`, `${base}orna`);
  return forms;
}

function phraseForms(phrase: string): string[] {
  const words = normalize(phrase).tokens.map((t) => t.text);
  const last = words.pop();
  if (last === undefined) return [];
  const head = words.length > 0 ? `${words.join(' ')} ` : '';
  return inflections(last).map((form) => head + form);
}

/**
 * The build is a generator that yields after every SLICE items, so a directory of a country's staff
 * can be built between turns (buildLexiconBetweenTurns) instead of holding the event loop for
 * seconds; buildLexicon runs the same steps at once.
 */
type Build<T> = Generator<void, T, void>;
const SLICE = 2_000;
const sliceEnd = (i: number): boolean => (i + 1) % SLICE === 0;

/** Roles the directory uses that the static vocabulary lacks (single words only, e.g. "hälsolots"). */
function* directoryRoles(
  people: readonly LexiconPerson[],
  names: ReadonlySet<string>,
): Build<string[]> {
  const found = new Set<string>();
  for (const [i, person] of people.entries()) {
    if (sliceEnd(i)) yield;
    const title = person.title.replace(/\([^)]*\)/g, ' ').trim();
    for (const role of [...person.roles, title]) {
      const folded = foldText(role.trim());
      if (!/^[a-z]{3,}$/.test(folded) || NOT_ROLES.has(folded) || names.has(folded)) continue;
      found.add(role.trim().toLowerCase());
    }
  }
  return [...found];
}

function* buildRoles(people: readonly LexiconPerson[], names: ReadonlySet<string>): Build<Roles> {
  const canonical = new Map<string, string>();
  const bases = new Set<string>();
  const add = (role: string, phrase: string): void => {
    // A single word that is also in a unit or group name ("Högsby – hälsolots") is read as the name.
    const folded = foldText(phrase);
    if (!folded.includes(' ') && (names.has(folded) || names.has(stem(folded)))) return;
    for (const form of phraseForms(phrase)) if (!canonical.has(form)) canonical.set(form, role);
    bases.add(folded);
  };
  for (const [role, synonyms] of Object.entries(ROLE_SYNONYMS)) {
    add(role, role);
    synonyms.forEach((s) => add(role, s));
  }
  for (const role of yield* directoryRoles(people, names)) add(role, role);

  const maxWords = Math.max(1, ...[...canonical.keys()].map((f) => f.split(' ').length));
  const firstWords = new Set(
    [...canonical.keys()].filter((f) => f.includes(' ')).map((f) => f.split(' ')[0]),
  );
  const forms = [...bases].filter((f) => /^[a-z]{7,}$/.test(f) && canonical.has(f));
  const typos = new MiniSearch<RoleDoc>({ idField: 'key', fields: ['form'], storeFields: [] });
  typos.addAll(forms.map((form, key) => ({ key, form })));
  return { canonical, maxWords, firstWords, typos, forms };
}

/** Plural and definite endings of a role word, longest first ("chef|erna", "samordnar|na"). */
const ROLE_ENDINGS = ['erna', 'arna', 'orna', 'er', 'na', 'en'] as const;

/**
 * The canonical role for a typo'd single word ("basenhetchef" → "basenhetschef"), if close
 * enough; in the plural or definite too ("basenhetchefer"), read as its singular.
 */
export function roleForTypo(lexicon: Lexicon, token: string): string | undefined {
  if (token.length < 7 || lexicon.vocabulary.has(token)) return undefined;
  const singular = (t: string): string | undefined => {
    const [best] = lexicon.roles.typos.search(t, { fuzzy: t.length >= 12 ? 2 : 1 });
    const form = best ? lexicon.roles.forms[best.id as number] : undefined;
    return form === undefined ? undefined : lexicon.roles.canonical.get(form);
  };
  const ending = ROLE_ENDINGS.find((e) => token.endsWith(e) && token.length - e.length >= 7);
  return singular(token) ?? (ending ? singular(token.slice(0, -ending.length)) : undefined);
}

const NO_KEYS: readonly number[] = [];

/** The entries a key of `exact` or a term of `postings` names, as a list. */
function keysOf(map: ReadonlyMap<string, Keys>, key: string): readonly number[] {
  const keys = map.get(key);
  return keys === undefined ? NO_KEYS : typeof keys === 'number' ? [keys] : keys;
}

/** Adds an entry's key under `key`, once (entries are added in key order). */
function addKey(map: Map<string, Keys>, key: string, entry: number): void {
  const keys = map.get(key);
  if (keys === undefined) map.set(key, entry);
  else if (typeof keys === 'number') {
    if (keys !== entry) map.set(key, [keys, entry]);
  } else if (keys[keys.length - 1] !== entry) keys.push(entry);
}

/** True when a term is in some unit or group name but in no person's name ("kust", "gripen"). */
export function isPlaceTerm(lexicon: Lexicon, term: string): boolean {
  const keys = keysOf(lexicon.postings, term);
  return keys.length > 0 && keys.every((k) => lexicon.entries[k].type !== 'person');
}

/** True when a term is in some unit's or person's name: a name, not a group's subject. */
export function namesUnitOrPerson(lexicon: Lexicon, term: string): boolean {
  return keysOf(lexicon.postings, term).some((k) => lexicon.entries[k].type !== 'group');
}

/** The canonical role for a folded role form: "basenhetschefen" → "basenhetschef", "analyst" → "analytiker". */
export function canonicalRole(lexicon: Lexicon, form: string): string | undefined {
  return lexicon.roles.canonical.get(form);
}

/** Roles named in folded tokens, longest form first at each position: [start, end, role]. */
export function findRoles(lexicon: Lexicon, words: readonly string[]): [number, number, string][] {
  const found: [number, number, string][] = [];
  for (let start = 0; start < words.length; start++) {
    const longest = lexicon.roles.firstWords.has(words[start]) ? lexicon.roles.maxWords : 1;
    for (let n = Math.min(longest, words.length - start); n >= 1; n--) {
      const role = lexicon.roles.canonical.get(words.slice(start, start + n).join(' '));
      if (role) {
        found.push([start, start + n, role]);
        break;
      }
    }
  }
  return found;
}

/** A person's weak terms: none, one array for all of them. */
const NO_TERMS: readonly string[] = [];

/** How a kind of unit is written joined to its place: "vimmerbypsykiatrin", "västervikssjukhuset". */
const JOINED_HEADS: Partial<Record<Unit['kind'], string>> = {
  psykiatri: 'psykiatrin',
  sjukhus: 'sjukhuset',
};

/**
 * A unit's name as one word: place and kind joined ("vimmerbypsykiatrin"), or a health centre's
 * two-word name ("blåkustens" for Blå Kusten). The genitive -s stems away.
 */
function joinedNames(u: Unit): string[] {
  const head = JOINED_HEADS[u.kind];
  const place = foldText(u.municipality);
  const joined = head && !/\s/.test(place) ? [place + head, `${place}s${head}`] : [];
  if (u.kind !== 'halsocentral') return joined;
  const twoWords = [u.name, ...u.aliases]
    .map((n) => entityTerms(n).filter((t) => t !== UNIT_WORD))
    .filter((terms) => terms.length === 2)
    .map((terms) => terms.join(''));
  return [...joined, ...twoWords];
}

function* entriesOf(d: LexiconInput): Build<Entry[]> {
  // One string per distinct term, shared by every name that has it: "anna" 10 000 times is one
  // "anna", not 10 000.
  const interned = new Map<string, string>();
  const intern = (term: string): string => {
    const known = interned.get(term);
    if (known !== undefined) return known;
    interned.set(term, term);
    return term;
  };
  // Arrays built at their size: filter() grows its result by pushing, 17 slots for one set.
  const terms = (name: string): string[] => [...new Set(entityTerms(name).map(intern))];
  const sets = (names: readonly string[]): string[][] =>
    names.map(terms).filter((s) => s.length > 0);
  const personSets = (name: string): string[][] => {
    const set = terms(name);
    return set.length > 0 ? [set] : [];
  };
  const people: Entry[] = [];
  for (const [i, p] of d.people.entries()) {
    if (sliceEnd(i)) yield;
    people.push({
      id: p.id,
      type: 'person',
      name: p.name,
      termSets: personSets(p.name),
      weakTerms: NO_TERMS,
    });
  }
  // "Överum (filial till Gamleby hälsocentral)": the note's words are Överum's ("filial"), but
  // not the other unit's name it gives; "gamlebyy" is Gamleby, not a choice of two.
  const namedBy = new Map<string, number>();
  const ownTerms = d.units.map((u) => {
    const own = new Set([u.name, ...u.aliases].map(withoutNote).flatMap(terms));
    for (const t of own) namedBy.set(t, (namedBy.get(t) ?? 0) + 1);
    return own;
  });
  const unitNames = (u: Unit, i: number): string[][] =>
    sets([u.name, ...u.aliases]).map((set) =>
      set.filter((t) => ownTerms[i].has(t) || !namedBy.has(t)),
    );
  return [
    ...d.units.map((u, i): Entry => {
      const termSets = [...unitNames(u, i), ...sets(joinedNames(u))].filter(
        (set) => set.length > 0,
      );
      const named = new Set(termSets.flat());
      const weakTerms = [...new Set(entityTerms(u.municipality))].filter((t) => !named.has(t));
      return { id: u.id, type: 'unit', name: u.name, termSets, weakTerms };
    }),
    ...d.groups.map((g): Entry => ({
      id: g.id,
      type: 'group',
      name: g.name,
      termSets: sets([g.name, ...g.aliases]),
      weakTerms: [],
    })),
    ...people,
  ];
}

const NOTE = /\s*\([^)]*\)/gu;
/** A name without the note in brackets after it. */
const withoutNote = (name: string): string => name.replace(NOTE, '').trim();

/**
 * Builds the lexicon from a directory snapshot: exact keys, postings (term → entries), and a
 * minisearch index of the distinct name terms for typos and prefixes. 50 000 people in well under
 * two seconds.
 */
export function buildLexicon(d: LexiconInput): Lexicon {
  const build = lexiconBuild(d);
  for (let step = build.next(); ; step = build.next()) if (step.done) return step.value;
}

/** buildLexicon in slices of a few milliseconds, with the event loop free between them. */
export async function buildLexiconBetweenTurns(d: LexiconInput): Promise<Lexicon> {
  const build = lexiconBuild(d);
  for (let step = build.next(); ; step = build.next()) {
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* lexiconBuild(d: LexiconInput): Build<Lexicon> {
  const entries = yield* entriesOf(d);
  const exact = new Map<string, Keys>();
  const postings = new Map<string, Keys>();
  for (const [key, entry] of entries.entries()) {
    if (sliceEnd(key)) yield;
    for (const set of entry.termSets) {
      addKey(exact, [...set].sort().join(' '), key);
      set.forEach((t) => addKey(postings, t, key));
    }
    entry.weakTerms.forEach((t) => addKey(postings, t, key));
  }
  const termList = [...postings.keys()];
  const terms = new MiniSearch<TermDoc>({
    idField: 'key',
    fields: ['term'],
    storeFields: [],
    // The terms are already normalised (entityTerms): one term per document, taken as it is.
    tokenize: (text) => [text],
    processTerm: (term) => term,
  });
  for (let from = 0; from < termList.length; from += SLICE) {
    terms.addAll(termList.slice(from, from + SLICE).map((term, i) => ({ key: from + i, term })));
    yield;
  }

  const sounds = new Map<string, string[]>();
  for (const [i, term] of termList.entries()) {
    if (sliceEnd(i)) yield;
    if (term.length < MIN_SOUND_TERM) continue;
    const key = nameSound(term);
    const same = sounds.get(key);
    if (same) same.push(term);
    else sounds.set(key, [term]);
  }

  const placeNames = new Set(
    entries.filter((e) => e.type !== 'person').flatMap((e) => e.termSets.flat()),
  );
  const roles = yield* buildRoles(d.people, placeNames);
  const personRoles = new Map<string, string>();
  for (const [i, p] of d.people.entries()) {
    if (sliceEnd(i)) yield;
    const role = personRole(p, roles.canonical);
    if (role) personRoles.set(p.id, role);
  }
  return {
    entries,
    exact,
    vocabulary: new Set(termList),
    postings,
    terms,
    termList,
    sounds,
    roles,
    municipalities: municipalitiesOf(d.units),
    personUnits: new Map(d.people.flatMap((p) => (p.unitId ? [[p.id, p.unitId] as const] : []))),
    personRoles,
    personGroups: personGroupsOf(d.groups),
    places: d.units.map(({ id, name, kind, municipality }) => ({ id, name, kind, municipality })),
    groupSubjects: buildGroupSubjects(d.groups),
    nameLikeCache: new Map(),
  };
}

function personGroupsOf(groups: readonly Group[]): Map<string, SubjectGroup[]> {
  const of = new Map<string, SubjectGroup[]>();
  for (const { id, name, contactPersonIds } of groups) {
    for (const person of contactPersonIds)
      of.set(person, [...(of.get(person) ?? []), { id, name }]);
  }
  return of;
}

/** The first of a person's roles, or else of their title's words, that is a known role. */
function personRole(p: LexiconPerson, canonical: ReadonlyMap<string, string>): string | undefined {
  for (const r of p.roles) {
    const role = canonical.get(foldText(r.trim()));
    if (role) return role;
  }
  const title = foldText(p.title);
  const whole = canonical.get(title);
  if (whole) return whole;
  for (const word of title.split(/[^a-z]+/)) {
    const role = canonical.get(word);
    if (role) return role;
  }
  return undefined;
}

/** The municipalities units are in, by their one name term; counties ("Kalmar län") are not. */
function municipalitiesOf(units: readonly Unit[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const u of units) {
    const terms = entityTerms(u.municipality);
    if (terms.length === 1 && !found.has(terms[0])) found.set(terms[0], u.municipality);
  }
  return found;
}

/**
 * The unit of the same kind as `unitId` in another municipality (Västerviks sjukhus → Oskarshamns
 * sjukhus): found when there is one, ambiguous when several, undefined when none.
 */
export function unitLike(
  lexicon: Lexicon,
  unitId: string,
  municipality: string,
): EntityMatch | undefined {
  const kind = placeOf(lexicon, unitId)?.kind;
  const like = kind ? unitOfKindIn(lexicon, kind, municipality) : undefined;
  if (like?.status !== 'ambiguous') return like;
  // "och Borgholm?" after Löttorp, which is in Borgholm: the other one there.
  const others = like.candidates.filter((c) => c.id !== unitId);
  return others.length === 1 ? { status: 'found', ...others[0] } : like;
}

/** A unit's kind and municipality. */
export function placeOf(lexicon: Lexicon, unitId: string): Lexicon['places'][number] | undefined {
  return lexicon.places.find((u) => u.id === unitId);
}

/** Of the units a name may mean ("kommunen"), the one in a municipality, if one is. */
export function narrowToMunicipality(
  lexicon: Lexicon,
  match: EntityMatch,
  municipality: string,
): EntityMatch {
  if (match.status !== 'ambiguous') return match;
  const there = match.candidates.filter(
    (c) => placeOf(lexicon, c.id)?.municipality === municipality,
  );
  return there.length === 1 ? { status: 'found', ...there[0] } : match;
}

/** The units of a kind in a municipality: "the one in Kalmar" after a list of hospitals. */
export function unitOfKindIn(
  lexicon: Lexicon,
  kind: Unit['kind'],
  municipality: string,
): EntityMatch | undefined {
  const same = lexicon.places.filter((u) => u.kind === kind && u.municipality === municipality);
  if (same.length === 0) return undefined;
  if (same.length === 1) return { status: 'found', id: same[0].id, name: same[0].name, score: 1 };
  return {
    status: 'ambiguous',
    query: municipality,
    candidates: same.map((u) => ({ id: u.id, name: u.name, score: 1 })),
  };
}

/** The municipality a folded word names ("vasterviks" → "Västervik"), if it names one. */
export function municipalityOf(lexicon: Lexicon, word: string): string | undefined {
  const exact = lexicon.municipalities.get(word) ?? lexicon.municipalities.get(stem(word));
  if (exact || word.length < MIN_MUNICIPALITY_TYPO || lexicon.vocabulary.has(word)) return exact;
  // "oskarhamn", "västevik": one letter left out, added or changed, in a long name.
  for (const [term, name] of lexicon.municipalities) if (oneEditApart(term, word)) return name;
  return undefined;
}
const MIN_MUNICIPALITY_TYPO = 7;

/** True when one letter added, left out or changed turns a into b (not when they are equal). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A word that may be (part of) a name: one of the name terms, or a typo or prefix of one. An
 * everyday word ("gått", "bättre", "höstas") is none of these, so it never makes a name.
 */
export function nameLike(lexicon: Lexicon, word: string): boolean {
  if (lexicon.vocabulary.has(word) || lexicon.vocabulary.has(stem(word))) return true;
  const known = lexicon.nameLikeCache.get(word);
  if (known !== undefined) return known;
  const found = lexicon.terms.search(word, NORMAL).length > 0 || swapNamed(lexicon, word);
  // Bounded: a word seen once more is a map read; the cache is cleared when it is full.
  if (lexicon.nameLikeCache.size >= NAME_LIKE_CACHE) lexicon.nameLikeCache.clear();
  lexicon.nameLikeCache.set(word, found);
  return found;
}
const NAME_LIKE_CACHE = 5_000;

/** "högbsy", "hulstfred": two letters swapped in a name term, two slips apart by letters. */
function swapNamed(lexicon: Lexicon, word: string): boolean {
  if (word.length < MIN_SOUND_TERM) return false;
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (lexicon.vocabulary.has(swapped) || lexicon.vocabulary.has(stem(swapped))) return true;
  }
  return false;
}

// ---- matching ----

/** How much a query term counts when it matches a name term exactly, as a prefix, or with a typo. */
const EXACT = 1;
const PREFIX = 0.8;
const FUZZY = 0.7;
/** A match on a weak term (a unit's municipality) counts this much of a match on its name. */
const WEAK = 0.75;
/** A name is found when its score is at least this and clearly ahead of the next. */
const FOUND_MIN = 0.6;
const CLEAR_RATIO = 1.5;
/** Candidates worth offering as a choice. */
const CANDIDATE_MIN = 0.45;
const CANDIDATE_RELATIVE = 0.6;
const MAX_CANDIDATES = 8;
const MAX_CLOSEST = 3;
/** Best-scored entries kept per search. */
const TOP = 40;
/** Name terms a typed word may stand for (the best minisearch matches). */
const MAX_EXPANSIONS = 12;
/** Shorter terms are not looked up by their sound: too many short names sound alike. */
const MIN_SOUND_TERM = 5;
/** A name is a few words: longer queries are cut, so a 2 000-character message stays cheap. */
const MAX_QUERY_TERMS = 12;
const MAX_QUERY_CHARS = 300;
/** The wider search for "closest names" runs only for name-like queries. */
const RELAXED_MAX_TERMS = 4;

/** Typos and prefixes for a word that is in no name; a known word ("Maria") is taken as it is. */
const NORMAL: SearchOptions = {
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
};
/**
 * Beside a word that is in some name ("Emma Ryd", "Anna Dal"), a short word (three or four
 * letters) may be the start of a name or one slip from it: the other word already says which
 * names are meant.
 */
const BESIDE_KNOWN: SearchOptions = {
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 3 ? 1 : false),
};
/** Wider, for the closest names when nothing was found. */
const RELAXED: SearchOptions = {
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
};

export type Scored = { entry: Entry; score: number; tier: number; raw: number };
/** Search results kept for one question, so that looking the same words up again costs nothing. */
export type LookupCache = Map<string, readonly Scored[]>;
export type LookupOptions = {
  cache?: LookupCache;
  /** false: a notFound needs no closest names (saves the wider search). */
  closest?: boolean;
};

/** Candidate with its entity type, for understand(): which kind of thing the text names. */
export type TypedCandidate = Candidate & { type: EntityType };
export type Resolution = { match: EntityMatch; types: EntityType[] };

type Expansion = { term: string; weight: number };

/** The name terms a query term may mean, each weighted as an exact, prefix or typo match. */
function expand(lexicon: Lexicon, q: string, relaxed: boolean, besideKnown = false): Expansion[] {
  const known = lexicon.vocabulary.has(q);
  if (known && !relaxed) return [{ term: q, weight: EXACT }];
  const found = lexicon.terms
    .search(q, relaxed ? RELAXED : besideKnown ? BESIDE_KNOWN : NORMAL)
    .slice(0, MAX_EXPANSIONS)
    .map((r): Expansion => {
      const term = lexicon.termList[r.id as number];
      return { term, weight: term === q ? EXACT : term.startsWith(q) ? PREFIX : FUZZY };
    });
  // "Carlson" for "Karlsson", "Sussana" for "Susanna": the same sound, counted as a typo; so are
  // two letters swapped ("Gamelby" for "Gamleby"), two slips apart by letters.
  if (!known && q.length >= MIN_SOUND_TERM) {
    const add = (term: string) => {
      if (!found.some((e) => e.term === term)) found.push({ term, weight: FUZZY });
    };
    for (const term of lexicon.sounds.get(nameSound(q)) ?? []) add(term);
    for (let i = 0; i + 1 < q.length; i++) {
      const swapped = q.slice(0, i) + q[i + 1] + q[i] + q.slice(i + 2);
      if (lexicon.vocabulary.has(swapped)) add(swapped);
    }
    // A letter too many in a word whose ending stems away: "gripenn" is "gripen", stemmed "grip",
    // three letters from it.
    for (let i = 0; i < q.length; i++) {
      const fewer = q.slice(0, i) + q.slice(i + 1);
      const stemmed = stem(fewer);
      if (stemmed !== fewer && lexicon.vocabulary.has(stemmed)) add(stemmed);
    }
    // A plural of a name's word: "hälsolotsar" of "Hälsolots".
    for (const ending of PLURAL_ENDINGS) {
      const one = q.endsWith(ending) ? stem(q.slice(0, -ending.length)) : '';
      if (one.length >= MIN_SOUND_TERM && lexicon.vocabulary.has(one)) add(one);
    }
  }
  return known && !found.some((e) => e.term === q) ? [{ term: q, weight: EXACT }, ...found] : found;
}

const PLURAL_ENDINGS = ['arna', 'erna', 'orna', 'ar', 'er', 'or'] as const;

/** A one- or two-letter word after a name is an initial: "Anna D". */
const isInitial = (q: string, i: number, all: readonly string[]): boolean =>
  q.length <= 2 && all.length > 1 && i === all.length - 1;

/** What each query term may mean: name term → weight (exact 1, prefix 0.8, typo 0.7). */
type Meanings = readonly ReadonlyMap<string, number>[];

function meanings(lexicon: Lexicon, queryTerms: readonly string[], relaxed: boolean): Meanings {
  const besideKnown = (i: number) =>
    queryTerms.length <= 3 && queryTerms.some((t, j) => j !== i && lexicon.vocabulary.has(t));
  return queryTerms.map((q, i, all) =>
    isInitial(q, i, all)
      ? new Map<string, number>()
      : new Map(
          expand(lexicon, q, relaxed, besideKnown(i)).map((e): [string, number] => [
            e.term,
            e.weight,
          ]),
        ),
  );
}

/** The weight of query term i for a name term (0 when it does not match). */
function weightOf(term: string, i: number, queryTerms: readonly string[], m: Meanings): number {
  const q = queryTerms[i];
  if (isInitial(q, i, queryTerms)) return term.startsWith(q) ? PREFIX : 0;
  return m[i].get(term) ?? 0;
}

/**
 * Scores an entry in [0, 1]: the mean over query terms of their best weight on its name terms ×
 * (0.6 + 0.4 × the share of its best-covered name that the query matches). A match on a weak term
 * (municipality) counts ×0.75, so "Kalmar" offers the Kalmar units rather than the one whose alias
 * says "Kalmar centrum". Tier 2: every term matched without a typo; 1: with a typo; 0: some term
 * missing.
 */
function scoreOf(entry: Entry, queryTerms: readonly string[], m: Meanings): Scored {
  let sum = 0;
  let tier = 2;
  for (let i = 0; i < queryTerms.length; i++) {
    let named = 0;
    for (const set of entry.termSets)
      for (const t of set) named = Math.max(named, weightOf(t, i, queryTerms, m));
    let weak = 0;
    for (const t of entry.weakTerms) weak = Math.max(weak, WEAK * weightOf(t, i, queryTerms, m));
    const best = Math.max(named, weak);
    sum += best;
    if (best === 0) tier = 0;
    else if ((named >= weak ? named === FUZZY : weak === WEAK * FUZZY) && tier > 1) tier = 1;
  }
  let cover = entry.weakTerms.some((t) =>
    queryTerms.some((_, i) => weightOf(t, i, queryTerms, m) > 0),
  )
    ? 1
    : 0;
  let length = 0;
  for (const set of entry.termSets) {
    let hits = 0;
    for (const t of set) {
      if (queryTerms.some((_, i) => weightOf(t, i, queryTerms, m) > 0)) hits++;
    }
    cover = Math.max(cover, hits / set.length);
    length += set.length;
  }
  const score = (sum / queryTerms.length) * (0.6 + 0.4 * cover);
  return { entry, score, tier, raw: 1 / length };
}

/**
 * The best TOP entries of the wanted type (see scoreOf). Candidates are the entries with a name term
 * that some query term may mean; one pass fills the lists of every type, all kept in the cache.
 */
function search(
  lexicon: Lexicon,
  type: LookupType,
  queryTerms: readonly string[],
  relaxed: boolean,
  cache: LookupCache | undefined,
): Scored[] {
  const keyOf = (t: LookupType): string =>
    `${t}|${relaxed ? 'relaxed' : 'normal'}|${queryTerms.join(' ')}`;
  const cached = cache?.get(keyOf(type));
  if (cached) return [...cached];
  const m = meanings(lexicon, queryTerms, relaxed);
  const candidates = new Set<number>();
  for (const meaning of m) {
    for (const term of meaning.keys())
      for (const key of keysOf(lexicon.postings, term)) candidates.add(key);
  }
  const tops: Record<LookupType, Scored[]> = { any: [], unit: [], group: [], person: [] };
  for (const key of candidates) {
    const entry = lexicon.entries[key];
    const scored = scoreOf(entry, queryTerms, m);
    insertTop(tops.any, scored);
    insertTop(tops[entry.type], scored);
  }
  if (cache)
    for (const t of ['any', 'unit', 'group', 'person'] as const) cache.set(keyOf(t), tops[t]);
  return [...tops[type]];
}

const ahead = (a: Scored, b: Scored): boolean =>
  a.tier !== b.tier ? a.tier > b.tier : a.score !== b.score ? a.score > b.score : a.raw > b.raw;

/** Keeps `top` sorted best first and at most TOP long. */
function insertTop(top: Scored[], s: Scored): void {
  if (top.length === TOP && !ahead(s, top[top.length - 1])) return;
  const at = top.findIndex((t) => ahead(s, t));
  top.splice(at === -1 ? top.length : at, 0, s);
  if (top.length > TOP) top.pop();
}

const round = (n: number): number => Math.round(n * 100) / 100;

function candidate(s: Scored): TypedCandidate {
  return { id: s.entry.id, name: s.entry.name, score: round(s.score), type: s.entry.type };
}

function withoutType(c: TypedCandidate): Candidate {
  return { id: c.id, name: c.name, score: c.score };
}

function notFound(
  lexicon: Lexicon,
  type: LookupType,
  query: string,
  queryTerms: readonly string[],
  scored: readonly Scored[],
  options: LookupOptions,
): Resolution {
  const closest = [...scored];
  const wide = options.closest !== false && queryTerms.length <= RELAXED_MAX_TERMS;
  if (closest.length < MAX_CLOSEST && queryTerms.length > 0 && wide) {
    const seen = new Set(closest.map((s) => s.entry));
    closest.push(
      ...search(lexicon, type, queryTerms, true, options.cache).filter((s) => !seen.has(s.entry)),
    );
  }
  const top = closest.slice(0, MAX_CLOSEST).map(candidate);
  return {
    match: { status: 'notFound', query, closest: top.map(withoutType) },
    types: top.map((c) => c.type),
  };
}

function choice(query: string, list: readonly TypedCandidate[]): Resolution {
  return {
    match: { status: 'ambiguous', query, candidates: list.map(withoutType) },
    types: list.map((c) => c.type),
  };
}

function typesOk(type: LookupType, e: Entry): boolean {
  return type === 'any' || e.type === type;
}

/**
 * lookup() with the entity type of each result: what understand() needs to tell a unit from a group.
 */
export function lookupWithTypes(
  lexicon: Lexicon,
  type: LookupType,
  query: string,
  options: LookupOptions = {},
): Resolution {
  const queryText = query.trim().slice(0, MAX_QUERY_CHARS);
  const queryTerms = [...new Set(entityTerms(queryText))].slice(0, MAX_QUERY_TERMS);
  if (queryTerms.length === 0) return notFound(lexicon, type, queryText, [], [], options);

  const exactHits = keysOf(lexicon.exact, [...queryTerms].sort().join(' '))
    .map((i) => lexicon.entries[i])
    .filter((e) => typesOk(type, e));
  if (exactHits.length === 1) {
    const [e] = exactHits;
    return { match: { status: 'found', id: e.id, name: e.name, score: 1 }, types: [e.type] };
  }
  if (exactHits.length > 1) {
    return choice(
      queryText,
      exactHits
        .slice(0, MAX_CANDIDATES)
        .map((entry) => candidate({ entry, score: 1, tier: 2, raw: 1 })),
    );
  }

  const scored = search(lexicon, type, queryTerms, false, options.cache);
  const [best] = scored;
  if (!best || best.score < CANDIDATE_MIN) {
    return notFound(lexicon, type, queryText, queryTerms, scored, options);
  }
  const rival = scored.find((s) => s !== best && s.tier === best.tier);
  if (best.score >= FOUND_MIN && (!rival || best.score >= CLEAR_RATIO * rival.score)) {
    const e = best.entry;
    return {
      match: { status: 'found', id: e.id, name: e.name, score: round(best.score) },
      types: [e.type],
    };
  }
  const floor = Math.max(CANDIDATE_MIN, best.score * CANDIDATE_RELATIVE);
  const candidates = scored.filter((s) => s.score >= floor).slice(0, MAX_CANDIDATES);
  // "althinni": a long surname typed alone with a slip, and no other name near it.
  if (candidates.length === 1 && oneSurnameSlip(queryTerms, best)) {
    const e = best.entry;
    return {
      match: { status: 'found', id: e.id, name: e.name, score: round(best.score) },
      types: [e.type],
    };
  }
  return candidates.length >= 2
    ? choice(queryText, candidates.map(candidate))
    : notFound(lexicon, type, queryText, queryTerms, scored, options);
}

/** Letters a surname typed alone with a slip has at least, to be taken as that name. */
const MIN_SLIPPED_SURNAME = 7;
const oneSurnameSlip = (queryTerms: readonly string[], best: Scored): boolean =>
  queryTerms.length === 1 &&
  queryTerms[0].length >= MIN_SLIPPED_SURNAME &&
  best.tier === 1 &&
  best.entry.type === 'person';

/**
 * Finds a unit, group or person by what the user typed. `found` only when one name is clearly ahead
 * (or matches a full name or alias exactly); `ambiguous` with up to 8 candidates when several fit
 * ("Anna" when there are two Annas); `notFound` with the 3 closest real names otherwise.
 */
export function lookup(lexicon: Lexicon, entityType: LookupType, query: string): EntityMatch {
  return lookupWithTypes(lexicon, entityType, query).match;
}
