import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database';

// Versioned SQL migrations (src/state/migrations/NNN_name.sql), applied in order at start and by
// `npm run migrate`, each recorded in schema_migrations. All pending ones run in one transaction
// under an advisory lock, so two instances starting together never apply one twice.

export type Migration = { version: number; name: string; sql: string };

export class SchemaTooNewError extends Error {}

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/** The migrations of this build, in order. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      version: Number(m[1]),
      name: m[2],
      sql: readFileSync(path.join(dir, m[0]), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Applies what is missing; returns the versions applied now. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = loadMigrations(),
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('nara.migrations'))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (r) => r.version,
      ),
    );
    const known = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new SchemaTooNewError(
        `The database schema is at version ${newest}, but this build of Nära knows versions up to ` +
          `${known}. It was migrated by a newer release: run that release (or a newer one), never ` +
          'an older one, against this database.',
      );
    }
    const done: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      done.push(m.version);
    }
    return done;
  });
}
