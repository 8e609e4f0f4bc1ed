// npm run audit:verify: recomputes the audit log's hash chain. Exit 0 intact, 1 broken, 2 error.
import { verifyAuditChain } from '../access/auditLog';
import { databaseFromEnv, runTool } from './databaseFromEnv';

runTool(async () => {
  const db = await databaseFromEnv();
  const report = await verifyAuditChain(db);
  await db.close();
  if (report.ok) {
    process.stdout.write(`audit log intact: ${report.records} records, head ${report.head}\n`);
    return 0;
  }
  process.stdout.write(
    `audit log BROKEN: ${report.problems.length} problem(s) in ${report.records} records\n`,
  );
  for (const p of report.problems) process.stdout.write(`  seq ${p.seq}: ${p.problem}\n`);
  return 1;
});
