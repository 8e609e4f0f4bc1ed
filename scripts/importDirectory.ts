// npm run import:directory -- FILE [--dry-run]: contact paths from CSV into the contact register
// (format in README). Exit 0 when applied (or a clean dry run), 1 when a row is bad (nothing applied).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DirectoryClient } from '../src/clients/directoryClient';
import { ensureReferenceData, ReferenceDirectory } from '../dev/reference-api/referenceData';
import { importCsv, type TargetDirectory } from '../src/register/csvImport';
import type { Database } from '../src/state/database';
import { databaseFromEnv, runTool } from './databaseFromEnv';

/** The directory the bot reads: the API DIRECTORY_API_URL names, else the embedded reference data. */
export async function targetDirectory(db: Database): Promise<TargetDirectory> {
  const url = process.env.DIRECTORY_API_URL;
  if (url) {
    const client = new DirectoryClient({
      baseUrl: url,
      apiKey: process.env.DIRECTORY_API_KEY ?? '',
      timeoutMs: 10_000,
    });
    const [units, groups, people] = await Promise.all([
      client.units(),
      client.groups(),
      client.people(),
    ]);
    return { units, groups, people };
  }
  await ensureReferenceData(db);
  const ref = new ReferenceDirectory(db);
  const [units, groups, people] = await Promise.all([
    ref.units({}),
    ref.groups(undefined),
    ref.people({}),
  ]);
  return { units, groups, people };
}

runTool(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run import:directory -- FILE [--dry-run]');
  const text = readFileSync(file, 'utf8');
  const db = await databaseFromEnv();
  try {
    const result = await importCsv(text, await targetDirectory(db), db, {
      dryRun,
      addedBy: `import ${path.basename(file)}`,
    });
    for (const error of result.errors) process.stderr.write(`${file}: ${error}\n`);
    if (result.errors.length > 0) {
      process.stderr.write('nothing was imported\n');
      return 1;
    }
    const what = `${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged`;
    process.stdout.write(dryRun ? `dry run: would be ${what}\n` : `${what}\n`);
    return 0;
  } finally {
    await db.close();
  }
});
