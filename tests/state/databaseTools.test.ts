import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DatabaseAuditLog } from '../../src/access/auditLog';
import { pgliteDir } from '../../src/state/openDatabase';
import { openPglite } from '../../src/state/pgliteDatabase';
import { templateBlob } from '../support/pgliteTemplate';
import { sampleAuditRecord } from '../support/sampleAuditRecord';

// The operator's tools, run as an operator runs them: npm run migrate, audit:verify, audit:export
// against the embedded database in a DATA_DIR.

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

type Result = { code: number; stdout: string; stderr: string };
/** A tool of src/cli (what the production build runs), or a development script of scripts/. */
async function tool(script: string, dataDir: string, args: string[] = []): Promise<Result> {
  const file = script.startsWith('scripts/') ? script : path.join('src/cli', script);
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [path.join(ROOT, file), ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('database tools', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'nara-tools-'));
    const db = await openPglite({ dataDir: pgliteDir(dataDir), template: templateBlob() });
    const log = new DatabaseAuditLog(db);
    for (let i = 0; i < 3; i++) await log.append(sampleAuditRecord(i));
    await db.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrate reports the schema version', async () => {
    const r = await tool('migrate.ts', dataDir);
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout).toMatch(/^schema at version \d+\n$/);
  }, 30_000);

  it('audit:export writes one JSON line per record, oldest first, filtered by time', async () => {
    const all = await tool('auditExport.ts', dataDir);
    expect(all.code).toBe(0);
    const lines = all.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number });
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(lines[0]).toMatchObject({ unitId: 'hc-gripen', refs: ['P-7Q2K9', 'P-00ABC'] });
    const later = await tool('auditExport.ts', dataDir, ['--since', '2023-04-01T08:00:01Z']);
    expect(later.stdout.trim().split('\n')).toHaveLength(2);
  }, 30_000);

  it('audit:verify passes an intact chain and fails (exit 1) on a changed record', async () => {
    const intact = await tool('auditVerify.ts', dataDir);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.stdout).toMatch(/^audit log intact: 3 records, head [0-9a-f]{64}\n$/);

    // Someone who can drop the guard changes a record behind the application's back.
    const db = await openPglite({ dataDir: pgliteDir(dataDir) });
    await db.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await db.query(`UPDATE audit_log SET user_name = 'someone else' WHERE seq = 2`);
    await db.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await db.close();

    const broken = await tool('auditVerify.ts', dataDir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('seq 2: hash');
  }, 30_000);

  it('import:directory checks a CSV (dry run), applies it once, and export:directory gives it back', async () => {
    const csv = path.join(dataDir, 'contacts.csv');
    writeFileSync(
      csv,
      'target,kind,value,label,hours,source\n' +
        'Borgholms hälsocentral,växel,0485-100 00,,mon-fri 08:00-17:00,HSA-utdrag 2026-11\n',
    );
    const dry = await tool('scripts/importDirectory.ts', dataDir, [csv, '--dry-run']);
    expect(dry).toMatchObject({
      code: 0,
      stdout: 'dry run: would be 1 added, 0 updated, 0 unchanged\n',
    });
    expect(await tool('scripts/importDirectory.ts', dataDir, [csv])).toMatchObject({
      code: 0,
      stdout: '1 added, 0 updated, 0 unchanged\n',
    });
    expect((await tool('scripts/importDirectory.ts', dataDir, [csv])).stdout).toBe(
      '0 added, 0 updated, 1 unchanged\n',
    );
    const exported = await tool('exportDirectory.ts', dataDir);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(
      'hc-borgholm,vaxel,0485-100 00,,mon-fri 08:00-17:00,HSA-utdrag 2026-11',
    );

    writeFileSync(csv, 'target,kind,value,label,hours,source\nNowhere,växel,1,,,x\n');
    const bad = await tool('scripts/importDirectory.ts', dataDir, [csv]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line 2/);
    expect(bad.stderr).toContain('nothing was imported');
  }, 60_000);

  it('says in one line why it cannot open a database in use', async () => {
    const db = await openPglite({ dataDir: pgliteDir(dataDir) });
    try {
      const r = await tool('auditVerify.ts', dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/in use by process/);
    } finally {
      await db.close();
    }
  }, 30_000);
});
