import type {
  ContactField,
  GroupAspect,
  IntentKind,
  Language,
  Measure,
} from '../../src/understanding/intent';

// What people type, in Swedish and English, with typos, without å/ä/ö, with extra words, and what
// understand() should make of it. Entities are fixture ids (fixtureDirectory.ts), or 'ambiguous' /
// 'notFound'. Scope is 'mine', 'region', a unit id, 'ambiguous' or 'notFound'.

export type Expected = {
  kind: IntentKind;
  lang: Language;
  entity?: string;
  field?: ContactField;
  aspect?: GroupAspect;
  role?: string;
  within?: string;
  scope?: string;
  level?: number;
  period?: string;
  from?: string;
  to?: string;
  measure?: Measure;
  without?: boolean;
};

export type CorpusRow = { text: string; expect: Expected; locale?: string };

const sv = (text: string, expect: Omit<Expected, 'lang'>, locale?: string): CorpusRow => ({
  text,
  expect: { ...expect, lang: 'sv' },
  locale,
});
const en = (text: string, expect: Omit<Expected, 'lang'>, locale?: string): CorpusRow => ({
  text,
  expect: { ...expect, lang: 'en' },
  locale,
});

const W = 'withoutFastLakarkontakt';

const firstRows: readonly CorpusRow[] = [
  // ---- groupContacts ----
  sv('vem kontaktar jag för Oskarsgruppen?', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  sv('Vem kontaktar jag för oskarsgrupen', { kind: 'groupContacts', entity: 'oskarshamn-cluster' }),
  sv('vem ska jag kontakta om Oskarsgruppen', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  sv('kontaktperson hemsjukhuset', { kind: 'groupContacts', entity: 'hemsjukhuset-borgholm' }),
  sv('kontaktpersoner för Hemsjukhuset i Borgholm?', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),
  sv('vem ska jag ringa om högsby beroende', { kind: 'groupContacts', entity: 'hogsby-beroende' }),
  sv('vem ansvarar för hälsolotsen i Högsby', {
    kind: 'groupContacts',
    entity: 'hogsby-halsolots',
  }),
  sv('hej, vem kontaktar jag för Karlshamnspiloten?', {
    kind: 'groupContacts',
    entity: 'karlshamnspiloten',
  }),
  sv('vem kan jag prata med om oskarsmodellen', {
    kind: 'groupContacts',
    entity: 'oskarsmodellen',
  }),
  sv('kontakt för samordnande arbetsgruppen', {
    kind: 'groupContacts',
    entity: 'samordnande-arbetsgrupp',
  }),
  sv('vem kontaktar man för hultsfredsklustret', {
    kind: 'groupContacts',
    entity: 'hultsfred-cluster',
  }),
  sv('Vem kontaktar jag for Oskarsgruppen', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  sv('kontaktperson för västervik esplanaden', {
    kind: 'groupContacts',
    entity: 'vastervik-esplanaden',
  }),
  sv('vem kontaktar jag för hemsjukhuset??', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),
  sv('vem är kontaktperson för Oskarsgruppen', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  en('who do I contact for Oskarsgruppen', { kind: 'groupContacts', entity: 'oskarshamn-cluster' }),
  en('Who should I call about Hemsjukhuset?', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),
  en('contact person for Karlshamnspiloten', {
    kind: 'groupContacts',
    entity: 'karlshamnspiloten',
  }),
  en('who is responsible for the coordination group', {
    kind: 'groupContacts',
    entity: 'samordnande-arbetsgrupp',
  }),
  en('who do i contact about oskarsgruppen?', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  en('who can I talk to about Oskarsmodellen', { kind: 'groupContacts', entity: 'oskarsmodellen' }),
  en('contacts for hemsjukhuset borgholm', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),
  en('who to contact for the Högsby beroende project', {
    kind: 'groupContacts',
    entity: 'hogsby-beroende',
  }),
  en("who's the contact for Oskarsgruppen", {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  en('who should I contact regarding the hemsjukhuset project?', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),

  // ---- groupDetails ----
  sv('vad jobbar Oskarsgruppen med?', {
    kind: 'groupDetails',
    entity: 'oskarshamn-cluster',
    aspect: 'focus',
  }),
  sv('vad arbetar hemsjukhuset med', {
    kind: 'groupDetails',
    entity: 'hemsjukhuset-borgholm',
    aspect: 'focus',
  }),
  sv('vilka deltar i Karlshamnspiloten', {
    kind: 'groupDetails',
    entity: 'karlshamnspiloten',
    aspect: 'participants',
  }),
  sv('Vilka deltar i Hemsjukhuset?', {
    kind: 'groupDetails',
    entity: 'hemsjukhuset-borgholm',
    aspect: 'participants',
  }),
  sv('målgrupp för hultsfred', {
    kind: 'groupDetails',
    entity: 'hultsfred-cluster',
    aspect: 'targetGroups',
  }),
  sv('vilken målgrupp har Oskarsgruppen', {
    kind: 'groupDetails',
    entity: 'oskarshamn-cluster',
    aspect: 'targetGroups',
  }),
  sv('berätta om Hemsjukhuset', { kind: 'groupDetails', entity: 'hemsjukhuset-borgholm' }),
  sv('berätta om karlshamnspiloten', { kind: 'groupDetails', entity: 'karlshamnspiloten' }),
  sv('vad är fokus för högsby beroende', {
    kind: 'groupDetails',
    entity: 'hogsby-beroende',
    aspect: 'focus',
  }),
  sv('deltagare i samordnande arbetsgruppen', {
    kind: 'groupDetails',
    entity: 'samordnande-arbetsgrupp',
    aspect: 'participants',
  }),
  sv('malgrupper oskarsgruppen', {
    kind: 'groupDetails',
    entity: 'oskarshamn-cluster',
    aspect: 'targetGroups',
  }),
  sv('vad gör hälsolotsen i Högsby?', {
    kind: 'groupDetails',
    entity: 'hogsby-halsolots',
    aspect: 'focus',
  }),
  sv('info om Oskarsmodellen', { kind: 'groupDetails', entity: 'oskarsmodellen' }),
  sv('vilka är med i Oskarsgruppen', {
    kind: 'groupDetails',
    entity: 'oskarshamn-cluster',
    aspect: 'participants',
  }),
  sv('Hultsfredsklustret', { kind: 'groupDetails', entity: 'hultsfred-cluster' }),
  sv('Oskarsgruppen', { kind: 'groupDetails', entity: 'oskarshamn-cluster' }),
  sv('hemsjukhuset', { kind: 'groupDetails', entity: 'hemsjukhuset-borgholm' }),
  sv('berätta mer om Västervik Esplanaden', {
    kind: 'groupDetails',
    entity: 'vastervik-esplanaden',
  }),
  en('what does Oskarsgruppen work on?', {
    kind: 'groupDetails',
    entity: 'oskarshamn-cluster',
    aspect: 'focus',
  }),
  en('what is the focus of Hemsjukhuset', {
    kind: 'groupDetails',
    entity: 'hemsjukhuset-borgholm',
    aspect: 'focus',
  }),
  en('who takes part in Karlshamnspiloten', {
    kind: 'groupDetails',
    entity: 'karlshamnspiloten',
    aspect: 'participants',
  }),
  en('participants in the coordination group', {
    kind: 'groupDetails',
    entity: 'samordnande-arbetsgrupp',
    aspect: 'participants',
  }),
  en('target group for Hultsfred', {
    kind: 'groupDetails',
    entity: 'hultsfred-cluster',
    aspect: 'targetGroups',
  }),
  en('tell me about Hemsjukhuset Borgholm', {
    kind: 'groupDetails',
    entity: 'hemsjukhuset-borgholm',
  }),
  en('tell me about the Karlshamnspiloten', { kind: 'groupDetails', entity: 'karlshamnspiloten' }),
  en('who is involved in Oskarsmodellen?', {
    kind: 'groupDetails',
    entity: 'oskarsmodellen',
    aspect: 'participants',
  }),
  en('what are the target groups of oskarsgruppen', {
    kind: 'groupDetails',
    entity: 'oskarshamn-cluster',
    aspect: 'targetGroups',
  }),
  en('Karlshamnspiloten', { kind: 'groupDetails', entity: 'karlshamnspiloten' }, 'en-US'),
  en('info on the Högsby hälsolots project', { kind: 'groupDetails', entity: 'hogsby-halsolots' }),

  // ---- personLookup ----
  sv('telefon till Maria Alvinsson Hilberth', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'phone',
  }),
  sv('mobilnummer till Maria Alvinsson Hilberth', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'mobile',
  }),
  sv('mejl till Anna Dahl', { kind: 'personLookup', entity: 'anna-dahl', field: 'email' }),
  sv('e-post till Helene Svensson', {
    kind: 'personLookup',
    entity: 'helene-svensson',
    field: 'email',
  }),
  sv('Åke Åkesson', { kind: 'personLookup', entity: 'ake-akesson' }),
  sv('vem är Anna Dahl', { kind: 'personLookup', entity: 'anna-dahl' }),
  sv('telefonnummer till Åke Åkesson?', {
    kind: 'personLookup',
    entity: 'ake-akesson',
    field: 'phone',
  }),
  sv('vad har Åke Åkesson för nummer', {
    kind: 'personLookup',
    entity: 'ake-akesson',
    field: 'phone',
  }),
  sv('nummer till ake akesson', { kind: 'personLookup', entity: 'ake-akesson', field: 'phone' }),
  sv('mobil till maria alvinsson', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'mobile',
  }),
  sv('telefon till Alvinsson Hilberth', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'phone',
  }),
  sv('mejladress till Emma Rydh', { kind: 'personLookup', entity: 'emma-rydh', field: 'email' }),
  sv('vem är Mathias Karlsson?', { kind: 'personLookup', entity: 'mathias-karlsson' }),
  sv('ring Susanna Althini', { kind: 'personLookup', entity: 'susanna-althini', field: 'phone' }),
  sv('Anna', { kind: 'personLookup', entity: 'ambiguous' }),
  sv('Maria', { kind: 'personLookup', entity: 'ambiguous' }),
  sv('Svensson', { kind: 'personLookup', entity: 'ambiguous' }),
  sv('telefon till Kalle Anka', { kind: 'personLookup', entity: 'notFound', field: 'phone' }),
  // A long message about someone it names, asked after as "henne".
  sv(
    'Jag läste en gammal tidningsartikel om patientkontrakt där Ragnhild Holmberg intervjuades. Har ni kontaktuppgifter till henne?',
    { kind: 'personLookup', entity: 'notFound' },
  ),
  en('looking for an analyst called Ragnhild Holmberg', {
    kind: 'personLookup',
    entity: 'notFound',
  }),
  sv('telefon till Svensson', { kind: 'personLookup', entity: 'ambiguous', field: 'phone' }),
  sv('hej! telefonnummer till Julia Ström tack', {
    kind: 'personLookup',
    entity: 'julia-strom',
    field: 'phone',
  }),
  sv('mail till julia strom', { kind: 'personLookup', entity: 'julia-strom', field: 'email' }),
  sv('Dahl Anna', { kind: 'personLookup', entity: 'anna-dahl' }),
  sv('Hilberth', { kind: 'personLookup', entity: 'maria-alvinsson-hilberth' }),
  sv('vem är Marie Ragnarsson', { kind: 'personLookup', entity: 'marie-ragnarsson' }),
  sv('epost till Mathias Karlson', {
    kind: 'personLookup',
    entity: 'mathias-karlsson',
    field: 'email',
  }),
  sv('telefon till Helene Svenson', {
    kind: 'personLookup',
    entity: 'helene-svensson',
    field: 'phone',
  }),
  sv('vem är Lina Öhlin', { kind: 'personLookup', entity: 'lina-ohlin' }),
  sv('nummer till Rebecca Welander', {
    kind: 'personLookup',
    entity: 'rebecca-welander',
    field: 'phone',
  }),
  en('phone number for Maria Alvinsson Hilberth', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'phone',
  }),
  en('mobile number for Maria Alvinsson Hilberth', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'mobile',
  }),
  en('email address for Anna Dahl', { kind: 'personLookup', entity: 'anna-dahl', field: 'email' }),
  en('who is Anna Dahl', { kind: 'personLookup', entity: 'anna-dahl' }),
  en("what is Åke Åkesson's phone number", {
    kind: 'personLookup',
    entity: 'ake-akesson',
    field: 'phone',
  }),
  en('call Åke Åkesson', { kind: 'personLookup', entity: 'ake-akesson', field: 'phone' }),
  en('how do I reach Helene Svensson', { kind: 'personLookup', entity: 'helene-svensson' }),
  en('email for Emma Rydh', { kind: 'personLookup', entity: 'emma-rydh', field: 'email' }),
  en('phone number for Anna', { kind: 'personLookup', entity: 'ambiguous', field: 'phone' }),
  en('who is Maria?', { kind: 'personLookup', entity: 'ambiguous' }),
  en('phone for Kalle Anka', { kind: 'personLookup', entity: 'notFound', field: 'phone' }),
  en('Mathias Karlsson contact details', { kind: 'personLookup', entity: 'mathias-karlsson' }),
  en('mobile for Maria Alvinsson-Hilberth', {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'mobile',
  }),
  en('cell phone number of Åke Åkesson', {
    kind: 'personLookup',
    entity: 'ake-akesson',
    field: 'mobile',
  }),
  en('julia ström email', { kind: 'personLookup', entity: 'julia-strom', field: 'email' }),
  en('who is susanna althini?', { kind: 'personLookup', entity: 'susanna-althini' }),
  en('tell me about Mathias Karlsson', { kind: 'personLookup', entity: 'mathias-karlsson' }),
  en('phone number to Helene Svensson please', {
    kind: 'personLookup',
    entity: 'helene-svensson',
    field: 'phone',
  }),
  en('email to dahl', { kind: 'personLookup', entity: 'anna-dahl', field: 'email' }),
  en('Anna', { kind: 'personLookup', entity: 'ambiguous' }, 'en-GB'),

  // ---- unitLookup ----
  sv('nummer till Borgholms hälsocentral', { kind: 'unitLookup', entity: 'hc-borgholm' }),
  sv('kontakt Kristinebergs vårdcentral', { kind: 'unitLookup', entity: 'hc-kristineberg' }),
  sv('Blå Kusten HC:n', { kind: 'unitLookup', entity: 'hc-bla-kusten' }),
  sv('telefonnummer till Gripens HC', { kind: 'unitLookup', entity: 'hc-gripen' }),
  sv('adress till Stensö hälsocentral', { kind: 'unitLookup', entity: 'hc-stenso' }),
  sv('hur når jag Högsby hälsocentral?', { kind: 'unitLookup', entity: 'hc-hogsby' }),
  sv('Kristineberg', { kind: 'unitLookup', entity: 'hc-kristineberg' }),
  sv('kristinberg', { kind: 'unitLookup', entity: 'hc-kristineberg' }),
  sv('borgholm', { kind: 'unitLookup', entity: 'hc-borgholm' }),
  sv('nummer till bla kusten', { kind: 'unitLookup', entity: 'hc-bla-kusten' }),
  sv('ring Mönsterås HC', { kind: 'unitLookup', entity: 'hc-monsteras' }),
  sv('kontaktuppgifter till Färjestadens hälsocentral', {
    kind: 'unitLookup',
    entity: 'hc-farjestaden',
  }),
  sv('var ligger Norrlidens hälsocentral', { kind: 'unitLookup', entity: 'hc-norrliden' }),
  sv('telefon till vårdcentralen i Nybro', { kind: 'unitLookup', entity: 'hc-nybro' }),
  sv('kontakt stora trädgårdsgatan', { kind: 'unitLookup', entity: 'hc-stora-tradgardsgatan' }),
  sv('hälsocentralen i Vimmerby', { kind: 'unitLookup', entity: 'hc-vimmerby' }),
  sv('Oskarshamns sjukhus', { kind: 'unitLookup', entity: 'sjukhus-oskarshamn' }),
  sv('nummer till Västerviks sjukhus', { kind: 'unitLookup', entity: 'sjukhus-vastervik' }),
  sv('växeln på Kvarnholmen', { kind: 'unitLookup', entity: 'hc-kvarnholmen' }),
  sv('Gripen', { kind: 'unitLookup', entity: 'hc-gripen' }),
  sv('löttorp hc', { kind: 'unitLookup', entity: 'hc-lottorp' }),
  sv('berätta om Gripens hälsocentral', { kind: 'unitLookup', entity: 'hc-gripen' }),
  en('how do I reach Gripen HC', { kind: 'unitLookup', entity: 'hc-gripen' }),
  en('phone number for Borgholm health centre', { kind: 'unitLookup', entity: 'hc-borgholm' }),
  en('address of Stensö health center', { kind: 'unitLookup', entity: 'hc-stenso' }),
  en('contact details for Kristineberg', { kind: 'unitLookup', entity: 'hc-kristineberg' }),
  en('how can I contact Blå Kusten?', { kind: 'unitLookup', entity: 'hc-bla-kusten' }),
  en('Emmaboda health centre', { kind: 'unitLookup', entity: 'hc-emmaboda' }),
  en('number for Berga HC', { kind: 'unitLookup', entity: 'hc-berga' }),
  en('where is Ankarsrum health centre', { kind: 'unitLookup', entity: 'hc-ankarsrum' }),
  en('how do i get in touch with Mörlunda hc', { kind: 'unitLookup', entity: 'hc-morlunda' }),
  en('Vimmerby health centre phone', { kind: 'unitLookup', entity: 'hc-vimmerby' }),
  en('tell me about Gamleby health centre', { kind: 'unitLookup', entity: 'hc-gamleby' }),
  en('contact Överum', { kind: 'unitLookup', entity: 'hc-overum' }, 'en-US'),

  // ---- roleAtUnit ----
  sv('vem är basenhetschef på Kristineberg?', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-kristineberg',
  }),
  sv('basenhetschef Blå Kusten', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-bla-kusten',
  }),
  sv('verksamhetschef borgholm', {
    kind: 'roleAtUnit',
    role: 'verksamhetschef',
    entity: 'hc-borgholm',
  }),
  sv('Basenhetschef på Kristineberg', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-kristineberg',
  }),
  sv('vem är basenhetchef på kristinberg', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-kristineberg',
  }),
  sv('vem är chef på Gripen?', { kind: 'roleAtUnit', role: 'chef', entity: 'hc-gripen' }),
  sv('vilken verksamhetschef har Borgholms hälsocentral', {
    kind: 'roleAtUnit',
    role: 'verksamhetschef',
    entity: 'hc-borgholm',
  }),
  sv('vem är BEC på Gripen', { kind: 'roleAtUnit', role: 'basenhetschef', entity: 'hc-gripen' }),
  sv('basenhetschefen på Blå Kustens hälsocentral', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-bla-kusten',
  }),
  sv('hej, kan du säga vem som är basenhetschef på blå kusten?', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-bla-kusten',
  }),
  sv('vem är allmänläkare på Högsby hälsocentral', {
    kind: 'roleAtUnit',
    role: 'allmänläkare',
    entity: 'hc-hogsby',
  }),
  sv('sjuksköterska på Gripen', { kind: 'roleAtUnit', role: 'sjuksköterska', entity: 'hc-gripen' }),
  sv('verksamhetschefen för löttorp', {
    kind: 'roleAtUnit',
    role: 'verksamhetschef',
    entity: 'hc-lottorp',
  }),
  sv('distriktssköterska i hultsfred', {
    kind: 'roleAtUnit',
    role: 'distriktssköterska',
    entity: 'hc-hultsfred',
  }),
  en('who is the head of unit at Gripen', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-gripen',
  }),
  en('head of unit Kristineberg', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-kristineberg',
  }),
  en('who is the manager at Blå Kusten?', {
    kind: 'roleAtUnit',
    role: 'chef',
    entity: 'hc-bla-kusten',
  }),
  en("who's the head of operations at Borgholm health centre", {
    kind: 'roleAtUnit',
    role: 'verksamhetschef',
    entity: 'hc-borgholm',
  }),
  en('nurse at Gripen HC', { kind: 'roleAtUnit', role: 'sjuksköterska', entity: 'hc-gripen' }),
  en('who is the GP at Högsby', { kind: 'roleAtUnit', role: 'allmänläkare', entity: 'hc-hogsby' }),
  en('unit manager for Kristineberg', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-kristineberg',
  }),
  en('which doctor works at Högsby health centre', {
    kind: 'roleAtUnit',
    role: 'läkare',
    entity: 'hc-hogsby',
  }),
  en('district nurse in Hultsfred', {
    kind: 'roleAtUnit',
    role: 'distriktssköterska',
    entity: 'hc-hultsfred',
  }),

  // ---- peopleByRole ----
  sv('samordnare nära vård', { kind: 'peopleByRole', role: 'samordnare' }),
  sv('vilka är samordnare', { kind: 'peopleByRole', role: 'samordnare' }),
  sv('analytiker i samordnande arbetsgruppen', {
    kind: 'peopleByRole',
    role: 'analytiker',
    within: 'samordnande-arbetsgrupp',
  }),
  sv('vem är kommunikatör i samordnande arbetsgruppen?', {
    kind: 'peopleByRole',
    role: 'kommunikatör',
    within: 'samordnande-arbetsgrupp',
  }),
  sv('vilka basenhetschefer finns det', { kind: 'peopleByRole', role: 'basenhetschef' }),
  sv('lista alla verksamhetschefer', { kind: 'peopleByRole', role: 'verksamhetschef' }),
  sv('vem är utvecklingsledare', { kind: 'peopleByRole', role: 'utvecklingsledare' }),
  sv('finns det någon analytiker?', { kind: 'peopleByRole', role: 'analytiker' }),
  sv('samordnarna', { kind: 'peopleByRole', role: 'samordnare' }),
  sv('vem är samordnare för nära vård', { kind: 'peopleByRole', role: 'samordnare' }),
  sv('vilka jobbar som analytiker', { kind: 'peopleByRole', role: 'analytiker' }),
  en('who is the analyst in the coordination group', {
    kind: 'peopleByRole',
    role: 'analytiker',
    within: 'samordnande-arbetsgrupp',
  }),
  en('list all coordinators', { kind: 'peopleByRole', role: 'samordnare' }),
  en('who are the heads of unit', { kind: 'peopleByRole', role: 'basenhetschef' }),
  en('find a communications officer', { kind: 'peopleByRole', role: 'kommunikatör' }),
  en('which analysts are there?', { kind: 'peopleByRole', role: 'analytiker' }),
  en('development lead in the coordination group', {
    kind: 'peopleByRole',
    role: 'utvecklingsledare',
    within: 'samordnande-arbetsgrupp',
  }),
  en('who is the coordinator for nära vård', { kind: 'peopleByRole', role: 'samordnare' }),

  // ---- rubSummary ----
  sv('RUB5 på Kristineberg', { kind: 'rubSummary', scope: 'hc-kristineberg' }),
  sv('andel med SIP på min HC', { kind: 'rubSummary', scope: 'mine', measure: 'withSip' }),
  sv('hur många RUB 5 saknar fast läkarkontakt på Gripen?', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: W,
  }),
  sv('RUB 5 i regionen', { kind: 'rubSummary', scope: 'region' }),
  sv('rub-nivå 4 på Gripen', { kind: 'rubSummary', scope: 'hc-gripen', level: 4 }),
  sv('RUB5 på min hälsocentral', { kind: 'rubSummary', scope: 'mine' }),
  sv('hur många rub5-patienter har vi på vår HC', {
    kind: 'rubSummary',
    scope: 'mine',
    measure: 'patients',
  }),
  sv('andel utan fast läkare på Gripen mars 2023', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: W,
    period: '2023-03',
  }),
  sv('hur stor andel av RUB 5 har SIP i länet', {
    kind: 'rubSummary',
    scope: 'region',
    measure: 'withSip',
  }),
  sv('akutbesök RUB5 Kristineberg', {
    kind: 'rubSummary',
    scope: 'hc-kristineberg',
    measure: 'akutbesok',
  }),
  sv('andel RUB 5 som åkt ambulans', { kind: 'rubSummary', scope: 'region', measure: 'ambulans' }),
  sv('hur många RUB5 har hemsjukvård på Borgholm', {
    kind: 'rubSummary',
    scope: 'hc-borgholm',
    measure: 'hemsjukvard',
  }),
  sv('återinläggningar bland rub 5 på min HC', {
    kind: 'rubSummary',
    scope: 'mine',
    measure: 'aterinlaggning',
  }),
  sv('RUB 5 psykiatri Högsby', { kind: 'rubSummary', scope: 'hc-hogsby', measure: 'psykiatri' }),
  sv('rehab rub5 regionen', { kind: 'rubSummary', scope: 'region', measure: 'rehabilitering' }),
  sv('Andel RUB 5 utan fast läkarkontakt på Gripen', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: W,
  }),
  sv('statistik för RUB5 i augusti 2022', {
    kind: 'rubSummary',
    scope: 'region',
    period: '2022-08',
  }),
  sv('sammanfattning för Gripen', { kind: 'rubSummary', scope: 'hc-gripen' }),
  sv('rub5 pa kristinberg', { kind: 'rubSummary', scope: 'hc-kristineberg' }),
  sv('RUB5:or på Blå Kusten', { kind: 'rubSummary', scope: 'hc-bla-kusten' }),
  sv('antal RUB 5-patienter utan fast läkare i regionen', {
    kind: 'rubSummary',
    scope: 'region',
    measure: W,
  }),
  sv('andel med samordnad individuell plan på Gripen', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: 'withSip',
  }),
  sv('hur många rub 5 finns det', { kind: 'rubSummary', scope: 'region', measure: 'patients' }),
  en('summary for Gripen', { kind: 'rubSummary', scope: 'hc-gripen' }),
  en('RUB 5 at Kristineberg', { kind: 'rubSummary', scope: 'hc-kristineberg' }),
  en('how many RUB 5 patients lack a regular doctor at Gripen?', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: W,
  }),
  en('share with SIP at my health centre', {
    kind: 'rubSummary',
    scope: 'mine',
    measure: 'withSip',
  }),
  en('RUB 5 in the region', { kind: 'rubSummary', scope: 'region' }),
  en('how many RUB5 patients visited the emergency department at Borgholm', {
    kind: 'rubSummary',
    scope: 'hc-borgholm',
    measure: 'akutbesok',
  }),
  en('share of RUB 5 without a named GP in the county', {
    kind: 'rubSummary',
    scope: 'region',
    measure: W,
  }),
  en('ambulance rides for RUB5 at my HC', {
    kind: 'rubSummary',
    scope: 'mine',
    measure: 'ambulans',
  }),
  en('RUB 5 readmissions in March 2023', {
    kind: 'rubSummary',
    scope: 'region',
    measure: 'aterinlaggning',
    period: '2023-03',
  }),
  en('stats for my health centre', { kind: 'rubSummary', scope: 'mine' }),
  en('percentage of rub5 with home care at Gripen', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: 'hemsjukvard',
  }),
  en('overview of RUB level 5 for Kristineberg', { kind: 'rubSummary', scope: 'hc-kristineberg' }),
  en('RUB 4 at Gripen', { kind: 'rubSummary', scope: 'hc-gripen', level: 4 }),
  en('how many RUB 5 have a SIP in the region?', {
    kind: 'rubSummary',
    scope: 'region',
    measure: 'withSip',
  }),

  // ---- rubDistribution ----
  sv('fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt', {
    kind: 'rubDistribution',
    measure: W,
  }),
  sv('jämför hälsocentralerna', { kind: 'rubDistribution' }),
  sv('vilka hälsocentraler har högst andel utan fast läkare', {
    kind: 'rubDistribution',
    measure: W,
  }),
  sv('fördelning av SIP per hälsocentral', { kind: 'rubDistribution', measure: 'withSip' }),
  sv('rangordna HC:arna efter andel RUB5 utan fast läkare', {
    kind: 'rubDistribution',
    measure: W,
  }),
  sv('fördelning akutbesök rub5 mellan vårdcentraler mars 2023', {
    kind: 'rubDistribution',
    measure: 'akutbesok',
    period: '2023-03',
  }),
  en('which health centres have the highest share without a regular doctor', {
    kind: 'rubDistribution',
    measure: W,
  }),
  en('compare the health centres', { kind: 'rubDistribution' }),
  en('distribution across health centres for RUB 5 with SIP', {
    kind: 'rubDistribution',
    measure: 'withSip',
  }),
  en('rank health centers by share of RUB5 without a named GP', {
    kind: 'rubDistribution',
    measure: W,
  }),
  en('which HCs have the most ambulance rides', { kind: 'rubDistribution', measure: 'ambulans' }),

  // ---- rubTrend ----
  sv('hur har andelen utan fast läkare förändrats sedan augusti 2022?', {
    kind: 'rubTrend',
    from: '2022-08',
  }),
  sv('mars 2023 jämfört med augusti 2022', { kind: 'rubTrend', from: '2022-08', to: '2023-03' }),
  sv('trend SIP på Gripen', { kind: 'rubTrend', measure: 'withSip', scope: 'hc-gripen' }),
  sv('utveckling av andelen utan fast läkarkontakt på min HC sedan augusti 2022', {
    kind: 'rubTrend',
    scope: 'mine',
    from: '2022-08',
  }),
  sv('förändring RUB5 utan fast läkare från augusti 2022 till mars 2023', {
    kind: 'rubTrend',
    from: '2022-08',
    to: '2023-03',
  }),
  sv('hur har akutbesöken utvecklats på Kristineberg', {
    kind: 'rubTrend',
    measure: 'akutbesok',
    scope: 'hc-kristineberg',
  }),
  sv('trend för RUB 5 utan fast läkare i regionen', { kind: 'rubTrend' }),
  // Months without their year: the metrics tell which year has figures for them.
  sv('andel rub 5 på Gripen från oktober till februari', {
    kind: 'rubTrend',
    scope: 'hc-gripen',
    from: '--10',
    to: '--02',
  }),
  sv('andel RUB 5 utan fast läkare på Gripen sedan december', {
    kind: 'rubTrend',
    scope: 'hc-gripen',
    from: '--12',
  }),
  en('share of RUB 5 with a SIP at Gripen in november', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: 'withSip',
    period: '--11',
  }),
  en('how has it changed since August 2022', { kind: 'rubTrend', from: '2022-08' }),
  en('trend of SIP share at Gripen', { kind: 'rubTrend', measure: 'withSip', scope: 'hc-gripen' }),
  en('March 2023 compared to August 2022', { kind: 'rubTrend', from: '2022-08', to: '2023-03' }),
  en('how has the share without a regular doctor changed at my health centre since august 2022?', {
    kind: 'rubTrend',
    scope: 'mine',
    from: '2022-08',
  }),
  en('readmissions over time at Borgholm', {
    kind: 'rubTrend',
    measure: 'aterinlaggning',
    scope: 'hc-borgholm',
  }),

  // ---- patientList ----
  sv('vilka RUB5-patienter saknar fast läkare på min HC?', {
    kind: 'patientList',
    scope: 'mine',
    without: true,
  }),
  sv('lista RUB 5 patienter på Gripen', { kind: 'patientList', scope: 'hc-gripen' }),
  sv('visa patienterna utan fast läkarkontakt på Kristineberg', {
    kind: 'patientList',
    scope: 'hc-kristineberg',
    without: true,
  }),
  sv('vilka rub5 patienter har inte fast läkare på vår hälsocentral', {
    kind: 'patientList',
    scope: 'mine',
    without: true,
  }),
  sv('lista patienter på min HC', { kind: 'patientList', scope: 'mine' }),
  sv('vilka patienter saknar fast lakare pa gripen', {
    kind: 'patientList',
    scope: 'hc-gripen',
    without: true,
  }),
  en('which RUB 5 patients lack a regular doctor at my health centre', {
    kind: 'patientList',
    scope: 'mine',
    without: true,
  }),
  en('list RUB5 patients at Gripen', { kind: 'patientList', scope: 'hc-gripen' }),
  en('show me the patients without a named GP at Kristineberg', {
    kind: 'patientList',
    scope: 'hc-kristineberg',
    without: true,
  }),
  en('list my RUB 5 patients', { kind: 'patientList', scope: 'mine' }),

  // ---- setMyUnit ----
  sv('min HC är Gripen', { kind: 'setMyUnit', entity: 'hc-gripen' }),
  sv('jag jobbar på Kristineberg', { kind: 'setMyUnit', entity: 'hc-kristineberg' }),
  sv('min hälsocentral är Blå Kusten', { kind: 'setMyUnit', entity: 'hc-bla-kusten' }),
  sv('byt min HC till Borgholm', { kind: 'setMyUnit', entity: 'hc-borgholm' }),
  sv('jag arbetar på Högsby hälsocentral', { kind: 'setMyUnit', entity: 'hc-hogsby' }),
  en('set my health centre to Gripen', { kind: 'setMyUnit', entity: 'hc-gripen' }),
  en('my HC is Kristineberg', { kind: 'setMyUnit', entity: 'hc-kristineberg' }),
  en('I work at Blå Kusten', { kind: 'setMyUnit', entity: 'hc-bla-kusten' }),
  en('change my health center to Nybro', { kind: 'setMyUnit', entity: 'hc-nybro' }),

  // ---- digests ----
  sv('prenumerera på veckobrev', { kind: 'digestSubscribe' }),
  sv('prenumerera på veckobrev för Oskarshamn', { kind: 'digestSubscribe' }),
  sv('vilka prenumerationer finns här?', { kind: 'digestList' }),
  sv('visa veckobrev nu', { kind: 'digestPreview' }),
  sv('visa veckobrev', { kind: 'digestPreview' }),
  sv('pausa veckobrev', { kind: 'digestPause' }),
  sv('avsluta veckobrev', { kind: 'digestUnsubscribe' }),
  sv('dra tillbaka senaste veckobrevet', { kind: 'digestWithdraw' }),
  sv('jag vill prenumerera på veckobrevet', { kind: 'digestSubscribe' }),
  sv('avsluta prenumerationen', { kind: 'digestUnsubscribe' }),
  sv('pausa veckobrevet i sommar', { kind: 'digestPause' }),
  // Started "igen": a paused digest resumed, with words between that no resume phrase spells out.
  sv('starta upp veckobrevet igen', { kind: 'digestPause' }),
  en('subscribe to the weekly digest', { kind: 'digestSubscribe' }),
  en('show subscriptions', { kind: 'digestList' }),
  en('preview digest', { kind: 'digestPreview' }),
  en('pause digest', { kind: 'digestPause' }),
  en('unsubscribe', { kind: 'digestUnsubscribe' }),
  en('withdraw the last digest', { kind: 'digestWithdraw' }),
  en('which subscriptions does this channel have', { kind: 'digestList' }),
  en('stop the weekly digest', { kind: 'digestUnsubscribe' }),
  en('send me the digest now', { kind: 'digestPreview' }),

  // ---- help, greeting ----
  sv('hjälp', { kind: 'help' }),
  en('help', { kind: 'help' }),
  sv('vad kan du?', { kind: 'help' }),
  en('what can you do', { kind: 'help' }),
  sv('hej', { kind: 'greeting' }),
  en('hello', { kind: 'greeting' }),
  en('hi', { kind: 'greeting' }),
  sv('god morgon', { kind: 'greeting' }),
  sv('tjena', { kind: 'greeting' }),
  sv('Hjälp!', { kind: 'help' }),
  sv('hur funkar du?', { kind: 'help' }),
  sv('hej! vad kan du hjälpa till med?', { kind: 'help' }),
  en('good morning', { kind: 'greeting' }),
  en('hey there', { kind: 'greeting' }),

  // ---- unknown ----
  sv('', { kind: 'unknown' }),
  sv('asdfghjkl', { kind: 'unknown' }),
  sv('?!?', { kind: 'unknown' }),
  // "hälsocentral" is a hint, never a name: pins unitLookup's need of a name (issue 12 weights).
  sv('hälsocentralen', { kind: 'unknown' }),
  sv('telefon till hälsocentralen', { kind: 'unknown' }),
  sv('vad blir det för väder i morgon', { kind: 'unknown' }),
  en("what's the weather like tomorrow", { kind: 'unknown' }),
  sv('12345', { kind: 'unknown' }),
  sv('lol', { kind: 'unknown' }),
  sv('kan du boka en tid åt mig', { kind: 'unknown' }),
  en('order pizza', { kind: 'unknown' }, 'en-US'),
];

