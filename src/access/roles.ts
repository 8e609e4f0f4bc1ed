// One way to match a directory role against a configured list (PATIENT_LIST_ROLES, DIGEST_ROLES,
// TAB_CONFIG_ROLES): case, accents and surrounding space do not matter ("Samordnare",
// "samordnare ", "SAMORDNARE" are one role), anything else does (no substring, no fuzz).

export function foldRole(role: string): string {
  return role
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
}

/** True when any of a person's roles is one of the wanted roles. */
export function roleMatches(personRoles: readonly string[], wanted: readonly string[]): boolean {
  const folded = new Set(wanted.map(foldRole).filter(Boolean));
  return personRoles.some((role) => folded.has(foldRole(role)));
}
