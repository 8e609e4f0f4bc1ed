import type {
  ContactField,
  GroupAspect,
  IntentKind,
  Language,
  Measure,
  TypedIntentKind,
  UnitKind,
} from './intent';

// The one table of what the bot understands. Each intent has example phrasings, the cue words that
// point to it (with weights), and optionally an example question for the help card (which skill
// answers it is src/skills/skillRegistry.ts's business, not understanding's). The cue vocabulary is data too: regular expressions over folded text (lower case,
// å/ä→a, ö→o, "HC"/"vårdcentralen"/"health centre" → "halsocentral", "RUB 5" → "rub5"), matched on
// whole tokens. Adding a capability is a row here, a builder in understand.ts and a handler.

/** content: says what is asked; social: greetings, thanks; hint: narrows but asks nothing alone. */
export type CueKind = 'content' | 'social' | 'hint';

export type CueDef = {
  /** Regular expression sources over folded text; tokens are separated by single spaces. */
  readonly patterns: readonly string[];
  /** Single words (≥ 6 letters) also matched with one typo, e.g. "telefonnumer". */
  readonly typos?: readonly string[];
  readonly kind?: CueKind;
  /** Features shared by several cues, e.g. every measure cue also gives 'measure'. */
  readonly group?: 'measure' | 'aspect' | 'field' | 'reach';
  readonly measure?: Measure;
  readonly aspect?: GroupAspect;
  readonly field?: ContactField;
};

const MONTH_WORDS =
  'januari|january|januray|jan|februari|february|feburary|febuary|feb|mars|march|mar|april|apr|' +
  'maj|may|juni|june|jun|juli|july|jul|augusti|august|aug|september|sept|sep|oktober|october|okt|' +
  'oct|november|nov|december|dec';

/**
 * Month names that name a month alone, without a year ("och i december?"): written out, not "may"
 * (a verb as often) nor the short forms ("mar", "jan" are names as often).
 */
const WHOLE_MONTH_WORDS =
  'januari|january|februari|february|mars|march|april|maj|juni|june|juli|july|augusti|august|' +
  'september|oktober|october|november|december|feb|apr|aug|sept|sep|okt|oct|nov|dec';

/** Month names (Swedish and English, folded) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  // the slips of the longest names ("Januray 2023")
  januray: 1,
  feburary: 2,
  febuary: 2,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augusti: 8,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * "augusti 2022", "2023-03" (tokens "2023 03"), or a month alone ("december": see periods.ts). A preposition before it ("sedan", "since", "till")
 * is read by look-behind, so the word itself is left for the cues ("compared to August 2022"). (The
 * look-behind has an empty alternative: V8 skips an optional group that can only match empty.)
 */
export const PERIOD_PATTERN =
  `(?<=(?:(?:^| )(sedan|sen|since|fran och med|fran|from|efter|after|till|to|until|tom|fram till|innan|before) )|)` +
  `(?:(${MONTH_WORDS}) ((?:19|20)\\d\\d|2\\d)|((?:19|20)\\d\\d) (0[1-9]|1[0-2])|(${WHOLE_MONTH_WORDS}))`;

/** Prepositions that make a period the start or the end of a range. */
export const PERIOD_FROM = new Set([
  'sedan',
  'sen',
  'since',
  'fran och med',
  'fran',
  'from',
  'efter',
  'after',
]);
export const PERIOD_TO = new Set(['till', 'to', 'until', 'tom', 'fram till', 'innan', 'before']);

const LACK =
  '(?:saknar|saknas|saknade|utan|inte har|har inte|har ingen|har inga|ingen|inga|inte|without|lacks?|lacking|' +
  'missing|no|not having|do not have|dont have|don t have|does not have|doesnt have|doesn t have|with out|' +
  'has no|have no)';
const FAST_DOCTOR =
  '(?:fast(?:a)? (?:lakarkontakt(?:er|en)?|lakare(?:n)?|lak|doktor(?:n)?|vardkontakt(?:en)?)|(?:regular|reguler|regulr|named|fixed|' +
  'permanent|assigned|designated|own) (?:doctor|gp|physician)s?|egen (?:lakare|doktor|lakarkontakt|huslakare|husdoktor)|' +
  '(?:doctor|gp|physician) of (?:their|his|her|my) own)';

const HOUR_WORD_PATTERN =
  'ett|en|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/** Words after which "sjukhus" is the plural: "vilka sjukhus finns det?". */
export const PLURAL_BEFORE: ReadonlySet<string> = new Set([
  'vilka',
  'alla',
  'samtliga',
  // "finns det fler hc:n i Nybro?", "are there other health centres …"
  'fler',
  'flera',
  'nagra',
  'andra',
  'other',
  'more',
  'any',
]);