/**
 * English rows added to balance the languages, written after tuning. First run: 49/50 (98.0%); the
 * miss, "which digests are set up in this channel?" (read as subscribing), is fixed in the vocabulary.
 */
export const lateEnglish: readonly CorpusRow[] = [
  en('who is the contact person for Hemsjukhuset?', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),
  en('contact for the Oskarsgruppen project', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  en('who do we call about Karlshamnspiloten', {
    kind: 'groupContacts',
    entity: 'karlshamnspiloten',
  }),
  en('who runs Hultsfredsklustret?', { kind: 'groupContacts', entity: 'hultsfred-cluster' }),
  en('what is Oskarsmodellen?', { kind: 'groupDetails', entity: 'oskarsmodellen' }),
  en("what's the target group of Hemsjukhuset", {
    kind: 'groupDetails',
    entity: 'hemsjukhuset-borgholm',
    aspect: 'targetGroups',
  }),
  en('who participates in the Högsby hälsolots project', {
    kind: 'groupDetails',
    entity: 'hogsby-halsolots',
    aspect: 'participants',
  }),
  en('goals of Karlshamnspiloten', {
    kind: 'groupDetails',
    entity: 'karlshamnspiloten',
    aspect: 'focus',
  }),
  en("what's Maria Alvinsson Hilberth's mobile number?", {
    kind: 'personLookup',
    entity: 'maria-alvinsson-hilberth',
    field: 'mobile',
  }),
  en('give me the email of Emma Rydh', {
    kind: 'personLookup',
    entity: 'emma-rydh',
    field: 'email',
  }),
  en('how can I reach Marie Ragnarsson?', { kind: 'personLookup', entity: 'marie-ragnarsson' }),
  en('Julia Ström phone', { kind: 'personLookup', entity: 'julia-strom', field: 'phone' }),
  en('who is Rebecca Welander?', { kind: 'personLookup', entity: 'rebecca-welander' }),
  en('email address of Lina Öhlin', { kind: 'personLookup', entity: 'lina-ohlin', field: 'email' }),
  en('phone number for Johanna Nilson', {
    kind: 'personLookup',
    entity: 'johanna-nilsson',
    field: 'phone',
  }),
  en("what's the phone number of Nybro HC", { kind: 'unitLookup', entity: 'hc-nybro' }),
  en('address for Färjestaden health centre', { kind: 'unitLookup', entity: 'hc-farjestaden' }),
  en('contact details for Oskarshamns sjukhus', {
    kind: 'unitLookup',
    entity: 'sjukhus-oskarshamn',
  }),
  en('opening hours at Stensö', { kind: 'unitLookup', entity: 'hc-stenso' }),
  en('how do I get hold of Gamleby health center?', { kind: 'unitLookup', entity: 'hc-gamleby' }),
  en('who is the unit manager at Esplanaden', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-esplanaden',
  }),
  en('head of operations at Löttorp', {
    kind: 'roleAtUnit',
    role: 'verksamhetschef',
    entity: 'hc-lottorp',
  }),
  en("who's the boss at Kristineberg?", {
    kind: 'roleAtUnit',
    role: 'chef',
    entity: 'hc-kristineberg',
  }),
  en('is there a nurse at Högsby health centre', {
    kind: 'roleAtUnit',
    role: 'sjuksköterska',
    entity: 'hc-hogsby',
  }),
  en('show me all analysts', { kind: 'peopleByRole', role: 'analytiker' }),
  en('who are the coordinators in the coordination group?', {
    kind: 'peopleByRole',
    role: 'samordnare',
    within: 'samordnande-arbetsgrupp',
  }),
  en('list of GPs', { kind: 'peopleByRole', role: 'allmänläkare' }),
  en('how many RUB5 patients at Kristineberg?', {
    kind: 'rubSummary',
    scope: 'hc-kristineberg',
    measure: 'patients',
  }),
  en('what share of RUB 5 patients have a SIP at my HC?', {
    kind: 'rubSummary',
    scope: 'mine',
    measure: 'withSip',
  }),
  en('RUB 5 psychiatry contacts at Gripen', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: 'psykiatri',
  }),
  en('number of RUB 5 patients without a regular doctor in the region', {
    kind: 'rubSummary',
    scope: 'region',
    measure: W,
  }),
  en('RUB5 figures for March 2023', { kind: 'rubSummary', scope: 'region', period: '2023-03' }),
  en('rehab share among RUB 5 at Borgholm', {
    kind: 'rubSummary',
    scope: 'hc-borgholm',
    measure: 'rehabilitering',
  }),
  en('which health centre has the lowest share with SIP', {
    kind: 'rubDistribution',
    measure: 'withSip',
  }),
  en('RUB 5 distribution by health centre', { kind: 'rubDistribution' }),
  en('rank the HCs by readmissions', { kind: 'rubDistribution', measure: 'aterinlaggning' }),
  en('how has the SIP share developed since August 2022?', {
    kind: 'rubTrend',
    measure: 'withSip',
    from: '2022-08',
  }),
  en('change in share without a regular doctor from August 2022 to March 2023', {
    kind: 'rubTrend',
    from: '2022-08',
    to: '2023-03',
  }),
  en('emergency visits over time at Gripen', {
    kind: 'rubTrend',
    measure: 'akutbesok',
    scope: 'hc-gripen',
  }),
  en('show RUB 5 patients without a regular doctor at Blå Kusten', {
    kind: 'patientList',
    scope: 'hc-bla-kusten',
    without: true,
  }),
  en('which patients at my health centre have no named GP', {
    kind: 'patientList',
    scope: 'mine',
    without: true,
  }),
  en('I work at Högsby health centre', { kind: 'setMyUnit', entity: 'hc-hogsby' }),
  en('my unit is Gripen', { kind: 'setMyUnit', entity: 'hc-gripen' }),
  en('turn on the weekly digest', { kind: 'digestSubscribe' }),
  en('cancel my subscription', { kind: 'digestUnsubscribe' }),
  en('which digests are set up in this channel?', { kind: 'digestList' }),
  en('show me a preview of the weekly digest', { kind: 'digestPreview' }),
  en('pause the digest for the summer', { kind: 'digestPause' }),
  en('hello Nära', { kind: 'greeting' }),
  en('what can I ask you?', { kind: 'help' }),
];

