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

type Rewrite = {
  pattern: RegExp;
  replacement: string;
  /** A plain test every match passes: most messages skip the Unicode-aware pattern entirely. */
  when: RegExp;
};

/** Rewrites applied to the raw text before it is split into tokens. Order matters. */
const REWRITES: readonly Rewrite[] = [
  // "RUB5", "RUB 5", "rub-5", "RUB-nivå 5", "RUB nivå 5", "RUB level 5", "RUB5:or", "rub5s" → "rub5"
  {
    pattern: new RegExp(
      `${START}rub[\\s\\-_]*(?:niv[åa]|level)?[\\s\\-_:]*([0-5])(?![0-9])(?::?(?:orna|or|ar|s))?${END}`,
      'giu',
    ),
    replacement: ' rub$1 ',
    when: /rub/i,
  },
  // English: "health centre(s)", "health center(s)", "healthcentre", "primary care centre"; "HC"
  // and, in the plural, "vc" (vårdcentral) as people abbreviate them
  {
    pattern: new RegExp(
      `${START}(?:health|helth|heath|primary[\\s-]*care)[\\s-]*cent(?:re|er)s${END}|${START}(?:[hv]cs|[hv]c:?arna|[hv]c:?ar|[hv]c-ar)${END}`,
      'giu',
    ),
    replacement: ` ${UNIT_WORD_PLURAL} `,
    when: /hc|vc|cent/i,
  },
  {
    pattern: new RegExp(
      `${START}(?:health|helth|heath|primary[\\s-]*care)[\\s-]*cent(?:re|er|r)(?:'s)?${END}|${START}hc(?::?(?:ns|n|s|en|et))?${END}`,
      'giu',
    ),
    replacement: ` ${UNIT_WORD} `,
    when: /hc|cent/i,
  },
  // "Nybro vc", "min vc", "vilka vc": the vårdcentral, after a word; first, or after "är", "is",
  // "som", "the" ("vem är vc på Gripen?"), it is the verksamhetschef, a role.
  {
    pattern: new RegExp(
      `(?<=(?:^|[^\\p{L}])(?!(?:är|ar|is|som|as|the|a|en)\\s)\\p{L}+\\s+)vc(?::?(?:ns|n|s|en|et))?${END}`,
      'giu',
    ),
    replacement: ` ${UNIT_WORD} `,
    when: /vc/i,
  },
  // Swedish: "hälsocentralerna", "vårdcentraler", "halsocentralernas" → plural; other forms → singular
  {
    pattern: new RegExp(`${START}(?:h[äa]lso|v[åa]rd)[\\s-]?central(?:erna|ernas|er)${END}`, 'giu'),
    replacement: ` ${UNIT_WORD_PLURAL} `,
    when: /central/i,
  },
  // "nybrohälsocentralen", "mörlundavårdcentralens": the place, then the unit word
  {
    pattern: new RegExp(`${START}(\\p{L}{3,}?)s?(?=(?:h[äa]lso|v[åa]rd)central)`, 'giu'),
    replacement: '$1 ',
    when: /\p{L}{3}(?:h[äa]lso|v[åa]rd)central/iu,
  },
  {
    pattern: new RegExp(`${START}(?:h[äa]lso|v[åa]rd)[\\s-]?central(?:ens|en|s)?${END}`, 'giu'),
    replacement: ` ${UNIT_WORD} `,
    when: /central/i,
  },
  // "ring mottagningen på Gamleby", "call the clinic in Gamleby": the place's health centre
  // ("clinic manager" is a role: mottagningschef).
  {
    pattern: new RegExp(`${START}(?:mottagningen|the clinic(?![\\s-]+managers?))${END}`, 'giu'),
    replacement: ` ${UNIT_WORD} `,
    when: /mottagningen|clinic/i,
  },
  // "the emergency department", "A&E", "the ambulance service": the Swedish names the directory
  // gives them
  {
    pattern: new RegExp(`${START}(?:the\\s+)?ambulance\\s+services?${END}`, 'giu'),
    replacement: ' ambulanssjukvarden ',
    when: /service/i,
  },
  {
    pattern: new RegExp(
      `${START}(?:the\\s+)?(?:emergency\\s+(?:department|room|ward)|a\\s*&\\s*e)${END}`,
      'giu',
    ),
    replacement: ' akutmottagningen ',
    when: /emergency|&/i,
  },
  // "the psychiatric outpatient clinic in Vimmerby", "the planning unit": as the directory names them
  {
    pattern: new RegExp(
      `${START}(?:the\\s+)?(?:psychiatric\\s+outpatient\\s+(?:clinic|care|unit)|outpatient\\s+psychiatry)${END}`,
      'giu',
    ),
    replacement: ' öppenvårdspsykiatrin ',
    when: /outpatient/i,
  },
  {
    pattern: new RegExp(`${START}(?:the\\s+)?planning\\s+unit${END}`, 'giu'),
    replacement: ' planeringsenheten ',
    when: /planning/i,
  },
  {
    pattern: new RegExp(
      `${START}(?:the\\s+)?regional\\s+director(?:['’]s)?\\s+(?:staff|office)${END}`,
      'giu',
    ),
    replacement: ' regiondirektörens stab ',
    when: /director/i,
  },
  // "the ER in Västervik", "Oskarshamn ED": in capitals only, since "er" is a Swedish word ("er chef")
  {
    pattern: new RegExp(`${START}(?:the\\s+)?E[RD]${END}`, 'gu'),
    replacement: ' akutmottagningen ',
    when: /E[RD]/,
  },
  // "å på Gripen?": "och" as it is said, opening a follow-up
  { pattern: /^\s*å(?=\s)/iu, replacement: 'och', when: /^\s*å\s/iu },
  // "min hc = mörlunda": an equals sign between words says "is"
  { pattern: /(?<=\p{L})\s*=\s*(?=\p{L})/gu, replacement: ' är ', when: /=/ },
  // "e-post", "e-mail" → one word
  { pattern: new RegExp(`${START}e-(post|mail)`, 'giu'), replacement: 'e$1', when: /e-/i },
  // The colon suffix on abbreviations: "SIP:ar", "SIP:en", "RKL:s" → "SIP", "RKL"
  {
    pattern: new RegExp(`(${LETTER_OR_DIGIT}+):\\p{L}{1,5}${END}`, 'gu'),
    replacement: '$1',
    when: /:/,
  },
];

