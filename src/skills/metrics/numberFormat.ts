import { showCount, type CountCell, type Shown } from '../../access/smallCounts';
import { strings } from '../../i18n/strings';
import type { Language } from '../../understanding/intent';
import { monthOnly } from '../../understanding/periods';

// Numbers as a reader in each language expects them: "5 399", "64,1 %", "73,7 år" in Swedish;
// "5,399", "64.1%", "73.7 years" in English. Shares are always derived from counts (count /
// patients), rounded once to one decimal, and everything else shown (changes, bar lengths) is
// computed from the rounded share, so the figures on a card agree with each other as printed.

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

// A formatter costs far more to make than to use (a distribution card prints ~80 numbers): each
// kind is made once per language, when the module loads.
const byLanguage = <T>(make: (locale: string) => T): Record<Language, T> => ({
  sv: make(locales.sv),
  en: make(locales.en),
});
const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const counts = byLanguage((l) => new Intl.NumberFormat(l));
const decimals = byLanguage((l) => new Intl.NumberFormat(l, oneDecimal));
const percents = byLanguage((l) => new Intl.NumberFormat(l, { style: 'percent', ...oneDecimal }));
const wholePercents = byLanguage((l) => new Intl.NumberFormat(l, { style: 'percent' }));
const pointChanges = byLanguage(
  (l) => new Intl.NumberFormat(l, { ...oneDecimal, signDisplay: 'exceptZero' }),
);
const countChanges = byLanguage((l) => new Intl.NumberFormat(l, { signDisplay: 'exceptZero' }));
const months = (style: 'long' | 'short' | 'month') =>
  byLanguage(
    (l) =>
      new Intl.DateTimeFormat(l, {
        month: style === 'long' ? 'long' : 'short',
        year: style === 'month' ? undefined : 'numeric',
        timeZone: 'UTC',
      }),
  );
const periods = { long: months('long'), short: months('short'), month: months('month') };
const monthNames = byLanguage(
  (l) => new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }),
);

export function formatCount(count: number, language: Language): string {
  return counts[language].format(count);
}

/** A number with one decimal in the reader's style: "28,1" / "28.1". */
export function formatDecimal(value: number, language: Language): string {
  return decimals[language].format(value);
}

/** A percentage already rounded to one decimal: "28,1 %" / "28.1%". */
export function formatPercent(percent: number, language: Language): string {
  return percents[language].format(percent / 100);
}

/** A whole percentage for scales: "30 %" / "30%". */
export function formatWholePercent(percent: number, language: Language): string {
  return wholePercents[language].format(percent / 100);
}

/** The share in percent, rounded to one decimal: the one rounding every view uses. */
export function percent(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

/** A count as shown: exact, "<5", or withheld for protection (access/smallCounts decides). */
export function shownCount(cell: CountCell, language: Language): Shown {
  return showCount(cell, {
    exact: (n) => formatCount(n, language),
    hidden: strings(language).metrics.hidden,
  });
}

/** A share as shown, with its rounded value in percent when it is shown. */
export type ShownShare = Shown & { percent?: number };

/** part / whole, shown only when both counts are shown and the whole is not empty. */
export function shownShare(part: CountCell, whole: CountCell, language: Language): ShownShare {
  if (part.withheld || whole.withheld) return { text: '–', withheld: true };
  if (whole.value === 0) return { text: '–', withheld: false };
  const p = percent(part.value, whole.value);
  return { text: formatPercent(p, language), withheld: false, percent: p };
}

/** The change between two shares as printed (rounded), in percentage points; tenths kept exact. */
export function pointChange(from: number, to: number): number {
  return Math.round(to * 10 - from * 10) / 10;
}

/** A change in percentage points with sign and one decimal: "+2,3" / "−5,9" / "0,0". */
export function formatPointChange(points: number, language: Language): string {
  const rounded = Math.round(points * 10) / 10;
  return pointChanges[language].format(rounded === 0 ? 0 : rounded);
}

/** A change in a count with sign: "+12" / "−3". */
export function formatCountChange(change: number, language: Language): string {
  return countChanges[language].format(change);
}

/** Average age with one decimal, as the document's style has it: "73,7". */
export function formatAge(age: number, language: Language): string {
  return formatDecimal(Math.round(age * 10) / 10, language);
}

/**
 * "2023-03" → "mars 2023" / "March 2023" (long), "mars 2023" / "Mar 2023" (short), or "mars" /
 * "Mar" (month: for a chart column whose year is printed under it).
 */
export function periodLabel(
  period: string,
  language: Language,
  style: 'long' | 'short' | 'month' = 'long',
): string {
  // A month typed without its year ("--06", see src/understanding/periods.ts): "juni" / "June".
  const alone = monthOnly(period);
  if (alone !== undefined)
    return monthNames[language].format(new Date(Date.UTC(2000, alone - 1, 1)));
  const [year, month] = period.split('-').map(Number);
  const text = periods[style][language].format(new Date(Date.UTC(year, month - 1, 1)));
  return text.replace('.', '');
}
