import path from 'node:path';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPglite } from './pgliteDatabase';
import { openPostgres } from './postgresDatabase';

export type DatabaseConfig = {
  DATABASE_URL?: string;
  DATABASE_POOL_SIZE: number;
  DATA_DIR: string;
};

/** Where the embedded database lives under DATA_DIR. */
export const pgliteDir = (dataDir: string): string => path.resolve(dataDir, 'pglite');

/**
 * The database the configuration names, migrated: a PostgreSQL server when DATABASE_URL is set,
 * else embedded PGlite under DATA_DIR (started from `template` when the folder is new).
 */
export async function openDatabase(
  config: DatabaseConfig,
  options: { template?: Blob } = {},
): Promise<Database> {
  const db = config.DATABASE_URL
    ? await openPostgres({
        connectionString: config.DATABASE_URL,
        poolSize: config.DATABASE_POOL_SIZE,
      })
    : await openPglite({ dataDir: pgliteDir(config.DATA_DIR), template: options.template });
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
