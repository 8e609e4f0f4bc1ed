import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardText, cardsOf, startHarness } from '../tests/e2e/harness';
import { messageActivity } from '../tests/e2e/teamsActivity';
import { round, timeIt } from './stats';

// Metrics turns over HTTP (POST /api/messages → card at the connector), each beside the help turn
// of the same run: a summary with a cold cache and a warm one, and a patient-list turn (access
// check, rows read, audit record fsynced). Run alone: npx tsx bench/metrics.ts

const GRIPEN_MANAGER = '00000000-0000-4000-8000-000000000109';
const UNITS = [
  'Gripen',
  'Kristineberg',
  'Borgholm',
  'Nybro',
  'Vimmerby',
  'Berga',
  'Högsby',
  'Hultsfred',
];
const MONTHS = [
  'augusti 2022',
  'september 2022',
  'oktober 2022',
  'november 2022',
  'december 2022',
  'januari 2023',
  'februari 2023',
  'mars 2023',
];
const LEVELS = [0, 1, 2, 3, 4, 5];

export async function runMetricsBench(n = 200): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nara-bench-metrics-'));
  const h = await startHarness({
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  try {
    const turn = async (text: string, aadObjectId = GRIPEN_MANAGER) => {
      const { sent } = await h.post(
        messageActivity({ serviceUrl: h.connector.url, text, aadObjectId }),
      );
      return cardsOf(sent).map(cardText).join('\n');
    };
    const expectCard = async (text: string, contains: string | RegExp) => {
      const reply = await turn(text);
      const ok = typeof contains === 'string' ? reply.includes(contains) : contains.test(reply);
      if (!ok) throw new Error(`bench: "${text}" did not answer as expected`);
    };

    // Every uncached turn asks for a (level, month) not asked before, so the region's summary
    // beside the unit's is a cache miss too: 6 levels × 8 months = 48 cold turns.
    const cold = LEVELS.flatMap((level) =>
      MONTHS.map((month, m) => `RUB ${level} på ${UNITS[(level + m) % UNITS.length]} ${month}`),
    );
    await expectCard('hjälp', 'Hej! Jag är Nära');
    await expectCard('RUB5 på Gripen', 'RUB 5 – Gripens hälsocentral');
    await expectCard('vilka RUB5-patienter saknar fast läkare på min HC?', /P-[0-9A-Z]{5,}/);

    const help = await timeIt(n, () => turn('hjälp'));
    const uncached = await timeIt(cold.length, (i) => turn(cold[i]), 0);
    const cached = await timeIt(n, () => turn('RUB5 på Gripen'));
    const list = await timeIt(Math.ceil(n / 2), () =>
      turn('vilka RUB5-patienter saknar fast läkare på min HC?'),
    );
    const helpAgain = await timeIt(n, () => turn('hjälp'));
    const helpP50 = Math.min(help.p50, helpAgain.p50);
    return {
      'help turn p50 ms': helpP50,
      'help turn p99 ms': Math.max(help.p99, helpAgain.p99),
      'summary turn, uncached p50 ms': uncached.p50,
      'summary turn, uncached p99 ms': uncached.p99,
      'summary turn, cached p50 ms': cached.p50,
      'summary turn, cached p99 ms': cached.p99,
      'patient list turn (audited) p50 ms': list.p50,
      'patient list turn (audited) p99 ms': list.p99,
      'summary uncached ÷ help (p50)': round(uncached.p50 / helpP50, 2),
      'summary cached ÷ help (p50)': round(cached.p50 / helpP50, 2),
      'patient list ÷ help (p50)': round(list.p50 / helpP50, 2),
    };
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runMetricsBench().then(
    (figures) => console.table(figures),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
