import { z } from 'zod';
import { iso, isoOrUndefined, type Database, type Queryable } from '../state/database';

// Digest subscriptions (table digest_subscriptions) and their deliveries (the outbox,
// digest_deliveries), as stored (UTC ISO strings in code, timestamptz in the database).

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

const isoDate = z.iso.datetime({ offset: true });

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
  /** The last scheduled slot planned: its delivery row exists. */
  lastDueAt: isoDate.optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const deliveryStatuses = [
  'pending',
  'claimed',
  'sending',
  'sent',
  'failed',
  'skipped',
  'unknown',
  'withdrawn',
] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export type Delivery = {
  id: number;
  subscriptionId: string;
  conversationId: string;
  dueAt: string;
  manual: boolean;
  status: DeliveryStatus;
  claimedBy?: string;
  leaseUntil?: string;
  attempts: number;
  ticks: number;
  /** The metrics period the digest showed. */
  period?: string;
  activityId?: string;
  /** HTTP status or a short reason; never content. */
  error?: string;
  reported: boolean;
  sentAt?: string;
  withdrawnAt?: string;
};

export type SubscriptionRow = {
  id: string;
  conversation_id: string;
  team_id: string | null;
  tenant_id: string | null;
  weekday: number;
  time: string;
  scope: unknown;
  language: string;
  paused: boolean;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  active_from: Date;
  last_due_at: Date | null;
};

export const SUBSCRIPTION_COLUMNS =
  'id, conversation_id, team_id, tenant_id, weekday, time, scope, language, paused, created_by, ' +
  'created_at, updated_at, active_from, last_due_at';

/** A row as a subscription; one that no longer parses is left out (and left alone). */
export function toSubscription(row: SubscriptionRow): Subscription | undefined {
  const parsed = SubscriptionSchema.safeParse({
    id: row.id,
    conversationId: row.conversation_id,
    teamId: row.team_id ?? undefined,
    tenantId: row.tenant_id ?? undefined,
    weekday: row.weekday,
    time: row.time,
    scope: row.scope,
    language: row.language,
    paused: row.paused,
    createdBy: row.created_by ?? undefined,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    activeFrom: iso(row.active_from),
    lastDueAt: isoOrUndefined(row.last_due_at),
  });
  return parsed.success ? parsed.data : undefined;
}

export const subscriptionsOf = (rows: SubscriptionRow[]): Subscription[] =>
  rows.map(toSubscription).filter((s): s is Subscription => s !== undefined);

function values(s: Subscription): unknown[] {
  return [
    s.id,
    s.conversationId,
    s.teamId ?? null,
    s.tenantId ?? null,
    s.weekday,
    s.time,
    JSON.stringify(s.scope),
    s.language,
    s.paused,
    s.createdBy ?? null,
    s.createdAt,
    s.updatedAt,
    s.activeFrom,
    s.lastDueAt ?? null,
  ];
}

export class SubscriptionStore {
  constructor(private readonly db: Database) {}

