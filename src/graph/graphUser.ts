import { z } from 'zod';
import { mailtoUrl } from '../cards/linkFormat';
import { toE164 } from '../cards/phoneFormat';
import type { PathFact, PathKind } from '../register/contactPath';

// What the sync reads of a Microsoft Graph user, parsed at the edge, and the contact facts it
// gives. Graph's user delta returns, for a changed user, every selected property with its current
// value (unchanged ones too); a property that was never set is left out, and one that was cleared
// comes as null. So each entry is the user's whole state, and a missing value means "none".

/** The source every Graph fact carries in the contact register. */
export const GRAPH_SOURCE = 'Microsoft Graph';

export const USER_SELECT = [
  'id',
  'displayName',
  'jobTitle',
  'department',
  'businessPhones',
  'mobilePhone',
  'mail',
  'userPrincipalName',
] as const;

const text = z.string().nullish();

export const GraphUserSchema = z.object({
  id: z.string().min(1),
  displayName: text,
  jobTitle: text,
  department: text,
  businessPhones: z.array(z.string()).nullish(),
  mobilePhone: text,
  mail: text,
  userPrincipalName: text,
  // A user deleted (reason 'deleted'), or soft-deleted / out of scope (reason 'changed').
  '@removed': z.object({ reason: z.string().optional() }).optional(),
});
export type GraphUser = z.infer<typeof GraphUserSchema>;

export const DeltaPageSchema = z.object({
  value: z.array(GraphUserSchema),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});
export type DeltaPage = z.infer<typeof DeltaPageSchema>;

/** A Graph fact's identity within one person: what replaces or removes it. */
export type GraphValue = { kind: PathKind; value: string };

/**
 * The contact paths a Graph user gives: each business phone as 'direkt', the mobile as 'mobil',
 * the mail as 'epost'. Values that are no phone number or address are left out and counted.
 */
export function graphValues(user: GraphUser): { values: GraphValue[]; invalid: number } {
  if (user['@removed']) return { values: [], invalid: 0 };
  const candidates: GraphValue[] = [
    ...(user.businessPhones ?? []).map((value) => ({ kind: 'direkt' as const, value })),
    ...(user.mobilePhone ? [{ kind: 'mobil' as const, value: user.mobilePhone }] : []),
    ...(user.mail ? [{ kind: 'epost' as const, value: user.mail }] : []),
  ].map((c) => ({ ...c, value: c.value.trim() }));
  const values: GraphValue[] = [];
  let invalid = 0;
  for (const c of candidates) {
    if (c.value === '') continue;
    const ok = c.kind === 'epost' ? mailtoUrl(c.value) : toE164(c.value);
    if (!ok) invalid++;
    else if (!values.some((v) => sameValue(v, c))) values.push(c);
  }
  return { values, invalid };
}

export const sameValue = (a: GraphValue, b: GraphValue): boolean =>
  a.kind === b.kind && a.value === b.value;

/** The register fact of a Graph value for a directory person. */
export function graphFact(personId: string, v: GraphValue): PathFact {
  return {
    target: { kind: 'person', id: personId },
    kind: v.kind,
    value: v.value,
    label: '',
    hours: '',
    source: GRAPH_SOURCE,
  };
}
