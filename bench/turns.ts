import { startConnector } from '../tests/e2e/connector';
import { startHarness } from '../tests/e2e/harness';
import { messageActivity } from '../tests/e2e/teamsActivity';
import { startEchoBot } from './echoBot';
import { round, timeIt } from './stats';

/**
 * A full turn over HTTP (POST /api/messages → reply at the connector) on the embedded database:
 * contact and help turns, against the floor of an echo bot measured the same way. Both run in
 * this process, in alternating rounds after a long warm-up, so neither is measured while the code
 * they share (HTTP, fetch, botbuilder) is still cold; each figure is the median of its rounds.
 * The bot's turns come from a pool of users who each ask many questions, as staff do (the rate
 * limit is raised for it); a user's first turn in a process (their 1:1 chat stored) is measured
 * apart.
 */
export async function runTurnBench(n = 200, rounds = 5): Promise<Record<string, number>> {
  const echo = await startEchoBot();
  const echoConnector = await startConnector();
  const h = await startHarness({ RATE_LIMIT_PER_MINUTE: '100000' });
  try {
    let user = 0;
    const echoTurn = () =>
      fetch(`${echo.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          messageActivity({
            serviceUrl: echoConnector.url,
            text: 'hej',
            aadObjectId: `bench-${user++}`,
          }),
        ),
      }).then((r) => r.text());
    const USERS = 50;
    // Each user in their own 1:1 chat, as in Teams.
    const asUser = (text: string) => () => {
      const k = user++ % USERS;
      return h.post(
        messageActivity({
          serviceUrl: h.connector.url,
          text,
          aadObjectId: `staff-${k}`,
          conversationId: `a:1staff${k}`,
        }),
      );
    };
    const firstTurn = () =>
      h.post(
        messageActivity({
          serviceUrl: h.connector.url,
          text: 'telefon till Åke Åkesson',
          aadObjectId: `newcomer-${user++}`,
        }),
      );
    const kinds = {
      floor: echoTurn,
      help: asUser('hjälp'),
      contact: asUser('telefon till Åke Åkesson'),
      group: asUser('vem kontaktar jag för Oskarsgruppen?'),
      first: firstTurn,
    };
    const results = Object.fromEntries(
      Object.keys(kinds).map((k) => [k, [] as Array<{ p50: number; p99: number }>]),
    );
    for (const turn of Object.values(kinds)) await timeIt(n, turn, 0); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (const [name, turn] of Object.entries(kinds)) results[name].push(await timeIt(n, turn));
    }
    const median = (name: string, p: 'p50' | 'p99') => {
      const sorted = results[name].map((x) => x[p]).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)];
    };
    const floor = median('floor', 'p50');
    return {
      'echo-bot floor p50 ms': floor,
      'echo-bot floor p99 ms': median('floor', 'p99'),
      'help turn p50 ms': median('help', 'p50'),
      'help turn p99 ms': median('help', 'p99'),
      'contact turn (person) p50 ms': median('contact', 'p50'),
      'contact turn (person) p99 ms': median('contact', 'p99'),
      'contact turn (person) p50 / floor': round(median('contact', 'p50') / floor, 2),
      'contact turn (group contacts) p50 ms': median('group', 'p50'),
      'contact turn (group contacts) p99 ms': median('group', 'p99'),
      'contact turn (group contacts) p50 / floor': round(median('group', 'p50') / floor, 2),
      "contact turn, the user's first in this process, p50 ms": median('first', 'p50'),
      "contact turn, the user's first in this process, p50 / floor": round(
        median('first', 'p50') / floor,
        2,
      ),
    };
  } finally {
    await h.close();
    await echo.close();
    await echoConnector.close();
  }
}

if (require.main === module) {
  runTurnBench().then((r) => console.table(r));
}