export const corpus: readonly CorpusRow[] = [...firstRows, ...lateEnglish];

/**
 * Written after the matcher was tuned on `corpus`, to measure how well it generalises. First run:
 * 57/60 (95.0%). Missed then: "hallå, vad kan boten göra?" and "how does this bot work?" (help
 * phrasings too narrow), and "what's the weather in Kalmar" (read as Kvarnholmen, alias "Kalmar
 * centrum"). Fixing the last made "…angående Oskarsgruppen" fail ("angående" was not a filler word).
 * All four are fixed in general terms (vocabulary, and no word-dropping when deciding what is named).
 */
export const holdout: readonly CorpusRow[] = [
  sv('vem är det jag ska kontakta angående Oskarsgruppen?', {
    kind: 'groupContacts',
    entity: 'oskarshamn-cluster',
  }),
  sv('kan du ge mig numret till Kristinebergs HC', {
    kind: 'unitLookup',
    entity: 'hc-kristineberg',
  }),
  sv('jag behöver mejladressen till Anna Dahl', {
    kind: 'personLookup',
    entity: 'anna-dahl',
    field: 'email',
  }),
  sv('vilka sitter med i samordnande arbetsgruppen?', {
    kind: 'groupDetails',
    entity: 'samordnande-arbetsgrupp',
    aspect: 'participants',
  }),
  sv('vem är verksamhetschef i Borgholm', {
    kind: 'roleAtUnit',
    role: 'verksamhetschef',
    entity: 'hc-borgholm',
  }),
  sv('telefonnumret till Högsby HC', { kind: 'unitLookup', entity: 'hc-hogsby' }),
  sv('hur många RUB5 finns på Gripen?', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: 'patients',
  }),
  sv('andelen rub 5 som har SIP på Kristineberg', {
    kind: 'rubSummary',
    scope: 'hc-kristineberg',
    measure: 'withSip',
  }),
  sv('visa rub5-patienterna på Blå Kusten', { kind: 'patientList', scope: 'hc-bla-kusten' }),
  sv('hur ser trenden ut för SIP i regionen', { kind: 'rubTrend', measure: 'withSip' }),
  sv('jämför alla hälsocentraler för akutbesök', { kind: 'rubDistribution', measure: 'akutbesok' }),
  sv('sluta skicka veckobrev', { kind: 'digestUnsubscribe' }),
  sv('pausa utskicket', { kind: 'digestPause' }),
  sv('starta veckobrev för kanalen', { kind: 'digestSubscribe' }),
  sv('ta bort det senaste veckobrevet', { kind: 'digestWithdraw' }),
  sv('tjenare!', { kind: 'greeting' }),
  sv('hallå, vad kan boten göra?', { kind: 'help' }),
  sv('mobilnumret till Åke', { kind: 'personLookup', entity: 'ake-akesson', field: 'mobile' }),
  sv('Vem är Helene?', { kind: 'personLookup', entity: 'helene-svensson' }),
  sv('basenhetschef gripens hc', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-gripen',
  }),
  sv('vilka är analytiker i samordnande arbetsgrupp', {
    kind: 'peopleByRole',
    role: 'analytiker',
    within: 'samordnande-arbetsgrupp',
  }),
  sv('RUB 5 utan fast läkare Hultsfred augusti 2022', {
    kind: 'rubSummary',
    scope: 'hc-hultsfred',
    measure: 'withoutFastLakarkontakt',
    period: '2022-08',
  }),
  sv('Mörlunda', { kind: 'unitLookup', entity: 'hc-morlunda' }),
  sv('mina RUB5-patienter utan fast läkarkontakt', {
    kind: 'patientList',
    scope: 'mine',
    without: true,
  }),
  sv('min vårdcentral är Nybro', { kind: 'setMyUnit', entity: 'hc-nybro' }),
  sv('berätta om oskarshamnsklustret', { kind: 'groupDetails', entity: 'oskarshamn-cluster' }),
  sv('vem ska jag vända mig till om Hemsjukhuset?', {
    kind: 'groupContacts',
    entity: 'hemsjukhuset-borgholm',
  }),
  sv('epost Marie Ragnarsson', {
    kind: 'personLookup',
    entity: 'marie-ragnarsson',
    field: 'email',
  }),
  sv('hur har SIP-andelen utvecklats sedan mars 2023 på Gripen', {
    kind: 'rubTrend',
    measure: 'withSip',
    scope: 'hc-gripen',
    from: '2023-03',
  }),
  sv('fördelningen per HC', { kind: 'rubDistribution' }),
  en("who's in charge of Oskarsgruppen?", { kind: 'groupContacts', entity: 'oskarshamn-cluster' }),
  en("can you give me Anna Dahl's email?", {
    kind: 'personLookup',
    entity: 'anna-dahl',
    field: 'email',
  }),
  en('I need the phone number of Gripen health centre', {
    kind: 'unitLookup',
    entity: 'hc-gripen',
  }),
  en('who is the basenhetschef at Kristineberg', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-kristineberg',
  }),
  en('what is Hemsjukhuset about?', { kind: 'groupDetails', entity: 'hemsjukhuset-borgholm' }),
  en('members of the coordination group', {
    kind: 'groupDetails',
    entity: 'samordnande-arbetsgrupp',
    aspect: 'participants',
  }),
  en('RUB5 summary for Blå Kusten', { kind: 'rubSummary', scope: 'hc-bla-kusten' }),
  en('how many RUB 5 patients are there in the region', {
    kind: 'rubSummary',
    scope: 'region',
    measure: 'patients',
  }),
  en('share of RUB 5 patients with an ambulance ride at Gripen', {
    kind: 'rubSummary',
    scope: 'hc-gripen',
    measure: 'ambulans',
  }),
  en('show the trend for readmissions since March 2023', {
    kind: 'rubTrend',
    measure: 'aterinlaggning',
    from: '2023-03',
  }),
  en('compare health centres on SIP', { kind: 'rubDistribution', measure: 'withSip' }),
  en('list patients without a regular doctor at Gripen', {
    kind: 'patientList',
    scope: 'hc-gripen',
    without: true,
  }),
  en('my health centre is Borgholm', { kind: 'setMyUnit', entity: 'hc-borgholm' }),
  en('subscribe this channel to the weekly digest', { kind: 'digestSubscribe' }),
  en('what subscriptions do we have?', { kind: 'digestList' }),
  en("show me this week's digest", { kind: 'digestPreview' }),
  en('pause the weekly digest', { kind: 'digestPause' }),
  en('undo the last digest', { kind: 'digestWithdraw' }),
  en('hey', { kind: 'greeting' }),
  en('how does this bot work?', { kind: 'help' }),
  en('Who is Mathias?', { kind: 'personLookup', entity: 'mathias-karlsson' }),
  en('email Julia', { kind: 'personLookup', entity: 'julia-strom', field: 'email' }),
  en('who is head of unit at Blå Kustens hälsocentral', {
    kind: 'roleAtUnit',
    role: 'basenhetschef',
    entity: 'hc-bla-kusten',
  }),
  en('which coordinators are there', { kind: 'peopleByRole', role: 'samordnare' }),
  en('number to Åke Åkesson', { kind: 'personLookup', entity: 'ake-akesson', field: 'phone' }),
  en('Borgholm HC phone number', { kind: 'unitLookup', entity: 'hc-borgholm' }),
  en('how many without a regular doctor at my HC', {
    kind: 'rubSummary',
    scope: 'mine',
    measure: 'withoutFastLakarkontakt',
  }),
  en('trend since August 2022 at Kristineberg', {
    kind: 'rubTrend',
    scope: 'hc-kristineberg',
    from: '2022-08',
  }),
  en('Svensson phone', { kind: 'personLookup', entity: 'ambiguous', field: 'phone' }),
  en("what's the weather in Kalmar", { kind: 'unknown' }),
];
