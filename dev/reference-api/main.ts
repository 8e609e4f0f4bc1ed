import { z } from 'zod';
import { openDatabase } from '../../src/state/openDatabase';
import { createReferenceApi } from './server';

// Runs the reference directory + metrics API on its own (`npm run reference-api`).

// An empty line in an env file ("REFERENCE_API_PORT=") means "not set", not port 0.
const unsetIfEmpty = (v: unknown): unknown => (v === '' ? undefined : v);

const EnvSchema = z.object({
  REFERENCE_API_KEY: z.string({ error: 'is required' }).min(1, 'is required'),
  REFERENCE_API_HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
  REFERENCE_API_PORT: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(0).max(65535).default(3979),
  ),
  // The same database as the bot: a server, or the embedded one under DATA_DIR (one process only).
  DATABASE_URL: z.preprocess(unsetIfEmpty, z.string().optional()),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('data')),
});

async function main(): Promise<void> {
  // 1. Config from the environment; never log the key.
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    console.error(`reference-api: invalid environment: ${problems.join('; ')}`);
    process.exit(1);
  }
  const env = parsed.data;

  // 2. Start: the database (its reference schema is loaded by the API when missing or outdated).
  const db = await openDatabase({
    DATABASE_URL: env.DATABASE_URL,
    DATABASE_POOL_SIZE: 4,
    DATA_DIR: env.DATA_DIR,
  });
  const api = await createReferenceApi({
    apiKey: env.REFERENCE_API_KEY,
    db,
    host: env.REFERENCE_API_HOST,
    port: env.REFERENCE_API_PORT,
  });
  const urls = `DIRECTORY_API_URL=${api.url}/directory METRICS_API_URL=${api.url}/metrics`;
  console.log(`reference-api listening: ${urls}`);

  // 3. Stop cleanly.
  const stop = (): void => {
    Promise.all([api.close(), db.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('reference-api failed to start:', err);
  process.exit(1);
});
