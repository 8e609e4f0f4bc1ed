// npm run bench: every benchmark, one after the other, figures printed as tables.
import { prepareTemplate } from '../tests/support/pgliteTemplate';
import { runDigestBench } from './digest';
import { runDirectoryBench } from './directory';
import { runMetricsBench } from './metrics';
import { runTurnBench } from './turns';
import { runUnderstandingBench } from './understanding';

type Bench = [name: string, run: () => Promise<Record<string, number>>];

const benches: Bench[] = [
  ['understanding', runUnderstandingBench],
  ['turns over HTTP', () => runTurnBench()],
  ['metrics turns over HTTP', runMetricsBench],
  ['digest fan-out', runDigestBench],
  ['directory at scale', runDirectoryBench],
];

async function main(): Promise<void> {
  const only = process.argv[2];
  // Every benchmark app starts from one migrated embedded database, as the tests do.
  await prepareTemplate();
  for (const [name, run] of benches) {
    if (only && !name.startsWith(only)) continue;
    console.log(`\n== ${name}`);
    console.table(await run());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
