import type { Strings } from '../../i18n/strings';

// Region Kalmar län's twelve municipalities (DOMAIN.md B4).
const kalmarMunicipalities = [
  'Borgholm',
  'Emmaboda',
  'Hultsfred',
  'Högsby',
  'Kalmar',
  'Mönsterås',
  'Mörbylånga',
  'Nybro',
  'Oskarshamn',
  'Torsås',
  'Västervik',
  'Vimmerby',
];

export type OrganisationKind = 'kalmarRegion' | 'kalmarMunicipality' | 'other';

export function organisationKind(organisation: string): OrganisationKind {
  if (/kommun/i.test(organisation)) {
    return kalmarMunicipalities.some((m) => organisation.startsWith(m))
      ? 'kalmarMunicipality'
      : 'other';
  }
  return /Region Kalmar län|Landstinget/i.test(organisation) ? 'kalmarRegion' : 'other';
}

/** A clear label when a contact is outside Region Kalmar län: a municipality, or another region. */
export function organisationNote(organisation: string, s: Strings['contacts']): string | undefined {
  const kind = organisationKind(organisation);
  if (kind === 'kalmarMunicipality') return s.municipality(organisation);
  if (kind === 'other') return s.otherRegion(organisation);
  return undefined;
}
