// What a long message asks, without what it says about the sender: "Hej! Jag heter Lena och
// jobbar som distriktssköterska i Borgholm. … Vem ska jag ringa om Hemsjukhuset?" asks the last
// sentence. Pure; short texts are returned as they are, unless they open about the sender.

/** Shorter texts are one question however they are punctuated. */
const MIN_WORDS = 15;
// ("I'm looking for Dr. Peter Lundgren": a title's point ends no sentence)
const SENTENCE_END =
  /(?<=[.!?])(?<!\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Ss]t|[Pp]rof|[Dd]oc)\.)\s+|\s*\n+\s*/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** A sentence about the sender: "jag heter …", "I'm a nurse at …", "I work as …". */
const ABOUT_SENDER =
  /^(?:(?:hej|hejsan|hi|hello|hey|god morgon|good morning|morning)\b[\s,!]*)?(?:jag heter|jag är|jag jobbar|jag arbetar|my name is|i'm|i am|im|i work|this is)\b/iu;
/** "Morning! Jenny here, …", "Hej! Per här.": a name, capitalised, introducing the sender. */
const NAME_HERE = /^(?:\p{L}+[\s,!]+)?\p{Lu}\p{Ll}+ (?:här|here)(?![\p{L}\p{N}])/u;
/** "vi sitter på Norrliden", "we're at Berga": where the sender works, without "jag är". */
const SENDER_AT =
  /^(?:vi|jag) (?:sitter|är|jobbar|arbetar|finns) (?:på|vid|i|hos)\s|^(?:we|i)(?:'re|'m| are| am| work) (?:at|in|from)\s/iu;
const STILL_SENDER = /^(?:är|jobbar|arbetar|sitter|am|work)\s/iu;
/** "Jobbar som usk på Nybro HC och …": the sender's work, the "jag" left out as in a chat. */
const SENDER_START =
  /^(?:(?:hej|hejsan|hi|hello|hey)\b[\s,!]*)?(?:jobbar|arbetar) (?:som|på|vid|i)\s/iu;
/** "Vi på hemtjänsten i Oskarshamn har …": the sender's workplace, then what they say (its verb). */
const WE_AT = /^(?:vi|we)(?: här| here)? (?:på|vid|hos|at)\s/iu;
const WE_AT_VERB =
  /\s(?:har|hade|ska|skall|behöver|vill|undrar|brukar|träffar|samarbetar|have|had|need|want|are|will|would)\s/iu;
export const isAboutSender = (s: string): boolean =>
  ABOUT_SENDER.test(s) || SENDER_START.test(s) || NAME_HERE.test(s) || WE_AT.test(s);
const saysOfSender = (s: string): boolean =>
  ABOUT_SENDER.test(s) || SENDER_START.test(s) || WE_AT.test(s) || SENDER_AT.test(s);

/**
 * What the last sentence of a text that says who or where the sender is says of them, without
 * what others do: "Jag är BEC på Gripen och vi ska träffa kommunen" → "Jag är BEC på Gripen och".
 */
export function senderClause(text: string): string | undefined {
  const s = sentencesOf(text).filter(saysOfSender).at(-1);
  if (s === undefined) return undefined;
  const rest = besidesSender(s);
  // ("… and started at Nybro HC": still the sender)
  const own = rest && OTHERS_START.test(rest) ? s.slice(0, s.lastIndexOf(rest)).trim() : s;
  // ("ny basenhetschef på Gripen sedan januari": since when they are there is not asked)
  return own.replace(SINCE, ' ');
}
const SINCE =
  /(?<![\p{L}\p{N}])(?:sedan|sen|since)\s+(?:i\s+|den\s+)?(?:\d{1,2}\s+)?[\p{L}\d]+(?:\s+\d{4})?/giu;
const OTHERS_START = /^(?:vi|we|de|dom|they|ni|you)\s/iu;
/** Where the sender's own clause ends: "… på Gripens HC i Oskarshamn och vi ska träffa …". */
const CLAUSE_END = /\s(?:och|and|men|but)\s|[,.;!?](?:\s|$)/iu;

/**
 * What a sentence says besides the sender's own clause: "jag jobbar på Gripens HC och vi ska
 * träffa Kristineberg" → "vi ska träffa Kristineberg". Undefined when it does not open about
 * the sender, or says nothing more.
 */
export function besidesSender(s: string): string | undefined {
  const we = WE_AT.exec(s);
  if (we) {
    const verb = WE_AT_VERB.exec(s.slice(we[0].length));
    return verb ? s.slice(we[0].length + verb.index).trim() : undefined;
  }
  const opening = ABOUT_SENDER.exec(s) ?? SENDER_START.exec(s);
  if (!opening) return undefined;
  const from = opening.index + opening[0].length;
  const end = CLAUSE_END.exec(s.slice(from));
  const rest = end ? s.slice(from + end.index + end[0].length).trim() : '';
  if (rest.length === 0) return undefined;
  // "jag heter Olle och är kurator på Högsby": still the sender.
  return STILL_SENDER.test(rest) ? besidesSender(`jag ${rest}`) : rest;
}
/** A sentence that is only a greeting or thanks ("Hej!", "Thanks!", "God morgon."). */
const SOCIAL_ONLY =
  /^(?:hej(?:san)?(?: alla)?|hallå|hi(?: there)?|hello|hey|god morgon|good morning|morning|tack(?: så mycket)?|thanks|thank you)[\s,.!]*$/iu;
/** A request without a question mark: "I'd like to compare …", "please set …", "vi vill att …". */
const REQUEST =
  /\b(?:please|could you|can you|i'd like|i would like|i want|kan du|kan ni|skulle du|jag vill|vi vill|snälla|gärna)\b/iu;
/**
 * A pronoun that points back into the sentence before ("Vem är kontaktperson för det?", "Finns det
 * en sådan sammanställning?").
 */
const POINTS_BACK =
  /(?<![\p{L}\p{N}])(?:det|den|dem|dessa|that|it|this|them|those|henne|honom|hennes|him|her|his|där|dar|there|vår|vårt|våra|oss|hans|deras|our|ours|us|they|their|theirs|its|dom|listan|the list|sådan|sådana|sådant|such)(?![\p{L}\p{N}])/iu;
/** The sender and colleagues: "hur ligger vi till …" is about the unit the sender named. */
const WE = /(?<![\p{L}\p{N}])(?:vi|we)(?![\p{L}\p{N}])/iu;
/** Phrases whose pointer points nowhere: "finns det", "is there", "this channel". */
const IDIOMS =
  /(?<![\p{L}\p{N}])(?:när det gäller|nar det galler|vad gäller det|finns det|fins det|det finns|is there|are there|is it|this (?:channel|chat|team)|den här (?:kanalen|chatten))(?![\p{L}\p{N}])/giu;
const pointsBack = (s: string): boolean => POINTS_BACK.test(s.replace(IDIOMS, ' '));
/** "oss", "våra", "our": the sender's own unit, which the question itself may stand for. */
const US = /(?<![\p{L}\p{N}])(?:vi|oss|vår|vårt|våra|we|us|our|ours)(?![\p{L}\p{N}])/giu;
/** A question whose only pointer is to the sender's own ("kan du visa siffrorna för oss?"). */
export const pointsOnlyToUs = (s: string): boolean =>
  s.search(US) >= 0 && !pointsBack(s.replace(US, ' '));
/** "där", "dit", "there": a pointer to a place. */
const PLACE_POINTER = /(?<![\p{L}\p{N}])(?:där|dar|dit|there)(?![\p{L}\p{N}])/giu;
/**
 * A question whose only pointer is to a place ("… chefen på Kristineberg, vem är BEC där?"): it
 * may point inside the question, to a unit it names.
 */
export const pointsOnlyToPlace = (s: string): boolean =>
  s.search(PLACE_POINTER) >= 0 && !pointsBack(s.replace(PLACE_POINTER, ' ')) && !WE.test(s);
/** A question asked without its question mark: "… on? is there an analyst I can talk to". */
const QUESTION_START =
  /^(?:is there|are there|finns det|vem|vilka|vilken|vilket|who|which|what|vad|hur|how|kan du|kan ni|can you|could you)\b/iu;
/**
 * A question without its mark that runs on ("vem är bec på Kristineberg, har en patient som …"):
 * its first clause asks, the rest tells why.
 */
const firstClause = (s: string): string => {
  const [first, ...rest] = s.split(/,\s+/u);
  // "…, gärna för mars", "…, especially in March": said of the request, part of it
  const end = rest.findIndex((c) => !WISH.test(c));
  const wishes = end < 0 ? rest : rest.slice(0, end);
  const asked = [first, ...wishes].join(', ');
  return asked !== s && wordCount(first) >= 3 ? asked : s;
};
const WISH =
  /^(?:gärna|helst|om möjligt|särskilt|framför allt|speciellt|preferably|ideally|if possible|especially|particularly|mainly)\b/iu;
/**
 * "… vet inte riktigt vilka jag ska kontakta, vad finns det för enheter i oskarshamn": a last
 * sentence without its mark that ends in a question clause asks that clause.
 */
const clauseAsked = (s: string): string => {
  if (s.endsWith('?') || QUESTION_START.test(s)) return s;
  const clause = s.split(/,\s+/u).at(-1) ?? s;
  // "… behöver jämföra oss med Gamleby, hur många …": the clause tells what the request is.
  const requested = NEEDS.test(s.slice(0, s.length - clause.length));
  return clause !== s && !requested && QUESTION_START.test(clause) && wordCount(clause) >= 3
    ? clause
    : s;
};
const NEEDS =
  /(?<![\p{L}])(?:behöver|behover|vill|måste|need|needs|want|wants|would like|'d like)(?![\p{L}])/iu;

/**
 * "jag har en patient som bor i Högsby, finns det nåt samarbete … där kring beroende?": one
 * sentence that tells, then asks in its last clause.
 */
const lastClauseAsked = (s: string): string | undefined => {
  if (!s.endsWith('?')) return undefined;
  const clause = s.split(/,\s+/u).at(-1) ?? s;
  const told = s.slice(0, s.length - clause.length);
  // Not when the beginning asks or wishes itself ("vem ska man snacka med om …, finns det …?"),
  // nor when the clause points back at more than a place ("…, vem är det?").
  const tells = !QUESTION_START.test(told) && !NEEDS.test(told) && !REQUEST.test(told);
  return clause !== s &&
    tells &&
    QUESTION_START.test(clause) &&
    !pointsBack(clause.replace(PLACE_POINTER, ' ')) &&
    wordCount(clause) >= 3
    ? clause
    : undefined;
};

/** "… I want to see the facts: how has the share …?": the question after the colon. */
const afterColon = (s: string): string => {
  const part = s.split(/:\s+/u).at(-1) ?? s;
  return part !== s && wordCount(part) >= 3 ? part : s;
};

const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;
/** A capitalised word after the first: a name ("… började på Gamleby hälsocentral."). */
const NAMED_INSIDE = /[\s,(]\p{Lu}/u;
/** "… ett samarbete som heter hemsjukhuset …": a name said to follow, capitalised or not. */
const NAMED_AFTER = /(?<![\p{L}\p{N}])(?:som heter|som kallas|called|named)\s/iu;
const namesSomething = (s: string): boolean => NAMED_INSIDE.test(s) || NAMED_AFTER.test(s);

/**
 * A question, then a remark of a few words about it: "… för telefonnummer? alltså inte 112 utan
 * till kontoret", "… at kristineberg? hope i spelled that right". The question asks; the remark is
 * only what was said beside it. Not a second question ("… Gripen? och vem på Kristineberg").
 */
function remarkAfter(text: string): Asked | undefined {
  const end = text.lastIndexOf('?');
  const question = text.slice(0, end + 1).trim();
  const remark = text.slice(end + 1).trim();
  if (end < 0 || wordCount(question) < 2 || wordCount(remark) < MIN_REMARK) return undefined;
  if (QUESTION_START.test(remark) || /^(?:och|and|eller|or)\b/iu.test(remark)) return undefined;
  // "… här i kanalen? Måndagar kl 7.30 vore bra.": a day or a time says when, part of the request
  if (SCHEDULE.test(remark)) return undefined;
  return { question, before: remark };
}
const SCHEDULE =
  /(?<![\p{L}])(?:(?:mån|tis|ons|tors|fre|lör|sön)dag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kl\.? ?\d|klockan|at \d)/iu;
/** Shorter remarks ("mobilen alltså") may still say what is asked: read with the question. */
const MIN_REMARK = 3;

/**
 * What a long message asks; the sentences its question points back to, if it does; and when it
 * does not, what was said before it (a question that names nothing may still be about that).
 */
/** The sentences of a text, as a reader splits them (a title's point ends none). */
export const sentencesOf = (text: string): string[] =>
  text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export type Asked = { question: string; reference?: string; before?: string };

/**
 * The sentences of a long message that ask something (the whole text when none stands out), and
 * apart from them the sentences they point back to: what those name, not what they ask.
 */
export function askedParts(text: string): Asked {
  const question = (q: string): Asked => ({ question: q });
  // Fifteen words take more than this many characters: most questions stop here, uncounted. A
  // short text that opens by introducing the sender ("Hi, I'm a nurse at Gripen. Who …?") is
  // taken apart all the same.
  const short = text.length < MIN_WORDS * 3 || wordCount(text) < MIN_WORDS;
  if (short && !isAboutSender(text)) return remarkAfter(text) ?? shortPair(text) ?? question(text);
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return oneSentence(text);
  // "Hejsan! Jobbar som usk på Nybro HC och min chef bad mig kolla upp numret till …"
  const content = sentences.filter((s) => !SOCIAL_ONLY.test(s));
  if (content.length === 1) {
    const one = oneSentence(content[0]);
    if (one.question !== content[0]) return one;
  }
  const context = (s: string): boolean => !isAboutSender(s) && !SOCIAL_ONLY.test(s);
  const questions = sentences
    .map((s, i) => ({
      s: i === sentences.length - 1 ? clauseAsked(afterColon(s)) : afterColon(s),
      i,
    }))
    .filter(({ s }, i) => s.endsWith('?') || (i === sentences.length - 1 && QUESTION_START.test(s)))
    .map(({ s, i }) => ({ s: s.endsWith('?') ? s : firstClause(s), i }));
  const asked = questions.at(-1);
  // "… här i kanalen? Måndagar kl 7.30 vore bra.": when, said after the request, is part of it.
  const when = asked ? sentences.slice(asked.i + 1).filter((s) => SCHEDULE.test(s)) : [];
  const last = asked && when.length > 0 ? { ...asked, s: [asked.s, ...when].join(' ') } : asked;
  if (last) {
    if (!pointsBack(last.s)) {
      // Not what the sender says of themselves: "I'm a nurse at Gripen." names no subject.
      const before = sentences
        .slice(0, last.i)
        .filter((s) => !SOCIAL_ONLY.test(s))
        .map((s) => (isAboutSender(s) ? besidesSender(s) : s))
        .filter((s) => s !== undefined);
      return before.length > 0 ? { question: last.s, before: before.join(' ') } : question(last.s);
    }
    // What the pronoun points to: the sentence just before, and when that names nothing (no word
    // capitalised inside it), the nearest one that does. It may be what the sender says about
    // themselves ("… på Gamleby hälsocentral. … Vad har den för telefonnummer?").
    const earlier = sentences.slice(0, last.i).filter((s) => !SOCIAL_ONLY.test(s));
    const before = earlier.at(-1);
    if (before === undefined) {
      // "… går utan egen doktor? vi sitter på norrliden": where the sender is, said after.
      const after = sentences.slice(last.i + 1).find((s) => isAboutSender(s) || SENDER_AT.test(s));
      return after ? { question: last.s, reference: after } : question(last.s);
    }
    const named = namesSomething(before) ? undefined : [...earlier].reverse().find(namesSomething);
    const reference = [named, before].filter((s) => s !== undefined).join(' ');
    return { question: last.s, reference };
  }
  const requests = sentences.filter((s) => REQUEST.test(s));
  if (requests.length > 0) return question(requests.join(' '));
  const kept = sentences.filter(context);
  if (kept.length > 0) return question(kept.join(' '));
  // Only a greeting and who the sender is ("Morning! Jenny here, district nurse …"): the greeting.
  const social = sentences.filter((s) => SOCIAL_ONLY.test(s));
  return question(social.length > 0 ? social.join(' ') : text);
}

/**
 * "Helene Svensson är väl inte kvar på Kristineberg längre? vem är basenhetschef där nu": a short
 * text of two sentences whose last asks about the place named before. The last is the question.
 */
function shortPair(text: string): Asked | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length !== 2) return undefined;
  const [first, last] = sentences;
  return QUESTION_START.test(last) && pointsOnlyToPlace(last)
    ? { question: last, reference: first }
    : undefined;
}

/**
 * One long sentence that opens about the sender and then asks ("Jobbar som usk på Nybro HC och
 * min chef bad mig kolla upp numret till Åke …"): what follows the sender's clause, with the
 * clause as what a pronoun in it points back to ("… och undrar vem som är bec där").
 */
function oneSentence(text: string): Asked {
  const rest =
    wordCount(text) >= MIN_WORDS ? (besidesSender(text) ?? lastClauseAsked(text)) : undefined;
  if (!rest || wordCount(rest) < 3) return { question: text };
  return pointsBack(rest) || WE.test(rest)
    ? { question: rest, reference: text.slice(0, text.lastIndexOf(rest)) }
    : { question: rest };
}

/**
 * "och Psykiatrin generellt, inte bara Vimmerby?": what is set aside is not asked about. The
 * words after "inte bara", "not just" go, up to a mark or "utan"/"but".
 */
const SET_ASIDE =
  /,?\s*(?<![\p{L}\p{N}])(?:inte bara|inte enbart|inte endast|not just|not only)\s+[^,.;:?!]*?(?=\s+(?:utan|but)(?![\p{L}\p{N}])|[,.;:?!]|$)/giu;
/**
 * "…, så att cheferna i klustret ser läget": why it is asked, not what. Kept when it says when
 * ("så att det kommer på måndagar").
 */
const PURPOSE = /,?\s*(?<![\p{L}\p{N}])(?:så att|so that)\s+[^.;:?!]*/giu;
const SAYS_WHEN =
  /\d|(?:mån|tis|ons|tors|fre|lör|sön)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day|varje|every|vecka|week/iu;

/**
 * "Ragnhild Holmberg då, hon som hade patientkontrakten": who the person named is, after a comma;
 * the name is what is asked.
 */
const DESCRIBED = /,\s*(?<![\p{L}\p{N}])(?:hon|han|she|he) (?:som|who)\s+[^.;:?!]*/giu;

/** Words without which none is said: most texts skip every pattern. */
const MAY_ASIDE = /inte |not |så att|so that|, *(?:hon|han|she|he) /i;

/** The text without what is set aside, why it is asked, and who a person named is. */
export const withoutAsides = (text: string): string =>
  MAY_ASIDE.test(text)
    ? text
        .replace(SET_ASIDE, '')
        .replace(PURPOSE, (clause) => (SAYS_WHEN.test(clause) ? clause : ''))
        .replace(DESCRIBED, '')
    : text;