  async get(subscriptionId: string, q: Queryable = this.db): Promise<Subscription | undefined> {
    const rows = await q.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE id = $1`,
      [subscriptionId],
    );
    return subscriptionsOf(rows)[0];
  }

  async forConversation(conversationId: string): Promise<Subscription[]> {
    return subscriptionsOf(
      await this.db.query<SubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM digest_subscriptions
         WHERE conversation_id = $1 ORDER BY created_at, id`,
        [conversationId],
      ),
    );
  }

  /** Every subscription that may fall due (not paused). */
  async active(): Promise<Subscription[]> {
    return subscriptionsOf(
      await this.db.query<SubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE NOT paused`,
      ),
    );
  }

  async create(subscription: Subscription, q: Queryable = this.db): Promise<void> {
    const s = SubscriptionSchema.parse(subscription);
    await q.query(
      `INSERT INTO digest_subscriptions (${SUBSCRIPTION_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14)`,
      values(s),
    );
  }

  /**
   * Read-modify-write in one transaction (the row locked meanwhile). `change` returns the new
   * value, or undefined to leave it. Returns the written value (undefined if missing or left).
   */
  async update(
    subscriptionId: string,
    change: (current: Subscription) => Subscription | undefined,
  ): Promise<Subscription | undefined> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<SubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE id = $1 FOR UPDATE`,
        [subscriptionId],
      );
      const current = subscriptionsOf(rows)[0];
      if (!current) return undefined;
      const next = change(current);
      if (!next) return undefined;
      const s = SubscriptionSchema.parse({ ...next, id: current.id });
      await tx.query(
        `UPDATE digest_subscriptions SET conversation_id = $2, team_id = $3, tenant_id = $4,
           weekday = $5, time = $6, scope = $7::jsonb, language = $8, paused = $9, created_by = $10,
           created_at = $11, updated_at = $12, active_from = $13, last_due_at = $14
         WHERE id = $1`,
        values(s),
      );
      return s;
    });
  }

  async delete(subscriptionIds: string[]): Promise<number> {
    if (subscriptionIds.length === 0) return 0;
    const rows = await this.db.query(
      'DELETE FROM digest_subscriptions WHERE id = ANY($1::text[]) RETURNING id',
      [subscriptionIds],
    );
    return rows.length;
  }

  /** The bot left these conversations (or the team): their subscriptions go. */
  async deleteForPlaces(conversationIds: string[], teamId?: string): Promise<number> {
    const rows = await this.db.query(
      `DELETE FROM digest_subscriptions
       WHERE conversation_id = ANY($1::text[]) OR ($2::text IS NOT NULL AND team_id = $2)
       RETURNING id`,
      [conversationIds, teamId ?? null],
    );
    return rows.length;
  }
}

export type DeliveryRow = {
  id: number;
  subscription_id: string;
  conversation_id: string;
  due_at: Date;
  manual: boolean;
  status: DeliveryStatus;
  claimed_by: string | null;
  lease_until: Date | null;
  attempts: number;
  ticks: number;
  period: string | null;
  activity_id: string | null;
  error: string | null;
  reported: boolean;
  sent_at: Date | null;
  withdrawn_at: Date | null;
};

export const DELIVERY_COLUMNS =
  'id::integer AS id, subscription_id, conversation_id, due_at, manual, status, claimed_by, ' +
  'lease_until, attempts, ticks, period, activity_id, error, reported, sent_at, withdrawn_at';

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: Number(row.id),
    subscriptionId: row.subscription_id,
    conversationId: row.conversation_id,
    dueAt: iso(row.due_at),
    manual: row.manual,
    status: row.status,
    claimedBy: row.claimed_by ?? undefined,
    leaseUntil: isoOrUndefined(row.lease_until),
    attempts: row.attempts,
    ticks: row.ticks,
    period: row.period ?? undefined,
    activityId: row.activity_id ?? undefined,
    error: row.error ?? undefined,
    reported: row.reported,
    sentAt: isoOrUndefined(row.sent_at),
    withdrawnAt: isoOrUndefined(row.withdrawn_at),
  };
}

export const deliveriesOf = (rows: DeliveryRow[]): Delivery[] => rows.map(toDelivery);

export class DeliveryStore {
  constructor(private readonly db: Queryable) {}

  /** Deliveries to one conversation (optionally of one subscription), newest slot first. */
  async forConversation(conversationId: string, subscriptionId?: string): Promise<Delivery[]> {
    return deliveriesOf(
      await this.db.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM digest_deliveries
         WHERE conversation_id = $1 AND ($2::text IS NULL OR subscription_id = $2)
         ORDER BY due_at DESC, id DESC`,
        [conversationId, subscriptionId ?? null],
      ),
    );
  }

  async markWithdrawn(deliveryId: number, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE digest_deliveries SET status = 'withdrawn', withdrawn_at = $2, updated_at = $2
       WHERE id = $1 AND status = 'sent'`,
      [deliveryId, at],
    );
  }
}
