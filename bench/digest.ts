import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConversationStore } from '../src/digest/conversationReferences';
import { SubscriptionStore, type Subscription } from '../src/digest/subscriptions';
import { startHarness } from '../tests/e2e/harness';
import { freshDatabase } from '../tests/support/postgres';
import { round } from './stats';

// Fan-out of N weekly digests (one per channel) from the real app to a connector that, like
// Teams, answers 429 (Retry-After: 1) to any request beyond `limit` in a sliding 1-second window.
// Reports the wall time of the tick against the floor N / limit seconds, and checks that every
// channel got its digest exactly once.

type ThrottlingConnector = {
  url: string;
  delivered: Map<string, number>;
  throttled: () => number;
  maxInAnySecond: () => number;
  close: () => Promise<void>;
};

async function startThrottlingConnector(limit: number): Promise<ThrottlingConnector> {
  const delivered = new Map<string, number>();
  const arrivals: number[] = [];
  let throttled = 0;
  let maxInWindow = 0;
  let nextId = 1;
  const server = http.createServer((req, res) => {
    const now = performance.now();
    while (arrivals.length > 0 && now - arrivals[0] >= 1000) arrivals.shift();
    arrivals.push(now);
    req.resume();
    req.on('end', () => {
      if (arrivals.length > limit) {
        throttled++;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end('{"error":{"code":"TooManyRequests"}}');
        return;
      }
      maxInWindow = Math.max(maxInWindow, arrivals.length);
      const match = /\/v3\/conversations\/([^/]+)/.exec(decodeURIComponent(req.url ?? ''));
      const conversation = match?.[1] ?? '';
      delivered.set(conversation, (delivered.get(conversation) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${nextId++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    throttled: () => throttled,
    maxInAnySecond: () => maxInWindow,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One fan-out of n digests to a connector that accepts `limit` requests per second, from one
 * instance on the embedded database, or from two instances on one PostgreSQL server.
 */
export async function fanOut(
  n: number,
  limit: number,
  databaseUrl?: string,
): Promise<Record<string, number>> {
  const connector = await startThrottlingConnector(limit);
  const due = new Date('2024-05-06T06:00:00.000Z'); // Monday 08:00 in Stockholm
  let now = new Date('2024-05-01T10:00:00.000Z');
  const clock = () => now;
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
  const instances = [await startHarness(env, { clock, digest: { autoStart: false } })];
  if (databaseUrl) instances.push(await startHarness(env, { clock, digest: { autoStart: false } }));
  try {
    // N channels, each with its reference and a Monday 08:00 subscription, straight into the store.
    const db = instances[0].app.db;
    const subscriptions = new SubscriptionStore(db);
    const conversations = new ConversationStore(db, clock);
    const created = now.toISOString();
    for (let i = 0; i < n; i++) {
      const conversationId = `19:bench-${i}@thread.tacv2`;
      await conversations.remember({
        conversationId,
        kind: 'channel',
        teamId: `19:team-${Math.floor(i / 10)}@thread.tacv2`,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
          bot: { id: '28:nara-bot', name: 'Nära' },
        },
      });
      const sub: Subscription = {
        id: `bench-${i}`,
        conversationId,
        weekday: 1,
        time: '08:00',
        scope: i % 3 === 0 ? { kind: 'region' } : { kind: 'area', area: 'Oskarshamn' },
        language: i % 5 === 0 ? 'en' : 'sv',
        paused: false,
        createdAt: created,
        updatedAt: created,
        activeFrom: created,
      };
      await subscriptions.create(sub);
    }

    now = due;
    const started = performance.now();
    const reports = await Promise.all(instances.map((h) => h.app.digests.tick()));
    const seconds = (performance.now() - started) / 1000;
    // nothing may be sent twice
    const again = await Promise.all(instances.map((h) => h.app.digests.tick()));

    const counts = [...connector.delivered.values()];
    const floor = n / limit;
    const sum = (pick: (r: (typeof reports)[number]) => number, of = reports) =>
      of.reduce((total, r) => total + pick(r), 0);
    return {
      subscriptions: n,
      instances: instances.length,
      'sent (tick reports)': sum((r) => r.sent),
      ...(instances.length > 1
        ? Object.fromEntries(reports.map((r, i) => [`sent by instance ${i + 1}`, r.sent]))
        : {}),
      'failed (tick reports)': sum((r) => r.failed),
      'unknown (tick reports)': sum((r) => r.unknown),
      'channels with exactly one digest': counts.filter((c) => c === 1).length,
      'channels with more than one': counts.filter((c) => c > 1).length,
      'channels with none': n - counts.length,
      'due on a second tick': sum((r) => r.due, again),
      'answered 429': connector.throttled(),
      'most requests accepted in any 1 s': connector.maxInAnySecond(),
      'wall time s': round(seconds, 2),
      [`floor s (${n}/${limit})`]: round(floor, 2),
      'wall time / floor': round(seconds / floor, 3),
    };
  } finally {
    for (const h of instances) await h.close();
    await connector.close();
  }
}

/**
 * npm run bench: 1 000 channels against Teams' 30 requests per second (floor 33.3 s), 200 against
 * a stricter connector (20 per second) so that the 429 / Retry-After path is taken, and, when
 * TEST_DATABASE_URL names a PostgreSQL server, 10 000 channels from two instances on one database
 * (floor 333 s): every digest exactly once, within 1.1× of the floor.
 */
export async function runDigestBench(): Promise<Record<string, number>> {
  const prefixed = (label: string, figures: Record<string, number>) =>
    Object.fromEntries(Object.entries(figures).map(([k, v]) => [`[${label}] ${k}`, v]));
  const figures = {
    ...prefixed('1 000 channels, embedded', await fanOut(1000, 30)),
    ...prefixed('200 channels, connector at 20/s', await fanOut(200, 20)),
  };
  if (!process.env.TEST_DATABASE_URL) {
    console.warn('two-instance digest bench skipped: TEST_DATABASE_URL is not set');
    return figures;
  }
  const fresh = await freshDatabase();
  try {
    const n = Number(process.env.BENCH_DIGESTS ?? 10_000);
    Object.assign(
      figures,
      prefixed(`${n} channels, 2 instances, PostgreSQL`, await fanOut(n, 30, fresh.url)),
    );
  } finally {
    await fresh.drop();
  }
  return figures;
}

if (require.main === module) {
  runDigestBench().then(
    (r) => console.table(r),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
