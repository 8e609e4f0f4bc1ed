import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The audit log of patient-level access (patientdatalagen 4 kap. 3 §): one JSON line per list
// shown, with who, where, what and which patient refs. Append-only, fsynced before the answer is
// sent, rotated by size into audit.log.1, audit.log.2, … (the highest number is the newest
// archive; archives are never renamed or deleted here: keeping them for years is an operations
// task). This is the ONLY place patient refs are written: never through the application log.

export const AuditRecordSchema = z.object({
  /** UTC ISO time of the read. */
  time: z.string(),
  event: z.literal('patientList'),
  user: z.object({
    aadObjectId: z.string().optional(),
    /** The name Teams gives for the user. */
    name: z.string().optional(),
    /** The user's directory entry, when found. */
    personId: z.string().optional(),
  }),
  conversation: z.enum(['personal', 'channel', 'groupChat']),
  unitId: z.string(),
  filter: z.object({ level: z.number().int(), withoutFastLakarkontakt: z.boolean() }),
  period: z.string(),
  /** Zero-based page of the list. */
  page: z.number().int(),
  /** Patients matching the filter (the API's total). */
  total: z.number().int(),
  /** The pseudonymous refs shown on this page. */
  refs: z.array(z.string()),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export interface AuditLog {
  /** Resolves once the record is durably on disk; rejects if it could not be written. */
  append(record: AuditRecord): Promise<void>;
}

/** JSON lines in a local file: appended with O_APPEND and fsynced, rotated by size. */
export class FileAuditLog implements AuditLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly maxBytes: number,
  ) {}

  async append(record: AuditRecord): Promise<void> {
    const line = `${JSON.stringify(AuditRecordSchema.parse(record))}\n`;
    // One write at a time in this process, so rotation and appends never interleave.
    const run = this.queue.then(() => this.write(line));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(line: string): Promise<void> {
    const dir = path.dirname(this.file);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const size = await fs.stat(this.file).then(
      (s) => s.size,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return 0;
        throw error;
      },
    );
    if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) await this.rotate(dir);
    const handle = await fs.open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(line, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Moves the current file to the next free number: audit.log → audit.log.N. */
  private async rotate(dir: string): Promise<void> {
    const base = path.basename(this.file);
    const numbers = (await fs.readdir(dir))
      .map((name) => (name.startsWith(`${base}.`) ? Number(name.slice(base.length + 1)) : NaN))
      .filter((n) => Number.isInteger(n) && n > 0);
    const next = Math.max(0, ...numbers) + 1;
    await fs.rename(this.file, `${this.file}.${next}`);
    // Make the rename itself durable.
    const handle = await fs.open(dir, 'r').catch(() => undefined);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
  }
}

/** Every record of a log and its archives, oldest first (for reading and tests). */
export async function readAuditLog(file: string): Promise<AuditRecord[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const archives = names
    .map((name) => (name.startsWith(`${base}.`) ? Number(name.slice(base.length + 1)) : NaN))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b)
    .map((n) => `${file}.${n}`);
  const records: AuditRecord[] = [];
  for (const part of [...archives, file]) {
    const text = await fs.readFile(part, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (line.trim()) records.push(AuditRecordSchema.parse(JSON.parse(line)));
    }
  }
  return records;
}

/** The audit log the configuration names: AUDIT_LOG_PATH, by default DATA_DIR/audit/audit.log. */
export function createAuditLog(config: {
  AUDIT_LOG_PATH?: string;
  DATA_DIR: string;
  AUDIT_LOG_MAX_BYTES: number;
}): FileAuditLog {
  const file = config.AUDIT_LOG_PATH ?? path.join(config.DATA_DIR, 'audit', 'audit.log');
  return new FileAuditLog(path.resolve(file), config.AUDIT_LOG_MAX_BYTES);
}
