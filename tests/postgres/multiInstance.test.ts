import { ConversationStore } from '../../src/digest/conversationReferences';
import { localParts } from '../../src/digest/schedule';
import { SubscriptionStore, type Subscription } from '../../src/digest/subscriptions';
import type { Database } from '../../src/state/database';
import { openDatabase } from '../../src/state/openDatabase';
import { startAppProcess, type AppProcess } from '../e2e/appProcess';
import { startConnector, type Connector } from '../e2e/connector';
import { cardText, cardsOf } from '../e2e/harness';
import { messageActivity } from '../e2e/teamsActivity';
import { describeWithPostgres, freshDatabase, type FreshDatabase } from '../support/postgres';

// Two bot processes on one PostgreSQL server behave as one bot: what one stores the other reads,
// a re-delivered submit acts once, and a process killed (-9) in the middle of sending 200 channel
// digests costs no digest twice, at most an honest "unknown", and about a minute, not ten.

const TRIGGER_KEY = 'multi-instance-trigger-key';
const SAMORDNARE = '00000000-0000-4000-8000-000000000301';
const CHANNEL = '19:multi-instance@thread.tacv2';

describeWithPostgres('two bot processes on one PostgreSQL database', () => {
  let fresh: FreshDatabase;
  let connector: Connector;
  let db: Database;
  const processes: AppProcess[] = [];

  const start = async () => {
    const p = await startAppProcess({
      DATABASE_URL: fresh.url,
      DIGEST_TRIGGER_KEY: TRIGGER_KEY,
      DIGEST_LEASE_SECONDS: '5',
      RATE_LIMIT_PER_MINUTE: '10000',
    });
    processes.push(p);
    return p;
  };
  const post = async (p: AppProcess, activity: Record<string, unknown>) => {
    const before = connector.sent.length;
    const res = await fetch(`${p.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return { status: res.status, sent: connector.sent.slice(before) };
  };
  const inChannel = (o: { text?: string; value?: unknown }) =>
    messageActivity({
      serviceUrl: connector.url,
      scope: 'channel',
      conversationId: `${CHANNEL};messageid=1715000000000`,
      aadObjectId: SAMORDNARE,
      mention: o.text !== undefined,
      ...o,
    });
  const run = (p: AppProcess) =>
    fetch(`${p.url}/api/digests/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TRIGGER_KEY}` },
      body: '{}',
    });

  let a: AppProcess;
  let b: AppProcess;
  beforeAll(async () => {
    fresh = await freshDatabase();
    connector = await startConnector();
    // Both start at once: migrations and the reference data are applied once.
    [a, b] = await Promise.all([start(), start()]);
    db = await openDatabase({ DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: 4, DATA_DIR: 'x' });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.close()));
    await db?.close();
    await connector?.close();
    await fresh?.drop();
  }, 60_000);

  it('a subscription saved through one is listed by the other; the same submit twice saves one', async () => {
    const submit = inChannel({
      value: { action: 'digestSave', weekday: '3', time: '09:30', scope: 'region', unitIds: '' },
    });
    const first = await post(a, submit);
    expect(cardText(cardsOf(first.sent)[0])).toContain('Veckobrevet är sparat');
    // Teams re-delivers the same activity (its POST timed out), this time to the other instance.
    const again = await post(b, submit);
    expect(again.status).toBe(200);
    expect(again.sent).toHaveLength(0);
    const listed = await post(b, inChannel({ text: 'vilka prenumerationer finns här?' }));
    const text = cardText(cardsOf(listed.sent)[0]);
    expect(text).toContain('Postas varje onsdag kl. 09:30');
    expect(text.match(/Postas varje/g)).toHaveLength(1);
  });

  it('"min HC" set through one is used by the other', async () => {
    const personal = `a:1multi${Date.now()}`;
    const ask = (p: AppProcess, text: string) =>
      post(
        p,
        messageActivity({
          serviceUrl: connector.url,
          text,
          aadObjectId: SAMORDNARE,
          conversationId: personal,
        }),
      );
    const set = await ask(a, 'min HC är Kristineberg');
    expect(cardText(cardsOf(set.sent)[0])).toContain('Kristinebergs hälsocentral');
    const used = await ask(b, 'RUB5 på min HC');
    expect(cardText(cardsOf(used.sent)[0])).toContain('RUB 5 – Kristinebergs hälsocentral');
  });

  it('kill -9 in the middle of 200 channel digests: each exactly once or an honest "unknown", within 2 minutes', async () => {
    // 200 channels due this very minute (Stockholm time), straight into the shared database.
    const now = new Date();
    const local = localParts(now);
    const created = new Date(now.getTime() - 3_600_000).toISOString();
    const channels = Array.from({ length: 200 }, (_, i) => `19:kill-${i}@thread.tacv2`);
    for (const [i, conversationId] of channels.entries()) {
      const sub: Subscription = {
        id: `kill-${i}`,
        conversationId,
        weekday: local.weekday,
        time: `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`,
        scope: { kind: 'region' },
        language: 'sv',
        paused: false,
        createdAt: created,
        updatedAt: created,
        activeFrom: created,
      };
      await new SubscriptionStore(db).create(sub);
      await new ConversationStore(db).remember({
        conversationId,
        kind: 'channel',
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
          bot: { id: '28:nara-bot', name: 'Nära' },
        },
      });
    }
    const started = Date.now();
    const postsTo = (id: string) =>
      connector.sent.filter((s) => s.method === 'POST' && s.conversationId === id).length;
    const total = () => channels.reduce((n, id) => n + postsTo(id), 0);

    // Both send (30 per second between them); A is killed once some 40 digests are out.
    void run(a).catch(() => undefined);
    const fromB = run(b);
    while (total() < 40) await new Promise((r) => setTimeout(r, 20));
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    const restarted = await start();

    // Until nothing is open: A's claims lapse after their lease (5 s here) and are taken over.
    await fromB;
    for (;;) {
      const [open] = await db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM digest_deliveries
         WHERE subscription_id LIKE 'kill-%' AND status IN ('pending', 'claimed', 'sending')`,
      );
      if (open.n === 0) break;
      expect(Date.now() - started).toBeLessThan(120_000);
      await Promise.all([run(b), run(restarted)]);
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const seconds = (Date.now() - started) / 1000;

    const rows = await db.query<{ conversation_id: string; status: string }>(
      `SELECT conversation_id, status FROM digest_deliveries WHERE subscription_id LIKE 'kill-%'`,
    );
    const status = new Map(rows.map((r) => [r.conversation_id, r.status]));
    expect(rows).toHaveLength(200);
    const twice = channels.filter((id) => postsTo(id) > 1);
    const unaccounted = channels.filter(
      (id) =>
        !(
          (postsTo(id) === 1 && status.get(id) === 'sent') ||
          (postsTo(id) <= 1 && status.get(id) === 'unknown')
        ),
    );
    expect(twice).toEqual([]);
    expect(unaccounted).toEqual([]);
    console.log(
      `kill -9 mid fan-out: ${channels.filter((id) => status.get(id) === 'sent').length} sent, ` +
        `${channels.filter((id) => status.get(id) === 'unknown').length} unknown, 0 twice, ` +
        `all settled in ${seconds.toFixed(1)} s`,
    );
  }, 180_000);

  it('a failed write after a post (the database refuses it) never leads to a second post', async () => {
    await db.exec(`
      CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.status = 'sent' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_sent BEFORE UPDATE ON digest_deliveries
        FOR EACH ROW EXECUTE FUNCTION refuse_sent();`);
    try {
      // A subscription of its own, posted once by hand through one instance.
      const sub = { id: 'refused-write' };
      const at = new Date().toISOString();
      await new SubscriptionStore(db).create({
        id: sub.id,
        conversationId: CHANNEL,
        weekday: 3,
        time: '09:30',
        scope: { kind: 'region' },
        language: 'sv',
        paused: false,
        createdAt: at,
        updatedAt: at,
        activeFrom: at,
      });
      await new ConversationStore(db).remember({
        conversationId: CHANNEL,
        kind: 'channel',
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true },
          bot: { id: '28:nara-bot', name: 'Nära' },
        },
      });
      const res = await fetch(`${b.url}/api/digests/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TRIGGER_KEY}` },
        body: JSON.stringify({ subscriptionId: sub.id }),
      });
      expect(res.status).toBe(200);
      const posts = () =>
        connector.sent.filter((s) => s.method === 'POST' && s.conversationId === CHANNEL).length;
      const after = posts();
      expect(after).toBe(1);
      // Ticks on both instances, past the lease: the digest is not posted again.
      for (let i = 0; i < 4; i++) {
        await Promise.all(processes.filter((p) => !p.exited()).map((p) => run(p)));
        await new Promise((r) => setTimeout(r, 2_000));
      }
      expect(posts()).toBe(after);
      const [row] = await db.query<{ status: string }>(
        `SELECT status FROM digest_deliveries WHERE subscription_id = $1 AND manual`,
        [sub.id],
      );
      expect(row.status).toBe('unknown');
    } finally {
      await db.exec('DROP TRIGGER refuse_sent ON digest_deliveries; DROP FUNCTION refuse_sent()');
    }
  }, 60_000);
});
