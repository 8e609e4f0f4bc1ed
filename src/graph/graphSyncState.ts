import type { Queryable } from '../state/database';

// Where the Graph sync stands (table graph_sync_state, migration 005): the deltaLink of the last
// complete round, the directory people it covered, and a lease so that, of several instances on one
// database, one runs the sync at a time. A holder that dies loses the lease when it lapses.

const ROW = 'users';

export type SyncStart = { deltaLink: string | undefined; covered: string[] };

export class GraphSyncState {
  constructor(private readonly db: Queryable) {}

  /** Takes the lease if it is free or lapsed (or ours); returns where the last round ended. */
  async claim(owner: string, now: Date, leaseMs: number): Promise<SyncStart | undefined> {
    const rows = await this.db.query<{ delta_link: string | null; covered: string[] }>(
      `UPDATE graph_sync_state SET lease_owner = $2, lease_until = $3, updated_at = $4
       WHERE id = $1 AND (lease_until IS NULL OR lease_until < $4 OR lease_owner = $2)
       RETURNING delta_link, covered`,
      [ROW, owner, new Date(now.getTime() + leaseMs), now],
    );
    const row = rows[0];
    return row ? { deltaLink: row.delta_link ?? undefined, covered: row.covered } : undefined;
  }

  /** Extends the lease while working; false when another instance has taken it meanwhile. */
  async renew(owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE graph_sync_state SET lease_until = $3, updated_at = $4
       WHERE id = $1 AND lease_owner = $2 RETURNING id`,
      [ROW, owner, new Date(now.getTime() + leaseMs), now],
    );
    return rows.length === 1;
  }

  /** Records a complete round and gives the lease up; false (nothing written) if it is not ours. */
  async complete(
    owner: string,
    round: { deltaLink: string; covered: string[] },
    now: Date,
  ): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE graph_sync_state SET delta_link = $3, covered = $4, last_completed_at = $5,
         lease_owner = NULL, lease_until = NULL, updated_at = $5
       WHERE id = $1 AND lease_owner = $2 RETURNING id`,
      [ROW, owner, round.deltaLink, round.covered, now],
    );
    return rows.length === 1;
  }

  async release(owner: string): Promise<void> {
    await this.db.query(
      `UPDATE graph_sync_state SET lease_owner = NULL, lease_until = NULL
       WHERE id = $1 AND lease_owner = $2`,
      [ROW, owner],
    );
  }
}