export const CUES = {
  // ---- always ----
  greeting: {
    kind: 'social',
    patterns: [
      'hej(?:san|hej)?|hallo|halla|tjena(?:re)?|tja(?:bba)?|morsning|morr?n|god ?(?:morgon|dag|kvall|eftermiddag)',
      'goddag|hello|hi|hey|hiya|howdy|good (?:morning|afternoon|evening|day)|morning|greetings|yo',
    ],
  },
  thanks: {
    kind: 'social',
    patterns: [
      'tack(?: sa (?:jatte )?mycket| for hjalpen| for det| sa lange| for nu)?|tusen tack|tackar|stort tack',
      'thanks(?: a lot| so much| a million| very much| for now)?|thank you(?: so much| very much)?|thx|thnx|thanx|tnx|ty|cheers',
      // "thank you, that helps": no plea for help
      'that (?:helps|helped|was helpful)|det (?:hjalper|hjalpte)',
    ],
  },
  help: {
    patterns: [
      'hjalp(?:a mig)?|help(?: me)?|support|guide|manual|meny|menu|kommandon|commands|instruktioner',
      'instructions|exempel|examples',
      'vad kan (?:du|boten|nara|den|ni)(?: gora| hjalpa (?:mig |till )?med| svara pa| fraga om)?|vad kan (?:jag|man) fraga(?: dig| boten)?(?: om)?',
      'what can (?:you|the bot|this bot|nara|it)(?: do| help (?:me )?with| answer)?|what can i ask(?: you| about)?|what do you do',
      // "what kind of things can I ask you?", "vad för frågor kan jag ställa?"
      'what (?:kind|kinds|sort|sorts|type|types) of (?:things|questions|stuff) can i ask(?: you| about)?',
      'vad (?:for )?(?:slags |sorts )?(?:saker|fragor|grejer) kan (?:jag|man) (?:fraga(?: om)?|stalla)',
      'hur (?:funkar|fungerar|anvander jag) (?:du|det|detta|den har|boten|nara)(?: boten)?',
      'how (?:do you|do i use|does (?:this|it|the bot|this bot|nara)) work|how do i use (?:this|it|the bot|this bot|nara)',
      // "can you find phone numbers?": what the bot can do, when nothing names whose
      '(?:can|could) (?:you|i|nara|the bot) (?:find|look up|search(?: for)?|give(?: me)?|get(?: me)?|help (?:me )?find)(?: me)? (?:phone numbers|numbers|contact details|contact info|contacts|email addresses|emails)$',
      'kan (?:du|jag|man|boten) (?:hitta|soka(?: efter)?|ta fram|ge mig|leta (?:upp|fram))(?: mig)? (?:telefonnummer|nummer|kontaktuppgifter|kontakter|mejladresser|mailadresser)$',
    ],
    typos: ['hjalpa'],
  },

  // ---- contacts ----
  contact: {
    patterns: [
      'vem (?:fan |i helvete |tusan )?(?:kontaktar|kontakter|ska|skall|kan|bor|borde) (?:jag|man|vi)(?: (?:kontakta|ringa|prata med|tala med|snacka med|vanda (?:mig|oss) till|fraga|maila|mejla))?',
      // ("vem är det man ska prata med om det?")
      'vem (?:ar det (?:som )?)?(?:jag|man|vi) (?:ska|skall|kan|bor|borde) (?:kontakta|ringa|prata med|tala med|snacka med|hora av (?:mig|oss) till|vanda (?:mig|oss) till|fraga)',
      'vem (?:snackar|pratar|talar|hor) (?:jag|man|vi)(?: av mig)? med|vem ska man hora av sig till',
      // "vem ringer vi för hemsjukhuset?": who, not how
      'vem (?:ringer|ska|skall) (?:jag|man|vi)(?: ringa)?',
      // "vem är det man vänder sig till där?", "vem vänder jag mig till"
      'vem (?:ar det (?:som )?)?(?:jag|man|vi) (?:vander|vand|ska vanda) (?:mig|sig|oss) till|vem vander (?:jag|man|vi) (?:mig|sig|oss) till',
      'vem kontaktar|kontaktperson(?:en|er|erna)?|kontakt(?:uppgifter|uppgifterna|info|information|vag|vagar|en)?|kontakta',
      'vem (?:ansvarar|ansvarade|leder|ledde|driver|drev|haller i|holl i)(?: for)?|ansvarig(?:a)?(?: for)?',
      // "vem jobbar med hälsolotsen?": who, not what the work is
      'vem (?:som )?(?:jobbar|arbetar) med|who (?:works|is working|are working) (?:on|with|in)',
      // "vem på hälsocentralen är det som jobbar med …", "vem i arbetsgruppen kan jag fråga?" (the
      // place between is left for the name)
      '(?<=vem (?:pa|i|hos|vid) (?:\\w+ ){1,3})(?:ar det )?som (?:jobbar|arbetar) med',
      '(?<=vem (?:pa|i|hos|vid) (?:\\w+ ){1,3})(?:kan|ska|skall|bor|borde) (?:jag|man|vi) (?:fraga|ringa|kontakta|prata med|tala med|vanda mig till)',
      // "vem fixar det där med social förskrivning"
      'vem (?:som )?(?:fixar|skoter|har hand om|haller koll pa|har koll pa)',
      // "nån som har koll på Hultsfredsklustret"
      '(?:nagon|nan) som (?:har|haller) koll pa',
      'who (?:do|should|can|could|would|shall) (?:i|we) (?:contact|call|ring|talk to|speak to|speak with|talk with|reach out to|get in touch with|get hold of|ask|email|turn to|bug|ping|go to)',
      // "is there anyone I can talk to about …", "finns det nån jag kan prata med om …"
      '(?:anyone|someone|somebody|nagon|nan) (?:i|we|jag|vi) (?:can|could|should|kan|skulle kunna|ska|borde) (?:talk to|speak to|speak with|contact|call|ask|prata med|tala med|kontakta|ringa|fraga|vanda (?:mig|oss) till)',
      // "finns det nån på hälsocentralen jag kan vända mig till om …" (the place is left for the name)
      '(?<=(?:nagon|nan) (?:pa|i|hos|vid) (?:\\w+ ){1,3})(?:jag|vi|man) (?:kan|ska|skulle kunna) (?:vanda (?:mig|oss) till|prata med|tala med|fraga|ringa|kontakta)',
      // "jag behöver prata med någon om hälsolotsen"
      '(?:prata|tala|snacka) med (?:nagon|nan|naan)(?: om| kring| angaende| ang| som haller i| som ansvarar for)',
      '(?:talk|speak) (?:to|with) (?:someone|somebody|anyone)(?: about| regarding)?',
      '(?:someone|somebody|anyone) to (?:talk|speak) (?:to|with)(?: about| regarding)?',
      // "vilka kan man höra av sig till i …"
      'vilka (?:kan|ska|skall|bor) (?:jag|man|vi) (?:hora av (?:mig|sig|oss) till|kontakta|prata med|vanda (?:mig|sig|oss) till)',
      'who to (?:contact|call|ask)|contact (?:person|persons|people|details|info|information)|contacts?|point of contact',
      'go ?to (?:person|people|guy|contact)',
      'who (?:is|s|are) (?:the )?(?:contacts?|responsible)(?: persons?| people)?(?: for)?|responsible for|in charge of|who (?:runs|leads|led|ran)',
      // "who's behind the home hospital thing?", "vem ligger bakom …"
      'who (?:is|s|are|was) behind|vem (?:som )?(?:ligger|stod|star) bakom',
    ],
    typos: ['kontaktperson', 'kontaktar', 'kontakta'],
  },
  reach: {
    patterns: [
      'hur (?:nar|kontaktar|kommer) (?:jag|man|vi)(?: i kontakt med| i kontakt| at)?',
      '(?:fa|far) (?:(?:jag|man|vi) )?tag (?:pa|i)|(?:fa|far) (?:(?:jag|man|vi) )?kontakt med|komma i kontakt med|get hold of',
      // "vart ringer jag kommunens hemsjukvård?", "måste ringa tillbaka ambulansen"
      '(?:vart|var) (?:ringer|ska|skall) (?:jag|man|vi)(?: ringa)?|ringa tillbaka(?: till)?|ringa upp',
      'na (?:nagon|nan|naan)(?: pa| i| hos| vid| inom)?|(?:behover|vill|maste|ska) (?:jag |vi |man )?na',
      'how (?:do|can|could|would|should) (?:i|we|one) (?:reach|contact|get hold of|get in touch with|call|find)',
      'how to (?:reach|contact|get in touch with)|reach|get in touch(?: with)?',
    ],
  },
  /**
   * Where a person works: "vilken hc sitter hon på", "var jobbar Anna Dahl". A hint: it asks
   * nothing alone (the person named or pointed to does), but "vilken hc" in it is no ranking.
   */
  worksAt: {
    kind: 'hint',
    patterns: [
      'vilken (?:halsocentral|enhet|arbetsplats|avdelning|klinik|mottagning) (?:jobbar|arbetar|sitter|tillhor)',
      'var (?:jobbar|arbetar|sitter)',
      'where (?:does|do) (?:she|he|they) work|where (?:is|s) (?:she|he) (?:based|working)|which (?:halsocentral|unit|clinic) (?:does|is) (?:she|he)',
    ],
  },
  /** "från regionens sida": which party of a group is meant, never a name to look up. */
  partySide: {
    kind: 'hint',
    patterns: [
      'fran (?:regionens|kommunens|sjukhusets|landstingets|halsocentralens|var|er|deras) (?:sida|hall)',
      '(?:from|on) (?:the )?(?:regions|region|municipalitys|municipality|kommuns|kommun|hospitals|hospital|councils|council|our|their) side',
    ],
  },
  /** Where a unit is and when it is open: asked of a unit, of a person's unit too. */
  premises: {
    group: 'reach',
    patterns: [
      'adress(?:en)?|address|besoksadress(?:en)?|postadress(?:en)?|hitta till|var ligger|where is|where s',
      'oppettider(?:na)?|opening hours|vaxel(?:n)?|vaxelnummer(?:et)?|switchboard|hur hittar jag',
    ],
    typos: ['adressen', 'address'],
  },
  number: { group: 'field', field: 'phone', patterns: ['nummer(?:et)?|numret|nr|number'] },
  phone: {
    group: 'field',
    field: 'phone',
    patterns: [
      'telefon(?:nummer|numret|nr|en)?|tel|tfn|telnr|telnummer|telnumret|ringa|ring|direktnummer(?:et)?|direktnumret|direktnr|direct (?:line|number)',
      '(?:phone|phonne|phon|fone)(?: number| no)?|telephone(?: number)?|call',
    ],
    typos: ['telefon', 'telefonnummer'],
  },
  mobile: {
    group: 'field',
    field: 'mobile',
    patterns: [
      'mobil(?:nummer|numret|nr|en|telefon|telefonnummer)?|mobile(?: phone)?(?: number| no)?|cell(?: phone)?(?: number)?|cellphone',
    ],
    typos: ['mobilnummer'],
  },
  email: {
    group: 'field',
    field: 'email',
    patterns: [
      'mejl(?:adress|adressen|en)?|mail(?:adress|adressen|en)?|epost(?:adress|adressen|en)?|email(?: address)?|e mail|mejla|maila',
      'mejladresser(?:na)?|mailadresser(?:na)?|epostadresser(?:na)?|e?mails|email addresses|e mails',
      'emial|emal|emaill|e mial|mial',
    ],
    typos: ['mejladress', 'epostadress', 'mailadress'],
  },
  /** "en projektledare som heter Ragnhild Holmberg": the words after it are a person's name. */
  named: {
    patterns: [
      'som heter|som hette|vid namn|called|named|by the name of',
      // "jag söker Svensson", "I'm looking for Linda Berg": someone, by name
      '(?:jag|vi) (?:soker|letar efter)|(?:i m|im|i am|we re|we are) (?:looking|searching) for',
    ],
  },
  whoIs: { patterns: ['vem (?:som )?(?:ar|var|a|e)|who (?:is|s|are|was)|whos|vilka ar|vad heter'] },
  about: {
    patterns: [
      'beratta(?: lite)?(?: mer)? om|info(?:rmation)? (?:om|on|about)|uppgifter om|vad vet du om|kort om',
      'tell me(?: a bit| a little)?(?: more)? about|details (?:on|about)|what is|what s|whats|vad ar|describe|beskriv',
    ],
  },
  focus: {
    group: 'aspect',
    aspect: 'focus',
    patterns: [
      'vad (?:jobbar|arbetar|gor|gjorde|sysslar|handlar)|jobbar med|arbetar med|handlar om|fokus(?:et|omraden|omradet)?',
      'fokuserar(?: pa)?|fokuserade(?: pa)?|focus(?:es|ed)? on|focusing on',
      'vad gar (?:det|den|projektet|gruppen|satsningen|arbetet) ut pa|gar (?:det|den) ut pa',
      // "… och undrar vad den går ut på": the question inside a sentence
      'vad (?:det|den|projektet|gruppen|satsningen|arbetet) gar ut pa',
      // "vad håller Västerviksklustret på med?", "vad håller gruppen hon är med i på med?"
      '(?<=(?:^| )vad haller (?:[a-z0-9]+ ){1,6})pa med',
      // "vad gick Karlshamnspiloten ut på?": the name between
      '(?<=(?:^| )(?:gick|gar|handlade) (?:[a-z0-9]+ ){1,3})ut pa',
      'syfte(?:t)?|mal(?:et|en)?|what (?:do|does)|work(?:s|ing)? (?:on|with)|focus(?:es|ed)?|purpose|goals?|aims?',
      // "what are they actually trying to achieve?", "vad vill de uppnå?"
      'trying to (?:achieve|do)|want to achieve|achieve|uppna',
    ],
  },
  participants: {
    group: 'aspect',
    aspect: 'participants',
    patterns: [
      'vilka (?:fler |andra |mer )?(?:verksamheter |enheter |organisationer |aktorer |parter )?(?:deltar|deltog|ar med|var med|ingar|medverkar|ar delaktiga|sitter med|jobbar|arbetar|samarbetar|samverkar)(?: i| pa)?',
      'deltar|deltagare(?:na)?|medverkande|medlemmar(?:na)?|ingar',
      // "och vilka från kommunen är med?"
      'vilka (?:fran|pa|i) (?:kommunen|kommunerna|regionen|sjukhuset|psykiatrin|ambulansen|halsocentralen|halsocentralerna) (?:ar med|var med|deltar|sitter med)',
      'who (?:takes|take|is taking|are taking) part|who (?:participates|participate)|participants?|members?',
      'who (?:is|are) (?:involved|part of)|involved|part of|take part|takes part|took part|taking part',
      'inblandade|involverade|engagerade',
      // "who's in it?", "vilka är med i den?"
      'who (?:is|s|are) (?:in|on) (?:it|that|the group|the project)|(?:vilka|vem) (?:ar|sitter) (?:med )?i (?:den|det|gruppen|projektet)',
    ],
    typos: ['deltagare', 'participants'],
  },
  targetGroups: {
    group: 'aspect',
    aspect: 'targetGroups',
    patterns: [
      'malgrupp(?:en|er|erna|s)?|target ?groups?|target audience|for vem|for vilka|who is it for|riktar sig(?: till| mot)?|aimed at',
    ],
    typos: ['malgrupp', 'malgrupper'],
  },
  unitWord: { kind: 'hint', patterns: ['halsocentral'] },

  // ---- metrics ----
  rub: {
    patterns: [
      'rub[0-5]?(?: niva| level)?|(?:niva|level|band) [0-5]',
      // "de allra sjukaste patienterna", "our most complex patients": RUB 5 in everyday words
      '(?:allra )?(?:sjukaste|mest sjuka|mest komplexa|tyngsta)(?= patient)|(?:most complex|sickest|most ill)(?= patient)',
    ],
  },
  share: {
    patterns: [
      'andel(?:en|ar|arna)?|procent(?:andel|andelen)?|hur stor (?:andel|del)|share|proportion|percent(?:age)?|rate|ratio',
    ],
    typos: ['andelen'],
  },
  count: { patterns: ['hur manga|antal(?:et)?|how many|number of|count'] },
  summary: {
    patterns: [
      // (not one to post in the channel: a digest)
      'sammanfattning(?:en)?(?!(?: [a-z0-9]+)* (?:hit|kanalen)(?: |$))|summering(?:en)?|oversikt(?:en)?|statistik(?:en)?|siffror(?:na)?|nyckeltal(?:en)?|lagesbild',
      // "numbers", but not "phone numbers"
      'overview|summary|stats|statistics|figures|(?<!(?:phone|mobile|contact|direct|cell) )numbers|key figures|dashboard|metrics',
    ],
    typos: ['sammanfattning', 'statistik', 'summary'],
  },
  lackFast: {
    group: 'measure',
    measure: 'withoutFastLakarkontakt',
    patterns: [
      `${LACK} (?:(?:en|ett|a|any|nagon|nan|nagot) )?${FAST_DOCTOR}`,
      // "patients without a GP": a GP of their own is the fast läkarkontakt
      `${LACK} (?:(?:en|ett|a|any|nagon|nan|nagot) )?(?:gp|gps|family doctor|huslakare|husdoktor)`,
    ],
  },
  fastDoctor: { group: 'measure', measure: 'withoutFastLakarkontakt', patterns: [FAST_DOCTOR] },
  sip: {
    group: 'measure',
    measure: 'withSip',
    patterns: [
      'sip(?:ar|arna|en|s)?|samordnad(?:e)? individuell(?:a)? plan(?:er)?|coordinated individual plans?|individual care plans?',
    ],
  },
  akutbesok: {
    group: 'measure',
    measure: 'akutbesok',
    patterns: [
      'besokt akuten|akut(?:en|besok|besoks|besoken|besoket|mottagning|mottagningen|mottagningar)?|akm',
      'emergency(?: department| room| ward| care)?(?: visits?)?|er visits?|a e visits?|ed visits?',
    ],
  },
  ambulans: {
    group: 'measure',
    measure: 'ambulans',
    patterns: [
      'akt ambulans|ambulans(?:en|er|resor|resorna|transporter|transporterna|akningar|akningarna|akning|akandet|akande|turer|turerna|besok|besoken|utryckningar|utryckningarna)?|ambulances?(?: rides?| transports?| trips?)?',
    ],
  },
  hemsjukvard: {
    group: 'measure',
    measure: 'hemsjukvard',
    patterns: [
      '(?:har )?pagaende hemsjukvard|hemsjukvard(?:en|s)?|hsv|home (?:health ?care|healthcare|care|nursing)',
    ],
  },
  psykiatri: {
    group: 'measure',
    measure: 'psykiatri',
    patterns: [
      'psykiatri(?:n|ska)?|psykiatrikontakt(?:er|en|erna)?|psyk(?:en)?|psykisk halsa|psychiatr(?:y|ic)|mental health',
    ],
  },
  rehabilitering: {
    group: 'measure',
    measure: 'rehabilitering',
    patterns: ['rehab(?:ilitering|iliteringen|ilitation)?'],
  },
  aterinlaggning: {
    group: 'measure',
    measure: 'aterinlaggning',
    patterns: [
      'aterinlagg(?:ning|ningar|ningarna|ningen)|aterinlagd(?:a)?|aterinskriv(?:ning|ningar)|readmissions?|readmitted',
      // "patienter som åker in igen efter utskrivning", "keep bouncing back into hospital"
      '(?:aker|akt|kommer|kommit|laggs|lagts) in igen|bounc(?:e|es|ing) back|(?:come|comes|coming) back in',
      '(?:komma|kommit|kommer|aka|akt) tillbaka in(?: pa sjukhus(?:et)?)?',
    ],
  },
  distribution: {
    patterns: [
      'fordelning(?:en)?|distribution|per halsocentral|mellan (?:alla )?halsocentral(?:er)?(?! och )|(?:alla|samtliga|varje) halsocentral(?:er)?',
      // ("vilka hälsocentraler finns det på Öland?": which there are, not how they rank)
      'jamfor (?:alla )?(?:de )?halsocentral(?:er)?|compare (?:the |all )?halsocentral(?:er)?|(?:which|vilka|vilken) halsocentral(?:er)?(?! finns| are there| is there| exist)',
      'rank(?:ing)?|rangordn(?:a|ing)|topplista(?:n)?|hogst(?:a)?|lagst(?:a)?|highest|lowest|most|fewest|flest|minst',
      'across (?:the |all )?halsocentraler|by halsocentral|each halsocentral|every halsocentral',
      // "hur fördelar sig rub5 … över hälsocentralerna", "sip-andel hälsocentralsvis"
      'fordelar sig|fordelat|over (?:alla )?(?:de )?halsocentraler(?:na)?|halsocentralsvis|per hc|hc for hc',
    ],
    typos: ['fordelning', 'distribution'],
  },
  unitsPlural: { kind: 'hint', patterns: ['halsocentraler'] },
  trend: {
    patterns: [
      'trend(?:en|er|line|lines|linje|linjen)?|trend line|forandr(?:ats|ades|ing|ingen|ingar)|andr(?:ats|ades)|utveckl(?:ing|ingen|ats|ades|as)|over tid',
      'over time|chang(?:e|ed|es|ing)|develop(?:ed|ment)|okat|minskat|okning(?:en)?|minskning(?:en)?',
      'increased?|decreased?|evolution|historik|history|tidsserie',
      // "har vi blivit bättre på fast läkare sen aug 2022?"
      '(?:blivit|gatt|blitt) (?:battre|samre)|forbattr(?:at|ats|ing|ingen)|forsamr(?:at|ats|ing)|improved|got(?:ten)? (?:better|worse)',
    ],
    typos: ['forandrats', 'forandring', 'utveckling'],
  },
  compare: {
    patterns: [
      'jamfort(?: med| mot)?|compared(?: to| with)?|versus|vs',
      // "hur ligger vi till mot Nybro …": ours against Nybro's
      'hur ligger (?:vi|de|ni|dom) till (?:mot|jamfort med|i jamforelse med)',
      // "hur står vi oss mot Berga …"
      'hur star (?:vi|de|ni|dom) (?:oss|sig|er) (?:mot|jamfort med|i jamforelse med)',
    ],
  },
  since: { patterns: ['sedan|since'] },
  patients: {
    patterns: ['patient(?:er|erna|en|s)?'],
    typos: ['patienter', 'patienterna', 'patients'],
  },
  show: {
    patterns: [
      'visa(?: mig)?|show(?: me)?|ta fram|ge mig|give me|display|get me|hamta|send me|skicka',
    ],
  },
  /** "lista", "list": people listed, more than figures shown. */
  list: { patterns: ['lista(?:n)?|list|patientlist(?:a|an|or|orna)?|patient list'] },
  which: { patterns: ['vilka|vilken|vilket|which'] },
  mine: {
    patterns: [
      '(?:min|mitt|mina|var|vart|vara) (?:egen |egna )?(?:halsocentral|enhet|mottagning)|hos (?:oss|mig)',
      '(?:my|our) (?:own )?(?:halsocentral|unit|clinic|practice)',
      // ("mina mest komplexa patienter", "our sickest patients")
      '(?:my|mina|vara|our)(?= (?:(?:mest|most|sjukaste|sickest|komplexa|complex|tyngsta|svaraste) ){0,3}(?:rub[0-5] )?(?:patient|gamlingar|aldre|brukare|listade|folks))',
      '(?:our|my) (?:place|practice|centre|center)|var arbetsplats|min arbetsplats',
    ],
  },
  /** "… på Kvarnholmen, sida 2": a page of a list, so a list. */
  pageAsked: { kind: 'hint', patterns: ['(?:sida|sidan|page) \\d{1,2}'] },
  /** "mina rub5 utan fast läkare", "my band 5 folks": the user's own patients, as people. */
  ownPatients: {
    kind: 'hint',
    patterns: ['(?:my|mina|vara|our)(?= (?:rub[0-5]|rub|band [0-5])(?: |$))'],
  },
  region: {
    patterns: [
      '(?:hela )?regionen(?:s)?|region kalmar(?: lan)?|kalmar lan(?:s)?|(?:hela )?lanet(?:s)?|(?:the )?(?:whole |entire )?region(?:s)?',
      '(?:the )?(?:whole |entire )?county|countywide|county wide|regionwide|region wide|regional(?:a)?',
    ],
  },
  setMine: {
    patterns: [
      '(?:min|mitt|var) (?:halsocentral|enhet|mottagning|arbetsplats) (?:ar|heter)',
      'jag (?:jobbar|arbetar|ar anstalld|tjanstgor|finns) (?:pa|vid|i|hos)',
      // "kom ihåg att jag hör till Vimmerby hälsocentral"
      'jag (?:hor till|tillhor)',
      '(?:byt|byta|andra|satt|satta|spara|valj|valja|uppdatera)(?: min)? (?:halsocentral|enhet)(?: till| som)?',
      '(?:set|change|update|switch) my (?:halsocentral|unit)(?: to| as)?|my (?:halsocentral|unit) is',
      // "Nybro är min hälsocentral"
      '(?:ar|blir) (?:min|mitt) (?:halsocentral|enhet|mottagning|arbetsplats)',
      // "kan du spara det som min enhet?", "please set that as my health centre"
      '(?:spara|satt|stall in|valj|registrera) (?:det|den|den har|denna|detta) som (?:min|mitt) (?:halsocentral|enhet|mottagning|arbetsplats)',
      '(?:set|save|make|register) (?:that|it|this) (?:as|to be) my (?:halsocentral|unit|clinic|practice)',
      // "could you set Mönsterås as my unit", "spara Gripen som min enhet": the name between
      '(?:as|to be) my (?:halsocentral|unit|clinic|practice|home unit)|som (?:min|mitt) (?:halsocentral|enhet|mottagning|arbetsplats)',
      'i (?:work|am) (?:at|in)|i m at|im at|i belong to',
    ],
  },

  // ---- digests ----
  digest: {
    patterns: [
      'veckobrev(?:et|en|s)?|veckobrevs(?:utskick|mejl|mail)(?:et|en)?|veckorapport(?:en|er)?|veckosammanfattning(?:en)?|veckomejl(?:et)?|veckomail(?:et)?',
      'nyhetsbrev(?:et)?|sammandrag(?:et)?|utskick(?:et|en)?|digests?|newsletter|brevet|nasta brev|veckans brev',
      // "kan ni skicka en sammanfattning för Gamleby hit i kanalen varje torsdag": one to post here
      'sammanfattning(?:en)?(?=(?: [a-z0-9]+)* (?:hit|kanalen)(?: |$))',
      'weekly (?:digest|summary|report|newsletter|update|email)|(?:weekly )?round ?up|veckosammanstallning(?:en)?',
    ],
    typos: ['veckobrev', 'veckobrevet', 'veckorapport', 'nyhetsbrev', 'digest'],
  },
  subscribe: {
    patterns: [
      'prenumerera(?:r)?|abonnera|subscribe|subscrbe|subscibe|sign up(?: for)?|starta|aktivera|sla pa|vill ha|enable|turn on',
      // "kan vi få veckobrevet i den här kanalen"
      '(?:kan|skulle) (?:vi|jag|kanalen|ni) (?:fa|kunna fa)(?= (?:ett |en )?(?:veckobrev|veckobrevet|utskick|utskicket|nyhetsbrev|nyhetsbrevet)(?: |$))',
      '(?:can|could) (?:we|i|this channel) (?:get|have)(?= (?:the |a |an )?(?:weekly )?(?:digest|roundup|round up|newsletter|veckobrev|veckobrevet)(?: |$))',
      'set up|lagg upp|lagga upp|skapa|bestall|start',
      // "… så att den kommer automatiskt varje vecka", "sent here automatically every Monday"
      '(?:kommer|skickas|postas|dyker upp) (?:hit )?automatiskt|automatiskt varje|(?:comes|arrives|is sent|gets sent|posted) (?:here )?automatically|automatically every',
      // "kan ni posta sammanfattningen här i kanalen varje torsdag"
      '(?:kan|skulle) (?:ni|du|nara|boten) (?:posta|lagga ut)|(?:can|could) (?:you|nara|the bot) post',
    ],
    typos: ['prenumerera', 'subscribe'],
  },
  subscriptions: {
    patterns: [
      '(?:veckobrevs)?prenumerationer(?:na)?|(?:veckobrevs)?prenumeration(?:en)?|subscriptions?|abonnemang(?:et|en)?',
      // Asking which digests exist is a listing question, even with "set up" in it.
      '(?:which|what|vilka) (?:weekly )?(?:digests?|veckobrev(?:en)?|brev(?:en)?|utskick(?:en)?|subscriptions|prenumerationer)(?: (?:are|is) set up| finns(?: det)?)?',
      // "list the digests in this channel": the ones it has
      '(?:list|lista|show|visa) (?:me |mig )?(?:the |all |alla )?(?:digests|veckobreven|utskicken)',
      // "what is this channel subscribed to?": what it has, not a new subscription
      'subscribed to|prenumererar (?:vi|kanalen|den har kanalen|ni) pa',
      // "vad har vi för utskick inlagda här"
      'vad (?:har (?:vi|ni|kanalen)|finns det) for (?:veckobrev|utskick|brev|prenumerationer)',
      // "vad får den här kanalen för veckobrev?", "what does this channel get now?"
      'vad far (?:den har )?kanalen|what does (?:this|the) channel get',
      // "finns det nåt kvar som postas hit?"
      'som (?:postas|skickas|kommer) hit|(?:is|gets) (?:posted|sent) here',
    ],
    typos: ['prenumerationer', 'prenumeration', 'subscriptions'],
  },
  pause: { patterns: ['pausa(?:r|s)?|paus|pause(?:d)?|tillfalligt|uppehall|snooze|hold'] },
  /** "stop posting it for a while", "stoppa det över jul": a pause, not the end. */
  forAWhile: {
    kind: 'hint',
    patterns: [
      'for a while|for now|for the time being|ett tag|ett litet tag|en stund|tills vidare|over (?:jul|julen|sommaren|semestern)',
    ],
  },
  unsubscribe: {
    patterns: [
      'avsluta(?:r)?|avprenumerera|avregistrera|unsubscribe|stoppa|stopp|sluta(?: med)?|stop|cancel|end',
      'ta bort(?: prenumerationen)?|remove|turn off|stang av|sla av|opt out|sag upp|saga upp',
      // "vi vill inte få det mer", "we don't want it any more"
      '(?:vill|ville) inte (?:fa|ha) (?:det|den|dem|dom|brevet|veckobrevet|utskicket|fler)(?= (?:mer|langre|langre|fler)(?: |$))',
      '(?:don t|do not|dont) want (?:it|this|that|them)(?= (?:any ?more|any longer)(?: |$))|no longer want',
    ],
    typos: ['avsluta', 'avprenumerera', 'unsubscribe'],
  },
  withdraw: {
    patterns: [
      'dra(?:r)? tillbaka|ta tillbaka|withdraw|aterkalla|recall|retract|undo|angra',
      'ta bort (?:det )?senaste|delete (?:the )?last',
    ],
    typos: ['withdraw', 'aterkalla'],
  },
  preview: {
    patterns: [
      'forhandsvisa|forhandsgranska|forhandsvisning(?:en)?|preview|testa|test|provkor|exempel pa|smakprov(?:et)?',
      'what (?:it|that|this) (?:will|would) look like|hur (?:det|den|brevet|veckobrevet|utskicket) (?:kommer att |kommer |skulle )?se(?:r)? ut',
      // "show me what the next one would look like", "hur nästa veckobrev ser ut"
      'what the next (?:one|digest|issue) (?:will|would) look like|hur nasta (?:veckobrev|brev|utskick) (?:kommer att |kommer |skulle )?se(?:r)? ut',
      'hur (?:det|den|brevet|veckobrevet) (?:kommer att |kommer |skulle )?bli(?:r)?',
      'hur (?:kommer|skulle) (?:det|den|brevet|veckobrevet) (?:att )?se ut|visa (?:ett )?exempel',
    ],
    typos: ['forhandsvisa', 'preview'],
  },
  now: { patterns: ['nu|now|direkt|genast|right now|right away|idag|today'] },
  latest: { patterns: ['senaste|last|latest|forra'] },

  // ---- comparisons, units in an area, digest details ----
  compareUnits: {
    patterns: [
      'jamfor(?:a|s)?|jamforelse(?:n)?|stall(?:a)?|sida vid sida|bredvid varandra|mot varandra',
      'compare|compair|comparison|side by side|head to head|against each other|next to each other',
    ],
    typos: ['compare', 'jamfora'],
  },
  addUnit: { kind: 'hint', patterns: ['lagg till|ta med|lagg in|add|include|also include'] },
  exist: {
    kind: 'hint',
    patterns: [
      'finns(?: det)?|fins|are there|is there|are in|exist(?:s)?|i katalogen|in the directory',
      'do you have|have you got|har du|har ni|do we have|har vi(?= i )',
    ],
  },
  unitKinds: {
    kind: 'hint',
    patterns: [
      'enheter(?:na)?|units|verksamheter(?:na)?|mottagningar(?:na)?|clinics|sjukhusen|lasarett(?:en)?|hospitals',
      'kommuner(?:na)?|municipalities|psykiatrimottagningar(?:na)?|kinds of units|types of units',
      // "sjukhus" is also the singular, as in "Västerviks sjukhus": plural only after these.
      `(?:${[...PLURAL_BEFORE].join('|')}) sjukhus`,
    ],
  },
  areaWord: { kind: 'hint', patterns: ['omradet|omrade|omradets|area|trakten|district'] },
  schedule: {
    kind: 'hint',
    patterns: [
      '(?:varje |every |on |pa )?(?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:ar|en|s|arna)?',
      `(?:kl|klockan|at|around|runt) (?:\\d{1,2}|${HOUR_WORD_PATTERN})(?: \\d{2})?(?: am| pm)?`,
      '\\d{1,2} \\d{2}(?: am| pm)?|\\d{1,2}(?: ?am| ?pm)|(?:at )?(?:noon|midday|midnight)',
      `halv (?:\\d{1,2}|${HOUR_WORD_PATTERN})|kvart (?:over|i) (?:\\d{1,2}|${HOUR_WORD_PATTERN})`,
    ],
  },
  resume: {
    patterns: [
      'ateruppta|aterstarta|resume|unpause|restart|sla pa igen|turn (?:it |the digest |the weekly digest )?back on',
      '(?:start|switch on|turn on) (?:it|that|this|the digest|the weekly digest) (?:again|back up)',
      '(?:turn|switch) (?:it|that|this|the digest|the weekly digest) on again',
      // "kör igång veckobrevet igen": the words between are left for the other cues
      '(?:kor|kora|dra|satt|satta) igang(?= (?:[a-z]+ )?igen)',
      // "nu kan du starta det igen": a paused digest started again
      '(?:starta|aktivera|sla pa) (?:det|den|dem|brevet|veckobrevet|utskicket) igen',
      // "pausa dem" … "starta igen"
      '(?:starta|aktivera|start) (?:igen|again)',
    ],
    typos: ['ateruppta'],
  },
  again: { kind: 'hint', patterns: ['igen|again|pa nytt'] },
  /** "jag är på Stensö, hur ligger vi till …": where the sender is, said in passing. */
  senderAt: {
    kind: 'hint',
    // "jämföra oss på Esplanaden med …": the own one is the one named ("jag är basenhetschef på …")
    patterns: [
      'jag ar (?:\\w+ )?(?:pa|vid)|vi ar (?:pa|vid)|oss (?:pa|vid)|(?:us|we) (?:at|here at)',
    ],
  },
  /** "lära mig vem som är vem", "who's who": an idiom, never a question about someone. */
  whosWho: { kind: 'hint', patterns: ['vem som ar vem|vilka som ar vilka|who s who|who is who'] },
  /** "hit i kanalen", "to this channel": where a digest goes, never a name. */
  here: {
    kind: 'hint',
    // The words around it ("i den här", "to this") are function words already.
    patterns: ['kanalen|kanal|channel|hit'],
  },
  status: {
    patterns: [
      'hur ligger (?:vi|de|ni|det|dom) till|hur ser det ut|hur gar det|how are (?:we|they) doing|how is it going|how do (?:we|they) look',
      'how are things|how does it look|lage(?:t)?|what (?:does|did|will|would) (?:it|that|this) look like|what (?:it|that|this) looks like',
    ],
  },

  // Words that belong to a name's context but never identify it.
  topic: {
    kind: 'hint',
    patterns: [
      // "nära vård-gruppen": the work, not a name
      '(?:god och )?nara vard(?: ?gruppen| ?arbetet)?|projekt(?:et|ets|en)?|project|pilot(?:en)?|omstallning(?:en)?|satsning(?:en|ar)?',
      // "what is the group's focus?": the group just talked about
      '(?:the|this|that) group(?: s)?',
      // "vem håller i det där samarbetet kring alkohol …": a project told by what it does
      'samarbete(?:t|n)?|collaboration',
    ],
  },
} as const satisfies Record<string, CueDef>;

