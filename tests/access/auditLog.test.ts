import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createAuditLog,
  FileAuditLog,
  readAuditLog,
  type AuditRecord,
} from '../../src/access/auditLog';

const record = (n: number, refs = ['P-7Q2K9', 'P-00ABC']): AuditRecord => ({
  time: new Date(Date.UTC(2023, 3, 1, 8, 0, n)).toISOString(),
  event: 'patientList',
  user: {
    aadObjectId: '00000000-0000-4000-8000-000000000109',
    name: 'Testa Gripenchef',
    personId: 'test-bec-gripen',
  },
  conversation: 'personal',
  unitId: 'hc-gripen',
  filter: { level: 5, withoutFastLakarkontakt: true },
  period: '2023-03',
  page: n,
  total: 45,
  refs,
});

describe('FileAuditLog', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nara-audit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per record, creating the folder', async () => {
    const file = path.join(dir, 'nested', 'audit.log');
    const log = new FileAuditLog(file, 1_000_000);
    await log.append(record(0));
    await log.append(record(1));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1])).toEqual(record(1));
    expect(await readAuditLog(file)).toEqual([record(0), record(1)]);
  });

  it('keeps every record when many are appended at once', async () => {
    const file = path.join(dir, 'audit.log');
    const log = new FileAuditLog(file, 1_000_000);
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(record(i))));
    const pages = (await readAuditLog(file)).map((r) => r.page).sort((a, b) => a - b);
    expect(pages).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('rotates by size to audit.log.1, .2 … without losing or reordering records', async () => {
    const file = path.join(dir, 'audit.log');
    const size = Buffer.byteLength(`${JSON.stringify(record(0))}\n`);
    const log = new FileAuditLog(file, size * 3);
    for (let i = 0; i < 10; i++) await log.append(record(i));
    expect(readdirSync(dir).sort()).toEqual([
      'audit.log',
      'audit.log.1',
      'audit.log.2',
      'audit.log.3',
    ]);
    expect(readFileSync(`${file}.1`, 'utf8').trim().split('\n')).toHaveLength(3);
    expect((await readAuditLog(file)).map((r) => r.page)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('fails (rejects) when the file cannot be written, and works again afterwards', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const broken = new FileAuditLog(path.join(blocker, 'audit.log'), 1_000_000);
    await expect(broken.append(record(0))).rejects.toThrow();
    await expect(broken.append(record(1))).rejects.toThrow();

    const file = path.join(dir, 'audit.log');
    const log = new FileAuditLog(file, 1_000_000);
    await expect(log.append(record(2))).resolves.toBeUndefined();
  });

  it('rejects a record without the required fields instead of writing it', async () => {
    const file = path.join(dir, 'audit.log');
    const log = new FileAuditLog(file, 1_000_000);
    await expect(
      log.append({ ...record(0), refs: undefined } as unknown as AuditRecord),
    ).rejects.toThrow();
    expect(await readAuditLog(file)).toEqual([]);
  });

  it('defaults to DATA_DIR/audit/audit.log', () => {
    const log = createAuditLog({ DATA_DIR: dir, AUDIT_LOG_MAX_BYTES: 10 });
    expect(log.file).toBe(path.join(dir, 'audit', 'audit.log'));
    expect(
      createAuditLog({
        DATA_DIR: dir,
        AUDIT_LOG_PATH: '/var/log/nara/a.log',
        AUDIT_LOG_MAX_BYTES: 10,
      }).file,
    ).toBe('/var/log/nara/a.log');
  });
});
