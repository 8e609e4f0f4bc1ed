import {
  DatabaseAuditLog,
  readAuditLog,
  verifyAuditChain,
  type AuditRecord,
} from '../../src/access/auditLog';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { testDatabase } from '../support/pgliteTemplate';
import { sampleAuditRecord } from '../support/sampleAuditRecord';

// The audit log as a table: append-only in the database itself, and a hash chain that shows a
// record changed or removed by someone who got around the triggers.

const record = sampleAuditRecord;

/** The record as logged, without its place in the chain. */
const plain = (r: AuditRecord): AuditRecord => ({
  time: new Date(r.time).toISOString(),
  event: r.event,
  user: r.user,
  conversation: r.conversation,
  conversationId: r.conversationId,
  unitId: r.unitId,
  filter: r.filter,
  period: r.period,
  page: r.page,
  total: r.total,
  refs: r.refs,
});

describe('the audit log in the database', () => {
  let db: PgliteDatabase;
  let log: DatabaseAuditLog;
  beforeEach(async () => {
    db = await testDatabase();
    log = new DatabaseAuditLog(db);
  });
  afterEach(() => db.close());

  it('keeps every record, in order, with the fields a PDL review asks for', async () => {
    await log.append(record(0));
    await log.append(record(1, ['P-12345']));
    const all = await readAuditLog(db);
    expect(all.map(plain)).toEqual([plain(record(0)), plain(record(1, ['P-12345']))]);
    expect(all.map((r) => r.seq)).toEqual([1, 2]);
    // "Who saw patient P-12345?" is one indexed query.
    const who = await db.query<{ user_name: string }>(
      `SELECT user_name FROM audit_log WHERE refs @> ARRAY['P-12345']`,
    );
    expect(who).toEqual([{ user_name: 'Testa Gripenchef' }]);
  });

  it('keeps one unbroken chain when many records are appended at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(record(i))));
    const all = await readAuditLog(db);
    expect(all.map((r) => r.page).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, records: 40, problems: [] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database, whoever asks', async () => {
    await log.append(record(0));
    await expect(db.query(`UPDATE audit_log SET user_name = 'someone else'`)).rejects.toThrow();
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow();
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow();
    expect(await readAuditLog(db)).toHaveLength(1);
  });

  it('shows a changed record and a removed one by their place in the chain', async () => {
    for (let i = 0; i < 5; i++) await log.append(record(i));
    expect((await verifyAuditChain(db)).ok).toBe(true);
    // Someone with the rights to drop the guard changes record 2 and removes record 4.
    await db.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await db.query(`UPDATE audit_log SET refs = ARRAY['P-OTHER'] WHERE seq = 2`);
    await db.query('DELETE FROM audit_log WHERE seq = 4');
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { seq: 2, problem: 'hash' },
      { seq: 5, problem: 'gap' },
      { seq: 5, problem: 'link' },
    ]);
  });

  it('fails closed: a record that cannot be written rejects (and nothing half-written stays)', async () => {
    await expect(
      log.append({ ...record(0), refs: undefined } as unknown as AuditRecord),
    ).rejects.toThrow();
    await db.close();
    await expect(log.append(record(1))).rejects.toThrow();
    db = await testDatabase();
    expect(await readAuditLog(db)).toEqual([]);
  });
});
