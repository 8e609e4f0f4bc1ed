import type { Group } from '../clients/directorySchemas';
import { FILLER } from './intentTable';
import { foldText, stem } from './normalize';

// Groups told by what they work on rather than by name: "the alcohol and addiction work in
// Högsby", "that blekinge pilot with the home care phone line". Each group's words come from the
// directory (name, aliases, focus, target groups, description, area, organisation); English
// subject words are read as the Swedish ones the directory writes. Pure; built with the lexicon.

/** English subject words → the Swedish word stems the directory writes (folded). */
const ENGLISH_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  alcohol: ['alkohol'],
  addiction: ['beroende'],
  addictions: ['beroende'],
  addicted: ['beroende'],
  dependency: ['beroende'],
  abuse: ['missbruk'],
  substance: ['missbruk'],
  drugs: ['missbruk'],
  relatives: ['anhorig'],
  families: ['anhorig'],
  elderly: ['aldre'],
  older: ['aldre'],
  frail: ['skora'],
  ambulance: ['ambulans'],
  paramedics: ['ambulans'],
  prescribing: ['forskrivning'],
  prescription: ['forskrivning'],
  coordinates: ['samordn'],
  coordinating: ['samordn'],
  coordination: ['samordn'],
  coordinate: ['samordn'],
  readmissions: ['aterinlaggning'],
  readmission: ['aterinlaggning'],
  pilot: ['pilot'],
  cluster: ['kluster'],
  line: ['telefonlinje'],
  hotline: ['telefonlinje'],
  homecare: ['hemsjukvard', 'hemtjanst'],
  hospital: ['sjukhus'],
  municipal: ['kommun'],
  municipality: ['kommun'],
  chronic: ['kronisk'],
  complex: ['komplex'],
  attenders: ['mangbesokare'],
  team: ['arbetsgrupp'],
  workgroup: ['arbetsgrupp'],
};

/** Two English words for one Swedish one: "home care" is hemsjukvård and hemtjänst. */
const ENGLISH_PHRASES: readonly [string, string][] = [
  ['home care', 'homecare'],
  ['home health care', 'homecare'],
  ['home healthcare', 'homecare'],
  ['phone line', 'line'],
  ['telephone line', 'line'],
  ['home hospital', 'hemsjukhus'],
  ['social prescribing', 'prescribing'],
  ['health guide', 'halsolots'],
  ['health navigator', 'halsolots'],
  ['frequent attenders', 'attenders'],
];

/** Words that tell nothing of a subject: question words, kinds of group, everyday verbs. */
const NOT_SUBJECT: ReadonlySet<string> = new Set(
  (
    'vem vilka vilken vilket vad hur var som det den det har ar kan ska jag vi du man nan nagon ' +
    'och eller med for till om pa av att inte finns jobbar arbetar arbete jobbet kontakt ' +
    'kontaktperson kontaktpersonen projekt projektet grupp gruppen samverkan samarbete samarbetet ' +
    'samarbeten collaboration region lan ' +
    'who what which where how the and with for about that this there work working works ' +
    'project group contact person people involved part does do is are was were our we ' +
    'patients patienter patient vard care samma same sama'
  ).split(' '),
);

/** Stems of fewer letters match only whole words; longer ones also the parts of compounds. */
const MIN_PART = 5;

/** A group the subject words point to. */
export type SubjectGroup = { readonly id: string; readonly name: string };

export type GroupSubjects = {
  readonly groups: readonly SubjectGroup[];
  /** The groups' areas ("hogsby"): a place, but telling of a group where it works. */
  readonly areas: ReadonlySet<string>;
  /**
   * A group word, or its first or last MIN_PART letters or more ("alkohol", "beroende" of
   * "alkoholberoende") → the groups that have it.
   */
  readonly having: ReadonlyMap<string, readonly number[]>;
};

/** Everyday and function words tell no subject, in the question or in the group's texts. */
const telling = (w: string): boolean => w.length >= 4 && !FILLER.has(w) && !NOT_SUBJECT.has(w);

const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(telling)
    .map(stem);

