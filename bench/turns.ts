import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { createApp } from '../src/app';
import { startConnector } from '../tests/e2e/connector';
import { startHarness } from '../tests/e2e/harness';
import { messageActivity } from '../tests/e2e/teamsActivity';
import { startEchoBot } from './echoBot';
import { percentile, round, timeIt } from './stats';

/**
 * The bot as it ships: src/ compiled by `npm run build` (tsc), as `npm run start:prod` runs it.
 * Not tsx's transform: it wraps every function the code creates in a naming call (esbuild's
 * keepNames), some 40 µs a turn that production never spends.
 */
async function productionApp(): Promise<typeof createApp> {
  const root = path.resolve(__dirname, '..');
  // Inside the project, so that the build finds its packages in node_modules.
  const out = path.join(root, 'node_modules', '.cache', 'nara-bench-build');
  const tsx = require.resolve('tsx/cli');
  execFileSync(process.execPath, [tsx, 'scripts/build.ts', '--out', out], {
    cwd: root,
    stdio: 'ignore',
  });
  const built = (await import(pathToFileURL(path.join(out, 'src', 'app.js')).href)) as {
    createApp: typeof createApp;
  };
  return built.createApp;
}

/**
 * A full turn over HTTP (POST /api/messages → reply at the connector) on the embedded database:
 * contact and help turns, against the floor of an echo bot measured the same way (and, to read the
 * figure by, the same echo bot answering with the contact turn's card). Both run in
 * this process, turn by turn in turn after a long warm-up, so neither is measured while the code
 * they share (HTTP, fetch, botbuilder) is still cold, nor in a quieter moment of the machine.
 * The bot's turns come from a pool of users who each ask many questions, as staff do (the rate
 * limit is raised for it); a user's first turn in a process (their 1:1 chat stored) is measured
 * apart.
 */
export async function runTurnBench(n = 200, rounds = 5): Promise<Record<string, number>> {
  const echo = await startEchoBot();
  const echoConnector = await startConnector();
  const h = await startHarness({ RATE_LIMIT_PER_MINUTE: '100000' }, {}, await productionApp());
  // The same echo bot answering with the contact turn's own card: what sending it costs alone.
  const { sent } = await h.post(
    messageActivity({ serviceUrl: h.connector.url, text: 'telefon till Åke Åkesson' }),
  );
  const card = sent[0]?.activity.attachments?.[0]?.content;
  if (!card) throw new Error('bench: the contact turn sent no card');
  const cardEcho = await startEchoBot(card);
  try {
    let user = 0;
    const echoTurn = (url: string) => () =>
      fetch(`${url}/api/messages`, {
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
      floor: echoTurn(echo.url),
      cardFloor: echoTurn(cardEcho.url),
      help: asUser('hjälp'),
      contact: asUser('telefon till Åke Åkesson'),
      group: asUser('vem kontaktar jag för Oskarsgruppen?'),
      first: firstTurn,
    };
    // Interleaved turn by turn: a drift in the machine's speed (a noisy neighbour, frequency
    // scaling) falls on every kind alike, so the ratio to the floor holds still between runs. In a
    // new order each round (a fixed shuffle): what a turn leaves behind (a newcomer's stored chat,
    // a batch of contexts written, a collection) then falls on every kind alike too, not always
    // on the one after it. In a fixed order it fell on the floor, after the newcomer's turn, and
    // flattered every ratio (the echo answering with the card read 0.95× the text echo).
    const samples = Object.fromEntries(Object.keys(kinds).map((k) => [k, [] as number[]]));
    for (const turn of Object.values(kinds)) await timeIt(n, turn, 0); // warm-up
    const order = Object.entries(kinds);
    let seed = 1; // Park–Miller: the same order every run
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < n * rounds; i++) {
      for (let j = order.length - 1; j > 0; j--) {
        const k = Math.floor(random() * (j + 1));
        [order[j], order[k]] = [order[k], order[j]];
      }
      for (const [name, turn] of order) {
        const t = process.hrtime.bigint();
        await turn();
        samples[name].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    const figure = (name: string, p: 'p50' | 'p99') => {
      const sorted = [...samples[name]].sort((a, b) => a - b);
      return round(percentile(sorted, p === 'p50' ? 50 : 99));
    };
    const floor = figure('floor', 'p50');
    return {
      'echo-bot floor p50 ms': floor,
      'echo-bot floor p99 ms': figure('floor', 'p99'),
      'echo bot answering with the contact card p50 / floor': round(
        figure('cardFloor', 'p50') / floor,
        2,
      ),
      'help turn p50 ms': figure('help', 'p50'),
      'help turn p99 ms': figure('help', 'p99'),
      'contact turn (person) p50 ms': figure('contact', 'p50'),
      'contact turn (person) p99 ms': figure('contact', 'p99'),
      'contact turn (person) p50 / floor': round(figure('contact', 'p50') / floor, 2),
      'contact turn (group contacts) p50 ms': figure('group', 'p50'),
      'contact turn (group contacts) p99 ms': figure('group', 'p99'),
      'contact turn (group contacts) p50 / floor': round(figure('group', 'p50') / floor, 2),
      // The bot's own work alone: against the echo bot that sends the same card.
      'contact turn (person) p50 / the echo answering with its card': round(
        figure('contact', 'p50') / figure('cardFloor', 'p50'),
        2,
      ),
      "contact turn, the user's first in this process, p50 ms": figure('first', 'p50'),
      "contact turn, the user's first in this process, p50 / floor": round(
        figure('first', 'p50') / floor,
        2,
      ),
    };
  } finally {
    await h.close();
    await echo.close();
    await cardEcho.close();
    await echoConnector.close();
  }
}

if (require.main === module) {
  runTurnBench().then((r) => console.table(r));
}
