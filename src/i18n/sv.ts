// Every user-facing Swedish string. en.ts has the same shape (checked by the type).
export const sv = {
  welcome: {
    title: 'Hej! Jag är Nära',
    intro:
      'Jag hjälper dig att hitta rätt kontakt i samverkan kring nära vård i Region Kalmar län – hälsocentraler, sjukhus, kommuner, ambulans och psykiatri – och att följa nyckeltal för de mest komplexa patienterna.',
    examplesHeading: 'Prova att fråga:',
    managerHeading: (unit: string) => `Om ${unit}:`,
    othersHeading: 'Eller fråga om kontakter:',
  },
  thanks: {
    title: 'Varsågod!',
    text: 'Fråga gärna igen om du behöver något mer.',
  },
  languageChoice: {
    title: 'Okej, jag svarar på svenska',
    text: 'Skriv "in English" om du hellre vill ha svaren på engelska.',
  },
  unknown: {
    title: 'Det kan jag inte svara på än',
    text: 'Jag förstod inte riktigt frågan. Jag kan hjälpa till med kontakter och nyckeltal – prova någon av frågorna nedan, eller skriv "hjälp".',
  },
  error: {
    title: 'Något gick fel',
    text: 'Jag kunde inte svara just nu. Försök igen om en stund. Om felet kvarstår, kontakta support och ange felkoden nedan.',
    reference: (id: string) => `Felkod: ${id}`,
  },
  upstream: {
    title: 'Tjänsten svarar inte',
    directory: 'Katalogen med kontaktuppgifter går inte att nå just nu. Försök igen om en stund.',
    metrics: 'Nyckeltalstjänsten går inte att nå just nu. Försök igen om en stund.',
    directoryInvalid:
      'Katalogen med kontaktuppgifter svarade med oväntade uppgifter. Försök igen senare.',
    metricsInvalid: 'Nyckeltalstjänsten svarade med oväntade uppgifter. Försök igen senare.',
  },
  storeUnavailable: {
    title: 'Nära kan inte nå sin databas',
    text: 'Jag kan inte läsa eller spara det här just nu, så jag svarar hellre inte än svarar fel. Försök igen om en stund.',
  },
  rateLimited: {
    title: 'Lugna ner dig lite 🙂',
    text: 'Du har skickat många frågor på kort tid. Vänta en minut och försök igen.',
  },
  tenantRefused: {
    title: 'Inte tillgänglig här',
    text: 'Nära är bara tillgänglig för Region Kalmar läns organisation.',
  },
  contacts: {
    unitKinds: {
      halsocentral: 'Hälsocentral',
      sjukhus: 'Sjukhus',
      psykiatri: 'Psykiatri',
      kommun: 'Kommun',
      ambulans: 'Ambulanssjukvård',
      region: 'Region Kalmar län',
      ovrig: 'Övrig verksamhet',
    },
    groupKinds: {
      projekt: 'Projekt',
      samverkansgrupp: 'Samverkansgrupp',
      arbetsgrupp: 'Arbetsgrupp',
    },
    phoneKinds: { direkt: 'Direkt', mobil: 'Mobil', vaxel: 'Växel' },
    call: { direkt: 'Ring direkt', mobil: 'Ring mobil', vaxel: 'Ring växeln' },
    email: 'E-post',
    sendEmail: 'Mejla',
    chat: 'Chatta i Teams',
    phone: 'Telefon',
    address: 'Adress',
    headingPhone: (name: string) => `Telefon till ${name}`,
    headingMobile: (name: string) => `Mobilnummer till ${name}`,
    headingEmail: (name: string) => `E-post till ${name}`,
    noPhone: (name: string) => `Katalogen har inget telefonnummer till ${name}.`,
    noMobile: (name: string) => `Katalogen har inget mobilnummer till ${name}.`,
    noEmail: (name: string) => `Katalogen har ingen e-postadress till ${name}.`,
    noContactDetails: (name: string) =>
      `Katalogen har varken telefon eller e-post till ${name}. Fråga enheten eller samordnare nära vård.`,
    noDetailsShort: 'Inget telefonnummer eller e-post i katalogen.',
    unitNoDetails: 'Katalogen har inget telefonnummer eller e-post till enheten ännu.',
    otherRegion: (organisation: string) =>
      `${organisation} – annan region, inte en kontakt inom Region Kalmar län`,
    municipality: (organisation: string) => `${organisation} – kommunal verksamhet`,
    synthetic: 'Testanvändare (syntetisk) – inte en riktig person',
    source: (title: string, age: string) =>
      `Källa: ${title} (${age}). Kontrollera gärna att uppgiften fortfarande gäller.`,
    sourceFresh: (title: string, age: string) => `Källa: ${title} (${age}).`,
    ageYears: (years: number) =>
      years <= 0 ? 'i år' : years === 1 ? '1 år gammal' : `${years} år gammal`,
    ageUnknown: 'datum okänt',
    peopleAtUnit: 'Namngivna personer på enheten',
    groupFocus: 'Fokus',
    groupTargets: 'Målgrupper',
    groupParticipants: 'Vilka deltar',
    groupContacts: 'Kontaktpersoner',
    groupNoContacts: (name: string) =>
      `Källorna namnger ingen kontaktperson för ${name}. Fråga samordnare nära vård.`,
    contactsFor: (name: string) => `Kontaktpersoner för ${name}`,
    contactsForIntro: (name: string) => `De här personerna är namngivna som kontakter för ${name}.`,
    /** A canonical role as said in this language (the directory writes Swedish). */
    roleName: (role: string) => role,
    roleAtUnit: (role: string, unit: string) => `${role} på ${unit}`,
    roleNone: (role: string, unit: string) =>
      `Jag hittade ingen med rollen ${role} på ${unit} i katalogen.`,
    peopleWithRole: (role: string) => `${role} – personer i katalogen`,
    peopleWithRoleIn: (role: string, within: string) => `${role} i ${within}`,
    manyWithRole: (role: string) =>
      `Många i katalogen har rollen eller titeln ${role}. Fråga med en enhet eller ort för att hitta rätt, till exempel "${role} på Gripen" eller "${role} i Kalmar".`,
    roleNoneAnywhere: (role: string) =>
      `Jag hittade ingen med rollen eller titeln ${role} i katalogen.`,
    page: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total}`,
    pageOfMany: (from: number, to: number) => `Visar ${from}–${to} av många`,
    previous: 'Föregående',
    next: 'Nästa',
    choiceTitle: (query: string) => `Flera träffar på "${query}"`,
    choiceText: 'Vem eller vad menar du? Tryck på ett namn.',
    choiceHint: 'Du kan också skriva hela namnet.',
    notFoundTitle: (query: string) => `Jag hittade inget som heter "${query}"`,
    notFoundWithClosest: 'Menade du någon av de här?',
    notFoundNoClosest:
      'Kontrollera stavningen, eller fråga efter en hälsocentral, en samverkansgrupp eller en roll, till exempel "samordnare nära vård".',
    notFoundHint:
      'Katalogen innehåller bara de personer, enheter och grupper som källorna namnger.',
  },
  metrics: {
    measures: {
      patients: 'Patienter',
      withoutFastLakarkontakt: 'Utan fast läkarkontakt',
      withSip: 'Med SIP',
      akutbesok: 'Besökt akuten',
      ambulans: 'Åkt ambulans',
      hemsjukvard: 'Pågående hemsjukvård',
      psykiatri: 'Kontakt med psykiatrin',
      rehabilitering: 'Kontakt med rehabiliteringen',
      aterinlaggning: 'Haft återinläggning',
    },
    averageAge: 'Genomsnittsålder',
    years: (age: string) => `${age} år`,
    region: 'Hela regionen',
    regionPlace: 'i hela regionen',
    unitPlace: (unit: string) => `på ${unit}`,
    columns: { measure: 'Mått', count: 'Antal', share: 'Andel', region: 'Regionen' },
    summaryTitle: (level: number, place: string) => `RUB ${level} – ${place}`,
    summarySubtitle: (period: string) => `${period} · hela regionen`,
    summarySubtitleCompare: (period: string) => `${period} · andelarna jämförs med hela regionen`,
    syntheticFootnote:
      'Syntetiska testdata: siffrorna per hälsocentral och månad är påhittade. Regionens RUB 5-siffror för mars 2023 följer källdokumentet.',
    summaryFootnote:
      'Andelarna räknas på antalet patienter på RUB-nivån. Vårdanvändningen avser rullande 12 månader till och med periodens slut.',
    headline: {
      patients: (count: string, _total: string, level: number, place: string, _share?: string) =>
        `${count} patienter med RUB ${level} ${place}.`,
      withoutFastLakarkontakt: (
        count: string,
        total: string,
        level: number,
        place: string,
        share?: string,
      ) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} saknar fast läkarkontakt (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} saknar fast läkarkontakt.`,
      withSip: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har en SIP (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har en SIP.`,
      akutbesok: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har besökt akuten (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har besökt akuten.`,
      ambulans: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har åkt ambulans (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har åkt ambulans.`,
      hemsjukvard: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har pågående hemsjukvård (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har pågående hemsjukvård.`,
      psykiatri: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har varit i kontakt med psykiatrin (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har varit i kontakt med psykiatrin.`,
      rehabilitering: (
        count: string,
        total: string,
        level: number,
        place: string,
        share?: string,
      ) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har varit i kontakt med rehabiliteringen (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har varit i kontakt med rehabiliteringen.`,
      aterinlaggning: (
        count: string,
        total: string,
        level: number,
        place: string,
        share?: string,
      ) =>
        share
          ? `${count} av ${total} patienter med RUB ${level} ${place} har haft en återinläggning (${share}).`
          : `${count} av ${total} patienter med RUB ${level} ${place} har haft en återinläggning.`,
    },
    regionComparison: (value: string) => `Hela regionen: ${value}.`,
    smallNumbers: (threshold: number) =>
      `Några små tal visas inte: i kanaler och gruppchattar visas antal under ${threshold} som "<${threshold}", och några andra tal är dolda så att de små inte kan räknas fram ur summorna. Andelar som bygger på dem visas inte.`,
    hidden: 'dolt',
    mine: (unit: string) => `${unit} (din HC)`,
    gap: (count: number) =>
      count === 1 ? '⋯ 1 hälsocentral till' : `⋯ ${count} hälsocentraler till`,
    chartShare: (measure: string) => `${measure}, andel av patienterna`,
    chartCount: 'Antal patienter',
    legendMine: 'Din hälsocentral i grönt ("din HC"), hela regionen i orange, sist.',
    legendRegion: 'Hela regionen i orange, sist.',
    distributionMore: (count: number) =>
      `Hela rangordningen med alla ${count} hälsocentraler finns i fliken Översikt.`,
    openOverview: 'Öppna Översikt',
    trendHeader: { month: 'Månad', share: 'Andel', count: 'Antal', region: 'Regionen' },
    trendChartTitle: (measure: string) => `${measure} per månad`,
    trendLegend: (place: string) => `Staplarna visar ${place}, kolumnen Regionen hela regionen.`,
    trendThinned: (step: number) =>
      step === 2 ? 'Varannan månad visas.' : `Var ${step}:e månad visas.`,
    distributionTitle: (measure: string, level: number) =>
      `${measure} – RUB ${level} per hälsocentral`,
    compareTitle: (measure: string, level: number) => `${measure} – RUB ${level}, jämförelse`,
    compareSubtitle: (period: string) =>
      `${period} · de hälsocentraler du nämnde och hela regionen, högst först`,
    distributionSubtitleShare: (period: string) =>
      `${period} · rangordnat efter andel, högst först`,
    distributionSubtitleCount: (period: string) =>
      `${period} · rangordnat efter antal, flest först`,
    distributionKeyFacts: (
      highest: string,
      highValue: string,
      lowest: string,
      lowValue: string,
      region: string,
    ) =>
      `Högst: ${highest}, ${highValue}. Lägst: ${lowest}, ${lowValue}. Hela regionen: ${region}.`,
    shareOf: (share: string, count: string, total: string) => `${share} (${count} av ${total})`,
    distributionHidden: (count: number) =>
      count === 1
        ? '1 hälsocentral visas inte här: dess antal är små, eller dolda för att skydda små antal.'
        : `${count} hälsocentraler visas inte här: deras antal är små, eller dolda för att skydda små antal.`,
    distributionNone: 'Det finns inga siffror att jämföra för den här perioden.',
    axisUnit: 'Hälsocentral',
    axisShare: 'Andel (%)',
    axisCount: 'Antal patienter',
    axisMonth: 'Månad',
    unitColumn: 'Hälsocentral',
    monthColumn: 'Månad',
    trendTitle: (measure: string, level: number, place: string) =>
      `${measure} – RUB ${level}, ${place}`,
    trendSubtitle: (from: string, to: string) => `Per månad, ${from} – ${to}`,
    trendNoun: {
      patients: 'antalet patienter',
      withoutFastLakarkontakt: 'andelen utan fast läkarkontakt',
      withSip: 'andelen med SIP',
      akutbesok: 'andelen som besökt akuten',
      ambulans: 'andelen som åkt ambulans',
      hemsjukvard: 'andelen med pågående hemsjukvård',
      psykiatri: 'andelen i kontakt med psykiatrin',
      rehabilitering: 'andelen i kontakt med rehabiliteringen',
      aterinlaggning: 'andelen med återinläggning',
    },
    trendChange: (
      from: string,
      to: string,
      noun: string,
      place: string,
      fromValue: string,
      toValue: string,
      change: string,
    ) =>
      `Från ${from} till ${to} ändrades ${noun} ${place} från ${fromValue} till ${toValue}: ${change}.`,
    pointChange: (points: string) => `${points} procentenheter`,
    regionChange: (change: string) => `Hela regionen under samma tid: ${change}.`,
    trendWithheld:
      'Förändringen visas inte här eftersom antalen är för små för en kanal eller gruppchatt.',
    trendOnePeriod: {
      title: 'Välj två perioder',
      text: 'För att visa en förändring behöver jag två olika månader, till exempel "mars 2023 jämfört med augusti 2022".',
    },
    noSuchPeriod: (requested: string, first: string, last: string) =>
      `Jag har inga siffror för ${requested}. Det finns siffror från ${first} till ${last}.`,
    noSuchPeriodTitle: 'Perioden finns inte',
    units: {
      pickLabel: 'Hälsocentral',
      pickPlaceholder: 'Välj hälsocentral',
      pickRequired: 'Välj en hälsocentral i listan.',
      show: 'Visa',
      choiceTitle: (query: string) => `Vilken hälsocentral menar du med "${query}"?`,
      choiceText: 'Tryck på en hälsocentral.',
      notFoundTitle: (query: string) => `Jag hittade ingen hälsocentral som heter "${query}"`,
      notFoundText: 'Välj hälsocentral i listan.',
      notHealthCentreTitle: (name: string) => `${name} är ingen hälsocentral`,
      notHealthCentreText: 'Nyckeltalen finns per hälsocentral. Välj en i listan.',
      myUnitTitle: 'Vilken är din hälsocentral?',
      myUnitText:
        'Jag hittar ingen hälsocentral kopplad till dig i katalogen. Välj din hälsocentral så sparar jag den som "min HC".',
      myUnitSave: 'Spara',
      myUnitHint:
        'Du kan ändra den när som helst, till exempel genom att skriva "min HC är Gripen".',
    },
  },
  patients: {
    titleWithout: (level: number, unit: string) => `RUB ${level} utan fast läkarkontakt – ${unit}`,
    titleAll: (level: number, unit: string) => `Patienter med RUB ${level} – ${unit}`,
    total: (count: string, n: number) => (n === 1 ? `${count} patient` : `${count} patienter`),
    subtitle: (period: string) => `${period} · flest vårdkontakter först`,
    columns: { ref: 'Ref', birthYear: 'Född', sex: 'Kön', sip: 'SIP', flags: 'Vårdanvändning' },
    sex: { K: 'K', M: 'M' },
    yes: 'Ja',
    no: 'Nej',
    none: '–',
    flags: {
      akutbesok: 'Akut',
      ambulans: 'Amb',
      hemsjukvard: 'Hsjv',
      psykiatri: 'Psyk',
      rehabilitering: 'Rehab',
      aterinlaggning: 'Återinl',
    },
    legend:
      'Akut = besökt akuten, Amb = åkt ambulans, Hsjv = pågående hemsjukvård, Psyk = psykiatrin, Rehab = rehabiliteringen, Återinl = återinläggning (rullande 12 månader).',
    page: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total}`,
    previous: 'Föregående',
    next: 'Nästa',
    empty: 'Det finns inga patienter som matchar frågan.',
    truncated: (shown: string) =>
      `Listan är lång: sorteringen gäller de ${shown} första patienterna. Avgränsa frågan för att se alla.`,
    synthetic: 'Syntetiska data – inga riktiga patienter.',
    audited:
      'Pseudonymiserade referenser. Visningen är loggad. Dela inte listan i kanaler eller gruppchattar.',
    refused: {
      sharedSpace:
        'Patientlistor visas inte här – bara i en 1:1-chatt med Nära, för chefer på enheten.',
      notInDirectory: (unit: string) =>
        `Jag hittar dig inte i katalogen som chef på ${unit}, och patientlistor visas bara i en 1:1-chatt med Nära, för chefer på enheten.`,
      noRole: (unit: string) =>
        `Din roll i katalogen ger inte tillgång till patientlistor för ${unit}; de visas bara i en 1:1-chatt med Nära, för chefer på enheten.`,
      otherUnit: (unit: string) =>
        `Enligt katalogen är du inte chef på ${unit}, och patientlistor visas bara i en 1:1-chatt med Nära, för chefer på enheten.`,
      region:
        'Patientlistor visas per hälsocentral – fråga efter din egen i en 1:1-chatt med Nära, om du är chef där.',
    },
    auditFailed: {
      title: 'Listan kunde inte visas',
      text: 'Jag kunde inte logga visningen, och patientlistor visas aldrig utan loggning. Försök igen om en stund. Om felet kvarstår, kontakta support.',
    },
  },
  settings: {
    saved: {
      title: (unit: string) => `Din HC är nu ${unit}`,
      text: 'Frågor om "min HC" gäller nu den här hälsocentralen. Inställningen ändrar inte vilka patientlistor du får se – det styrs av katalogen.',
    },
    suggestionSummary: 'RUB5 på min HC',
    suggestionList: 'Vilka RUB5-patienter saknar fast läkare på min HC?',
    noUser: {
      title: 'Jag kan inte spara det',
      text: 'Jag vet inte vem du är i Teams, så jag kan inte spara din hälsocentral. Fråga gärna om en hälsocentral med namn i stället.',
    },
  },
  digest: {
    weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    schedule: (weekday: string, time: string) => `varje ${weekday} kl. ${time}`,
    slot: (weekday: string, date: string, time: string) => `${weekday} ${date} kl. ${time}`,
    scopeRegion: 'Hela regionen',
    scopeArea: (area: string) => `Området ${area}`,
    scopeMany: (first: string, more: number) => `${first} och ${more} till`,
    scopeNone: 'Inga hälsocentraler',
    or: 'eller',
    channelOnly: {
      title: 'Veckobrev hör hemma i en kanal',
      text: 'Veckobrev postas i kanaler. Gå till kanalen som ska få veckobrevet, nämn @Nära och skriv "prenumerera på veckobrev".',
    },
    notAllowed: {
      title: 'Bara vissa roller kan ändra veckobrev',
      text: (roles: string) =>
        `Bara den som har rollen ${roles} i katalogen kan prenumerera på, ändra, pausa, avsluta eller dra tillbaka veckobrev. Be någon av dem, eller kontakta samordnare nära vård.`,
    },
    settings: {
      titleNew: 'Prenumerera på veckobrev',
      titleEdit: 'Ändra veckobrev',
      intro:
        'Veckobrevet postas i den här kanalen en gång i veckan med nyckeltal för patienter med RUB 5 – bara sammanställda siffror.',
      weekday: 'Veckodag',
      time: 'Tid (svensk tid)',
      timeRequired: 'Ange en tid, till exempel 08:00.',
      scope: 'Omfattning',
      chosenUnits: 'Valda hälsocentraler',
      units: 'Hälsocentraler (om du valt "Valda hälsocentraler")',
      unitsPlaceholder: 'Välj hälsocentraler',
      save: 'Spara',
    },
    invalid: {
      title: 'Kontrollera inställningarna',
      time: 'Ange tiden som TT:MM, till exempel 08:00.',
      units: 'Välj minst en hälsocentral, eller välj en annan omfattning.',
      area: 'Välj ett område i listan.',
    },
    saved: {
      title: 'Veckobrevet är sparat',
      text: (schedule: string, scope: string, next: string) =>
        `Veckobrevet postas i den här kanalen ${schedule}. Omfattning: ${scope}. Nästa gång: ${next}.`,
    },
    list: {
      title: 'Veckobrev i den här kanalen',
      empty: 'Den här kanalen har inga veckobrev ännu.',
      active: (schedule: string, next: string) => `Postas ${schedule}. Nästa: ${next}.`,
      paused: (schedule: string) => `Pausat (annars ${schedule}).`,
      edit: 'Ändra',
      pause: 'Pausa',
      resume: 'Återuppta',
      unsubscribe: 'Avsluta',
      add: 'Nytt veckobrev',
      preview: 'Visa veckobrev nu',
    },
    paused: {
      title: 'Veckobrevet är pausat',
      text: 'Inga veckobrev postas förrän någon återupptar det. Skriv "vilka prenumerationer finns här?" för att återuppta.',
    },
    resumed: {
      title: 'Veckobrevet är igång igen',
      text: (next: string) => `Nästa veckobrev postas ${next}.`,
    },
    unsubscribed: {
      title: 'Veckobrevet är avslutat',
      text: 'Inga fler veckobrev postas här för den prenumerationen.',
    },
    none: {
      title: 'Inga veckobrev här',
      text: 'Den här kanalen har inget veckobrev. Skriv "prenumerera på veckobrev" för att börja.',
    },
    unknownSubscription: {
      title: 'Veckobrevet finns inte längre',
      text: 'Prenumerationen är redan avslutad eller hör till en annan kanal.',
    },
    withdrawn: {
      title: 'Veckobrevet är borttaget',
      text: (slot: string) => `Veckobrevet från ${slot} är borttaget från kanalen.`,
    },
    nothingToWithdraw: {
      title: 'Inget att dra tillbaka',
      text: 'Jag hittar inget veckobrev som jag har postat i den här kanalen.',
    },
    withdrawFailed: {
      title: 'Det gick inte att ta bort veckobrevet',
      text: 'Teams tog inte emot borttagningen. Försök igen om en stund.',
    },
    suggestList: 'Vilka prenumerationer finns här?',
    suggestPreview: 'Visa veckobrev nu',
    suggestSubscribe: 'Prenumerera på veckobrev',
    card: {
      title: (scope: string) => `Veckobrev – ${scope}`,
      subtitle: (level: number, period: string) => `RUB ${level} · ${period} (senaste perioden)`,
      subtitlePreview: (level: number, period: string) =>
        `Förhandsvisning · RUB ${level} · ${period}`,
      patients: (level: number) => `Patienter med RUB ${level}`,
      without: 'Utan fast läkarkontakt',
      withSip: 'Med SIP',
      changeSince: (period: string) => `Förändring sedan ${period}`,
      shareOf: (share: string, count: string) => `${share} (${count})`,
      withheld: 'visas inte (små antal)',
      countOnly: (count: string) => `${count} (andelen visas inte)`,
      points: (value: string) => `${value} procentenheter`,
      moversHeading: (period: string) =>
        `Störst förändring i andelen utan fast läkarkontakt sedan ${period}`,
      moversHeadingNoPrevious: 'Störst förändring i andelen utan fast läkarkontakt',
      moverValue: (share: string, change: string) => `${share} (${change})`,
      moversEmpty: 'För få patienter för att visa förändringen per hälsocentral.',
      moversHeader: {
        label: 'Hälsocentral',
        bar: 'Förändring, procentenheter',
        value: '',
        extra: 'Andel nu',
      },
      moversLegend:
        'Staplarna visar förändringens storlek i procentenheter. Grönt: andelen utan fast läkarkontakt har minskat; rött: den har ökat.',
      failedBefore: (slots: string) => `Veckobrevet ${slots} kunde inte postas.`,
      uncertainBefore: (slots: string) =>
        `Veckobrevet ${slots} kan ha uteblivit: Nära stoppades medan det postades och vet inte om Teams tog emot det.`,
      questionsHeading: 'Fråga vidare',
      askTrend: 'Förändring sedan 2022',
      askDistribution: 'Per hälsocentral',
      askUnit: (unit: string) => unit,
      qTrend: 'Hur har andelen utan fast läkare förändrats sedan augusti 2022?',
      qTrendUnit: (unit: string) =>
        `Hur har andelen utan fast läkare förändrats sedan augusti 2022 på ${unit}?`,
      qDistribution: 'Fördelning mellan hälsocentraler för RUB5 utan fast läkarkontakt',
      qUnit: (unit: string) => `RUB5 på ${unit}`,
      footnote: (threshold: number) =>
        `Bara sammanställda siffror. Några små tal visas inte: antal under ${threshold} visas som "<${threshold}", och några andra är dolda så att de små inte kan räknas fram.`,
      footnoteSchedule: (schedule: string) =>
        `Postas ${schedule}; skriv "avsluta veckobrev" för att sluta.`,
    },
  },
  staleAction: {
    title: 'Knappen är inaktuell',
    text: 'Den här knappen hör till ett äldre svar och fungerar inte längre. Ställ frågan igen.',
  },
  unitsInArea: {
    kinds: {
      halsocentral: 'Hälsocentraler',
      sjukhus: 'Sjukhus',
      psykiatri: 'Psykiatriska enheter',
      kommun: 'Kommuner',
      ambulans: 'Ambulanssjukvård',
      region: 'Regionens enheter',
      ovrig: 'Övriga enheter',
    },
    anyKind: 'Enheter',
    title: (kinds: string, place: string) => `${kinds} i ${place}`,
    everywhere: (kinds: string) => `${kinds} i katalogen`,
    intro: (count: number) =>
      count === 1
        ? '1 enhet. Tryck på den för telefon, adress och kontakter.'
        : `${count} enheter. Tryck på en för telefon, adress och kontakter.`,
    more: (count: number) =>
      `Ytterligare ${count} visas inte. Fråga efter en kommun eller ett slag av enhet.`,
    none: (kinds: string, place: string) =>
      `Katalogen har inga ${kinds.toLowerCase()} i ${place}. Prova en annan kommun, till exempel Kalmar.`,
    noneAnywhere: (kinds: string) => `Katalogen har inga ${kinds.toLowerCase()}.`,
    open: 'Visa',
  },
  unreadable: {
    title: 'Jag kunde inte läsa meddelandet',
    text: 'Något i meddelandet gick inte att läsa. Skriv frågan igen som vanlig text, så försöker jag igen.',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type Strings = Widen<typeof sv>;
