import pino from 'pino';
import type { Activity } from 'botbuilder';
import type { View } from '../../src/cards/cardModels';
import { ConversationStore, type StoredReference } from '../../src/digest/conversationReferences';
import { DigestScheduler, decide, type SchedulerHooks } from '../../src/digest/digestScheduler';
import type { SendOutcome } from '../../src/digest/digestSender';
import {
  DeliveryStore,
  SubscriptionStore,
  type Subscription,
} from '../../src/digest/subscriptions';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { testDatabase } from '../support/pgliteTemplate';
import { digestData } from './digestTestData';

// The scheduler on a real (embedded) PostgreSQL, with a recording sender and a clock the test moves.

const MONDAY_0800 = '2024-05-06T06:00:00.000Z'; // 08:00 CEST
const MINUTE = 60_000;

type Sent = { conversationId: string; view: View };

function subscription(id: string, overrides: Partial<Subscription> = {}): Subscription {
  return {
    id,
    conversationId: `19:${id}@thread.tacv2`,
    teamId: '19:team@thread.tacv2',
    weekday: 1,
    time: '08:00',
    scope: { kind: 'region' },
    language: 'sv',
    paused: false,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    activeFrom: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

function reference(conversationId: string): StoredReference {
  return {
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
    bot: { id: '28:nara-bot' },
  };
}

describe('DigestScheduler', () => {
  let db: PgliteDatabase;
  let now: Date;
  let sent: Sent[];
  let failures: SendOutcome[];
  const clock = () => now;

  beforeAll(async () => (db = await testDatabase()));
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.exec('DELETE FROM digest_subscriptions; DELETE FROM conversations');
    now = new Date(MONDAY_0800);
    sent = [];
    failures = [];
  });

  function scheduler(instanceId: string, hooks?: SchedulerHooks) {
    return new DigestScheduler({
      db,
      sender: {
        // Like DigestSender: the scheduler's last check (its fence) comes right before the post.
        send: async (
          ref: StoredReference,
          activity: Partial<Activity>,
          ready?: () => Promise<boolean>,
        ): Promise<SendOutcome> => {
          if (ready && !(await ready())) {
            return {
              ok: false,
              attempts: 0,
              retryable: false,
              reason: 'stood down',
              stoodDown: true,
            };
          }
          const failure = failures.shift();
          if (failure) return failure;
          sent.push({ conversationId: ref.conversation.id, view: activity as unknown as View });
          return { ok: true, activityId: `activity-${sent.length}`, attempts: 1 };
        },
      },
      data: async () => digestData(),
      toActivity: (view) => view as unknown as Partial<Activity>,
      log: pino({ level: 'silent' }),
      clock,
      instanceId,
      smallCountThreshold: 5,
      hooks,
    });
  }

  async function seed(...subs: Subscription[]) {
    for (const sub of subs) {
      await new SubscriptionStore(db).create(sub);
      await new ConversationStore(db, clock).remember({
        conversationId: sub.conversationId,
        kind: 'channel',
        teamId: sub.teamId,
        reference: reference(sub.conversationId),
      });
    }
  }

  const stored = (id: string) => new SubscriptionStore(db).get(id);
  const deliveries = async (sub: Subscription) =>
    new DeliveryStore(db).forConversation(sub.conversationId, sub.id);

  it('sends at the chosen time, once', async () => {
    const sub = subscription('a');
    await seed(sub);
    const s = scheduler('one');
    now = new Date(Date.parse(MONDAY_0800) - MINUTE);
    expect((await s.tick()).sent).toBe(0);
    now = new Date(MONDAY_0800);
    expect(await s.tick()).toMatchObject({ due: 1, sent: 1 });
    now = new Date(Date.parse(MONDAY_0800) + 5 * MINUTE);
    expect((await s.tick()).due).toBe(0);
    expect(sent).toHaveLength(1);
    const [delivery] = await deliveries(sub);
    expect(delivery).toMatchObject({
      status: 'sent',
      dueAt: MONDAY_0800,
      period: '2023-03',
      activityId: 'activity-1',
      attempts: 1,
    });
    expect(await stored('a')).toMatchObject({ lastDueAt: MONDAY_0800 });
    expect(delivery.claimedBy).toBeUndefined();
    expect(sent[0].view).toMatchObject({ card: 'digest' });
  });

  it('two instances on one database send each digest exactly once', async () => {
    const subs = Array.from({ length: 12 }, (_, i) => subscription(`s${i}`));
    await seed(...subs);
    const [a, b] = [scheduler('a'), scheduler('b')];
    const reports = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((x) => x.conversationId)).size).toBe(12);
  });

  it('a crash between claim and post: another instance sends once when the lease has run out', async () => {
    const sub = subscription('crash');
    await seed(sub);
    let release: () => void = () => undefined;
    const frozen = new Promise<void>((resolve) => (release = resolve));
    const a = scheduler('a', { afterClaim: () => frozen });
    const stuck = a.tick();
    // A has claimed and stopped (as if the process hung).
    for (let i = 0; i < 200 && (await deliveries(sub))[0]?.status !== 'claimed'; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'claimed', claimedBy: 'a' });

    const b = scheduler('b');
    expect((await b.tick()).sent).toBe(0); // the claim still holds
    now = new Date(Date.parse(MONDAY_0800) + 2 * MINUTE);
    expect((await b.tick()).sent).toBe(1);

    // A wakes up long after: its claim is gone, it stands down.
    release();
    expect(await stuck).toMatchObject({ sent: 0, busy: 1 });
    expect(sent).toHaveLength(1);
    expect(await b.tick()).toMatchObject({ due: 0, sent: 0 });
  });

  it('a crash after the post: never posted again, "unknown", and the next digest says so once', async () => {
    const sub = subscription('unsure');
    await seed(sub);
    // The process dies right after Teams accepted the post, before recording it.
    const a = scheduler('a', {
      afterPost: () => new Promise<void>(() => undefined),
    });
    void a.tick();
    for (let i = 0; i < 200 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sent).toHaveLength(1);
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'sending', claimedBy: 'a' });

    const b = scheduler('b');
    now = new Date(Date.parse(MONDAY_0800) + 2 * MINUTE);
    expect(await b.tick()).toMatchObject({ unknown: 1, sent: 0 });
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'unknown', reported: false });
    expect(sent).toHaveLength(1);

    // A week later: one digest, which says the last one may not have arrived; then no more.
    now = new Date(Date.parse(MONDAY_0800) + 7 * 24 * 60 * MINUTE);
    expect((await b.tick()).sent).toBe(1);
    const view = sent[1].view;
    expect(view.card === 'digest' && view.data.notice).toContain('6 maj kl. 08:00');
    expect(view.card === 'digest' && view.data.notice).toContain('kan ha uteblivit');
    now = new Date(Date.parse(MONDAY_0800) + 14 * 24 * 60 * MINUTE);
    expect((await b.tick()).sent).toBe(1);
    const third = sent[2].view;
    expect(third.card === 'digest' && third.data.notice).toBeUndefined();
  });

  it('a post that may have arrived (a 504) is recorded "unknown", never posted again', async () => {
    const sub = subscription('gateway');
    await seed(sub);
    failures.push({
      ok: false,
      attempts: 1,
      retryable: false,
      reason: 'http 504',
      status: 504,
      ambiguous: true,
    });
    const s = scheduler('a');
    expect(await s.tick()).toMatchObject({ unknown: 1, sent: 0 });
    for (let minute = 1; minute <= 3; minute++) {
      now = new Date(Date.parse(MONDAY_0800) + minute * MINUTE);
      expect((await s.tick()).sent).toBe(0);
    }
    expect(sent).toHaveLength(0);
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'unknown', reported: false });
  });

  it('a failed write after a successful post never posts a second time', async () => {
    const sub = subscription('diskfull');
    await seed(sub);
    // The database refuses to record 'sent' (a full disk, a lost connection): a trigger says no.
    await db.exec(`
      CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.status = 'sent' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_sent BEFORE UPDATE ON digest_deliveries
        FOR EACH ROW EXECUTE FUNCTION refuse_sent();`);
    try {
      const s = scheduler('a');
      expect(await s.tick()).toMatchObject({ sent: 0, failed: 1 });
      expect(sent).toHaveLength(1);
      for (let minute = 1; minute <= 5; minute++) {
        now = new Date(Date.parse(MONDAY_0800) + minute * MINUTE);
        await s.tick();
        await scheduler('b').tick();
      }
      expect(sent).toHaveLength(1);
      expect((await deliveries(sub))[0]).toMatchObject({ status: 'unknown' });
    } finally {
      await db.exec('DROP TRIGGER refuse_sent ON digest_deliveries; DROP FUNCTION refuse_sent()');
    }
  });

  it('after downtime: a digest missed by less than 24 h is sent once, an older one skipped and recorded', async () => {
    const recent = subscription('recent');
    const old = subscription('old', { weekday: 7, time: '07:00' }); // Sunday 07:00: 25 h before
    await seed(recent, old);
    now = new Date(Date.parse(MONDAY_0800) + 23 * 60 * MINUTE);
    const report = await scheduler('x').tick();
    expect(report).toMatchObject({ sent: 1, skipped: 1 });
    expect(sent.map((s) => s.conversationId)).toEqual([recent.conversationId]);
    expect(await deliveries(old)).toEqual([
      expect.objectContaining({ status: 'skipped', dueAt: '2024-05-05T05:00:00.000Z' }),
    ]);
    expect((await scheduler('x').tick()).due).toBe(0);
  });

  it('a failed post is retried on the next tick, then reported in the next digest', async () => {
    const sub = subscription('flaky');
    await seed(sub);
    const s = scheduler('x');
    const fail: SendOutcome = { ok: false, attempts: 6, retryable: true, reason: 'http 502' };
    failures.push(fail, fail);
    expect((await s.tick()).failed).toBe(1);
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'pending', ticks: 1 });
    // Not again within the same minute.
    expect((await s.tick()).failed).toBe(0);
    now = new Date(Date.parse(MONDAY_0800) + MINUTE);
    expect((await s.tick()).failed).toBe(1);
    expect((await deliveries(sub))[0]).toMatchObject({
      status: 'failed',
      ticks: 2,
      attempts: 12,
      reported: false,
    });
    now = new Date(Date.parse(MONDAY_0800) + 2 * MINUTE);
    expect(await s.tick()).toMatchObject({ due: 0, sent: 0 });

    now = new Date(Date.parse(MONDAY_0800) + 7 * 24 * 60 * MINUTE);
    expect((await s.tick()).sent).toBe(1);
    const view = sent[0].view;
    expect(view.card === 'digest' && view.data.notice).toContain('6 maj kl. 08:00');
    expect((await deliveries(sub)).find((d) => d.status === 'failed')).toMatchObject({
      reported: true,
    });
  });

  it('does not send what fell due before the subscription existed, or while paused', async () => {
    const late = subscription('late', { activeFrom: '2024-05-06T07:00:00.000Z' });
    const paused = subscription('paused', { paused: true });
    await seed(late, paused);
    now = new Date('2024-05-06T07:30:00.000Z');
    expect((await scheduler('x').tick()).due).toBe(0);
    expect(
      decide(late, new Date('2024-05-13T06:00:00.000Z'), { catchUpMs: 86_400_000 }),
    ).toMatchObject({
      kind: 'send',
      dueAt: '2024-05-13T06:00:00.000Z',
    });
  });

  it('sends one subscription now on request (manual), without moving its schedule', async () => {
    const sub = subscription('manual');
    await seed(sub);
    now = new Date('2024-05-08T10:00:30.000Z');
    expect(await scheduler('x').runOne('manual')).toMatchObject({ sent: 1 });
    expect(await scheduler('x').runOne('missing')).toBeUndefined();
    expect((await stored('manual'))?.lastDueAt).toBeUndefined();
    expect((await deliveries(sub))[0]).toMatchObject({
      status: 'sent',
      manual: true,
      dueAt: '2024-05-08T10:00:00.000Z',
    });
  });

  it('the manual trigger never takes over a delivery another instance is working on', async () => {
    const sub = subscription('held');
    await seed(sub);
    let release: () => void = () => undefined;
    const frozen = new Promise<void>((resolve) => (release = resolve));
    const a = scheduler('a', { afterClaim: () => frozen });
    const scheduled = a.tick();
    for (let i = 0; i < 200 && (await deliveries(sub))[0]?.status !== 'claimed'; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await scheduler('b').runOne('held')).toMatchObject({ sent: 0, busy: 1 });
    release();
    expect((await scheduled).sent).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('stop() hands back claims not yet posted, so another instance resumes at once', async () => {
    const subs = Array.from({ length: 3 }, (_, i) => subscription(`stop${i}`));
    await seed(...subs);
    let release: () => void = () => undefined;
    const frozen = new Promise<void>((resolve) => (release = resolve));
    const a = scheduler('a', { afterClaim: () => frozen });
    const running = a.tick();
    for (let i = 0; i < 200; i++) {
      const open = await db.query(`SELECT 1 FROM digest_deliveries WHERE claimed_by = 'a'`);
      if (open.length === 3) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await a.stop(50); // the frozen posts do not finish in time: their claims are handed back
    expect(await scheduler('b').tick()).toMatchObject({ sent: 3 });
    release();
    expect((await running).sent).toBe(0);
    expect(sent).toHaveLength(3);
  });
});