export type CueId = keyof typeof CUES;
export type CueGroup = NonNullable<CueDef['group']>;
/** What intents are scored on: cues, cue groups, and the features understand() derives. */
export type Feature =
  | CueId
  | CueGroup
  | 'role'
  | 'period'
  | 'periodRange'
  /** Two periods named ("från oktober till februari"): a change between them, never one month. */
  | 'periods2'
  /** Two or more health centres named ("Gripen med Kristineberg"). */
  | 'units2'
  /** A role asked for as someone to find ("finns det nån analytiker …", "is there a coordinator"). */
  | 'someone'
  /** A kind of unit named in the plural ("hälsocentraler", "hospitals", "kommuner"). */
  | 'unitKind'
  /** A municipality named ("i Västervik", "Kalmarområdet"). */
  | 'area'
  /** "vi", "oss", "våra", "we", "our": in a metric question, the user's own health centre. */
  | 'we';

/** Plural words for a kind of unit ("vilka sjukhus finns?"), folded. */
export const UNIT_KIND_WORDS: ReadonlyMap<string, UnitKind> = new Map([
  ['halsocentraler', 'halsocentral'],
  ['sjukhusen', 'sjukhus'],
  ['lasarett', 'sjukhus'],
  ['lasaretten', 'sjukhus'],
  ['hospitals', 'sjukhus'],
  ['kommuner', 'kommun'],
  ['kommunerna', 'kommun'],
  ['municipalities', 'kommun'],
  ['psykiatrimottagningar', 'psykiatri'],
  ['psykiatrimottagningarna', 'psykiatri'],
]);
/** What the rest of the question names, once the cue words are taken away. */
export type EntityKind = 'none' | 'unit' | 'group' | 'person' | 'unknown';

