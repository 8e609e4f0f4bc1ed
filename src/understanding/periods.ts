// Periods as understanding writes them: "2023-03", or a month without its year ("i december")
// written "--12", ISO 8601's form for a month of any year. Which year has figures for that month
// is known only to the metrics (src/skills/metrics/knownPeriods.ts).

const MONTH_ONLY = /^--(0[1-9]|1[0-2])$/;

/** "--12" → 12; a full period → undefined. */
export function monthOnly(period: string): number | undefined {
  const m = MONTH_ONLY.exec(period);
  return m ? Number(m[1]) : undefined;
}

/**
 * Earliest first when every period has its year; else in the order typed ("från december till
 * mars" is December, then March of the year after).
 */
export function inOrder(periods: readonly string[]): string[] {
  return periods.some((p) => monthOnly(p) !== undefined) ? [...periods] : [...periods].sort();
}
