import { z } from 'zod';
import {
  GroupSchema,
  PersonSchema,
  UnitSchema,
  unitKinds,
} from '../../src/clients/directorySchemas';
import rawDirectory from './data/directory.json';

// The reference directory: facts copied from the seed documents plus synthetic test users.
// Parsed with the client's own schemas, so the reference server can never serve what the bot
// would reject.

const DirectorySchema = z.object({
  units: z.array(UnitSchema),
  people: z.array(PersonSchema),
  groups: z.array(GroupSchema),
});
export type Directory = z.infer<typeof DirectorySchema>;
export type UnitKind = (typeof unitKinds)[number];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Parses and cross-checks the directory; throws with every problem listed. */
export function parseDirectory(raw: unknown): Directory {
  const parsed = DirectorySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`directory.json does not match the schemas:\n${z.prettifyError(parsed.error)}`);
  }
  const dir = parsed.data;
  const problems: string[] = [];
  const unitIds = new Set<string>();
  const personIds = new Set<string>();
  const checkId = (kind: string, id: string, seen: Set<string>): void => {
    if (!SLUG.test(id)) problems.push(`${kind} id "${id}" is not a URL-safe slug`);
    if (seen.has(id)) problems.push(`duplicate ${kind} id "${id}"`);
    seen.add(id);
  };
  for (const u of dir.units) checkId('unit', u.id, unitIds);
  for (const p of dir.people) {
    checkId('person', p.id, personIds);
    if (p.unitId !== undefined && !unitIds.has(p.unitId)) {
      problems.push(`person ${p.id}: unknown unitId ${p.unitId}`);
    }
    // Real people get no invented identity: only synthetic test users may carry one.
    if (!p.synthetic && (p.aadObjectId !== undefined || p.email !== undefined || p.upn)) {
      problems.push(`person ${p.id}: a real person must not have aadObjectId, upn or email`);
    }
    if (p.synthetic && p.aadObjectId === undefined) {
      problems.push(`person ${p.id}: a synthetic user needs an aadObjectId`);
    }
  }
  const groupIds = new Set<string>();
  for (const g of dir.groups) {
    checkId('group', g.id, groupIds);
    for (const part of g.participants) {
      if (part.unitId !== undefined && !unitIds.has(part.unitId)) {
        problems.push(`group ${g.id}: unknown participant unitId ${part.unitId}`);
      }
    }
    for (const id of g.contactPersonIds) {
      if (!personIds.has(id)) problems.push(`group ${g.id}: unknown contact person ${id}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`directory.json is inconsistent:\n- ${problems.join('\n- ')}`);
  }
  return dir;
}

/** Loads the bundled directory.json; fails loudly if it is invalid. */
export function loadDirectory(): Directory {
  return parseDirectory(rawDirectory);
}

/** Lower case, å/ä→a, ö→o (any diacritic dropped), whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type UnitFilter = { query?: string; kind?: UnitKind; municipality?: string };
export type PersonFilter = {
  query?: string;
  unitId?: string;
  role?: string;
  /** The role, or a title that names it ("analytiker" finds "Analytiker, Samordnande …"). */
  roleOrTitle?: string;
  aadObjectId?: string;
};
