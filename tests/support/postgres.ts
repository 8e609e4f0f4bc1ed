import { randomUUID } from 'node:crypto';
import pg from 'pg';

// The real-server tests run against a PostgreSQL server when TEST_DATABASE_URL names one
// (.ci/run starts Debian's postgresql and sets it); without it they are skipped, and say so.
// Each test file gets databases of its own, created here and dropped afterwards.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** `describe` when a server is configured, else `describe.skip` with a note on the console. */
export function describeWithPostgres(name: string, body: () => void): void {
  if (TEST_DATABASE_URL) return describe(name, body);
  console.warn(`${name}: skipped, TEST_DATABASE_URL is not set (.ci/start-postgres prints one)`);
  describe.skip(name, body);
}

export type FreshDatabase = { url: string; drop: () => Promise<void> };

/** A new, empty database on the test server. */
export async function freshDatabase(): Promise<FreshDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `nara_t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
