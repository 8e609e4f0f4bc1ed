import { Cron } from 'croner';
import type { Activity } from 'botbuilder';
import type { View } from '../cards/cardModels';
import type { Logger } from '../log';
import type { Database } from '../state/database';
import { inDigestRunSpan } from '../telemetry/telemetry';
import { ConversationStore } from './conversationReferences';
import type { DigestData } from './digestData';
import { composeDigest } from './digestComposer';
import type { DigestSender, SendOutcome } from './digestSender';
import { describeSchedule, formatSlot } from './digestText';
import { latestSlot, parseWallTime } from './schedule';
import {
  DELIVERY_COLUMNS,
  deliveriesOf,
  SUBSCRIPTION_COLUMNS,
  SubscriptionStore,
  subscriptionsOf,
  type Delivery,
  type DeliveryRow,
  type Subscription,
  type SubscriptionRow,
} from './subscriptions';

// Weekly digests as a job queue on PostgreSQL (table digest_deliveries, the outbox):
// 1. plan: each due slot of each subscription becomes one delivery row (a conditional update of
//    the subscription's cursor in the same transaction, so two instances never plan it twice);
// 2. claim: workers take pending rows with FOR UPDATE SKIP LOCKED, each claim with a lease that
//    its holder renews while it works and releases on shutdown;
// 3. post: the row is marked 'sending' (only while the claim is still ours: fencing) before the
//    post, and 'sent' with Teams' activity id after it. Teams has no idempotency key, so a
//    'sending' row whose holder died is never posted again: it becomes 'unknown', and the
//    channel's next digest says so once.

export type SchedulerHooks = {
  /** Right after a row was claimed (tests stop here to simulate a crash). */
  afterClaim?: (delivery: Delivery) => Promise<void>;
  /** Right after Teams accepted a post, before it is recorded. */
  afterPost?: (delivery: Delivery) => Promise<void>;
};

export type SchedulerOptions = {
  db: Database;
  sender: Pick<DigestSender, 'send'>;
  data: () => Promise<DigestData>;
  toActivity: (view: View) => Partial<Activity>;
  log: Logger;
  clock: () => Date;
  instanceId: string;
  smallCountThreshold: number;
  /** How long a claim holds without renewal; a crash costs at most this. */
  leaseMs?: number;
  /** A slot missed for longer than this (downtime) is skipped and recorded, not sent late. */
  catchUpMs?: number;
  /** Ticks a failed post is tried on before it is given up and reported in the next digest. */
  maxTicks?: number;
  /** Deliveries worked on at once by this instance (the pacer keeps the request rate). */
  concurrency?: number;
  /** How often the schedule runs (cron); default every minute. */
  cron?: string;
  hooks?: SchedulerHooks;
};

export type TickReport = {
  due: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Claimed by another instance, or a claim lost before the post. */
  busy: number;
  /** Posts whose outcome is unknown (their holder stopped mid-post), found this tick. */
  unknown: number;
  error?: string;
};

type Decision = { kind: 'send' | 'skip'; dueAt: string };

const MINUTE = 60_000;
const KEEP_DELIVERIES = 26;

/** Whether a subscription has a slot to plan now, and which. Pure. */
export function decide(
  sub: Subscription,
  now: Date,
  options: { catchUpMs: number },
): Decision | undefined {
  if (sub.paused) return undefined;
  const time = parseWallTime(sub.time);
  if (!time) return undefined;
  const slot = latestSlot(now, sub.weekday, time);
  if (slot.getTime() < Date.parse(sub.activeFrom)) return undefined;
  if (sub.lastDueAt && slot.getTime() <= Date.parse(sub.lastDueAt)) return undefined;
  const late = now.getTime() - slot.getTime();
  return { kind: late > options.catchUpMs ? 'skip' : 'send', dueAt: slot.toISOString() };
}

const emptyReport = (): TickReport => ({
  due: 0,
  sent: 0,
  skipped: 0,
  failed: 0,
  busy: 0,
  unknown: 0,
});

async function retried<T>(work: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, delayMs * attempt));
    }
  }
}

