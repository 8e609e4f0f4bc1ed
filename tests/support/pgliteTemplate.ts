import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadMigrations, migrate } from '../../src/state/migrate';
import { openPglite, type PgliteDatabase } from '../../src/state/pgliteDatabase';
import { ensureReferenceData, referenceDataVersion } from '../../dev/reference-api/referenceData';

// Creating an embedded database costs seconds (initdb in WebAssembly); loading a dump of a migrated
// one costs a fraction. Jest's global setup builds the dump once (cached by the migrations' content)
// and every test starts its database from it: migrated, with the reference data loaded.

const ENV = 'NARA_TEST_PGLITE_TEMPLATE';

function cacheKey(): string {
  const hash = createHash('sha256');
  for (const m of loadMigrations()) hash.update(`${m.version}:${m.sql}`);
  hash.update(referenceDataVersion());
  // The engine's version too: a new PGlite may not read an old dump.
  hash.update(
    readFileSync(path.join(__dirname, '../../node_modules/@electric-sql/pglite/package.json')),
  );
  return hash.digest('hex').slice(0, 16);
}

/** Builds (or finds) the template and names it in the environment the test workers inherit. */
export async function prepareTemplate(): Promise<string> {
  const file = path.join(tmpdir(), `nara-pglite-template-${cacheKey()}.tar`);
  if (!existsSync(file)) {
    const db = await openPglite();
    await migrate(db);
    await ensureReferenceData(db);
    const dump = Buffer.from(await (await db.dump()).arrayBuffer());
    await db.close();
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
  }
  process.env[ENV] = file;
  return file;
}

/** The migrated template as a Blob (PGlite's loadDataDir). */
export function templateBlob(): Blob {
  const file = process.env[ENV];
  if (!file) throw new Error(`${ENV} is not set: run the tests through jest (globalSetup)`);
  return new Blob([readFileSync(file)]);
}

/** A migrated embedded database in memory, for a test. */
export function testDatabase(): Promise<PgliteDatabase> {
  return openPglite({ template: templateBlob() });
}
