import { z } from 'zod';
import type { AppStorage } from '../state/appStorage';
import { isEtagConflict, withoutEtag } from './storeItems';

export { isEtagConflict };

// Digest subscriptions and deliveries as stored (UTC ISO strings), parsed with zod when read.
// Claims are optimistic writes with the item's eTag: of two writers with the same eTag, one wins.

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(300);

export const DigestScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region') }),
  /** A municipality, e.g. "Oskarshamn": the health centres the directory places there. */
  z.object({ kind: z.literal('area'), area: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('units'), unitIds: z.array(id).min(1).max(50) }),
]);
export type DigestScope = z.infer<typeof DigestScopeSchema>;

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.literal([1, 2, 3, 4, 5, 6, 7]);

/** What a coordinator chooses on the settings card. */
export const DigestSettingsSchema = z.object({
  weekday: WeekdaySchema,
  /** Local time in Europe/Stockholm, "HH:mm". */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  scope: DigestScopeSchema,
});
export type DigestSettings = z.infer<typeof DigestSettingsSchema>;

export const SubscriptionSchema = DigestSettingsSchema.extend({
  id,
  /** The channel the digest is posted to (its conversation id, without ";messageid="). */
  conversationId: id,
  teamId: id.optional(),
  tenantId: id.optional(),
  language: z.enum(['sv', 'en']),
  paused: z.boolean(),
  createdBy: id.optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Slots before this instant are never sent (set on create, change and resume). */
  activeFrom: isoDate,
  /** The last slot that was handled (sent, skipped or finally failed). */
  lastDueAt: isoDate.optional(),
  /** Who is delivering which slot, until when (a crashed holder's claim expires). */
  claim: z.object({ dueAt: isoDate, by: z.string(), until: isoDate }).optional(),
  /** A slot whose delivery failed and will be tried again on the next tick. */
  retry: z.object({ dueAt: isoDate, ticks: z.number().int().positive() }).optional(),
  /** Slots that could not be delivered, to be mentioned in the next digest. */
  unreportedFailures: z.array(isoDate).max(20).default([]),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const DeliverySchema = z.object({
  subscriptionId: id,
  conversationId: id,
  dueAt: isoDate,
  /** The metrics period the digest showed. */
  period: z.string().optional(),
  status: z.enum(['sent', 'failed', 'skipped', 'withdrawn']),
  /** true when no further attempt will be made. */
  final: z.boolean(),
  attempts: z.number().int().nonnegative(),
  ticks: z.number().int().nonnegative(),
  activityId: z.string().optional(),
  /** HTTP status or a short reason; never content. */
  error: z.string().max(200).optional(),
  instance: z.string(),
  recordedAt: isoDate,
  sentAt: isoDate.optional(),
  withdrawnAt: isoDate.optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

const SUBSCRIPTION = 'digest-subscription/';
const DELIVERY = 'digest-delivery/';
const KEEP_DELIVERIES = 26;

export type Versioned<T> = { value: T; eTag: string };

export class SubscriptionStore {
  constructor(private readonly storage: AppStorage) {}

  static key(subscriptionId: string): string {
    return `${SUBSCRIPTION}${subscriptionId}`;
  }

  async get(subscriptionId: string): Promise<Versioned<Subscription> | undefined> {
    const key = SubscriptionStore.key(subscriptionId);
    const item = (await this.storage.read([key]))[key];
    return item ? this.parse(item) : undefined;
  }

  async ids(): Promise<string[]> {
    return (await this.storage.keys(SUBSCRIPTION)).map((k) => k.slice(SUBSCRIPTION.length));
  }

  /** All subscriptions, read in batches; unreadable items are left out (and left alone). */
  async all(): Promise<Versioned<Subscription>[]> {
    const keys = await this.storage.keys(SUBSCRIPTION);
    const out: Versioned<Subscription>[] = [];
    for (let i = 0; i < keys.length; i += 200) {
      const items = await this.storage.read(keys.slice(i, i + 200));
      for (const item of Object.values(items)) {
        const parsed = this.parse(item);
        if (parsed) out.push(parsed);
      }
    }
    return out;
  }

  async forConversation(conversationId: string): Promise<Subscription[]> {
    return (await this.all())
      .map((s) => s.value)
      .filter((s) => s.conversationId === conversationId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Creates or overwrites without a condition (a new id never conflicts). */
  async create(subscription: Subscription): Promise<void> {
    await this.storage.write({ [SubscriptionStore.key(subscription.id)]: { ...subscription } });
  }

  /** Writes only if unchanged since read: throws an eTag conflict otherwise. */
  async replace(subscription: Subscription, eTag: string): Promise<void> {
    await this.storage.write({
      [SubscriptionStore.key(subscription.id)]: { ...subscription, eTag },
    });
  }

  /**
   * Read-modify-write with retries on conflict. `change` returns the new value, or undefined to
   * leave the item as it is. Returns the written value (undefined if missing or left alone).
   */
  async update(
    subscriptionId: string,
    change: (current: Subscription) => Subscription | undefined,
  ): Promise<Subscription | undefined> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const current = await this.get(subscriptionId);
      if (!current) return undefined;
      const next = change(current.value);
      if (!next) return undefined;
      try {
        await this.replace(next, current.eTag);
        return next;
      } catch (error) {
        if (!isEtagConflict(error)) throw error;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
      }
    }
    throw new Error('subscription update kept conflicting');
  }

  async delete(subscriptionIds: string[]): Promise<void> {
    if (subscriptionIds.length > 0) {
      await this.storage.delete(subscriptionIds.map((s) => SubscriptionStore.key(s)));
    }
  }

  /** Deletes the subscriptions matching a predicate; returns how many. */
  async deleteWhere(predicate: (s: Subscription) => boolean): Promise<number> {
    const doomed = (await this.all()).map((s) => s.value).filter(predicate);
    await this.delete(doomed.map((s) => s.id));
    return doomed.length;
  }

  private parse(item: Record<string, unknown>): Versioned<Subscription> | undefined {
    const { rest, eTag } = withoutEtag(item);
    const parsed = SubscriptionSchema.safeParse(rest);
    return parsed.success ? { value: parsed.data, eTag } : undefined;
  }
}

export class DeliveryStore {
  constructor(private readonly storage: AppStorage) {}

  private static prefix(conversationId: string, subscriptionId?: string): string {
    const conv = `${DELIVERY}${encodeURIComponent(conversationId)}/`;
    return subscriptionId === undefined ? conv : `${conv}${encodeURIComponent(subscriptionId)}/`;
  }

  static key(d: Pick<Delivery, 'conversationId' | 'subscriptionId' | 'dueAt'>): string {
    return `${DeliveryStore.prefix(d.conversationId, d.subscriptionId)}${d.dueAt}`;
  }

  async get(
    d: Pick<Delivery, 'conversationId' | 'subscriptionId' | 'dueAt'>,
  ): Promise<Delivery | undefined> {
    const key = DeliveryStore.key(d);
    const item = (await this.storage.read([key]))[key];
    return item ? this.parse(item) : undefined;
  }

  async put(delivery: Delivery): Promise<void> {
    await this.storage.write({ [DeliveryStore.key(delivery)]: { ...delivery } });
  }

  /** Deliveries to one conversation, newest slot first. */
  async forConversation(conversationId: string, subscriptionId?: string): Promise<Delivery[]> {
    const keys = await this.storage.keys(DeliveryStore.prefix(conversationId, subscriptionId));
    const items = await this.storage.read(keys);
    return Object.values(items)
      .map((item) => this.parse(item))
      .filter((d): d is Delivery => d !== undefined)
      .sort((a, b) => b.dueAt.localeCompare(a.dueAt));
  }

  /** Keeps the newest records of a subscription (bounded history). */
  async prune(conversationId: string, subscriptionId: string): Promise<void> {
    const keys = (await this.storage.keys(DeliveryStore.prefix(conversationId, subscriptionId)))
      .sort()
      .reverse();
    if (keys.length > KEEP_DELIVERIES) await this.storage.delete(keys.slice(KEEP_DELIVERIES));
  }

  private parse(item: Record<string, unknown>): Delivery | undefined {
    const parsed = DeliverySchema.safeParse(withoutEtag(item).rest);
    return parsed.success ? parsed.data : undefined;
  }
}
