import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type restify from 'restify';
import { viewActivity } from '../bot/views';
import type { Services } from '../skills/skill';
import type { View } from '../cards/cardModels';
import { ConversationStore, type StoredReference } from './conversationReferences';
import { DigestDataSource, loadDigestData, type DigestData } from './digestData';
import { digestRoutes } from './digestRoutes';
import { DigestScheduler, type SchedulerHooks, type TickReport } from './digestScheduler';
import {
  DigestSender,
  type ProactiveAdapter,
  type RetryOptions,
  type SendOutcome,
} from './digestSender';
import { Pacer, type Rate } from './pacer';
import { SharedPacer } from './sharedPacer';
import { DeliveryStore, SubscriptionStore, type Delivery } from './subscriptions';

// Wires the digest parts: stores, data, pacer, sender, scheduler, HTTP trigger, and the facade
// the digest skill uses (plain types only: the skill never sees botbuilder).

export type DigestOptions = {
  /** Start the schedule (tests tick by hand). Default true. */
  autoStart?: boolean;
  instanceId?: string;
  leaseMs?: number;
  catchUpMs?: number;
  maxTicks?: number;
  concurrency?: number;
  pacing?: { overall?: Rate; perConversation?: Rate };
  retry?: Partial<RetryOptions>;
  hooks?: SchedulerHooks;
};

/** Teams: 7 messages per second per conversation, 30 requests per second per app and tenant. */
export const defaultPacing = {
  overall: { limit: 30, windowMs: 1_000 },
  perConversation: { limit: 7, windowMs: 1_000 },
};

/** What the digest skill may use. */
export type DigestServices = {
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  conversations: ConversationStore;
  data: () => Promise<DigestData>;
  now: () => Date;
  /** Deletes a posted digest from its channel; false when Teams did not accept it. */
  withdraw: (delivery: Delivery) => Promise<boolean>;
};

export type Digests = {
  services: DigestServices;
  instanceId: string;
  tick: () => Promise<TickReport>;
  runOne: (subscriptionId: string) => Promise<TickReport | undefined>;
  mount: (server: restify.Server) => void;
  /** Posts a card to a stored conversation through the shared pacer (proposals, reviews). */
  sendView: (reference: StoredReference, view: View) => Promise<SendOutcome>;
  start: () => void;
  stop: () => Promise<void>;
};

export function createDigests(deps: {
  adapter: ProactiveAdapter;
  services: Pick<Services, 'config' | 'log' | 'db' | 'metrics' | 'directory'>;
  clock: () => Date;
  options?: DigestOptions;
}): Digests {
  const { adapter, services, clock } = deps;
  const options = deps.options ?? {};
  const { config, log, db } = services;
  const instanceId =
    options.instanceId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

  const subscriptions = new SubscriptionStore(db);
  const deliveries = new DeliveryStore(db);
  const conversations = new ConversationStore(db, clock);
  const source = new DigestDataSource(() => loadDigestData(services.metrics, services.directory));
  const data = () => source.get();
  const overall = options.pacing?.overall ?? defaultPacing.overall;
  const local = new Pacer({
    overall,
    perConversation: options.pacing?.perConversation ?? defaultPacing.perConversation,
  });
  const sender = new DigestSender({
    adapter,
    botAppId: config.MicrosoftAppId ?? '',
    pacer: new SharedPacer(db, local, overall, log),
    retry: options.retry,
  });
  const scheduler = new DigestScheduler({
    db,
    sender,
    data,
    toActivity: viewActivity,
    log,
    clock,
    instanceId,
    smallCountThreshold: config.SMALL_COUNT_THRESHOLD,
    leaseMs: options.leaseMs ?? config.DIGEST_LEASE_SECONDS * 1_000,
    catchUpMs: options.catchUpMs,
    maxTicks: options.maxTicks,
    concurrency: options.concurrency,
    hooks: options.hooks,
  });

  const withdraw = async (delivery: Delivery): Promise<boolean> => {
    const conversation = await conversations.get(delivery.conversationId);
    if (!conversation || !delivery.activityId) return false;
    const outcome = await sender.delete(conversation.reference, delivery.activityId);
    // 404: already gone from the channel, which is what was asked.
    if (!outcome.ok && outcome.status !== 404) {
      log.warn({ event: 'digestWithdraw', reason: outcome.reason }, 'digest withdraw failed');
      return false;
    }
    await deliveries.markWithdrawn(delivery.id, clock());
    log.info(
      { event: 'digestWithdraw', subscriptionId: delivery.subscriptionId },
      'digest withdrawn',
    );
    return true;
  };

  const tick = () => scheduler.tick();
  const runOne = (subscriptionId: string) => scheduler.runOne(subscriptionId);
  return {
    services: { subscriptions, deliveries, conversations, data, now: clock, withdraw },
    instanceId,
    tick,
    runOne,
    sendView: (reference, view) => sender.send(reference, viewActivity(view)),
    mount: digestRoutes({ key: config.DIGEST_TRIGGER_KEY, trigger: { tick, runOne }, log }),
    start: () => {
      if (options.autoStart !== false) scheduler.start();
    },
    stop: () => scheduler.stop(),
  };
}
