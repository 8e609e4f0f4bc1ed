import type { Language } from '../understanding/intent';
import type { PathKind } from './contactPath';
import { periodLabel } from '../skills/metrics/numberFormat';

// What the contact register says on cards, in Swedish and English (Swedish first).

const MONTHS_SV = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
];
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

// Made once: a formatter costs far more to make than to use. en-CA writes ISO dates ("2026-12-02").
const STOCKHOLM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const STOCKHOLM_MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
});

/** "2 dec 2026" / "2 Dec 2026", in Europe/Stockholm. */
function dateIn(months: string[]) {
  return (date: Date): string => {
    const [y, m, d] = STOCKHOLM_DAY.format(date).split('-').map(Number);
    return `${d} ${months[m - 1]} ${y}`;
  };
}

/** "mars 2025" / "March 2025": the month the fact is from, in Europe/Stockholm. */
function monthYearIn(language: Language) {
  return (date: Date): string => {
    const period = STOCKHOLM_MONTH.format(date);
    return periodLabel(period, language);
  };
}

const sv = {
  kinds: {
    vaxel: 'Växel',
    direkt: 'Direkt',
    mobil: 'Mobil',
    funktionsbrevlada: 'Funktionsbrevlåda',
    epost: 'E-post',
    teams: 'Teams',
  } satisfies Record<PathKind, string>,
  call: {
    vaxel: 'Ring växeln',
    direkt: 'Ring direkt',
    mobil: 'Ring mobil',
  } as Partial<Record<PathKind, string>>,
  callInTeams: 'Ring i Teams',
  chatInTeams: 'Chatta i Teams',
  sendMail: 'Mejla',
  days: { short: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'], everyDay: 'alla dagar' },
  open: (hours: string) => `Öppet ${hours}`,
  closedNow: (hours: string) => `Stängt nu – öppet ${hours}`,
  noValue: 'Numret finns inte i källan',
  noValueHint: 'Vet du numret? Säg till samordnare nära vård.',
  confirmed: (by: string, date: string) => `Bekräftad av ${by} ${date}`,
  added: (date: string) => `Tillagd ${date}`,
  source: (source: string) => `Källa: ${source}`,
  stale: (monthYear: string) => `Uppgift från ${monthYear}, kan vara inaktuell`,
  proposedBy: (name: string) => `Föreslagen av ${name}`,
  copyHint: 'Markera numret för att kopiera det.',
  suggestChange: 'Föreslå ändring',
  wrongNumber: 'Numret stämmer inte',
  date: dateIn(MONTHS_SV),
  monthYear: monthYearIn('sv'),
};
export type RegisterStrings = typeof sv;

const en: RegisterStrings = {
  kinds: {
    vaxel: 'Switchboard',
    direkt: 'Direct',
    mobil: 'Mobile',
    funktionsbrevlada: 'Shared mailbox',
    epost: 'E-mail',
    teams: 'Teams',
  },
  call: { vaxel: 'Call switchboard', direkt: 'Call direct', mobil: 'Call mobile' },
  callInTeams: 'Call in Teams',
  chatInTeams: 'Chat in Teams',
  sendMail: 'E-mail',
  days: { short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], everyDay: 'every day' },
  open: (hours) => `Open ${hours}`,
  closedNow: (hours) => `Closed now – open ${hours}`,
  noValue: 'The source gives no number',
  noValueHint: 'Do you know the number? Tell the Nära vård coordinators.',
  confirmed: (by, date) => `Confirmed by ${by} on ${date}`,
  added: (date) => `Added ${date}`,
  source: (source) => `Source: ${source}`,
  stale: (monthYear) => `Information from ${monthYear}, may be out of date`,
  proposedBy: (name) => `Suggested by ${name}`,
  copyHint: 'Select the number to copy it.',
  suggestChange: 'Suggest a change',
  wrongNumber: 'Wrong number',
  date: dateIn(MONTHS_EN),
  monthYear: monthYearIn('en'),
};

export function registerStrings(language: Language): RegisterStrings {
  return language === 'en' ? en : sv;
}
