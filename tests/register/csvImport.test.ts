import { ContactRegister } from '../../src/register/contactRegister';
import { exportCsv, importCsv } from '../../src/register/csvImport';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { testDatabase } from '../support/pgliteTemplate';

// The CSV import: checked row by row with line numbers, all or nothing, idempotent, dry run.

const dir = loadDirectory();
const HEADER = 'target,kind,value,label,hours,source\n';
const GOOD =
  HEADER +
  'Borgholms hälsocentral,växel,0485-100 00,,mon-fri 08:00-17:00,HSA-utdrag 2026-11\n' +
  'hc-gripen,direkt,0491-765 00,vid utskrivning,,Intranätet\n';

describe('CSV import of contact paths', () => {
  let db: PgliteDatabase;
  beforeEach(async () => {
    db = await testDatabase();
  });
  afterEach(() => db.close());

  const register = () => new ContactRegister(db);

  it('imports by exact name or id, and a second import changes nothing', async () => {
    expect(await importCsv(GOOD, dir, db)).toMatchObject({ errors: [], added: 2, applied: true });
    const borgholm = await register().pathsFor({ kind: 'unit', id: 'hc-borgholm' });
    expect(borgholm).toEqual([
      expect.objectContaining({
        kind: 'vaxel',
        value: '0485-100 00',
        source: 'HSA-utdrag 2026-11',
      }),
    ]);
    expect(await importCsv(GOOD, dir, db)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await register().all()).toHaveLength(3); // the two and the seeded Karlshamn line
  });

  it('a bad row is reported by line number and nothing of the file is applied', async () => {
    const bad =
      GOOD +
      'Ingen sådan enhet,direkt,0480-000 00,,,x\n' +
      'hc-berga,mobil,inte ett nummer,,,x\n' +
      'hc-berga,direkt,0480-111 11,,alltid,x\n';
    const result = await importCsv(bad, dir, db);
    expect(result.applied).toBe(false);
    expect(result.errors).toEqual([
      expect.stringMatching(/^line 4: target "Ingen sådan enhet" is no unit/),
      expect.stringMatching(/^line 5: value: "inte ett nummer" is not a phone number/),
      expect.stringMatching(/^line 6: hours: opening hours "alltid"/),
    ]);
    expect(await register().pathsFor({ kind: 'unit', id: 'hc-borgholm' })).toEqual([]);
  });

  it('test users are not targets', async () => {
    const result = await importCsv(HEADER + 'Testa Gripenchef,mobil,070-000 00 00,,,x\n', dir, db);
    expect(result.errors[0]).toMatch(/line 2: target "Testa Gripenchef" is no unit/);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    expect(await importCsv(GOOD, dir, db, { dryRun: true })).toMatchObject({
      added: 2,
      applied: false,
    });
    expect(await register().pathsFor({ kind: 'unit', id: 'hc-borgholm' })).toEqual([]);
  });

  it('the export is in the import format: importing it again changes nothing', async () => {
    await importCsv(GOOD, dir, db);
    const csv = await exportCsv(register());
    expect(csv.split('\n')[0]).toBe('target,kind,value,label,hours,source');
    expect(await importCsv(csv, dir, db)).toMatchObject({ errors: [], added: 0, unchanged: 2 });
  });
});
