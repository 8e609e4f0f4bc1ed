import type { Database } from '../state/database';
import type { Logger } from '../log';
import type { Pacer, Release, SendPacer } from './pacer';

// One pace for every instance of the bot: Teams limits requests per app and tenant, not per
// process. Each post takes a slot in the database (table digest_send_slots) under an advisory
// lock; a new one may start only while fewer than `limit` are in flight or finished within the
// last window, counted on the database's clock so that instances' clocks need not agree. A 429
// pauses all instances until its Retry-After (digest_pacer.paused_until). The local pacer still
// keeps the per-conversation limit and backs off within this process.

/** A slot left open by a process that died counts as in flight for this long, then not at all. */
const ABANDONED_AFTER = '30 seconds';

type Grant = { id: number | null; wait_ms: number | null };

export class SharedPacer implements SendPacer {
  private acquired = 0;
  /** One slot request of this instance at a time: the lock is contended by instances, not workers. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly local: Pacer,
    private readonly rate: { limit: number; windowMs: number },
    private readonly log: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((r) => setTimeout(r, ms)),
  ) {}

  async acquire(conversationId: string): Promise<Release> {
    const releaseLocal = await this.local.acquire(conversationId);
    try {
      const taken = this.queue.then(() => this.takeSlot());
      this.queue = taken.catch(() => undefined);
      const slot = await taken;
      return () => {
        releaseLocal();
        // The finish as this process saw it, on the database's clock: the slot's start plus the
        // time since its grant began, so a busy pool writing this later does not hold the slot
        // longer (and it errs late, never early: the grant began before started_at was taken).
        const elapsedMs = performance.now() - slot.grantStartedAt;
        void this.db
          .query(
            `UPDATE digest_send_slots SET finished_at = started_at + $2 * interval '1 millisecond'
             WHERE id = $1`,
            [slot.id, elapsedMs],
          )
          .catch((error: Error) =>
            this.log.warn({ event: 'digestPacer', errorType: error.name }, 'slot not released'),
          );
      };
    } catch (error) {
      releaseLocal();
      throw error;
    }
  }

  throttled(retryAfterMs = 1_000): void {
    this.local.throttled(retryAfterMs);
    void this.db
      .query(
        `UPDATE digest_pacer SET paused_until = greatest(coalesce(paused_until, clock_timestamp()),
           clock_timestamp() + $1 * interval '1 millisecond') WHERE id = 1`,
        [retryAfterMs],
      )
      .catch((error: Error) =>
        this.log.warn({ event: 'digestPacer', errorType: error.name }, 'pause not shared'),
      );
  }

  private async takeSlot(): Promise<{ id: number; grantStartedAt: number }> {
    for (;;) {
      const grantStartedAt = performance.now();
      const grant = await this.db.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('nara.digest.pacer'))`);
        const [row] = await tx.query<Grant>(
          `WITH pause AS (
             SELECT greatest(0, extract(epoch FROM paused_until - clock_timestamp()) * 1000) AS ms
             FROM digest_pacer WHERE id = 1
           ), busy AS (
             SELECT count(*)::integer AS n,
                    min(finished_at) AS oldest_finished
             FROM digest_send_slots
             WHERE (finished_at IS NULL
                    AND started_at > clock_timestamp() - interval '${ABANDONED_AFTER}')
                OR finished_at > clock_timestamp() - $2 * interval '1 millisecond'
           )
           SELECT NULL::integer AS id,
             CASE
               WHEN coalesce((SELECT ms FROM pause), 0) > 0 THEN (SELECT ms FROM pause)
               WHEN (SELECT n FROM busy) < $1 THEN NULL
               WHEN (SELECT oldest_finished FROM busy) IS NULL THEN 5
               ELSE greatest(1, extract(epoch FROM (SELECT oldest_finished FROM busy)
                    + $2 * interval '1 millisecond' - clock_timestamp()) * 1000)
             END::double precision AS wait_ms`,
          [this.rate.limit, this.rate.windowMs],
        );
        if (row && row.wait_ms !== null) return { id: null, wait_ms: Number(row.wait_ms) };
        const [slot] = await tx.query<{ id: number }>(
          `INSERT INTO digest_send_slots (started_at) VALUES (clock_timestamp()) RETURNING id::integer AS id`,
        );
        return { id: slot.id, wait_ms: null };
      });
      if (grant.id !== null) {
        if (++this.acquired % 200 === 0) void this.cleanup();
        return { id: grant.id, grantStartedAt };
      }
      await this.sleep(Math.min(Math.max(1, grant.wait_ms ?? 5), 1_000));
    }
  }

  /** Slots past both the window and the abandon time count for nothing: keep the table small. */
  private async cleanup(): Promise<void> {
    await this.db
      .query(
        `DELETE FROM digest_send_slots WHERE started_at < clock_timestamp() - interval '2 minutes'
           AND (finished_at IS NOT NULL OR started_at < clock_timestamp() - interval '${ABANDONED_AFTER}')`,
      )
      .catch(() => undefined);
  }
}
