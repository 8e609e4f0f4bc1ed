import { z } from 'zod';

// The directory API contract (API-CONTRACT.md). Every payload is parsed with these at the edge.

export const unitKinds = [
  'halsocentral',
  'sjukhus',
  'psykiatri',
  'kommun',
  'ambulans',
  'region',
  'ovrig',
] as const;

export const UnitSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(unitKinds),
  organisation: z.string().min(1),
  municipality: z.string(),
  aliases: z.array(z.string()),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  source: z.string().optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const PhoneSchema = z.object({
  kind: z.enum(['direkt', 'mobil', 'vaxel']),
  number: z.string().min(1),
});
export type Phone = z.infer<typeof PhoneSchema>;

export const PersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  title: z.string(),
  unitId: z.string().optional(),
  organisation: z.string().min(1),
  phones: z.array(PhoneSchema),
  email: z.string().optional(),
  // Teams/Entra user principal name, when known: enables a "chat in Teams" deep link.
  upn: z.string().optional(),
  aadObjectId: z.string().optional(),
  roles: z.array(z.string()),
  synthetic: z.boolean(),
  source: z.string().optional(),
  // When the source states how old a fact is, e.g. "2022-10-07" or "äldre sida (Landstinget)".
  asOf: z.string().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const GroupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(['projekt', 'samverkansgrupp', 'arbetsgrupp']),
  area: z.string(),
  // The organisation the group belongs to, e.g. "Region Blekinge" for an external example.
  organisation: z.string().optional(),
  focus: z.array(z.string()),
  targetGroups: z.array(z.string()),
  participants: z.array(z.object({ unitId: z.string().optional(), name: z.string().min(1) })),
  contactPersonIds: z.array(z.string()),
  description: z.string().optional(),
  source: z.string().optional(),
});
export type Group = z.infer<typeof GroupSchema>;

export const UnitListSchema = z.object({ items: z.array(UnitSchema) });
export const PersonListSchema = z.object({
  items: z.array(PersonSchema),
  /** A listing in pages: the cursor of the next page, when there is one. */
  next: z.string().min(1).optional(),
});
export const GroupListSchema = z.object({ items: z.array(GroupSchema) });