const SPLIT = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;
const EXTRA_FOLDS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe' };
const EXTRA_FOLD_PATTERN = /[æøßœ]/g;

/** Lower case, decomposed, marks dropped: the full rule, through Unicode's tables. */
function foldByUnicode(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (c) => EXTRA_FOLDS[c] ?? c);
}

// Swedish, English and the other Latin-script names people type live below U+0250. There every
// character is already in NFC, folds on its own, and is a letter or not: tabled once here from the
// full rule, so that a message of such characters never reaches the Unicode normaliser or a
// \p{L} class (the largest costs of a turn's understanding, where its code and data are cold).
const TABLED_LIMIT = 0x250;
// Everything below a bound, control characters included: a message may carry a tab or a newline.
/* eslint-disable no-control-regex */
const TABLED = /^[\u0000-\u024f]*$/;
const PLAIN = /^[\x00-\x7f]*$/;
/* eslint-enable no-control-regex */
const FOLDED: readonly string[] = Array.from({ length: TABLED_LIMIT }, (_, code) =>
  foldByUnicode(String.fromCharCode(code)),
);
/** SPLIT for tabled text: the same letters and digits, as a few plain ranges. */
const TABLED_SPLIT = (() => {
  const wordChar = /[\p{L}\p{N}]/u;
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  for (let code = 0; code < TABLED_LIMIT; code++) {
    if (!wordChar.test(String.fromCharCode(code))) continue;
    let last = code;
    while (last + 1 < TABLED_LIMIT && wordChar.test(String.fromCharCode(last + 1))) last++;
    ranges.push(last === code ? hex(code) : `${hex(code)}-${hex(last)}`);
    code = last;
  }
  return new RegExp(`[^${ranges.join('')}]+`);
})();

/** Lower case, diacritics removed: "Blå Kustens" → "bla kustens", "Mönsterås" → "monsteras". */
export function foldText(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  if (!TABLED.test(text)) return foldByUnicode(text);
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += FOLDED[text.charCodeAt(i)];
  return folded;
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
  psychiatry: 'psykiatrin',
  // "the number for psych in Vimmerby"
  psych: 'psykiatrin',
  // "lasarettet i Kalmar": the hospital there (one slip from "lasaretten", the plural, otherwise)
  lasarettet: 'sjukhuset',
  lasarett: 'sjukhus',
  // "Högsbys kommunala hemsjukvård": the kommun's
  kommunala: 'kommunens',
  kommunal: 'kommunens',
};
const WORD_REWRITE = new RegExp(
  `${START}(?:(fast)(?=l[äa]kar)|(${Object.keys(WORD_REWRITES).join('|')})${END})`,
  'giu',
);

const WORD_REWRITE_WHEN = /fast|municipalit|hospital|psych|lasarett|kommunal/i;

function rewrite(text: string): string {
  const rewritten = REWRITES.reduce(
    (acc, { pattern, replacement, when }) =>
      when.test(acc) ? acc.replace(pattern, replacement) : acc,
    text,
  );
  return WORD_REWRITE_WHEN.test(rewritten)
    ? rewritten.replace(WORD_REWRITE, (_, fast: string | undefined, word: string | undefined) =>
        fast ? `${fast} ` : (WORD_REWRITES[(word ?? '').toLowerCase()] ?? ''),
      )
    : rewritten;
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
  'filialens',
  'filialen',
  'filial',
  'andelen',
  'andel',
  'siffrorna',
  // "alkoholsamverkan", "beroendesamverkan": the subject before the kind of work
  'samverkan',
  'satsningen',
  'satsning',
  // "alkoholgrejen", "hemsjukhusgrejen": the subject before an everyday word for it
  'grejen',
  'grejer',
  // "psykiatrikontakterna", "akutkontakter": the measure before the contacts
  'kontakterna',
  'kontakter',
];
const MIN_MODIFIER = 3;
/** The head a word ends in (the longest), after at least MIN_MODIFIER letters. */
const compoundHead = (word: string): string | undefined =>
  COMPOUND_HEADS.find((h) => word.length - h.length >= MIN_MODIFIER && word.endsWith(h));

/** "mörlundaprojektet" → "mörlunda", "projektet"; a word that is no such compound stays whole. */
export function splitCompound(token: Token): Token[] {
  const head = token.text.length > MIN_MODIFIER + 3 ? compoundHead(token.text) : undefined;
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

/**
 * The words of a text (runs of letters and digits), split as normalize() splits: through the
 * plain ranges when the text allows, since a \p{L} class is costly where its code is cold.
 */
export function splitWords(text: string): string[] {
  return text.split(TABLED.test(text) ? TABLED_SPLIT : SPLIT).filter((w) => w.length > 0);
}

/** Tokens of a message, with canonical unit words and RUB levels. */
export function normalize(text: string): Normalized {
  const words = splitWords(rewrite(TABLED.test(text) ? text : text.normalize('NFC')));
  const tokens = words.flatMap((orig) => {
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
