import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { toE164 } from '../cards/phoneFormat';
import { mailtoUrl } from '../cards/linkFormat';
import type { Group, Person, Unit } from '../clients/directorySchemas';
import type { Database } from '../state/database';
import {
  isShown,
  mailKinds,
  PathKindSchema,
  phoneKinds,
  type PathFact,
  type Target,
} from './contactPath';
import { ContactRegister } from './contactRegister';
import { OpeningHoursText } from './openingHours';

// `npm run import:directory -- FILE [--dry-run]`: contact paths from a CSV file (UTF-8, header row
// target,kind,value,label,hours,source). All rows are checked first; one bad row and nothing of
// the file is applied. Importing the same file twice changes nothing.

export const CSV_COLUMNS = ['target', 'kind', 'value', 'label', 'hours', 'source'] as const;

export type TargetPerson = Pick<Person, 'id' | 'name' | 'synthetic'>;
/** The directory entries a target may name (test users are not contacts, so never targets): as
 * much of each as a target needs. */
export type TargetDirectory = {
  units: readonly Pick<Unit, 'id' | 'name'>[];
  groups: readonly Pick<Group, 'id' | 'name'>[];
  people: readonly TargetPerson[];
};

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Kinds as people write them: "Växel", "e-post", "funktionsbrevlåda". */
const kindText = z
  .string()
  .transform((k) => fold(k).replace(/-/g, ''))
  .pipe(PathKindSchema);

const RowSchema = z
  .object({
    target: z.string().trim().min(1, 'target is empty'),
    kind: kindText,
    value: z.string().trim().min(1, 'value is empty'),
    label: z.string().trim().default(''),
    hours: z.string().trim().default('').pipe(OpeningHoursText),
    source: z.string().trim().min(1, 'source is empty'),
  })
  .superRefine((row, ctx) => {
    if (phoneKinds.has(row.kind) && !toE164(row.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${row.value}" is not a phone number`,
      });
    }
    if (mailKinds.has(row.kind) && !mailtoUrl(row.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${row.value}" is not an e-mail address`,
      });
    }
  });

/** The targets by id and by folded name, built once per file: a row is two map reads, not a pass
 * over a directory of 500 000 people. */
type Targets = { byId: Map<string, Target[]>; byName: Map<string, Target[]> };

function targetsOf(dir: TargetDirectory): Targets {
  const targets: Targets = { byId: new Map(), byName: new Map() };
  const push = (map: Map<string, Target[]>, key: string, target: Target): void => {
    const list = map.get(key);
    if (list) list.push(target);
    else map.set(key, [target]);
  };
  const add = (target: Target, name: string): void => {
    push(targets.byId, target.id, target);
    push(targets.byName, fold(name), target);
  };
  dir.units.forEach((u) => add({ kind: 'unit', id: u.id }, u.name));
  dir.groups.forEach((g) => add({ kind: 'group', id: g.id }, g.name));
  for (const p of dir.people) if (!p.synthetic) add({ kind: 'person', id: p.id }, p.name);
  return targets;
}

function resolveTarget(text: string, targets: Targets): Target | string {
  const hits = targets.byId.get(text) ?? targets.byName.get(fold(text)) ?? [];
  if (hits.length === 1) return hits[0];
  return hits.length === 0
    ? `target "${text}" is no unit, group or person (by id or exact name)`
    : `target "${text}" names ${hits.length} entries; use the id`;
}

export type ImportResult = {
  errors: string[];
  added: number;
  updated: number;
  unchanged: number;
  applied: boolean;
};

/** Checks every row, then (unless dryRun or any error) applies all in one transaction. */
export async function importCsv(
  text: string,
  dir: TargetDirectory,
  db: Database,
  options: { dryRun?: boolean; addedBy?: string } = {},
): Promise<ImportResult> {
  const result: ImportResult = { errors: [], added: 0, updated: 0, unchanged: 0, applied: false };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true });
  } catch (error) {
    result.errors.push(`not readable as CSV: ${(error as Error).message}`);
    return result;
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = CSV_COLUMNS.filter((c) => c !== 'label' && c !== 'hours' && !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    result.errors.push(`line 1: missing column(s) ${missing.join(', ')}`);
    return result;
  }
  const facts: PathFact[] = [];
  const targets = targetsOf(dir);
  for (const { record, info } of records) {
    const row = RowSchema.safeParse(record);
    if (!row.success) {
      const why = row.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      result.errors.push(`line ${info.lines}: ${why}`);
      continue;
    }
    const target = resolveTarget(row.data.target, targets);
    if (typeof target === 'string') {
      result.errors.push(`line ${info.lines}: ${target}`);
      continue;
    }
    facts.push({ ...row.data, target });
  }
  if (result.errors.length > 0) return result;
  // A dry run runs the same writes and rolls them back: what it reports is what would happen.
  const rollback = new Error('dry run');
  try {
    await db.transaction(async (tx) => {
      const register = new ContactRegister(tx);
      for (const fact of facts) {
        const outcome = await register.upsert(fact, { addedBy: options.addedBy ?? 'import' });
        if (outcome === 'added') result.added++;
        else if (outcome === 'updated') result.updated++;
        else result.unchanged++;
      }
      if (options.dryRun) throw rollback;
    });
    result.applied = !options.dryRun;
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return result;
}

/** The register as CSV in the import's own format (importing it again changes nothing). */
export async function exportCsv(register: ContactRegister): Promise<string> {
  const rows = (await register.all())
    .filter((p) => p.value !== undefined && isShown(p))
    .map((p) => [`${p.target.id}`, p.kind, p.value, p.label, p.hours, p.source]);
  return stringify([[...CSV_COLUMNS], ...rows]);
}
