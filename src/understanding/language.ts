import type { Language } from './intent';
import { splitWords } from './normalize';

// Swedish or English, from the words of the question; the Teams locale breaks ties; Swedish by default.

/** Words that mark Swedish: function words (also typed without å/ä/ö) and common domain words. */
const SWEDISH: ReadonlySet<string> = new Set(
  (
    'och är ar att på pa för vem vad vilka vilken vilket hur många manga när nar jag du vi ni man mig ' +
    'dig oss kan ska skall vill till om med som det den de har finns inte utan saknar sedan från fran ' +
    'hos vid eller men också ocksa mitt min mina vår var vårt varför varfor någon nagon något nagot ' +
    'inga ingen nu tack snälla snalla gärna garna hej hejsan tjena tja hallå halla morgon dag kväll ' +
    'kvall god hjälp hjalp berätta beratta visa lista jämför jamfor jämfört jamfort fördelning ' +
    'fordelning andel andelen antal antalet förändrats forandrats förändring forandring mellan ' +
    'telefon telefonnummer nummer numret mobilnummer mejl mejla epost kontakt kontaktar kontakta ' +
    'kontaktperson ringa ring når nar deltar jobbar arbetar målgrupp malgrupp målgrupper malgrupper ' +
    'prenumerera prenumerationer prenumeration veckobrev veckobrevet pausa avsluta dra tillbaka ' +
    'senaste patienter patienterna läkare lakare fast läkarkontakt lakarkontakt regionen länet lanet ' +
    'hälsocentral halsocentral hälsocentralen halsocentralen hälsocentraler vårdcentral vardcentral ' +
    'basenhetschef verksamhetschef samordnare analytiker mars maj juni juli augusti oktober ' +
    'januari februari hur hurdan ge mig säga saga kolla hitta samma jämförelse jamforelse ' +
    'istället istallet direktnummer direktnumret telefonnumret mobilnumret mejladress mejladressen ' +
    'starta igen'
  ).split(' '),
);

/**
 * Beginnings of Swedish words, for compounds and slips the list cannot hold
 * ("veckobrevsutskicket", "telefonummer").
 */
const SWEDISH_STARTS: readonly string[] = [
  'telefon',
  'veckobrev',
  'mejl',
  'mobilnum',
  'halsocentr',
  'hälsocentr',
  'prenumer',
  'kontaktpers',
  'förhandsvis',
  'forhandsvis',
  'utskick',
];
const swedishWord = (w: string): boolean =>
  SWEDISH.has(w) || SWEDISH_STARTS.some((start) => w.startsWith(start));

/** Words that mark English. */
const ENGLISH: ReadonlySet<string> = new Set(
  (
    'the a an and is are was to for of at on with who what which how many much when where why ' +
    'do does did you we my our your me us can could would should please thanks thank hello hi hey ' +
    'good morning afternoon evening help show list compare share number phone email mobile contact ' +
    'reach call tell about without since lack lacks lacking regular doctor patients health centre ' +
    'center centres centers county subscribe subscriptions subscription unsubscribe digest ' +
    'weekly pause withdraw last preview summary distribution changed change participates ' +
    'participants involved target group groups focus work works head unit analyst coordinator ' +
    // April, September, November and December are Swedish too: no sign of either language.
    'manager set have has there here this that it its is be all any some january february march ' +
    'may june july august october whats nurse address district ' +
    'doctors physician practitioner unit units team members member involved responsible ' +
    'compared versus over time rides visits visited emergency department readmissions ambulance ' +
    'home care percentage overview stats statistics rank highest lowest most whos'
  ).split(' '),
);

/** Written with å, ä or ö: a weak sign of Swedish (names have them too). */
const SWEDISH_LETTERS = /[åäö]/;
const DIACRITICS_WEIGHT = 0.5;
const GENITIVE = /[\p{L}]['’]s\b/u;

function fromLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  if (
    primary === 'sv' ||
    primary === 'nb' ||
    primary === 'nn' ||
    primary === 'no' ||
    primary === 'da'
  ) {
    return 'sv';
  }
  return primary === 'en' ? 'en' : undefined;
}

/**
 * "Vem kontaktar jag för Oskarsgruppen?" → 'sv'; "who do I contact for Oskarsgruppen" → 'en'.
 * A text with no telling words (a name alone) follows the Teams locale, then Swedish.
 */
export function detectLanguage(text: string, locale?: string): Language {
  return (
    languageSignal(text) ??
    (SWEDISH_LETTERS.test(text) ? 'sv' : undefined) ??
    fromLocale(locale) ??
    'sv'
  );
}

/**
 * "svara på engelska", "in English please", "på svenska tack": the language asked for, which the
 * words around it do not outvote ("svara på engelska" is Swedish words asking for English).
 */
const LANGUAGE_REQUEST =
  /(?<![\p{L}\p{N}])(?:(?:kan du |kan ni |can you |could you |please )?(?:svara|skriv|prata|answer|reply|respond|write|speak|talk)\s+)?(?:på|pa|in)\s+(svenska|engelska|swedish|english)(?![\p{L}\p{N}])(?:[\s,]+(?:tack|please|pls|istället|istallet|instead|från och med nu|from now on|framöver|framover|är du snäll|om du är snäll|om du vill))*/iu;

/** The language a text asks the bot to answer in, if it asks. */
export function languageAsked(text: string): Language | undefined {
  const name = LANGUAGE_REQUEST.exec(text)?.[1]?.toLowerCase();
  if (!name) return undefined;
  return name === 'svenska' || name === 'swedish' ? 'sv' : 'en';
}

/** The text without its request for a language: "på svenska tack, samma för Berga" → "samma för Berga". */
export function withoutLanguageRequest(text: string): string {
  return text
    .replace(LANGUAGE_REQUEST, ' ')
    .replace(/^[\s,.!?]+/u, '')
    .trim();
}

/** The language the words of a text tell, or undefined when they tell none ("Gripen", "Nästa"). */
export function languageSignal(text: string): Language | undefined {
  return languageEvidence(text).language;
}

/**
 * The language the words tell, and whether they tell it by more than one word: a single word
 * ("tack!", "thanks") is how people close in either language, and does not turn a conversation.
 */
export function languageEvidence(text: string): { language?: Language; strong: boolean } {
  const words = splitWords(text.slice(0, 2000).toLowerCase());
  const svWords = words.filter(swedishWord).length;
  const sv = svWords + (svWords > 0 && SWEDISH_LETTERS.test(text) ? DIACRITICS_WEIGHT : 0);
  // An English genitive ("Kristineberg HC's") is an English word too.
  const genitive = (text.includes("'") || text.includes('’')) && GENITIVE.test(text);
  const en = words.filter((w) => ENGLISH.has(w)).length + (genitive ? 1 : 0);
  const strong = Math.abs(sv - en) > 1;
  if (sv > en) return { language: 'sv', strong };
  if (en > sv) return { language: 'en', strong };
  // (å/ä/ö alone tell nothing here: "Överum?" is a name, typed by whoever asks.)
  return { strong: false };
}
