import pino from 'pino';
import type { Activity } from 'botbuilder';
import { DatabaseAuditLog, readAuditLog, verifyAuditChain } from '../../src/access/auditLog';
import type { View } from '../../src/cards/cardModels';
import { ConversationStore } from '../../src/digest/conversationReferences';
import { DigestScheduler } from '../../src/digest/digestScheduler';
import { Pacer } from '../../src/digest/pacer';
import { SharedPacer } from '../../src/digest/sharedPacer';
import { SubscriptionStore, type Subscription } from '../../src/digest/subscriptions';
import type { Database } from '../../src/state/database';
import { loadMigrations, migrate, SchemaTooNewError } from '../../src/state/migrate';
import { openDatabase } from '../../src/state/openDatabase';
import { digestData } from '../digest/digestTestData';
import { describeWithPostgres, freshDatabase, type FreshDatabase } from '../support/postgres';

// The state layer on a real PostgreSQL server: what several instances of the bot share. Each
// "instance" here is a pool of its own, as a second process would have.

const log = pino({ level: 'silent' });
const open = (url: string) =>
  openDatabase({ DATABASE_URL: url, DATABASE_POOL_SIZE: 5, DATA_DIR: 'unused' });

describeWithPostgres('PostgreSQL server: two instances on one database', () => {
  let fresh: FreshDatabase;
  let a: Database;
  let b: Database;

  beforeAll(async () => {
    fresh = await freshDatabase();
    // Both instances start at once: the migrations run once, under the advisory lock.
    [a, b] = await Promise.all([open(fresh.url), open(fresh.url)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await fresh?.drop();
  });

  it('applied each migration once, and refuses a start against a newer schema', async () => {
    const rows = await a.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    await a.query(`INSERT INTO schema_migrations (version, name) VALUES (999, 'from_the_future')`);
    try {
      await expect(migrate(b)).rejects.toThrow(SchemaTooNewError);
      const known = Math.max(...loadMigrations().map((m) => m.version));
      await expect(migrate(b)).rejects.toThrow(
        new RegExp(`version 999.*knows versions up to ${known}\\b`),
      );
    } finally {
      await a.query('DELETE FROM schema_migrations WHERE version = 999');
    }
  });

  it('keeps one audit chain when both instances append at once; the database refuses changes', async () => {
    const record = (n: number) => ({
      time: new Date(Date.UTC(2023, 3, 1, 8, 0, n)).toISOString(),
      event: 'patientList' as const,
      user: { aadObjectId: '00000000-0000-4000-8000-000000000109' },
      conversation: 'personal' as const,
      conversationId: 'a:1-personal',
      unitId: 'hc-gripen',
      filter: { level: 5, withoutFastLakarkontakt: true },
      period: '2023-03',
      page: n,
      total: 45,
      refs: [`P-${String(n).padStart(5, '0')}`],
    });
    const logs = [new DatabaseAuditLog(a), new DatabaseAuditLog(b)];
    await Promise.all(Array.from({ length: 40 }, (_, i) => logs[i % 2].append(record(i))));
    expect(await readAuditLog(a)).toHaveLength(40);
    expect(await verifyAuditChain(b)).toMatchObject({ ok: true, records: 40 });
    await expect(a.query(`UPDATE audit_log SET total = 0`)).rejects.toThrow();
    await expect(b.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow();
    await expect(a.query('TRUNCATE audit_log')).rejects.toThrow();
  });

  it('sends each of 60 digests exactly once from two schedulers', async () => {
    const now = new Date('2024-05-06T06:00:00.000Z'); // Monday 08:00 in Stockholm
    const sent: string[] = [];
    const scheduler = (db: Database, instanceId: string) =>
      new DigestScheduler({
        db,
        sender: {
          send: async (ref, _activity, ready) => {
            if (ready && !(await ready())) {
              return { ok: false, attempts: 0, retryable: false, reason: 'stood down' };
            }
            await new Promise((r) => setTimeout(r, 5));
            sent.push(ref.conversation.id);
            return { ok: true, activityId: `x-${sent.length}`, attempts: 1 };
          },
        },
        data: async () => digestData(),
        toActivity: (view: View) => view as unknown as Partial<Activity>,
        log,
        clock: () => now,
        instanceId,
        smallCountThreshold: 5,
        concurrency: 8,
      });
    for (let i = 0; i < 60; i++) {
      const sub: Subscription = {
        id: `pg-${i}`,
        conversationId: `19:pg-${i}@thread.tacv2`,
        weekday: 1,
        time: '08:00',
        scope: { kind: 'region' },
        language: 'sv',
        paused: false,
        createdAt: '2024-05-01T10:00:00.000Z',
        updatedAt: '2024-05-01T10:00:00.000Z',
        activeFrom: '2024-05-01T10:00:00.000Z',
      };
      await new SubscriptionStore(a).create(sub);
      await new ConversationStore(a).remember({
        conversationId: sub.conversationId,
        kind: 'channel',
        reference: {
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9',
          conversation: { id: sub.conversationId, conversationType: 'channel' },
          bot: { id: '28:nara-bot' },
        },
      });
    }
    const reports = await Promise.all([scheduler(a, 'a').tick(), scheduler(b, 'b').tick()]);
    expect(reports[0].sent + reports[1].sent).toBe(60);
    expect(reports[0].sent).toBeGreaterThan(0); // both did work
    expect(reports[1].sent).toBeGreaterThan(0);
    expect(sent).toHaveLength(60);
    expect(new Set(sent).size).toBe(60);
  });

  it('paces both instances together: never more than the limit in any window', async () => {
    const rate = { limit: 10, windowMs: 1_000 };
    const pacer = (db: Database) =>
      new SharedPacer(
        db,
        new Pacer({ overall: rate, perConversation: { limit: 100, windowMs: 1_000 } }),
        rate,
        log,
      );
    const [pa, pb] = [pacer(a), pacer(b)];
    const arrivals: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const release = await (i % 2 === 0 ? pa : pb).acquire(`19:c-${i}@thread.tacv2`);
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 30)); // the request
        arrivals.push(Date.now());
        release();
      }),
    );
    const elapsed = Date.now() - started;
    arrivals.sort((x, y) => x - y);
    const most = Math.max(
      ...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length),
    );
    expect(most).toBeLessThanOrEqual(rate.limit);
    // 30 requests at 10 per second: at least two full windows.
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
  });
});
