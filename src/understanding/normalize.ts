// Text normalisation shared by the intent matcher and the lexicon: lower case, å/ä/ö folded,
// punctuation gone, and the many ways people write "hälsocentral" and "RUB 5" made canonical.

/** The canonical token for "hälsocentral", "HC", "HC:n", "vårdcentralen", "health centre", … */
export const UNIT_WORD = 'halsocentral';
/** The canonical token for the plural forms ("hälsocentralerna", "HC:ar", "health centres"). */
export const UNIT_WORD_PLURAL = 'halsocentraler';

export type Token = {
  /** As typed (after canonical rewrites), e.g. "Kristinebergs". */
  orig: string;
  /** Lower case, diacritics kept, e.g. "kristinebergs", "på". Language detection reads this. */
  lower: string;
  /** Lower case and folded, e.g. "kristinebergs", "pa". Matching reads this. */
  text: string;
};

export type Normalized = {
  tokens: Token[];
  /** The folded tokens joined by single spaces: the string cue patterns run on. */
  text: string;
};

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const START = `(?<!${LETTER_OR_DIGIT})`;
const END = `(?!${LETTER_OR_DIGIT})`;

/** Rewrites applied to the raw text before it is split into tokens. Order matters. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // "RUB5", "RUB 5", "rub-5", "RUB-nivå 5", "RUB nivå 5", "RUB level 5", "RUB5:or", "rub5s" → "rub5"
  [
    new RegExp(
      `${START}rub[\\s\\-_]*(?:niv[åa]|level)?[\\s\\-_:]*([0-5])(?![0-9])(?::?(?:orna|or|ar|s))?${END}`,
      'giu',
    ),
    ' rub$1 ',
  ],
  // English: "health centre(s)", "health center(s)", "healthcentre", "primary care centre"
  [
    new RegExp(
      `${START}(?:health|primary[\\s-]*care)[\\s-]*cent(?:re|er)s${END}|${START}(?:hcs|hc:?arna|hc:?ar|hc-ar)${END}`,
      'giu',
    ),
    ` ${UNIT_WORD_PLURAL} `,
  ],
  [
    new RegExp(
      `${START}(?:health|primary[\\s-]*care)[\\s-]*cent(?:re|er|r)(?:'s)?${END}|${START}hc(?::?(?:ns|n|s|en|et))?${END}`,
      'giu',
    ),
    ` ${UNIT_WORD} `,
  ],
  // Swedish: "hälsocentralerna", "vårdcentraler", "halsocentralernas" → plural; other forms → singular
  [
    new RegExp(`${START}(?:h[äa]lso|v[åa]rd)[\\s-]?central(?:erna|ernas|er)${END}`, 'giu'),
    ` ${UNIT_WORD_PLURAL} `,
  ],
  [
    new RegExp(`${START}(?:h[äa]lso|v[åa]rd)[\\s-]?central(?:ens|en|s)?${END}`, 'giu'),
    ` ${UNIT_WORD} `,
  ],
  // "e-post", "e-mail" → one word
  [new RegExp(`${START}e-(post|mail)`, 'giu'), 'e$1'],
  // The colon suffix on abbreviations: "SIP:ar", "SIP:en", "RKL:s" → "SIP", "RKL"
  [new RegExp(`(${LETTER_OR_DIGIT}+):\\p{L}{1,5}${END}`, 'gu'), '$1'],
];

const SPLIT = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;
const EXTRA_FOLDS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe' };
const EXTRA_FOLD_PATTERN = /[æøßœ]/g;

/** Lower case, diacritics removed: "Blå Kustens" → "bla kustens", "Mönsterås" → "monsteras". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (c) => EXTRA_FOLDS[c] ?? c);
}

/**
 * Words rewritten in one pass: "fastläkare" → "fast läkare" (as the measure is written), and the
 * English words for kinds of unit as the directory writes them ("Västervik municipality").
 */
const WORD_REWRITES: Readonly<Record<string, string>> = {
  municipalities: 'kommuner',
  municipality: 'kommun',
  hospitals: 'sjukhusen',
  hospital: 'sjukhus',
};
const WORD_REWRITE = new RegExp(
  `${START}(?:(fast)(?=l[äa]kar)|(${Object.keys(WORD_REWRITES).join('|')})${END})`,
  'giu',
);

