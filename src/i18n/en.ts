import type { Strings } from './sv';

/**
 * The directory's roles (Swedish, as ROLE_SYNONYMS in src/understanding/lexicon.ts names them) in
 * English, for headings and sentences; a person's own title stays as the directory writes it.
 */
export const ENGLISH_ROLES: Readonly<Record<string, string>> = {
  basenhetschef: 'head of unit',
  verksamhetschef: 'head of operations',
  samordnare: 'coordinator',
  analytiker: 'analyst',
  utvecklingsledare: 'development lead',
  verksamhetsutvecklare: 'operations developer',
  kommunikatör: 'communications officer',
  allmänläkare: 'general practitioner',
  läkare: 'doctor',
  sjuksköterska: 'nurse',
  distriktssköterska: 'district nurse',
  undersköterska: 'assistant nurse',
  projektledare: 'project manager',
  mottagningschef: 'clinic manager',
  chef: 'manager',
  kurator: 'counsellor',
  fysioterapeut: 'physiotherapist',
  arbetsterapeut: 'occupational therapist',
  psykolog: 'psychologist',
  hälsolots: 'health navigator',
  planeringsdirektör: 'planning director',
  regiondirektör: 'regional director',
  primärvårdsdirektör: 'primary care director',
};

export const en: Strings = {
  welcome: {
    title: "Hi! I'm Nära",
    intro:
      'I help you find the right contact across organisations in Nära vård in Region Kalmar län – health centres, hospitals, municipalities, ambulance and psychiatry – and follow key figures for the most complex patients.',
    examplesHeading: 'Try asking:',
    managerHeading: (unit: string) => `About ${unit}:`,
    othersHeading: 'Or ask about contacts:',
  },
  thanks: {
    title: 'You’re welcome!',
    text: 'Ask again whenever you need anything else.',
  },
  languageChoice: {
    title: "OK, I'll answer in English",
    text: 'Write "på svenska" to have the answers in Swedish again.',
  },
  unknown: {
    title: "I can't answer that yet",
    text: 'I did not quite understand the question. I can help with contacts and key figures – try one of the questions below, or type "help".',
  },
  error: {
    title: 'Something went wrong',
    text: 'I could not answer right now. Please try again in a moment. If it keeps happening, contact support and quote the code below.',
    reference: (id: string) => `Error code: ${id}`,
  },
  upstream: {
    title: 'A service is not answering',
    directory: 'The contact directory cannot be reached right now. Please try again in a moment.',
    metrics: 'The key figures service cannot be reached right now. Please try again in a moment.',
    directoryInvalid: 'The contact directory returned unexpected data. Please try again later.',
    metricsInvalid: 'The key figures service returned unexpected data. Please try again later.',
  },
  storeUnavailable: {
    title: 'Nära cannot reach its database',
    text: 'I cannot read or save this right now, so I would rather not answer than answer wrongly. Please try again in a moment.',
  },
  rateLimited: {
    title: 'Slow down a little 🙂',
    text: 'You have sent many questions in a short time. Wait a minute and try again.',
  },
  tenantRefused: {
    title: 'Not available here',
    text: "Nära is only available to Region Kalmar län's organisation.",
  },
  contacts: {
    unitKinds: {
      halsocentral: 'Health centre',
      sjukhus: 'Hospital',
      psykiatri: 'Psychiatry',
      kommun: 'Municipality',
      ambulans: 'Ambulance service',
      region: 'Region Kalmar län',
      ovrig: 'Other organisation',
    },
    groupKinds: {
      projekt: 'Project',
      samverkansgrupp: 'Collaboration group',
      arbetsgrupp: 'Working group',
    },
    phoneKinds: { direkt: 'Direct', mobil: 'Mobile', vaxel: 'Switchboard' },
    call: { direkt: 'Call direct', mobil: 'Call mobile', vaxel: 'Call switchboard' },
    email: 'E-mail',
    sendEmail: 'E-mail',
    chat: 'Chat in Teams',
    phone: 'Phone',
    address: 'Address',
    headingPhone: (name: string) => `Phone number for ${name}`,
    headingMobile: (name: string) => `Mobile number for ${name}`,
    headingEmail: (name: string) => `E-mail for ${name}`,
    noPhone: (name: string) => `The directory has no phone number for ${name}.`,
    noMobile: (name: string) => `The directory has no mobile number for ${name}.`,
    noEmail: (name: string) => `The directory has no e-mail address for ${name}.`,
    noContactDetails: (name: string) =>
      `The directory has neither phone nor e-mail for ${name}. Ask the unit or the Nära vård coordinators.`,
    noDetailsShort: 'No phone number or e-mail in the directory.',
    unitNoDetails: 'The directory has no phone number or e-mail for this unit yet.',
    otherRegion: (organisation: string) =>
      `${organisation} – another region, not a contact within Region Kalmar län`,
    municipality: (organisation: string) => `${organisation} – municipal service`,
    synthetic: 'Test user (synthetic) – not a real person',
    source: (title: string, age: string) =>
      `Source: ${title} (${age}). Please check that it still applies.`,
    sourceFresh: (title: string, age: string) => `Source: ${title} (${age}).`,
    ageYears: (years: number) =>
      years <= 0 ? 'this year' : years === 1 ? '1 year old' : `${years} years old`,
    ageUnknown: 'date unknown',
    peopleAtUnit: 'Named people at the unit',
    groupFocus: 'Focus',
    groupTargets: 'Target groups',
    groupParticipants: 'Participants',
    groupContacts: 'Contact persons',
    groupNoContacts: (name: string) =>
      `The sources name no contact person for ${name}. Ask the Nära vård coordinators.`,
    contactsFor: (name: string) => `Contact persons for ${name}`,
    contactsForIntro: (name: string) => `These people are named as contacts for ${name}.`,
    roleName: (role: string) => ENGLISH_ROLES[role] ?? role,
    roleAtUnit: (role: string, unit: string) => `${role} at ${unit}`,
    roleNone: (role: string, unit: string) =>
      `I found nobody with the role ${role} at ${unit} in the directory.`,
    peopleWithRole: (role: string) => `${role} – people in the directory`,
    peopleWithRoleIn: (role: string, within: string) => `${role} in ${within}`,
    manyWithRole: (role: string) =>
      `Many in the directory have the role or title ${role}. Ask with a unit or place to find the right one, for example "${role} at Gripen" or "${role} in Kalmar".`,
    roleNoneAnywhere: (role: string) =>
      `I found nobody with the role or title ${role} in the directory.`,
    page: (from: number, to: number, total: number) => `Showing ${from}–${to} of ${total}`,
    pageOfMany: (from: number, to: number) => `Showing ${from}–${to} of many`,
    previous: 'Previous',
    next: 'Next',
    choiceTitle: (query: string) => `Several matches for "${query}"`,
    choiceText: 'Who or what do you mean? Tap a name.',
    choiceHint: 'You can also type the full name.',
    notFoundTitle: (query: string) => `I found nobody and nothing called "${query}"`,
    notFoundWithClosest: 'Did you mean one of these?',
    notFoundNoClosest:
      'Check the spelling, or ask for a health centre, a collaboration group or a role, for example "samordnare nära vård".',
    notFoundHint: 'The directory holds only the people, units and groups that the sources name.',
  },
  metrics: {
    measures: {
      patients: 'Patients',
      withoutFastLakarkontakt: 'Without a named GP',
      withSip: 'With a SIP',
      akutbesok: 'Visited the emergency department',
      ambulans: 'Travelled by ambulance',
      hemsjukvard: 'Ongoing home health care',
      psykiatri: 'Contact with psychiatry',
      rehabilitering: 'Contact with rehabilitation',
      aterinlaggning: 'Had a readmission',
    },
    averageAge: 'Average age',
    years: (age: string) => `${age} years`,
    region: 'Whole region',
    regionPlace: 'in the whole region',
    unitPlace: (unit: string) => `at ${unit}`,
    columns: { measure: 'Measure', count: 'Count', share: 'Share', region: 'Region' },
    summaryTitle: (level: number, place: string) => `RUB ${level} – ${place}`,
    summarySubtitle: (period: string) => `${period} · whole region`,
    summarySubtitleCompare: (period: string) => `${period} · shares compared with the whole region`,
    syntheticFootnote:
      "Synthetic test data: the figures per health centre and month are made up. The region's RUB 5 figures for March 2023 follow the source document.",
    summaryFootnote:
      'Shares are of the patients at the RUB level. Care use covers the rolling 12 months up to the end of the period.',
    headline: {
      patients: (count: string, _total: string, level: number, place: string, _share?: string) =>
        `${count} patients at RUB ${level} ${place}.`,
      withoutFastLakarkontakt: (
        count: string,
        total: string,
        level: number,
        place: string,
        share?: string,
      ) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} have no named GP (fast läkarkontakt) (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} have no named GP (fast läkarkontakt).`,
      withSip: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} have a SIP (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} have a SIP.`,
      akutbesok: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} visited the emergency department (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} visited the emergency department.`,
      ambulans: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} travelled by ambulance (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} travelled by ambulance.`,
      hemsjukvard: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} have ongoing home health care (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} have ongoing home health care.`,
      psykiatri: (count: string, total: string, level: number, place: string, share?: string) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} have been in contact with psychiatry (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} have been in contact with psychiatry.`,
      rehabilitering: (
        count: string,
        total: string,
        level: number,
        place: string,
        share?: string,
      ) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} have been in contact with rehabilitation (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} have been in contact with rehabilitation.`,
      aterinlaggning: (
        count: string,
        total: string,
        level: number,
        place: string,
        share?: string,
      ) =>
        share
          ? `${count} of ${total} patients at RUB ${level} ${place} had a readmission (${share}).`
          : `${count} of ${total} patients at RUB ${level} ${place} had a readmission.`,
    },
    regionComparison: (value: string) => `Whole region: ${value}.`,
    smallNumbers: (threshold: number) =>
      `Some small numbers are not shown: in channels and group chats, counts below ${threshold} are shown as "<${threshold}", and a few other numbers are hidden so that the small ones cannot be worked out from the totals. Shares based on them are withheld.`,
    hidden: 'hidden',
    mine: (unit: string) => `${unit} (your HC)`,
    gap: (count: number) =>
      count === 1 ? '⋯ 1 more health centre' : `⋯ ${count} more health centres`,
    chartShare: (measure: string) => `${measure}, share of the patients`,
    chartCount: 'Patients',
    legendMine: 'Your health centre in green ("your HC"), the whole region in orange, last.',
    legendRegion: 'The whole region in orange, last.',
    distributionMore: (count: number) =>
      `The full ranking of all ${count} health centres is in the Overview tab.`,
    openOverview: 'Open Overview',
    trendHeader: { month: 'Month', share: 'Share', count: 'Count', region: 'Region' },
    trendChartTitle: (measure: string) => `${measure} by month`,
    trendLegend: (place: string) => `The bars show ${place}, the Region column the whole region.`,
    trendThinned: (step: number) =>
      step === 2 ? 'Every other month is shown.' : `Every ${step}th month is shown.`,
    distributionTitle: (measure: string, level: number) =>
      `${measure} – RUB ${level} by health centre`,
    compareTitle: (measure: string, level: number) => `${measure} – RUB ${level}, comparison`,
    compareSubtitle: (period: string) =>
      `${period} · the health centres you named and the whole region, highest first`,
    distributionSubtitleShare: (period: string) => `${period} · ranked by share, highest first`,
    distributionSubtitleCount: (period: string) => `${period} · ranked by count, most first`,
    distributionKeyFacts: (
      highest: string,
      highValue: string,
      lowest: string,
      lowValue: string,
      region: string,
    ) =>
      `Highest: ${highest}, ${highValue}. Lowest: ${lowest}, ${lowValue}. Whole region: ${region}.`,
    shareOf: (share: string, count: string, total: string) => `${share} (${count} of ${total})`,
    distributionHidden: (count: number) =>
      count === 1
        ? '1 health centre is not shown here: its numbers are small, or hidden to protect small numbers.'
        : `${count} health centres are not shown here: their numbers are small, or hidden to protect small numbers.`,
    distributionNone: 'There are no figures to compare for this period.',
    axisUnit: 'Health centre',
    axisShare: 'Share (%)',
    axisCount: 'Patients',
    axisMonth: 'Month',
    unitColumn: 'Health centre',
    monthColumn: 'Month',
    trendTitle: (measure: string, level: number, place: string) =>
      `${measure} – RUB ${level}, ${place}`,
    trendSubtitle: (from: string, to: string) => `By month, ${from} – ${to}`,
    trendNoun: {
      patients: 'the number of patients',
      withoutFastLakarkontakt: 'the share without a named GP',
      withSip: 'the share with a SIP',
      akutbesok: 'the share who visited the emergency department',
      ambulans: 'the share who travelled by ambulance',
      hemsjukvard: 'the share with ongoing home health care',
      psykiatri: 'the share in contact with psychiatry',
      rehabilitering: 'the share in contact with rehabilitation',
      aterinlaggning: 'the share with a readmission',
    },
    trendChange: (
      from: string,
      to: string,
      noun: string,
      place: string,
      fromValue: string,
      toValue: string,
      change: string,
    ) => `From ${from} to ${to}, ${noun} ${place} went from ${fromValue} to ${toValue}: ${change}.`,
    pointChange: (points: string) => `${points} percentage points`,
    regionChange: (change: string) => `Whole region over the same time: ${change}.`,
    trendWithheld:
      'The change is not shown here because the numbers are too small for a channel or group chat.',
    trendOnePeriod: {
      title: 'Choose two periods',
      text: 'To show a change I need two different months, for example "March 2023 compared with August 2022".',
    },
    noSuchPeriod: (requested: string, first: string, last: string) =>
      `I have no figures for ${requested}. There are figures from ${first} to ${last}.`,
    noSuchPeriodTitle: 'No such period',
    units: {
      pickLabel: 'Health centre',
      pickPlaceholder: 'Choose a health centre',
      pickRequired: 'Choose a health centre from the list.',
      show: 'Show',
      choiceTitle: (query: string) => `Which health centre do you mean by "${query}"?`,
      choiceText: 'Tap a health centre.',
      notFoundTitle: (query: string) => `I found no health centre called "${query}"`,
      notFoundText: 'Choose a health centre from the list.',
      notHealthCentreTitle: (name: string) => `${name} is not a health centre`,
      notHealthCentreText: 'The key figures are per health centre. Choose one from the list.',
      myUnitTitle: 'Which is your health centre?',
      myUnitText:
        'I cannot find a health centre linked to you in the directory. Choose your health centre and I will save it as "my HC".',
      myUnitSave: 'Save',
      myUnitHint:
        'You can change it at any time, for example by typing "set my health centre to Gripen".',
    },
  },
  patients: {
    titleWithout: (level: number, unit: string) => `RUB ${level} without a named GP – ${unit}`,
    titleAll: (level: number, unit: string) => `Patients at RUB ${level} – ${unit}`,
    total: (count: string, n: number) => (n === 1 ? `${count} patient` : `${count} patients`),
    subtitle: (period: string) => `${period} · most care use first`,
    columns: { ref: 'Ref', birthYear: 'Born', sex: 'Sex', sip: 'SIP', flags: 'Care use' },
    sex: { K: 'F', M: 'M' },
    yes: 'Yes',
    no: 'No',
    none: '–',
    flags: {
      akutbesok: 'ED',
      ambulans: 'Amb',
      hemsjukvard: 'Home',
      psykiatri: 'Psych',
      rehabilitering: 'Rehab',
      aterinlaggning: 'Readm',
    },
    legend:
      'ED = emergency department visit, Amb = ambulance, Home = ongoing home health care, Psych = psychiatry, Rehab = rehabilitation, Readm = readmission (rolling 12 months).',
    page: (from: number, to: number, total: number) => `Showing ${from}–${to} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    empty: 'No patients match the question.',
    truncated: (shown: string) =>
      `The list is long: the sorting covers the first ${shown} patients. Narrow the question to see them all.`,
    synthetic: 'Synthetic data – no real patients.',
    audited:
      'Pseudonymous references. This view is logged. Do not share the list in channels or group chats.',
    refused: {
      sharedSpace:
        'Patient lists are not shown here – only in a 1:1 chat with Nära, to managers of the unit.',
      notInDirectory: (unit: string) =>
        `I cannot find you in the directory as a manager at ${unit}, and patient lists are shown only in a 1:1 chat with Nära, to managers of the unit.`,
      noRole: (unit: string) =>
        `Your role in the directory does not give access to patient lists for ${unit}; they are shown only in a 1:1 chat with Nära, to managers of the unit.`,
      otherUnit: (unit: string) =>
        `According to the directory you are not a manager at ${unit}, and patient lists are shown only in a 1:1 chat with Nära, to managers of the unit.`,
      region:
        'Patient lists are shown per health centre – ask for your own in a 1:1 chat with Nära, if you are a manager there.',
    },
    auditFailed: {
      title: 'The list could not be shown',
      text: 'I could not log this view, and patient lists are never shown without logging. Please try again in a moment. If it keeps happening, contact support.',
    },
  },
  settings: {
    saved: {
      title: (unit: string) => `Your HC is now ${unit}`,
      text: 'Questions about "my HC" now mean this health centre. The setting does not change which patient lists you may see – the directory decides that.',
    },
    suggestionSummary: 'RUB5 at my HC',
    suggestionList: 'Which RUB5 patients lack a named GP at my HC?',
    noUser: {
      title: 'I cannot save that',
      text: 'I do not know who you are in Teams, so I cannot save your health centre. You can ask about a health centre by name instead.',
    },
  },
  digest: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    schedule: (weekday: string, time: string) => `every ${weekday} at ${time}`,
    slot: (weekday: string, date: string, time: string) => `${weekday} ${date} at ${time}`,
    scopeRegion: 'The whole region',
    scopeArea: (area: string) => `The ${area} area`,
    scopeMany: (first: string, more: number) => `${first} and ${more} more`,
    scopeNone: 'No health centres',
    or: 'or',
    channelOnly: {
      title: 'Digests belong in a channel',
      text: 'Digests are posted in channels. Go to the channel that should get the digest, mention @Nära and write "subscribe to the weekly digest".',
    },
    notAllowed: {
      title: 'Only some roles can change digests',
      text: (roles: string) =>
        `Only people with the role ${roles} in the directory can subscribe to, change, pause, end or withdraw digests. Ask one of them, or contact the Nära vård coordinators.`,
    },
    settings: {
      titleNew: 'Subscribe to the weekly digest',
      titleEdit: 'Change the weekly digest',
      intro:
        'The digest is posted in this channel once a week with key figures for patients in RUB 5 – aggregates only.',
      weekday: 'Day of the week',
      time: 'Time (Swedish time)',
      timeRequired: 'Enter a time, for example 08:00.',
      scope: 'Scope',
      chosenUnits: 'Chosen health centres',
      units: 'Health centres (if you chose "Chosen health centres")',
      unitsPlaceholder: 'Choose health centres',
      save: 'Save',
    },
    invalid: {
      title: 'Please check the settings',
      time: 'Enter the time as HH:MM, for example 08:00.',
      units: 'Choose at least one health centre, or choose another scope.',
      area: 'Choose an area from the list.',
    },
    saved: {
      title: 'The digest is saved',
      text: (schedule: string, scope: string, next: string) =>
        `The digest will be posted in this channel ${schedule}. Scope: ${scope}. Next: ${next}.`,
    },
    list: {
      title: 'Digests in this channel',
      empty: 'This channel has no digests yet.',
      active: (schedule: string, next: string) => `Posted ${schedule}. Next: ${next}.`,
      paused: (schedule: string) => `Paused (otherwise ${schedule}).`,
      edit: 'Change',
      pause: 'Pause',
      resume: 'Resume',
      unsubscribe: 'End',
      add: 'New digest',
      preview: 'Preview digest',
    },
    paused: {
      title: 'The digest is paused',
      text: 'No digests are posted until someone resumes it. Write "which subscriptions are here?" to resume.',
    },
    resumed: {
      title: 'The digest is running again',
      text: (next: string) => `The next digest will be posted ${next}.`,
    },
    unsubscribed: {
      title: 'The digest has ended',
      text: 'No more digests will be posted here for that subscription.',
    },
    none: {
      title: 'No digests here',
      text: 'This channel has no digest. Write "subscribe to the weekly digest" to start one.',
    },
    unknownSubscription: {
      title: 'That digest no longer exists',
      text: 'The subscription has already ended or belongs to another channel.',
    },
    withdrawn: {
      title: 'The digest was removed',
      text: (slot: string) => `The digest from ${slot} has been removed from the channel.`,
    },
    nothingToWithdraw: {
      title: 'Nothing to withdraw',
      text: 'I cannot find a digest that I posted in this channel.',
    },
    withdrawFailed: {
      title: 'The digest could not be removed',
      text: 'Teams did not accept the removal. Please try again in a moment.',
    },
    suggestList: 'Which subscriptions are here?',
    suggestPreview: 'Preview digest',
    suggestSubscribe: 'Subscribe to the weekly digest',
    card: {
      title: (scope: string) => `Weekly digest – ${scope}`,
      subtitle: (level: number, period: string) => `RUB ${level} · ${period} (latest period)`,
      subtitlePreview: (level: number, period: string) => `Preview · RUB ${level} · ${period}`,
      patients: (level: number) => `Patients in RUB ${level}`,
      without: 'Without fast läkarkontakt',
      withSip: 'With a SIP',
      changeSince: (period: string) => `Change since ${period}`,
      shareOf: (share: string, count: string) => `${share} (${count})`,
      withheld: 'not shown (small numbers)',
      countOnly: (count: string) => `${count} (share not shown)`,
      points: (value: string) => `${value} percentage points`,
      moversHeading: (period: string) =>
        `Largest changes in the share without fast läkarkontakt since ${period}`,
      moversHeadingNoPrevious: 'Largest changes in the share without fast läkarkontakt',
      moverValue: (share: string, change: string) => `${share} (${change})`,
      moversEmpty: 'Too few patients to show the change per health centre.',
      moversHeader: {
        label: 'Health centre',
        bar: 'Change, percentage points',
        value: '',
        extra: 'Share now',
      },
      moversLegend:
        'The bars show the size of the change in percentage points. Green: the share without a named GP went down; red: it went up.',
      failedBefore: (slots: string) => `The digest of ${slots} could not be posted.`,
      uncertainBefore: (slots: string) =>
        `The digest of ${slots} may not have arrived: Nära stopped while posting it and cannot tell whether Teams received it.`,
      questionsHeading: 'Ask more',
      askTrend: 'Change since 2022',
      askDistribution: 'Per health centre',
      askUnit: (unit: string) => unit,
      qTrend: 'How has the share without a regular doctor changed since August 2022?',
      qTrendUnit: (unit: string) =>
        `How has the share without a regular doctor changed since August 2022 at ${unit}?`,
      qDistribution: 'Distribution between health centres for RUB5 without fast läkarkontakt',
      qUnit: (unit: string) => `RUB5 at ${unit}`,
      footnote: (threshold: number) =>
        `Aggregates only. Some small numbers are not shown: counts below ${threshold} are shown as "<${threshold}", and a few others are hidden so that the small ones cannot be worked out.`,
      footnoteSchedule: (schedule: string) => `Posted ${schedule}; write "unsubscribe" to stop.`,
    },
  },
  staleAction: {
    title: 'This button is out of date',
    text: 'This button belongs to an older answer and no longer works. Please ask again.',
  },
  unitsInArea: {
    kinds: {
      halsocentral: 'Health centres',
      sjukhus: 'Hospitals',
      psykiatri: 'Psychiatric units',
      kommun: 'Municipalities',
      ambulans: 'Ambulance services',
      region: 'Regional units',
      ovrig: 'Other units',
    },
    anyKind: 'Units',
    title: (kinds: string, place: string) => `${kinds} in ${place}`,
    everywhere: (kinds: string) => `${kinds} in the directory`,
    intro: (count: number) =>
      count === 1
        ? '1 unit. Tap it for phone, address and contacts.'
        : `${count} units. Tap one for phone, address and contacts.`,
    more: (count: number) =>
      `${count} more are not shown. Ask for a municipality or a kind of unit.`,
    none: (kinds: string, place: string) =>
      `The directory has no ${kinds.toLowerCase()} in ${place}. Try another municipality, for example Kalmar.`,
    noneAnywhere: (kinds: string) => `The directory has no ${kinds.toLowerCase()}.`,
    open: 'Show',
  },
  unreadable: {
    title: 'I could not read that message',
    text: 'Something in the message could not be read. Please type the question again as plain text and I will try again.',
  },
};