export function buildGroupSubjects(groups: readonly Group[]): GroupSubjects {
  const having = new Map<string, number[]>();
  const add = (key: string, group: number): void => {
    const list = having.get(key);
    if (!list) having.set(key, [group]);
    else if (list[list.length - 1] !== group) list.push(group);
  };
  groups.forEach((g, i) => {
    const texts = [g.name, ...g.aliases, ...g.focus, ...g.targetGroups, g.description ?? ''];
    for (const w of new Set(
      [...texts, g.area, g.organisation].flatMap((t) => (t ? wordsOf(t) : [])),
    )) {
      add(w, i);
      for (let k = MIN_PART; k < w.length; k++) {
        add(w.slice(0, k), i);
        add(w.slice(w.length - k), i);
      }
    }
  });
  return {
    groups: groups.map(({ id, name }) => ({ id, name })),
    having,
    areas: new Set(groups.flatMap((g) => wordsOf(g.area))),
  };
}

/** The subject stems of a question's folded words, English read as Swedish. */
export function subjectStems(folded: string): string[] {
  let text = ` ${folded} `;
  for (const [phrase, word] of ENGLISH_PHRASES) text = text.replaceAll(` ${phrase} `, ` ${word} `);
  const stems = text
    .split(' ')
    .filter(telling)
    .flatMap((w) => ENGLISH_SUBJECTS[w] ?? [stem(w)]);
  return [...new Set(stems)];
}

/** The words that say a project is asked, not what it is about. */
const PROJECT_WORD = /projekt|project|samverk|satsning/;

/**
 * The group a question's subject words point to, when they point clearly to one: two words or
 * more that only a few groups have, and more of them than the next group has.
 */
export function groupBySubject(
  subjects: GroupSubjects,
  stems: readonly string[],
  /** The question says it asks for a project ("the alcohol one", "alkoholprojektet"). */
  projectAsked = false,
): SubjectGroup | undefined {
  const n = subjects.groups.length;
  // ("the alcohol one", "alkoholprojektet": the one word of the question any group has, and only
  // one group has it, with a project asked)
  if (projectAsked) {
    const held = stems
      .filter((s) => !PROJECT_WORD.test(s) && !subjects.areas.has(s))
      .flatMap((s) => subjects.having.get(s) ?? []);
    if (held.length === 1) return subjects.groups[held[0]];
  }
  const scores = new Map<number, { score: number; count: number; telling: boolean }>();
  const wholeOrParts = (s: string): Having[] => {
    const having = subjects.having.get(s);
    return having ? [[s, having]] : compoundParts(subjects, s);
  };
  for (const [s, having] of stems.flatMap(wholeOrParts)) {
    // A word half the groups have tells them apart no better than none.
    if (!having || having.length * 2 > n) continue;
    const weight = Math.log(n / having.length);
    // A subject of its own, not only where: "alkohol", not "Borgholms" and "hälsocentral".
    const telling = !subjects.areas.has(s) && having.length * 3 <= n;
    for (const i of having) {
      const seen = scores.get(i) ?? { score: 0, count: 0, telling: false };
      scores.set(i, {
        score: seen.score + weight,
        count: seen.count + 1,
        telling: seen.telling || telling,
      });
    }
  }
  const [best, next] = [...scores].sort((a, b) => b[1].score - a[1].score);
  // At least two words, one a subject, as telling as two that only two groups each have.
  if (!best || best[1].count < 2 || !best[1].telling || best[1].score < 2 * Math.log(n / 2)) {
    return undefined;
  }
  return !next || best[1].score > next[1].score * 1.5 ? subjects.groups[best[0]] : undefined;
}

/**
 * A compound the directory does not write whole, read as its two parts where one group has both:
 * "alkoholproblem" is "alkohol" (of "alkoholberoende") and "problem" (of "beroendeproblem"). A
 * misspelt name ("kristinbergs") is no compound of a name's start, and the parts of a sender's
 * title ("distrikts|sköterska") that two groups write apart tell no group.
 */
function compoundParts(subjects: GroupSubjects, word: string): Having[] {
  const part = (p: string) => (telling(p) ? subjects.having.get(p) : undefined);
  for (let k = MIN_COMPOUND_PART; k <= word.length - MIN_COMPOUND_PART; k++) {
    const [head, tail] = [word.slice(0, k), word.slice(k)];
    const last = part(tail);
    const both = last && part(head)?.filter((i) => last.includes(i));
    if (both?.length)
      return [
        [head, both],
        [tail, both],
      ];
  }
  return [];
}

/** Each part of a compound read apart: "kontakterna" is no "kontak" and "terna". */
const MIN_COMPOUND_PART = 6;

/** A subject word and the groups that have it. */
type Having = readonly [string, readonly number[]];
