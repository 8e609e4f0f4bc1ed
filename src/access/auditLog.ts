import { createHash } from 'node:crypto';
import { z } from 'zod';
import { iso, type Database, type Queryable } from '../state/database';
import { recordPatientListRead } from '../telemetry/telemetry';

// The audit log of patient-level access (patientdatalagen 4 kap. 3 §): one row per list page
// shown, with who, where, what and which patient refs, in the table audit_log. Append-only: the
// database refuses UPDATE, DELETE and TRUNCATE (migration 002). Each row carries the SHA-256 of the
// row before, so a changed or removed row breaks the chain (`npm run audit:verify`). A record is
// committed before the list is sent; if it cannot be, no list is shown. This is the ONLY place
// patient refs are written: never through the application log.

export const AuditRecordSchema = z.object({
  /** UTC ISO time of the read. */
  time: z.iso.datetime({ offset: true }),
  event: z.literal('patientList'),
  user: z.object({
    aadObjectId: z.string().optional(),
    /** The name Teams gives for the user. */
    name: z.string().optional(),
    /** The user's directory entry, when found. */
    personId: z.string().optional(),
  }),
  conversation: z.enum(['personal', 'channel', 'groupChat']),
  /** The Teams conversation id the list was shown in. */
  conversationId: z.string().max(500),
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

/** A record as stored: its place in the chain and the hashes that link it. */
export type StoredAuditRecord = AuditRecord & { seq: number; prevHash: string; hash: string };

export interface AuditLog {
  /** Resolves once the record is committed; rejects if it could not be written. */
  append(record: AuditRecord): Promise<void>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of a record in the chain: every field in a fixed order, and the hash before it. */
export function auditHash(seq: number, record: AuditRecord, prevHash: string): string {
  const canonical = JSON.stringify([
    seq,
    new Date(record.time).toISOString(),
    record.event,
    record.user.aadObjectId ?? null,
    record.user.name ?? null,
    record.user.personId ?? null,
    record.conversation,
    record.conversationId ?? null,
    record.unitId,
    record.filter.level,
    record.filter.withoutFastLakarkontakt,
    record.period,
    record.page,
    record.total,
    record.refs,
    prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

type AuditRow = {
  seq: string;
  recorded_at: Date;
  event: string;
  user_aad_object_id: string | null;
  user_name: string | null;
  user_person_id: string | null;
  conversation_kind: string;
  conversation_id: string | null;
  unit_id: string;
  filter: { level: number; withoutFastLakarkontakt: boolean };
  period: string;
  page: number;
  total: number;
  refs: string[];
  prev_hash: string;
  hash: string;
};

function toStored(row: AuditRow): StoredAuditRecord {
  const record = AuditRecordSchema.parse({
    time: iso(row.recorded_at),
    event: row.event,
    user: {
      aadObjectId: row.user_aad_object_id ?? undefined,
      name: row.user_name ?? undefined,
      personId: row.user_person_id ?? undefined,
    },
    conversation: row.conversation_kind,
    conversationId: row.conversation_id ?? undefined,
    unitId: row.unit_id,
    filter: {
      level: row.filter.level,
      withoutFastLakarkontakt: row.filter.withoutFastLakarkontakt,
    },
    period: row.period,
    page: row.page,
    total: row.total,
    refs: row.refs,
  });
  return { ...record, seq: Number(row.seq), prevHash: row.prev_hash, hash: row.hash };
}

/** The audit log in the database: one transaction per record, serialised by an advisory lock. */
export class DatabaseAuditLog implements AuditLog {
  constructor(private readonly db: Database) {}

  async append(record: AuditRecord): Promise<void> {
    const r = AuditRecordSchema.parse(record);
    // Counted before the write: the list is shown only if the write succeeds, but a failed write
    // is a read attempt worth seeing too. Counts only, never the refs.
    recordPatientListRead(r.refs.length);
    await this.db.transaction(async (tx) => {
      // One writer at a time across all instances, so the chain has no forks.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('nara.audit_log'))`);
      const [last] = await tx.query<{ seq: string; hash: string }>(
        'SELECT seq::text AS seq, hash FROM audit_log ORDER BY audit_log.seq DESC LIMIT 1',
      );
      const seq = last ? Number(last.seq) + 1 : 1;
      const prevHash = last?.hash ?? GENESIS_HASH;
      await tx.query(
        `INSERT INTO audit_log (seq, recorded_at, event, user_aad_object_id, user_name,
           user_person_id, conversation_kind, conversation_id, unit_id, filter, period, page, total,
           refs, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14::text[], $15, $16)`,
        [
          seq,
          r.time,
          r.event,
          r.user.aadObjectId ?? null,
          r.user.name ?? null,
          r.user.personId ?? null,
          r.conversation,
          r.conversationId ?? null,
          r.unitId,
          JSON.stringify(r.filter),
          r.period,
          r.page,
          r.total,
          r.refs,
          prevHash,
          auditHash(seq, r, prevHash),
        ],
      );
    });
  }
}

const AUDIT_COLUMNS =
  'seq::text AS seq, recorded_at, event, user_aad_object_id, user_name, user_person_id, ' +
  'conversation_kind, conversation_id, unit_id, filter, period, page, total, refs, prev_hash, hash';

/** Every record in chain order, read in pages (for export, verification and tests). */
export async function* auditRecords(
  db: Queryable,
  pageSize = 1_000,
): AsyncGenerator<StoredAuditRecord> {
  let after = 0;
  for (;;) {
    const rows = await db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE audit_log.seq > $1 ORDER BY audit_log.seq LIMIT $2`,
      [after, pageSize],
    );
    for (const row of rows) yield toStored(row);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1].seq);
  }
}

export async function readAuditLog(db: Queryable): Promise<StoredAuditRecord[]> {
  const all: StoredAuditRecord[] = [];
  for await (const record of auditRecords(db)) all.push(record);
  return all;
}

export type ChainReport = {
  ok: boolean;
  records: number;
  /** The hash of the newest record: write it down elsewhere to detect a cut tail later. */
  head: string;
  problems: { seq: number; problem: 'gap' | 'link' | 'hash' }[];
};

/** Recomputes the chain: a missing, reordered or changed record is reported by its seq. */
export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  const problems: ChainReport['problems'] = [];
  let expected = 1;
  let prev = GENESIS_HASH;
  let records = 0;
  for await (const r of auditRecords(db)) {
    records++;
    if (r.seq !== expected) problems.push({ seq: r.seq, problem: 'gap' });
    if (r.prevHash !== prev) problems.push({ seq: r.seq, problem: 'link' });
    const { seq, prevHash, hash, ...record } = r;
    if (auditHash(seq, record, prevHash) !== hash) problems.push({ seq, problem: 'hash' });
    expected = r.seq + 1;
    prev = hash;
  }
  return { ok: problems.length === 0, records, head: prev, problems };
}
