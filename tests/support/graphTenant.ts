import type { Person } from '../../src/clients/directorySchemas';
import type { DirectoryData } from '../e2e/directoryServer';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import type { GraphServerOptions, TenantUser } from './graphServer';

// A synthetic tenant for the Graph sync tests: fictional colleagues (not the real people of the
// source documents, who have no Teams identity) with numbers from the ranges the Swedish Post and
// Telecom Authority (PTS) keeps for fiction (070-174 06 05–99, 08-465 004 00–99); the reference
// test users have 070-174 06 05–36, so these use 80 and up.

export const GRETA_AAD = '6f1d3c2a-0000-4000-8000-00000000a001';
export const OLLE_AAD = '6f1d3c2a-0000-4000-8000-00000000a002';
/** In Graph, not in the directory: the rest of the tenant. */
export const STRANGER_AAD = '6f1d3c2a-0000-4000-8000-00000000a003';
/** The synthetic test user Testa Gripenchef of the reference directory. */
export const TEST_USER_AAD = '00000000-0000-4000-8000-000000000109';

export const greta: Person = {
  id: 'graf-greta',
  name: 'Greta Grafström',
  title: 'distriktssköterska',
  unitId: 'hc-gripen',
  organisation: 'Region Kalmar län',
  phones: [],
  aadObjectId: GRETA_AAD,
  roles: [],
  synthetic: false,
  source: 'synthetic test data (Graph sync)',
};

export const olle: Person = {
  ...greta,
  id: 'graf-olle',
  name: 'Olle Oskarsson',
  title: 'fysioterapeut',
  aadObjectId: OLLE_AAD,
};

/** The reference directory (with its test users) plus the two fictional colleagues. */
export function graphDirectory(extra: Person[] = []): DirectoryData {
  const base = loadDirectory();
  return { ...base, people: [...base.people, greta, olle, ...extra] };
}

export const tenantUsers = (): TenantUser[] => [
  {
    id: GRETA_AAD,
    displayName: 'Greta Grafström',
    jobTitle: 'Distriktssköterska',
    department: 'Gripens hälsocentral',
    businessPhones: ['08-465 004 00'],
    mobilePhone: '+46 70 174 06 80',
    mail: 'greta.grafstrom@nara.example',
    userPrincipalName: 'greta.grafstrom@nara.example',
  },
  {
    id: STRANGER_AAD,
    displayName: 'Someone Else',
    businessPhones: ['08-465 004 99'],
    mobilePhone: '070-174 06 99',
    userPrincipalName: 'someone.else@nara.example',
  },
  {
    id: TEST_USER_AAD,
    displayName: 'Testa Gripenchef',
    businessPhones: [],
    mobilePhone: '070-174 06 90',
    mail: 'testa.gripenchef@nara.example',
  },
  // Olle has no phone in Graph; his "mobile" is no number at all.
  { id: OLLE_AAD, displayName: 'Olle Oskarsson', businessPhones: [], mobilePhone: 'ring växeln' },
];

export const tenant = (): GraphServerOptions => ({
  tenantId: '11111111-0000-4000-8000-00000000beef',
  clientId: '22222222-0000-4000-8000-00000000beef',
  clientSecret: 'local-test-secret',
  users: tenantUsers(),
  pageSize: 2,
});
