import { Cron } from 'croner';
import type { Activity } from 'botbuilder';
import type { View } from '../cards/cardModels';
import type { Logger } from '../log';
import type { AppStorage } from '../state/appStorage';
import { ConversationStore } from './conversationReferences';
import type { DigestData } from './digestData';
import { composeDigest } from './digestComposer';
import type { DigestSender, SendOutcome } from './digestSender';
import { describeSchedule, formatSlot } from './digestText';
import { latestSlot, parseWallTime } from './schedule';
import {
  DeliveryStore,
  isEtagConflict,
  SubscriptionStore,
  type Delivery,
  type Subscription,
  type Versioned,
} from './subscriptions';

// Every minute: which subscriptions are due, claim each with an optimistic write (eTag) so that
// of several instances sharing a store exactly one sends, compose, send, record the delivery.
// A claim carries a lease: if its holder dies between claim and send, another instance (or the
// same one after a restart) takes over when the lease has run out. Before sending, the holder
// checks the claim is still its own (a paused process whose lease ran out stands down).

export type SchedulerHooks = {
  /** Called right after a claim was won (tests stop here to simulate a crash). */
  afterClaim?: (subscriptionId: string) => Promise<void>;
};

export type SchedulerOptions = {
  storage: AppStorage;
  sender: Pick<DigestSender, 'send'>;
  data: () => Promise<DigestData>;
  toActivity: (view: View) => Partial<Activity>;
  log: Logger;
  clock: () => Date;
  instanceId: string;
  smallCountThreshold: number;
  /** How long a claim holds before others may take over. */
  leaseMs?: number;
  /** A slot missed for longer than this (downtime) is skipped and recorded, not sent late. */
  catchUpMs?: number;
  /** Ticks a failed delivery is tried on before it is given up and reported in the next digest. */
  maxTicks?: number;
  /** Subscriptions worked on at once (the pacer keeps the request rate). */
  concurrency?: number;
  hooks?: SchedulerHooks;
};

export type TickReport = {
  due: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Claimed by another instance (or a conflict lost). */
  busy: number;
  error?: string;
};

type Decision = { kind: 'send' | 'skip'; dueAt: string; manual: boolean };

const MINUTE = 60_000;

/** Whether a subscription has a slot to handle now, and which. Pure. */
export function decide(
  sub: Subscription,
  now: Date,
  options: { catchUpMs: number },
): Decision | undefined {
  if (sub.paused) return undefined;
  const time = parseWallTime(sub.time);
  if (!time) return undefined;
  const slot = latestSlot(now, sub.weekday, time);
  const dueAt = slot.toISOString();
  if (slot.getTime() < Date.parse(sub.activeFrom)) return undefined;
  if (sub.lastDueAt && slot.getTime() <= Date.parse(sub.lastDueAt)) return undefined;
  if (sub.claim && sub.claim.dueAt === dueAt && Date.parse(sub.claim.until) > now.getTime()) {
    return undefined;
  }
  const late = now.getTime() - slot.getTime();
  return { kind: late > options.catchUpMs ? 'skip' : 'send', dueAt, manual: false };
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}

export class DigestScheduler {
  private readonly subscriptions: SubscriptionStore;
  private readonly deliveries: DeliveryStore;
  private readonly conversations: ConversationStore;
  private readonly leaseMs: number;
  private readonly catchUpMs: number;
  private readonly maxTicks: number;
  private readonly concurrency: number;
  private cron?: Cron;
  private running: Promise<unknown> = Promise.resolve();
  private current?: Promise<unknown>;

  constructor(private readonly options: SchedulerOptions) {
    this.subscriptions = new SubscriptionStore(options.storage);
    this.deliveries = new DeliveryStore(options.storage);
    this.conversations = new ConversationStore(options.storage);
    this.leaseMs = options.leaseMs ?? 10 * MINUTE;
    this.catchUpMs = options.catchUpMs ?? 24 * 60 * MINUTE;
    this.maxTicks = options.maxTicks ?? 2;
    this.concurrency = options.concurrency ?? 32;
  }

  /** Checks due subscriptions every minute (and once now, to catch up after downtime). */
  start(): void {
    if (this.cron) return;
    this.cron = new Cron('* * * * *', { protect: true }, async () => {
      await this.tick().catch((error: Error) =>
        this.options.log.error(
          { event: 'digestTick', errorType: error.name },
          'digest tick failed',
        ),
      );
    });
    void this.cron.trigger();
  }