/** Function words and polite noise: consumed before the rest is looked up as a name. */
export const FILLER: ReadonlySet<string> = new Set(
  // Swedish
  (
    'jag du vi ni man mig dig oss kan kunde skulle vill ville ska skall behover maste far fa ha har ' +
    'hade vad vem vilka vilken vilket hur nar var som det den de dem denna detta dessa en ett och ' +
    'eller samt i pa for till om med av hos fran vid at mot under efter inom kring bland snalla ' +
    'garna kolla ta reda se saga sag hitta ge lite mer bara just alltsa typ nan nagon nagot nagra ' +
    'finns fins sin sina sitt deras hennes dess blir bli ju val ok okej bot nara ar alla allt hela ' +
    'heter undrar fraga veta tala jobbar arbetar sitter gang fram tom innan angaende ang betraffande rorande gallande ser ut igen ocksa mycket dar ' +
    // English
    'me my you your we us our the a an of for to at in on from with by about is are was were be ' +
    'been do does did can could would should will shall might please pls plz tell give get find ' +
    'look up what who whom how when where there here this that these those it its their they them ' +
    'his her him she he and or want need know like some any all have has had just mean currently ' +
    's re m d ll t ve am got let see also so then than out regarding concerning much very really ' +
    'okay after before until works work working visited had rides trips visits people person one thing things ' +
    // Everyday words that are never names ("har det gått bättre sedan i höstas?")
    'da sa nu gatt battre samre bra daligt hostas varas somras vintras sags ny nya forst sedan igar ' +
    'only just sorry answer english engelska svenska reply ok yes no nej ja hmm actually instead istallet forresten ' +
    'letar soker looking searching namns namnde namnd mentioned ' +
    'talk speak prata snacka hosten varen sommaren vintern vet egentligen ' +
    'nat nanting nagonting naan stuff samma fast same too totalt sammanlagt total teh fan over gick mellan ' +
    // "sidan efter det": a page of a list, never a slip for "sedan"
    'sida sidan sidor sidorna manaderna manader perioderna tva month months menade meant nope ' +
    'main other others o sak days nowadays hor kor morgonen morning oland olands nufortiden tiden menar ringer dom everyone everybody dit itself sjalv sjalva service specifically specifikt hen hens fragar fragade sommar vinter ' +
    // "snabbt, vem är …", "quick question:": haste, not a name
    'snabbt snabb snabbfraga quick quickly question haller whoever whoevers ours already redan arbetet gemensam gemensamma gemensamt ihop ' +
    // "primärvården norr": a part of the county, no unit's name
    'norr norra soder sodra syd vaster vastra oster ostra host vilja stor storre storst dr ' +
    // "nej förlåt, jag menade Nybro": an apology before the correction ("nej, den andra Maria"); "an analyst I can ask"
    'forlat ursakta ask andra ' +
    // "jobbar hon kvar på Blå Kusten?", "is he back after the holidays?": the person, whose card says
    'kvar still langre longer tillbaka ledigheten tar ' +
    // "behöver läkarbesök hemma": where, never a name; "annars numret till …"
    'hemma annars otherwise ' +
    // "what does the RUB 5 picture look like": the figures, no name
    'picture across'
  ).split(' '),
);

