import { ConfigSchema } from '../config';
import type { Database } from '../state/database';
import { openDatabase } from '../state/openDatabase';

/** The database the environment names (DATABASE_URL, else PGlite under DATA_DIR), migrated. */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const config = ConfigSchema.pick({
    DATA_DIR: true,
    DATABASE_URL: true,
    DATABASE_POOL_SIZE: true,
  }).parse(env);
  return openDatabase(config);
}

/** Runs a command-line tool: a failure prints one line (never a stack) and exits 2. */
export function runTool(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    },
  );
}