  /** Stops the schedule and waits (bounded) for a tick in progress. */
  async stop(waitMs = 2_000): Promise<void> {
    this.cron?.stop();
    this.cron = undefined;
    if (this.current) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((r) => (timer = setTimeout(r, waitMs)));
      await Promise.race([this.current.catch(() => undefined), timeout]);
      clearTimeout(timer);
    }
  }

  /** Runs due digests now (ticks of one instance never overlap). */
  tick(): Promise<TickReport> {
    return this.serialized(() => this.runTick());
  }

  /** Sends one subscription's digest now, due or not (the HTTP trigger). */
  runOne(subscriptionId: string): Promise<TickReport | undefined> {
    return this.serialized(async () => {
      const found = await this.subscriptions.get(subscriptionId);
      if (!found) return undefined;
      const report = emptyReport();
      const data = await this.options.data();
      const dueAt = new Date(Math.floor(this.options.clock().getTime() / MINUTE) * MINUTE);
      await this.process(
        found,
        { kind: 'send', dueAt: dueAt.toISOString(), manual: true },
        data,
        report,
      );
      return report;
    });
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.running.then(work, work);
    this.running = run.catch(() => undefined);
    this.current = run;
    return run;
  }

  private async runTick(): Promise<TickReport> {
    const report = emptyReport();
    const now = this.options.clock();
    const due = (await this.subscriptions.all())
      .map((s) => ({ s, d: decide(s.value, now, { catchUpMs: this.catchUpMs }) }))
      .filter((x): x is { s: Versioned<Subscription>; d: Decision } => x.d !== undefined);
    report.due = due.length;
    if (due.length === 0) return report;
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
    const started = Date.now();
    await pool(due, this.concurrency, ({ s, d }) => this.process(s, d, data, report));
    this.options.log.info(
      { event: 'digestTick', ...report, ms: Date.now() - started },
      'digest tick',
    );
    return report;
  }

  /** Claim → (skip | send) → record. Never throws: a failure is recorded and retried next tick. */
  private async process(
    found: Versioned<Subscription>,
    decision: Decision,
    data: DigestData,
    report: TickReport,
  ): Promise<void> {
    const sub = found.value;
    const me = this.options.instanceId;
    const claimedAt = this.options.clock();
    try {
      await this.subscriptions.replace(
        {
          ...sub,
          claim: {
            dueAt: decision.dueAt,
            by: me,
            until: new Date(claimedAt.getTime() + this.leaseMs).toISOString(),
          },
        },
        found.eTag,
      );
    } catch (error) {
      if (isEtagConflict(error)) report.busy++;
      else {
        report.failed++;
        this.options.log.warn(
          { event: 'digestClaim', subscriptionId: sub.id, errorType: (error as Error).name },
          'digest claim failed',
        );
      }
      return;
    }
    try {
      await this.options.hooks?.afterClaim?.(sub.id);
      await this.handleClaimed(sub, decision, data, report);
    } catch (error) {
      report.failed++;
      this.options.log.error(
        { event: 'digestDelivery', subscriptionId: sub.id, errorType: (error as Error).name },
        'digest delivery error',
      );
      // Release the claim so the next tick tries again.
      await this.subscriptions
        .update(sub.id, (cur) =>
          this.holds(cur, decision) ? { ...cur, claim: undefined } : undefined,
        )
        .catch(() => undefined);
    }
  }

  private holds(sub: Subscription, decision: Decision): boolean {
    return sub.claim?.by === this.options.instanceId && sub.claim.dueAt === decision.dueAt;
  }

  private async handleClaimed(
    sub: Subscription,
    decision: Decision,
    data: DigestData,
    report: TickReport,
  ): Promise<void> {
    const where = {
      subscriptionId: sub.id,
      conversationId: sub.conversationId,
      dueAt: decision.dueAt,
    };
    const base = {
      ...where,
      period: data.period,
      instance: this.options.instanceId,
      recordedAt: this.options.clock().toISOString(),
    };

    if (decision.kind === 'skip') {
      await this.deliveries.put({
        ...base,
        status: 'skipped',
        final: true,
        attempts: 0,
        ticks: 0,
        error: 'missed by more than the catch-up window',
      });
      await this.finish(sub.id, decision, { handled: true });
      report.skipped++;
      this.log('skipped', sub, decision);
      return;
    }

    // Delivered before a crash that kept the subscription from being updated: finish only.
    const earlier = await this.deliveries.get(where);
    if (earlier && (earlier.status === 'sent' || earlier.status === 'withdrawn')) {
      await this.finish(sub.id, decision, { handled: true, delivered: true });
      return;
    }

    const conversation = await this.conversations.get(sub.conversationId);
    if (!conversation) {
      await this.recordFailure(sub, decision, base, earlier, {
        ok: false,
        attempts: 0,
        retryable: false,
        reason: 'no conversation reference',
      });
      report.failed++;
      return;
    }

    // Fencing: a process that was paused past its lease must not send what another now owns.
    const fresh = await this.subscriptions.get(sub.id);
    const now = this.options.clock();
    if (
      !fresh ||
      !this.holds(fresh.value, decision) ||
      Date.parse(fresh.value.claim?.until ?? '') <= now.getTime()
    ) {
      report.busy++;
      this.log('stoodDown', sub, decision);
      return;
    }
    const current = fresh.value;

    const failedSlots = [
      ...current.unreportedFailures,
      ...(current.retry && current.retry.dueAt !== decision.dueAt ? [current.retry.dueAt] : []),
    ];
    const view: View = {
      card: 'digest',
      data: composeDigest({
        data,
        scope: current.scope,
        language: current.language,
        rule: { threshold: this.options.smallCountThreshold },
        schedule: describeSchedule(current, current.language),
        failedSlots,
        formatSlot: (iso) => formatSlot(iso, current.language),
      }),
    };
    const outcome = await this.options.sender.send(
      conversation.reference,
      this.options.toActivity(view),
    );
    if (!outcome.ok) {
      await this.recordFailure(current, decision, base, earlier, outcome);
      report.failed++;
      return;
    }
    await this.deliveries.put({
      ...base,
      status: 'sent',
      final: true,
      attempts: (earlier?.attempts ?? 0) + outcome.attempts,
      ticks: (earlier?.ticks ?? 0) + 1,
      activityId: outcome.activityId,
      sentAt: this.options.clock().toISOString(),
    });
    await this.finish(sub.id, decision, { handled: !decision.manual, delivered: true });
    await this.deliveries.prune(sub.conversationId, sub.id).catch(() => undefined);
    report.sent++;
    this.log('sent', sub, decision, outcome.attempts);
  }

  private async recordFailure(
    sub: Subscription,
    decision: Decision,
    base: Pick<
      Delivery,
      'subscriptionId' | 'conversationId' | 'dueAt' | 'period' | 'instance' | 'recordedAt'
    >,
    earlier: Delivery | undefined,
    outcome: Extract<SendOutcome, { ok: false }>,
  ): Promise<void> {
    const ticks = (sub.retry?.dueAt === decision.dueAt ? sub.retry.ticks : 0) + 1;
    const final = decision.manual || !outcome.retryable || ticks >= this.maxTicks;
    await this.deliveries.put({
      ...base,
      status: 'failed',
      final,
      attempts: (earlier?.attempts ?? 0) + outcome.attempts,
      ticks,
      error: outcome.reason.slice(0, 200),
    });
    await this.finish(
      sub.id,
      decision,
      final ? { handled: !decision.manual, failed: true } : { retryTicks: ticks },
    );
    this.log(final ? 'failed' : 'willRetry', sub, decision, outcome.attempts, outcome.reason);
  }

  /** Releases the claim and records how the slot ended (retried on conflict with edits). */
  private async finish(
    subscriptionId: string,
    decision: Decision,
    result: { handled?: boolean; delivered?: boolean; failed?: boolean; retryTicks?: number },
  ): Promise<void> {
    await this.subscriptions.update(subscriptionId, (cur) => {
      const next: Subscription = { ...cur };
      if (this.holds(cur, decision)) next.claim = undefined;
      if (result.handled && (!cur.lastDueAt || cur.lastDueAt < decision.dueAt))
        next.lastDueAt = decision.dueAt;
      if (result.retryTicks !== undefined)
        next.retry = { dueAt: decision.dueAt, ticks: result.retryTicks };
      else if (!decision.manual) next.retry = undefined;
      if (result.delivered) next.unreportedFailures = [];
      if (result.failed && !decision.manual) {
        next.unreportedFailures = [...cur.unreportedFailures, decision.dueAt].slice(-20);
      }
      return next;
    });
  }

  private log(
    outcome: string,
    sub: Subscription,
    decision: Decision,
    attempts?: number,
    reason?: string,
  ) {
    this.options.log.info(
      {
        event: 'digestDelivery',
        outcome,
        subscriptionId: sub.id,
        dueAt: decision.dueAt,
        manual: decision.manual || undefined,
        attempts,
        reason,
      },
      'digest delivery',
    );
  }
}

function emptyReport(): TickReport {
  return { due: 0, sent: 0, skipped: 0, failed: 0, busy: 0 };
}
