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

/** The directory entries a target may name (test users are not contacts, so never targets). */
export type TargetDirectory = { units: Unit[]; groups: Group[]; people: Person[] };

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

function resolveTarget(text: string, dir: TargetDirectory): Target | string {
  const all: (Target & { name: string })[] = [
    ...dir.units.map((u) => ({ kind: 'unit' as const, id: u.id, name: u.name })),
    ...dir.groups.map((g) => ({ kind: 'group' as const, id: g.id, name: g.name })),
    ...dir.people
      .filter((p) => !p.synthetic)
      .map((p) => ({ kind: 'person' as const, id: p.id, name: p.name })),
  ];
  const byId = all.filter((t) => t.id === text);
  const hits = byId.length > 0 ? byId : all.filter((t) => fold(t.name) === fold(text));
  if (hits.length === 1) return { kind: hits[0].kind, id: hits[0].id };
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
  for (const { record, info } of records) {
    const row = RowSchema.safeParse(record);
    if (!row.success) {
      const why = row.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      result.errors.push(`line ${info.lines}: ${why}`);
      continue;
    }
    const target = resolveTarget(row.data.target, dir);
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
