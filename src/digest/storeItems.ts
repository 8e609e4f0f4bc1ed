/** A stored item split into its data and the eTag the store gave it ('*' when it had none). */
export function withoutEtag(item: Record<string, unknown>): { rest: unknown; eTag: string } {
  const { eTag, ...rest } = item;
  return { rest, eTag: typeof eTag === 'string' ? eTag : '*' };
}

/** A write rejected because the item changed since it was read (file store or blob store). */
export function isEtagConflict(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; statusCode?: unknown };
  return e.code === 'EtagConflict' || e.statusCode === 412 || e.code === 'ConditionNotMet';
}
