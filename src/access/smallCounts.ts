// In shared spaces (channels, group chats), counts from 1 to threshold-1 are shown as "<threshold"
// and shares derived from them are withheld, so no one can be singled out.

export type Suppression = { threshold: number };

/** The count as shown: exact in private, or "<5" when small in a shared space. */
export function shownCount(count: number, rule: Suppression | undefined): string {
  if (rule && count > 0 && count < rule.threshold) return `<${rule.threshold}`;
  return count.toLocaleString('sv-SE');
}

/** Whether a share based on this numerator and denominator may be shown. */
export function shareAllowed(
  numerator: number,
  denominator: number,
  rule: Suppression | undefined,
): boolean {
  if (denominator === 0) return false;
  if (!rule) return true;
  const small = (n: number) => n > 0 && n < rule.threshold;
  return !small(numerator) && !small(denominator) && !small(denominator - numerator);
}