function rewrite(text: string): string {
  return REWRITES.reduce(
    (acc, [pattern, replacement]) => acc.replace(pattern, replacement),
    text,
  ).replace(WORD_REWRITE, (_, fast: string | undefined, word: string | undefined) =>
    fast ? `${fast} ` : (WORD_REWRITES[(word ?? '').toLowerCase()] ?? ''),
  );
}

/**
 * The last parts of Swedish compounds worth reading on their own (folded): "mörlundaprojektet",
 * "Kalmarområdet", "Löttorpsfilialen", "sipandelen", "akutbesöksfördelningen". Longest first.
 */
const COMPOUND_HEADS: readonly string[] = [
  'fordelningen',
  'fordelning',
  'projektets',
  'projektet',
  'projekt',
  'omradets',
  'omradet',
  'omrade',
  'filialen',
  'filial',
  'andelen',
  'andel',
  'siffrorna',
];
const MIN_MODIFIER = 3;
/** One test per word: does it end in a head, after at least MIN_MODIFIER letters? */
const COMPOUND_END = new RegExp(`^.{${MIN_MODIFIER},}(${COMPOUND_HEADS.join('|')})$`);

/** "mörlundaprojektet" → "mörlunda", "projektet"; a word that is no such compound stays whole. */
export function splitCompound(token: Token): Token[] {
  const head =
    token.text.length > MIN_MODIFIER + 3 ? COMPOUND_END.exec(token.text)?.[1] : undefined;
  // Folding may change the length (æ → ae): then the typed form cannot be cut at the same place.
  if (!head || token.orig.length !== token.text.length) return [token];
  const at = token.text.length - head.length;
  const part = (from: number, to?: number): Token => ({
    orig: token.orig.slice(from, to),
    lower: token.lower.slice(from, to),
    text: token.text.slice(from, to),
  });
  return [part(0, at), part(at)];
}

/** Tokens of a message, with canonical unit words and RUB levels. */
export function normalize(text: string): Normalized {
  const tokens = rewrite(text.normalize('NFC'))
    .split(SPLIT)
    .filter((t) => t.length > 0)
    .flatMap((orig) => {
      const lower = orig.toLowerCase();
      return splitCompound({ orig, lower, text: foldText(lower) });
    });
  return { tokens, text: tokens.map((t) => t.text).join(' ') };
}

// Swedish inflection endings stripped for name matching: genitive -s and the definite -en/-et.
const STEM_SUFFIXES = ['ens', 'ets', 'en', 'et', 's'] as const;
const MIN_STEM = 4;

function stripOnce(term: string): string {
  for (const suffix of STEM_SUFFIXES) {
    if (!term.endsWith(suffix) || term.length - suffix.length < MIN_STEM) continue;
    if (suffix === 's' && term.endsWith('ss')) continue;
    return term.slice(0, -suffix.length);
  }
  return term;
}

/**
 * A light Swedish stem for names: "Kristinebergs" → "kristineberg", "Gripens" → "grip",
 * "Blå Kustens" → "bla kust", "Hemsjukhuset" → "hemsjukhu". Applied to both the directory and the question, so it only needs to be
 * consistent, not linguistically right. Terms with digits are left alone.
 */
export function stem(term: string): string {
  if (/\d/.test(term)) return term;
  let current = term;
  for (;;) {
    const next = stripOnce(current);
    if (next === current) return current;
    current = next;
  }
}

/** Words that never identify an entity: function words and the generic unit word. */
const ENTITY_STOPWORDS: ReadonlySet<string> = new Set([
  'i',
  'och',
  'vid',
  'av',
  'for',
  'pa',
  'kring',
  'med',
  'till',
  'om',
  'en',
  'ett',
  'the',
  'of',
  'and',
  'in',
  'at',
  'on',
  'a',
  'an',
  'to',
  UNIT_WORD,
  UNIT_WORD_PLURAL,
]);

/** The terms a name is matched on: folded, stemmed, without function words or "hälsocentral". */
export function entityTerms(text: string): string[] {
  return normalize(text)
    .tokens.map((t) => t.text)
    .filter((t) => !ENTITY_STOPWORDS.has(t))
    .map(stem);
}

/** An order-free key for exact matching: "Dahl, Anna" and "anna dahl" give the same key. */
export function nameKey(text: string): string {
  return [...new Set(entityTerms(text))].sort().join(' ');
}

/** True when the text (folded) names the generic unit word, e.g. "Gripen HC". */
export function mentionsUnitWord(text: string): boolean {
  return normalize(text).tokens.some((t) => t.text === UNIT_WORD || t.text === UNIT_WORD_PLURAL);
}
