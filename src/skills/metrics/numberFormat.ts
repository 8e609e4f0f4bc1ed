import { shareAllowed, shownCount, type Suppression } from '../../access/smallCounts';
import type { Language } from '../../understanding/intent';

// Numbers as a reader in each language expects them: "5 399", "64,1 %" in Swedish; "5,399", "64.1%"
// in English. Shares are always derived from counts (count / patients), never taken from elsewhere.

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

const countFormat = (language: Language) => new Intl.NumberFormat(locales[language]);
const shareFormat = (language: Language) =>
  new Intl.NumberFormat(locales[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

export function formatCount(count: number, language: Language): string {
  return countFormat(language).format(count);
}

/** The count as shown: exact, or "<5" when small in a shared space (see access/smallCounts). */
export function shownCountIn(
  count: number,
  rule: Suppression | undefined,
  language: Language,
): string {
  const shown = shownCount(count, rule);
  return shown.startsWith('<') ? shown : formatCount(count, language);
}

/** count / total as a percentage with one decimal ("64,1 %"), or undefined when withheld. */
export function shownShare(
  count: number,
  total: number,
  rule: Suppression | undefined,
  language: Language,
): string | undefined {
  if (!shareAllowed(count, total, rule)) return undefined;
  return shareFormat(language).format(count / total);
}

/** The share in percent, rounded to one decimal, for chart values. */
export function percent(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

/** A change in percentage points with sign and one decimal: "+2,3" / "−5,9" / "0,0". */
export function formatPointChange(points: number, language: Language): string {
  const rounded = Math.round(points * 10) / 10;
  return new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(rounded === 0 ? 0 : rounded);
}

/** A change in a count with sign: "+12" / "−3". */
export function formatCountChange(change: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { signDisplay: 'exceptZero' }).format(change);
}

/** Average age with two decimals, as the source dashboard shows it: "73,69". */
export function formatAge(age: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(age);
}

/**
 * "2023-03" → "mars 2023" / "March 2023" (long), "mars 2023" / "Mar 2023" (short), or "mar" / "Mar"
 * (month: for chart axes, where the card's subtitle gives the years and longer labels are cut).
 */
export function periodLabel(
  period: string,
  language: Language,
  style: 'long' | 'short' | 'month' = 'long',
): string {
  const [year, month] = period.split('-').map(Number);
  const text = new Intl.DateTimeFormat(locales[language], {
    month: style === 'long' ? 'long' : 'short',
    year: style === 'month' ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
  return text.replace('.', '');
}
