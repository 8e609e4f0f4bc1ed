// Contact paths from CSV into the contact register (format in README): `npm run import:directory
// -- FILE [--dry-run]` in development, `npm run import:directory:prod -- FILE` on a server.
// Exit 0 when applied (or a clean dry run), 1 when a row is bad (nothing applied).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DirectoryClient } from '../clients/directoryClient';
import { importCsv, type TargetDirectory, type TargetPerson } from '../register/csvImport';
import type { Database } from '../state/database';
import { databaseFromEnv, runTool } from './databaseFromEnv';

/** Where the rows' targets are looked up: the directory the bot reads. */
export type DirectoryFor = (db: Database) => Promise<TargetDirectory>;

const PEOPLE_PAGE = 5_000;

/** The directory API DIRECTORY_API_URL names (on a server, the only one there is). */
export const directoryApi: DirectoryFor = async () => {
  const url = process.env.DIRECTORY_API_URL;
  if (!url) {
    throw new Error(
      'DIRECTORY_API_URL: required (the rows name units, groups and people of that directory)',
    );
  }
  const client = new DirectoryClient({
    baseUrl: url,
    apiKey: process.env.DIRECTORY_API_KEY ?? '',
    timeoutMs: 10_000,
  });
  const people: TargetPerson[] = [];
  // A page at a time, a person's id and name kept: a country's directory whole is 300 MB.
  for await (const page of client.peoplePages(PEOPLE_PAGE)) {
    for (const { id, name, synthetic } of page) people.push({ id, name, synthetic });
  }
  const [units, groups] = await Promise.all([client.units(), client.groups()]);
  return { units, groups, people };
};

export function importDirectory(directoryFor: DirectoryFor): void {
  runTool(async () => {
    const args = process.argv.slice(2);
    const dryRun = args.includes('--dry-run');
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) throw new Error('usage: npm run import:directory -- FILE [--dry-run]');
    const text = readFileSync(file, 'utf8');
    const db = await databaseFromEnv();
    try {
      const result = await importCsv(text, await directoryFor(db), db, {
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
}

if (require.main === module) importDirectory(directoryApi);
