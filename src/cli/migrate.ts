// npm run migrate: applies the schema migrations the code knows (start-up does the same).
import { databaseFromEnv, runTool } from './databaseFromEnv';

runTool(async () => {
  const db = await databaseFromEnv();
  const [row] = await db.query<{ version: number }>(
    'SELECT max(version)::int AS version FROM schema_migrations',
  );
  await db.close();
  process.stdout.write(`schema at version ${row.version}\n`);
  return 0;
});