export class DigestScheduler {
  private readonly subscriptions: SubscriptionStore;
  private readonly conversations: ConversationStore;
  private readonly leaseMs: number;
  private readonly catchUpMs: number;
  private readonly maxTicks: number;
  private readonly concurrency: number;
  private cron?: Cron;
  private running: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Deliveries this instance is working on now: the only claims its heartbeat keeps alive. */
  private readonly working = new Set<number>();
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly options: SchedulerOptions) {
    this.subscriptions = new SubscriptionStore(options.db);
    this.conversations = new ConversationStore(options.db);
    this.leaseMs = options.leaseMs ?? MINUTE;
    this.catchUpMs = options.catchUpMs ?? 24 * 60 * MINUTE;
    this.maxTicks = options.maxTicks ?? 2;
    this.concurrency = options.concurrency ?? 32;
  }

  private get db(): Database {
    return this.options.db;
  }

  private get me(): string {
    return this.options.instanceId;
  }

  /** Runs the schedule (and once now, to catch up after downtime) and renews this instance's claims. */
  start(): void {
    if (this.cron) return;
    this.stopping = false;
    this.cron = new Cron(this.options.cron ?? '* * * * *', { protect: true }, async () => {
      await this.tick().catch((error: Error) =>
        this.options.log.error(
          { event: 'digestTick', errorType: error.name },
          'digest tick failed',
        ),
      );
    });
    this.heartbeat = setInterval(() => void this.renewClaims(), Math.max(1_000, this.leaseMs / 3));
    this.heartbeat.unref();
    void this.cron.trigger();
  }

  /**
   * Stops taking work, lets posts in flight finish (bounded), and hands back every claim this
   * instance holds but has not started to post, so another instance resumes at once.
   */
  async stop(waitMs = 5_000): Promise<void> {
    this.stopping = true;
    this.cron?.stop();
    this.cron = undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((r) => (timer = setTimeout(r, waitMs)));
    await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
    clearTimeout(timer);
    clearInterval(this.heartbeat);
    await this.releaseClaims().catch((error: Error) =>
      this.options.log.warn(
        { event: 'digestRelease', errorType: error.name },
        'could not release digest claims',
      ),
    );
  }

  /** Plans and sends what is due (ticks of one instance never overlap). */
  tick(): Promise<TickReport> {
    return this.serialized(() => inDigestRunSpan('schedule', () => this.runTick()));
  }

  /**
   * Sends one subscription's digest now, due or not (the HTTP trigger). Refused (busy) while a
   * delivery of it is open anywhere: the trigger never races a scheduled post.
   */
  runOne(subscriptionId: string): Promise<TickReport | undefined> {
    return inDigestRunSpan('trigger', () => this.runOneNow(subscriptionId));
  }

  private async runOneNow(subscriptionId: string): Promise<TickReport | undefined> {
    const report = emptyReport();
    const now = this.options.clock();
    const dueAt = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
    const claimed = await this.db.transaction(async (tx) => {
      const subs = subscriptionsOf(
        await tx.query<SubscriptionRow>(
          `SELECT ${SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE id = $1 FOR UPDATE`,
          [subscriptionId],
        ),
      );
      if (subs.length === 0) return undefined;
      const open = await tx.query(
        `SELECT 1 FROM digest_deliveries
         WHERE subscription_id = $1 AND status IN ('pending', 'claimed', 'sending') LIMIT 1`,
        [subscriptionId],
      );
      if (open.length > 0) return [];
      return deliveriesOf(
        await tx.query<DeliveryRow>(
          `INSERT INTO digest_deliveries (subscription_id, conversation_id, due_at, manual, status,
             claimed_by, lease_until, created_at, updated_at)
           VALUES ($1, $2, $3, true, 'claimed', $4, $5, $6, $6)
           ON CONFLICT (subscription_id, due_at, manual) DO NOTHING
           RETURNING ${DELIVERY_COLUMNS}`,
          [subscriptionId, subs[0].conversationId, dueAt, this.me, this.leaseEnd(now), now],
        ),
      );
    });
    if (claimed === undefined) return undefined;
    const [delivery] = claimed;
    if (!delivery) {
      report.busy++;
      return report;
    }
    report.due = 1;
    const data = await this.options.data();
    await this.track(this.process(delivery, data, report));
    return report;
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.running.then(work, work);
    this.running = run.catch(() => undefined);
    return run;
  }

  private leaseEnd(now: Date): Date {
    return new Date(now.getTime() + this.leaseMs);
  }

  private async track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async runTick(): Promise<TickReport> {
    const report = emptyReport();
    if (this.stopping) return report;
    const started = Date.now();
    report.unknown = await this.recoverExpired();
    report.due = await this.plan(report);
    const pending = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM digest_deliveries
       WHERE status = 'pending' AND coalesce(retry_at, due_at) <= $1`,
      [this.options.clock()],
    );
    if ((pending[0]?.n ?? 0) === 0) return report;
    let data: DigestData;
    try {
      data = await this.options.data();
    } catch (error) {
      // Nothing claimed: the next tick tries again.
      this.options.log.warn(
        { event: 'digestTick', errorType: (error as Error).name },
        'digest data unavailable',
      );
      return { ...report, error: 'data unavailable' };
    }
    const worker = async () => {
      while (!this.stopping) {
        const delivery = await this.claimNext();
        if (!delivery) return;
        await this.track(this.process(delivery, data, report));
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    this.options.log.info(
      { event: 'digestTick', ...report, ms: Date.now() - started },
      'digest tick',
    );
    return report;
  }

  /** Claims whose lease ran out: 'claimed' goes back to pending, 'sending' becomes unknown. */
  private async recoverExpired(): Promise<number> {
    const rows = await this.db.query<{ status: string }>(
      `UPDATE digest_deliveries
       SET status = CASE status WHEN 'claimed' THEN 'pending' ELSE 'unknown' END,
           error = CASE status WHEN 'sending' THEN 'stopped during the post' ELSE error END,
           claimed_by = NULL, lease_until = NULL, updated_at = $1
       WHERE status IN ('claimed', 'sending') AND lease_until < $1
       RETURNING status`,
      [this.options.clock()],
    );
    const unknown = rows.filter((r) => r.status === 'unknown').length;
    if (unknown > 0) {
      this.options.log.warn(
        { event: 'digestDelivery', outcome: 'unknown', count: unknown },
        'digest posts with unknown outcome (holder stopped mid-post)',
      );
    }
    return unknown;
  }

  /** One delivery row per due slot; a slot missed by more than the catch-up window is skipped. */
  private async plan(report: TickReport): Promise<number> {
    const now = this.options.clock();
    let due = 0;
    for (const sub of await this.subscriptions.active()) {
      const decision = decide(sub, now, { catchUpMs: this.catchUpMs });
      if (!decision) continue;
      const planned = await this.db.transaction(async (tx) => {
        const moved = await tx.query(
          `UPDATE digest_subscriptions SET last_due_at = $2
           WHERE id = $1 AND NOT paused AND (last_due_at IS NULL OR last_due_at < $2)
           RETURNING id`,
          [sub.id, decision.dueAt],
        );
        if (moved.length === 0) return false;
        const skipped = decision.kind === 'skip';
        await tx.query(
          `INSERT INTO digest_deliveries (subscription_id, conversation_id, due_at, status, error,
             created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6)
           ON CONFLICT (subscription_id, due_at, manual) DO NOTHING`,
          [
            sub.id,
            sub.conversationId,
            decision.dueAt,
            skipped ? 'skipped' : 'pending',
            skipped ? 'missed by more than the catch-up window' : null,
            now,
          ],
        );
        return true;
      });
      if (!planned) continue;
      due++;
      if (decision.kind === 'skip') {
        report.skipped++;
        this.log('skipped', sub.id, decision.dueAt);
      }
    }
    return due;
  }

  /** The next pending delivery, claimed for this instance (never one another instance holds). */
  private async claimNext(): Promise<Delivery | undefined> {
    const now = this.options.clock();
    const rows = await this.db.query<DeliveryRow>(
      `UPDATE digest_deliveries SET status = 'claimed', claimed_by = $1, lease_until = $2,
         updated_at = $3
       WHERE id = (
         SELECT id FROM digest_deliveries
         WHERE status = 'pending' AND coalesce(retry_at, due_at) <= $3
         ORDER BY due_at, id LIMIT 1
         FOR UPDATE SKIP LOCKED)
       RETURNING ${DELIVERY_COLUMNS}`,
      [this.me, this.leaseEnd(now), now],
    );
    return deliveriesOf(rows)[0];
  }

  /** Keeps this instance's claims alive while it works (a paused process's claims still lapse). */
  private async renewClaims(): Promise<void> {
    if (this.working.size === 0) return;
    const now = this.options.clock();
    await this.db
      .query(
        `UPDATE digest_deliveries SET lease_until = $2
         WHERE claimed_by = $1 AND status IN ('claimed', 'sending') AND lease_until >= $3
           AND id = ANY($4)`,
        [this.me, this.leaseEnd(now), now, [...this.working]],
      )
      .catch((error: Error) =>
        this.options.log.warn(
          { event: 'digestRenew', errorType: error.name },
          'could not renew digest claims',
        ),
      );
  }

  /** Hands back claims not yet being posted (shutdown). */
  private async releaseClaims(): Promise<void> {
    const rows = await this.db.query(
      `UPDATE digest_deliveries SET status = 'pending', claimed_by = NULL, lease_until = NULL,
         updated_at = $2
       WHERE claimed_by = $1 AND status = 'claimed' RETURNING id`,
      [this.me, this.options.clock()],
    );
    if (rows.length > 0) {
      this.options.log.info(
        { event: 'digestRelease', released: rows.length },
        'digest claims handed back',
      );
    }
  }

  /** Compose → fence ('sending') → post → record. Never throws: failures are recorded. */
  private async process(delivery: Delivery, data: DigestData, report: TickReport): Promise<void> {
    // A delivery left 'sending' (posted, record refused) is no longer worked on: its lease
    // lapses and the next tick marks it unknown.
    this.working.add(delivery.id);
    try {
      await this.options.hooks?.afterClaim?.(delivery);
      await this.deliver(delivery, data, report);
    } catch (error) {
      report.failed++;
      this.options.log.error(
        {
          event: 'digestDelivery',
          subscriptionId: delivery.subscriptionId,
          errorType: (error as Error).name,
        },
        'digest delivery error',
      );
    } finally {
      this.working.delete(delivery.id);
    }
  }

  private async deliver(delivery: Delivery, data: DigestData, report: TickReport): Promise<void> {
    const sub = await this.subscriptions.get(delivery.subscriptionId);
    if (!sub) return; // unsubscribed meanwhile: the row went with it
    if (sub.paused && !delivery.manual) {
      await this.finish(delivery, 'claimed', { status: 'skipped', error: 'paused' });
      report.skipped++;
      return;
    }
    const conversation = await this.conversations.get(sub.conversationId);
    if (!conversation) {
      await this.finish(delivery, 'claimed', {
        status: 'failed',
        error: 'no conversation reference',
      });
      report.failed++;
      this.log('failed', sub.id, delivery.dueAt, 0, 'no conversation reference');
      return;
    }

    const earlier = await this.unreported(sub.id, delivery.id);
    const view: View = {
      card: 'digest',
      data: composeDigest({
        data,
        scope: sub.scope,
        language: sub.language,
        rule: { threshold: this.options.smallCountThreshold },
        schedule: describeSchedule(sub, sub.language),
        failedSlots: earlier.filter((d) => d.status === 'failed').map((d) => d.dueAt),
        uncertainSlots: earlier.filter((d) => d.status === 'unknown').map((d) => d.dueAt),
        formatSlot: (at) => formatSlot(at, sub.language),
      }),
    };

    // Fencing, once the pace allows the post and right before it: only a claim that is still
    // ours and still valid is marked 'sending' (waiting for the pace does not count as sending).
    const fence = async (): Promise<boolean> => {
      const now = this.options.clock();
      const fenced = await this.db.query(
        `UPDATE digest_deliveries SET status = 'sending', lease_until = $3, updated_at = $2,
           period = $4
         WHERE id = $1 AND claimed_by = $5 AND status = 'claimed' AND lease_until > $2
         RETURNING id`,
        [delivery.id, now, this.leaseEnd(now), data.period, this.me],
      );
      return fenced.length > 0;
    };
    const outcome = await this.options.sender.send(
      conversation.reference,
      this.options.toActivity(view),
      fence,
    );
    if (!outcome.ok && outcome.stoodDown) {
      report.busy++;
      this.log('stoodDown', sub.id, delivery.dueAt);
      return;
    }
    if (!outcome.ok && outcome.ambiguous) {
      // The post may be in the channel: never posted again, reported once in the next digest.
      await this.finish(delivery, 'sending', {
        status: 'unknown',
        error: outcome.reason.slice(0, 200),
        attempts: outcome.attempts,
        ticks: 1,
      });
      report.unknown++;
      this.log('unknown', sub.id, delivery.dueAt, outcome.attempts, outcome.reason);
      return;
    }
    if (!outcome.ok) {
      await this.recordFailure(delivery, outcome, report);
      return;
    }
    await this.options.hooks?.afterPost?.(delivery);
    // Teams has the post: record it, insisting. If the record cannot be written the row stays
    // 'sending' and becomes 'unknown' when the lease lapses: never posted a second time.
    await retried(
      () =>
        this.db.transaction(async (tx) => {
          const at = this.options.clock();
          await tx.query(
            `UPDATE digest_deliveries SET status = 'sent', activity_id = $2, sent_at = $3,
               attempts = attempts + $4, ticks = ticks + 1, updated_at = $3,
               claimed_by = NULL, lease_until = NULL, error = NULL
             WHERE id = $1`,
            [delivery.id, outcome.activityId ?? null, at, outcome.attempts],
          );
          if (earlier.length > 0) {
            await tx.query('UPDATE digest_deliveries SET reported = true WHERE id = ANY($1)', [
              earlier.map((d) => d.id),
            ]);
          }
        }),
      5,
      200,
    ).catch((error: Error) => {
      this.options.log.error(
        { event: 'digestDelivery', subscriptionId: sub.id, errorType: error.name },
        'digest posted but not recorded; it will be reported as unknown, never posted again',
      );
      throw error;
    });
    await this.prune(sub.id).catch(() => undefined);
    report.sent++;
    this.log('sent', sub.id, delivery.dueAt, outcome.attempts);
  }

  /** Failed or unknown deliveries of a subscription not yet mentioned in a digest. */
  private async unreported(subscriptionId: string, except: number): Promise<Delivery[]> {
    return deliveriesOf(
      await this.db.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM digest_deliveries
         WHERE subscription_id = $1 AND id <> $2 AND NOT reported AND NOT manual
           AND status IN ('failed', 'unknown')
         ORDER BY due_at DESC LIMIT 20`,
        [subscriptionId, except],
      ),
    );
  }

  private async recordFailure(
    delivery: Delivery,
    outcome: Extract<SendOutcome, { ok: false }>,
    report: TickReport,
  ): Promise<void> {
    const ticks = delivery.ticks + 1;
    const final = delivery.manual || !outcome.retryable || ticks >= this.maxTicks;
    const now = this.options.clock();
    await this.finish(delivery, 'sending', {
      status: final ? 'failed' : 'pending',
      error: outcome.reason.slice(0, 200),
      attempts: outcome.attempts,
      ticks: 1,
      // A retry waits for the next tick.
      retryAt: final ? undefined : new Date(now.getTime() + MINUTE),
    });
    report.failed++;
    this.log(
      final ? 'failed' : 'willRetry',
      delivery.subscriptionId,
      delivery.dueAt,
      outcome.attempts,
      outcome.reason,
    );
  }

  /** Ends this instance's hold on a row (only if it still holds it in the expected state). */
  private async finish(
    delivery: Delivery,
    from: 'claimed' | 'sending',
    change: {
      status: 'pending' | 'failed' | 'skipped' | 'unknown';
      error?: string;
      attempts?: number;
      ticks?: number;
      retryAt?: Date;
    },
  ): Promise<void> {
    await this.db.query(
      `UPDATE digest_deliveries SET status = $3, error = $4, attempts = attempts + $5,
         ticks = ticks + $6, retry_at = $7, claimed_by = NULL, lease_until = NULL, updated_at = $8
       WHERE id = $1 AND claimed_by = $2 AND status = $9`,
      [
        delivery.id,
        this.me,
        change.status,
        change.error ?? null,
        change.attempts ?? 0,
        change.ticks ?? 0,
        change.retryAt ?? null,
        this.options.clock(),
        from,
      ],
    );
  }

  /** Keeps the newest records of a subscription (bounded history). */
  private async prune(subscriptionId: string): Promise<void> {
    await this.db.query(
      `DELETE FROM digest_deliveries WHERE id IN (
         SELECT id FROM digest_deliveries
         WHERE subscription_id = $1 AND status NOT IN ('pending', 'claimed', 'sending')
         ORDER BY due_at DESC, id DESC OFFSET $2)`,
      [subscriptionId, KEEP_DELIVERIES],
    );
  }

  private log(
    outcome: string,
    subscriptionId: string,
    dueAt: string,
    attempts?: number,
    reason?: string,
  ) {
    this.options.log.info(
      { event: 'digestDelivery', outcome, subscriptionId, dueAt, attempts, reason },
      'digest delivery',
    );
  }
}
