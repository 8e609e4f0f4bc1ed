// npm run audit:export [-- --since 2026-01-01] [--until 2027-01-01]: JSON lines on stdout, oldest
// first, with seq and hashes so an archive can be verified on its own.
import { parseArgs } from 'node:util';
import { auditRecords } from '../access/auditLog';
import { databaseFromEnv, runTool } from './databaseFromEnv';

runTool(async () => {
  const { values } = parseArgs({
    options: { since: { type: 'string' }, until: { type: 'string' } },
  });
  const since = values.since ? Date.parse(values.since) : -Infinity;
  const until = values.until ? Date.parse(values.until) : Infinity;
  if (Number.isNaN(since) || Number.isNaN(until)) throw new Error('--since/--until: not a date');
  const db = await databaseFromEnv();
  for await (const record of auditRecords(db)) {
    const at = Date.parse(record.time);
    if (at < since || at >= until) continue;
    if (!process.stdout.write(`${JSON.stringify(record)}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  await db.close();
  return 0;
});
