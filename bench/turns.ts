import { startConnector } from '../tests/e2e/connector';
import { startHarness } from '../tests/e2e/harness';
import { messageActivity } from '../tests/e2e/teamsActivity';
import { startEchoBot } from './echoBot';
import { round, timeIt } from './stats';

/**
 * A full turn over HTTP (POST /api/messages → reply at the connector) on the embedded database:
 * contact and help turns, against the floor of an echo bot measured the same way.
 */
export async function runTurnBench(n = 300): Promise<Record<string, number>> {
  const echo = await startEchoBot();
  const echoConnector = await startConnector();
  const floor = await timeIt(n, (i) =>
    fetch(`${echo.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        messageActivity({ serviceUrl: echoConnector.url, text: 'hej', aadObjectId: `bench-${i}` }),
      ),
    }).then((r) => r.text()),
  );
  await echo.close();
  await echoConnector.close();

  const h = await startHarness();
  try {
    // Each turn from another user, so the per-user rate limit does not kick in.
    const asUser = (text: string) => (i: number) =>
      h.post(messageActivity({ serviceUrl: h.connector.url, text, aadObjectId: `bench-${i}` }));
    const help = await timeIt(n, asUser('hjälp'));
    const contact = await timeIt(n, asUser('telefon till Åke Åkesson'));
    const group = await timeIt(n, asUser('vem kontaktar jag för Oskarsgruppen?'));
    return {
      'echo-bot floor p50 ms': floor.p50,
      'echo-bot floor p99 ms': floor.p99,
      'help turn p50 ms': help.p50,
      'help turn p99 ms': help.p99,
      'contact turn (person) p50 ms': contact.p50,
      'contact turn (person) p99 ms': contact.p99,
      'contact turn (person) p50 / floor': round(contact.p50 / floor.p50, 2),
      'contact turn (group contacts) p50 ms': group.p50,
      'contact turn (group contacts) p99 ms': group.p99,
      'contact turn (group contacts) p50 / floor': round(group.p50 / floor.p50, 2),
    };
  } finally {
    await h.close();
  }
}

if (require.main === module) {
  runTurnBench().then((r) => console.table(r));
}
