import { startHarness } from '../tests/e2e/harness';
import { messageActivity } from '../tests/e2e/teamsActivity';
import { timeIt } from './stats';

/** A full turn over HTTP (POST /api/messages → reply at the connector): contact vs help. */
export async function runTurnBench(n = 200): Promise<Record<string, number>> {
  const h = await startHarness();
  try {
    // Each turn from another user, so the per-user rate limit does not kick in.
    const asUser = (text: string) => (i: number) =>
      h.post(messageActivity({ serviceUrl: h.connector.url, text, aadObjectId: `bench-${i}` }));
    const help = await timeIt(n, asUser('hjälp'));
    const contact = await timeIt(n, asUser('telefon till Åke Åkesson'));
    const group = await timeIt(n, asUser('vem kontaktar jag för Oskarsgruppen?'));
    return {
      'help turn p50 ms': help.p50,
      'help turn p99 ms': help.p99,
      'contact turn (person) p50 ms': contact.p50,
      'contact turn (person) p99 ms': contact.p99,
      'contact turn (group contacts) p50 ms': group.p50,
      'contact turn (group contacts) p99 ms': group.p99,
    };
  } finally {
    await h.close();
  }
}

if (require.main === module) {
  runTurnBench().then((r) => console.table(r));
}