/** A button: a short label, and the question it asks. */
export type Example = { readonly label: string; readonly text: string };

export type IntentDef = {
  readonly kind: TypedIntentKind;
  readonly examples: { readonly sv: readonly string[]; readonly en: readonly string[] };
  /** Weight of each feature when present; the intent is a candidate when a positive one is. */
  readonly cues: Readonly<Partial<Record<Feature, number>>>;
  /** Added when the rest of the question names this kind of thing. */
  readonly entity?: Readonly<Partial<Record<EntityKind, number>>>;
  /** A name of this type typed alone ("Åke Åkesson", "Gripen HC") means this intent. */
  readonly alone?: 'unit' | 'group' | 'person';
  /** An example question shown as a button on the help card. */
  readonly help?: { readonly sv: string; readonly en: string };
  /** A question about a manager's own health centre ("Gripen"), shown to managers first. */
  readonly manager?: {
    readonly sv: (unit: string) => Example;
    readonly en: (unit: string) => Example;
  };
};

/** Needs a name: without one the intent is not a candidate. */
const NEEDS_NAME = { none: -10 } as const;

export const INTENTS: readonly IntentDef[] = [
  {
    kind: 'help',
    examples: { sv: ['hjälp', 'vad kan du?'], en: ['help', 'what can you do'] },
    cues: { help: 3 },
  },
  {
    kind: 'greeting',
    examples: { sv: ['hej', 'god morgon', 'tjena'], en: ['hello', 'hi', 'good morning'] },
    cues: { greeting: 2 },
  },
  {
    kind: 'thanks',
    examples: { sv: ['tack', 'tack så mycket'], en: ['thanks', 'thank you'] },
    // Thanks with a word or two more ("tack, det var allt") are still thanks; "tack, och Högsby
    // kommun?" asks its follow-up (understand.ts reads it without the thanks).
    cues: { thanks: 2.5 },
  },
  {
    kind: 'unknown',
    examples: { sv: [], en: [] },
    cues: {},
  },
  {
    // Read before the cues (understand.ts): a request for a language and nothing else.
    kind: 'languageChoice',
    examples: { sv: ['svara på svenska', 'på svenska tack'], en: ['answer in English please'] },
    cues: {},
  },
  {
    kind: 'groupContacts',
    examples: {
      sv: ['vem kontaktar jag för Oskarsgruppen?', 'kontaktperson hemsjukhuset'],
      en: ['who do I contact for Oskarsgruppen', 'who should I call about Hemsjukhuset?'],
    },
    cues: { contact: 3, topic: 1.5 },
    help: { sv: 'Vem kontaktar jag för Oskarsgruppen?', en: 'Who do I contact for Oskarsgruppen?' },
  },
  {
    kind: 'groupDetails',
    examples: {
      sv: [
        'vad jobbar Oskarsgruppen med?',
        'vilka deltar i Karlshamnspiloten',
        'berätta om Hemsjukhuset',
      ],
      en: ['what does Oskarsgruppen work on?', 'who takes part in Karlshamnspiloten'],
    },
    cues: { focus: 3, participants: 3, targetGroups: 3, about: 1.5 },
    entity: { group: 2 },
    alone: 'group',
    help: { sv: 'Vilka deltar i Hemsjukhuset?', en: 'Who takes part in Hemsjukhuset?' },
  },
  {
    kind: 'personLookup',
    examples: {
      sv: ['telefon till Maria Alvinsson Hilberth', 'vem är Anna Dahl', 'Åke Åkesson'],
      en: ['phone number for Maria Alvinsson Hilberth', 'who is Anna Dahl'],
    },
    cues: {
      phone: 3,
      mobile: 3.5,
      email: 3.5,
      number: 2,
      whoIs: 2.5,
      contact: 2,
      about: 1.5,
      reach: 2,
      // "Julia Ström, vad jobbar hon med?", "Emma Rydh, kommunikatör": about the person named.
      focus: 1,
      role: 1,
      named: 2,
    },
    entity: { ...NEEDS_NAME, person: 2.5, group: -3 },
    alone: 'person',
    help: { sv: 'Telefon till Åke Åkesson', en: 'Phone number for Åke Åkesson' },
  },
  {
    kind: 'unitLookup',
    examples: {
      sv: [
        'nummer till Borgholms hälsocentral',
        'kontakt Kristinebergs vårdcentral',
        'Blå Kusten HC:n',
      ],
      en: ['how do I reach Gripen HC', 'phone number for Borgholm health centre'],
    },
    cues: {
      contact: 2,
      reach: 3,
      number: 2,
      phone: 2,
      email: 2,
      unitWord: 0.5,
      // "SIPs at Högsby HC": a figure of the unit, not its card
      measure: -1.5,
    },
    // A group named is no unit: "vem ska man ringa om Oskarsgruppen" asks for its contacts.
    entity: { ...NEEDS_NAME, unit: 2.5, group: -2 },
    alone: 'unit',
  },
  {
    kind: 'roleAtUnit',
    examples: {
      sv: ['vem är basenhetschef på Kristineberg?', 'verksamhetschef borgholm'],
      en: ['who is the head of unit at Gripen'],
    },
    // ("get hold of whoever's in charge at Borgholm health centre": the role is whom to reach)
    cues: { role: 3, reach: 0.5 },
    entity: { unit: 2.5, unknown: -1 },
    help: { sv: 'Basenhetschef på Kristineberg', en: 'Head of unit at Kristineberg' },
  },
  {
    kind: 'peopleByRole',
    examples: {
      sv: ['samordnare nära vård', 'vilka är samordnare', 'analytiker i samordnande arbetsgruppen'],
      en: ['who is the analyst in the coordination group', 'list all coordinators'],
    },
    cues: { role: 3, someone: 2 },
    entity: { none: 2, group: 2 },
  },
  {
    kind: 'rubSummary',
    examples: {
      sv: ['RUB5 på Kristineberg', 'andel med SIP på min HC', 'RUB 5 i regionen'],
      en: ['summary for Gripen', 'how many RUB 5 patients lack a regular doctor at Gripen?'],
    },
    cues: {
      rub: 3,
      share: 1.5,
      count: 1.5,
      summary: 2.5,
      measure: 1,
      status: 2.5,
      // Two health centres to compare ("jämför sip-andelen mellan Vimmerby och Hultsfred") are
      // a comparison, whatever figures are named.
      units2: -3,
    },
    entity: { unit: 1, none: 0.5, group: -1 },
    help: {
      sv: 'RUB 5 utan fast läkarkontakt på Gripen',
      en: 'RUB 5 without a regular doctor at Gripen',
    },
    manager: {
      sv: (unit) => ({ label: `RUB 5 på ${unit}`, text: `RUB 5 på ${unit}` }),
      en: (unit) => ({ label: `RUB 5 at ${unit}`, text: `RUB 5 summary for ${unit}` }),
    },
  },
  {
    kind: 'rubDistribution',
    examples: {
      sv: [
        'fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt',
        'jämför hälsocentralerna',
      ],
      en: ['which health centres have the highest share without a regular doctor'],
    },
    cues: {
      distribution: 4,
      rub: 1,
      share: 1,
      measure: 1,
      // "lista alla hc i Västervik": the units there; a ranking is across the region
      area: -1.5,
    },
    manager: {
      sv: (unit) => ({
        label: `${unit} bland hälsocentralerna`,
        text: 'Fördelning mellan hälsocentraler för RUB 5 utan fast läkarkontakt',
      }),
      en: (unit) => ({
        label: `${unit} among the health centres`,
        text: 'Which health centres have the highest share without a regular doctor?',
      }),
    },
  },
  {
    kind: 'rubCompare',
    examples: {
      sv: ['jämför Gripen med Kristineberg', 'ställ Nybro mot Emmaboda'],
      en: ['compare Nybro and Emmaboda on ambulance rides'],
    },
    // Two health centres named make the comparison; "jämför" alone is the distribution's.
    cues: { units2: 3, compareUnits: 2.5 },
    help: { sv: 'Jämför Gripen med Kristineberg', en: 'Compare Gripen and Kristineberg' },
  },
  {
    kind: 'rubTrend',
    examples: {
      sv: [
        'hur har andelen utan fast läkare förändrats sedan augusti 2022?',
        'trend SIP på Gripen',
      ],
      en: ['how has it changed since August 2022', 'March 2023 compared to August 2022'],
    },
    cues: { trend: 4, since: 2.5, periodRange: 2.5, periods2: 3, measure: 1 },
    entity: { unit: 1 },
    manager: {
      sv: (unit) => ({
        label: `Förändring på ${unit} sedan 2022`,
        text: `Hur har andelen utan fast läkare förändrats på ${unit} sedan augusti 2022?`,
      }),
      en: (unit) => ({
        label: `Change at ${unit} since 2022`,
        text: `How has the share without a regular doctor changed at ${unit} since August 2022?`,
      }),
    },
  },
  {
    kind: 'patientList',
    examples: {
      sv: ['vilka RUB5-patienter saknar fast läkare på min HC?', 'lista RUB 5 patienter på Gripen'],
      en: ['which RUB 5 patients lack a regular doctor at my health centre'],
    },
    cues: {
      patients: 1.5,
      lackFast: 1.5,
      show: 1,
      list: 2,
      which: 2,
      // "who are the RUB 5 patients at our place without …"
      whoIs: 1.5,
      rub: 1,
      mine: 0.5,
      // "mina rub5 utan fast läkare": my patients, the people
      ownPatients: 2,
      pageAsked: 3,
    },
    entity: { unit: 1, none: 0.5 },
    manager: {
      sv: () => ({
        label: 'Mina patienter utan fast läkare',
        text: 'Vilka RUB5-patienter saknar fast läkare på min HC?',
      }),
      en: () => ({
        label: 'My patients without a regular doctor',
        text: 'Which RUB 5 patients lack a regular doctor at my health centre?',
      }),
    },
  },
  {
    kind: 'setMyUnit',
    examples: {
      sv: ['min HC är Gripen', 'jag jobbar på Kristineberg'],
      en: ['set my health centre to Gripen'],
    },
    cues: { setMine: 6 },
  },
  {
    kind: 'unitsInArea',
    examples: {
      sv: ['vilka hälsocentraler finns i Västervik?', 'vilka enheter finns i Högsby?'],
      en: ['which units are there in Oskarshamn?', 'which hospitals are there in the county?'],
    },
    cues: { exist: 1, unitKinds: 1.5, unitKind: 2, which: 0.5, area: 0.5, list: 1 },
  },
  {
    kind: 'digestSubscribe',
    examples: {
      sv: ['prenumerera på veckobrev', 'prenumerera på veckobrev för Oskarshamn'],
      en: ['subscribe to the weekly digest'],
    },
    cues: { subscribe: 3, digest: 2, schedule: 3, again: -2 },
    help: { sv: 'Prenumerera på veckobrev', en: 'Subscribe to the weekly digest' },
  },
  {
    kind: 'digestList',
    examples: { sv: ['vilka prenumerationer finns här?'], en: ['show subscriptions'] },
    cues: { subscriptions: 3 },
  },
  {
    kind: 'digestPreview',
    examples: { sv: ['visa veckobrev nu', 'visa veckobrev'], en: ['preview digest'] },
    // ("a weekly digest – what does it look like?": how it looks, not how we are doing)
    cues: { preview: 3, digest: 2.1, status: 1 },
  },
  {
    kind: 'digestPause',
    examples: { sv: ['pausa veckobrev'], en: ['pause digest'] },
    cues: { pause: 3, digest: 2, resume: 3.5, again: 1.5, forAWhile: 3 },
  },
  {
    kind: 'digestUnsubscribe',
    examples: { sv: ['avsluta veckobrev'], en: ['unsubscribe'] },
    cues: { unsubscribe: 4, forAWhile: -2 },
  },
  {
    kind: 'digestWithdraw',
    examples: { sv: ['dra tillbaka senaste veckobrevet'], en: ['withdraw the last digest'] },
    cues: { withdraw: 5 },
  },
];

/** Example questions for the help card's buttons, in table order. */
export function helpExamples(language: Language, skip?: (kind: IntentKind) => boolean): string[] {
  return INTENTS.flatMap((d) => (d.help && !skip?.(d.kind) ? [d.help[language]] : []));
}

/** Example questions about a manager's own health centre, in table order. */
export function managerExamples(language: Language, unit: string): Example[] {
  return INTENTS.flatMap((d) => (d.manager ? [d.manager[language](unit)] : []));
}
