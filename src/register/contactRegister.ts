import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { iso, isoOrUndefined, type Queryable } from '../state/database';
import {
  PROPOSAL_SOURCE,
  type ContactPath,
  type PathFact,
  type Target,
  type TargetKind,
} from './contactPath';

// The contact register's facts in the database (table contact_paths, migration 004): each with
// its source and who added or confirmed it.

type PathRow = {
  id: string;
  target_kind: TargetKind;
  target_id: string;
  kind: ContactPath['kind'];
  value: string | null;
  label: string;
  hours: string;
  source: string;
  added_by: string | null;
  confirmed_by: string | null;
  confirmed_at: unknown;
  created_at: unknown;
  withdrawn_by: string | null;
  withdrawn_at: unknown;
};

const COLUMNS =
  'id, target_kind, target_id, kind, value, label, hours, source, added_by, confirmed_by, confirmed_at, created_at, withdrawn_by, withdrawn_at';

function toPath(row: PathRow): ContactPath {
  return {
    id: row.id,
    target: { kind: row.target_kind, id: row.target_id },
    kind: row.kind,
    value: row.value ?? undefined,
    label: row.label,
    hours: row.hours,
    source: row.source,
    addedBy: row.added_by ?? undefined,
    confirmedBy: row.confirmed_by ?? undefined,
    confirmedAt: isoOrUndefined(row.confirmed_at),
    createdAt: iso(row.created_at),
    withdrawnBy: row.withdrawn_by ?? undefined,
    withdrawnAt: isoOrUndefined(row.withdrawn_at),
  };
}

/** How a fact is recorded: who added it, and who confirmed it when (an approval). */
export type Provenance = { addedBy?: string; confirmedBy?: string; confirmedAt?: Date };

export const targetKey = (t: Target): string => `${t.kind}:${t.id}`;

export type RegisterOptions = {
  now?: () => Date;
  /**
   * Keep the paths read in memory: only when no other process writes the register (the embedded
   * database). Every write in this process, through any register, makes what is held stale.
   */
  cache?: boolean;
};

/**
 * Counts the writes to the register made in this process. A held read counts only while no write
 * came after its start: PGlite runs one statement or transaction at a time, so a read begun after
 * a write sees it, committed.
 */
let writes = 0;

type Held = { paths: ContactPath[]; writes: number };

export class ContactRegister {
  private readonly now: () => Date;
  private readonly cache: LRUCache<string, Held> | undefined;

  constructor(
    private readonly db: Queryable,
    options: RegisterOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.cache = options.cache ? new LRUCache({ max: 50_000 }) : undefined;
  }

  async pathsFor(target: Target): Promise<ContactPath[]> {
    return (await this.pathsForMany([target])).get(targetKey(target)) ?? [];
  }

  /** The paths of several targets at once (a list of people), keyed by targetKey. */
  async pathsForMany(targets: Target[]): Promise<Map<string, ContactPath[]>> {
    const out = new Map<string, ContactPath[]>();
    const missing: string[] = [];
    for (const key of new Set(targets.map(targetKey))) {
      const held = this.cache?.get(key);
      if (held && held.writes === writes) {
        if (held.paths.length > 0) out.set(key, held.paths);
      } else missing.push(key);
    }
    if (missing.length === 0) return out;
    const before = writes;
    const rows = await this.db.query<PathRow>(
      `SELECT ${COLUMNS} FROM contact_paths
       WHERE (target_kind || ':' || target_id) = ANY ($1::text[]) ORDER BY created_at, id`,
      [missing],
    );
    const read = new Map<string, ContactPath[]>(missing.map((key) => [key, []]));
    for (const path of rows.map(toPath)) read.get(targetKey(path.target))?.push(path);
    for (const [key, paths] of read) {
      this.cache?.set(key, { paths, writes: before });
      if (paths.length > 0) out.set(key, paths);
    }
    return out;
  }

  /** Run after every write: what any register of this process held may no longer be true. */
  private changed(): void {
    writes++;
  }

  async path(id: string): Promise<ContactPath | undefined> {
    const rows = await this.db.query<PathRow>(
      `SELECT ${COLUMNS} FROM contact_paths WHERE id = $1`,
      [id],
    );
    return rows.map(toPath)[0];
  }

  /** Shown facts with a value last known right before `before` (the monthly review), bounded. */
  async staleFacts(before: Date, limit = 5_000): Promise<ContactPath[]> {
    const rows = await this.db.query<PathRow>(
      `SELECT ${COLUMNS} FROM contact_paths
       WHERE withdrawn_at IS NULL AND value IS NOT NULL AND COALESCE(confirmed_at, created_at) < $1
       ORDER BY COALESCE(confirmed_at, created_at), id LIMIT $2`,
      [before, limit],
    );
    return rows.map(toPath);
  }

  /** Every fact, in a stable order (export). */
  async all(): Promise<ContactPath[]> {
    const rows = await this.db.query<PathRow>(
      `SELECT ${COLUMNS} FROM contact_paths ORDER BY target_kind, target_id, kind, value, label`,
    );
    return rows.map(toPath);
  }

  /** The existing fact with the same identity (target, kind, value, label), if any. */
  async find(fact: PathFact): Promise<ContactPath | undefined> {
    const rows = await this.db.query<PathRow>(
      `SELECT ${COLUMNS} FROM contact_paths
       WHERE target_kind = $1 AND target_id = $2 AND kind = $3 AND value IS NOT DISTINCT FROM $4
         AND label = $5`,
      [fact.target.kind, fact.target.id, fact.kind, fact.value ?? null, fact.label],
    );
    return rows.map(toPath)[0];
  }

  /**
   * Records a fact; the same fact again only updates its hours, source and confirmation.
   * Returns whether anything changed.
   */
  async upsert(fact: PathFact, provenance: Provenance = {}): Promise<'added' | 'updated' | 'same'> {
    const existing = await this.find(fact);
    const now = this.now();
    if (!existing) {
      await this.db.query(
        `INSERT INTO contact_paths (id, target_kind, target_id, kind, value, label, hours, source,
           added_by, confirmed_by, confirmed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
        [
          randomUUID(),
          fact.target.kind,
          fact.target.id,
          fact.kind,
          fact.value ?? null,
          fact.label,
          fact.hours,
          fact.source,
          provenance.addedBy ?? null,
          provenance.confirmedBy ?? null,
          provenance.confirmedAt ?? null,
          now,
        ],
      );
      this.changed();
      return 'added';
    }
    const confirms = provenance.confirmedBy !== undefined;
    if (existing.hours === fact.hours && existing.source === fact.source && !confirms)
      return 'same';
    await this.db.query(
      `UPDATE contact_paths SET hours = $2, source = $3,
         confirmed_by = COALESCE($4, confirmed_by), confirmed_at = COALESCE($5, confirmed_at),
         updated_at = $6
       WHERE id = $1`,
      [
        existing.id,
        fact.hours,
        fact.source,
        provenance.confirmedBy ?? null,
        provenance.confirmedAt ?? null,
        now,
      ],
    );
    this.changed();
    return 'updated';
  }

  /** The responsible person says the fact still holds. */
  async confirm(id: string, by: string): Promise<void> {
    const now = this.now();
    await this.db.query(
      `UPDATE contact_paths SET confirmed_by = $2, confirmed_at = $3, updated_at = $3 WHERE id = $1`,
      [id, by, now],
    );
    this.changed();
  }

  /** The reviewer confirmed the path wrong: it stays, with who said so, and is never shown. */
  async withdraw(id: string, by: string): Promise<void> {
    const now = this.now();
    await this.db.query(
      `UPDATE contact_paths SET withdrawn_by = $2, withdrawn_at = $3, updated_at = $3 WHERE id = $1`,
      [id, by, now],
    );
    this.changed();
  }

  async remove(id: string): Promise<void> {
    await this.db.query('DELETE FROM contact_paths WHERE id = $1', [id]);
    this.changed();
  }

  /** Replaces a wrong value with the right one, confirmed by whoever approved it. */
  async replaceValue(id: string, value: string, provenance: Required<Provenance>): Promise<void> {
    await this.db.query(
      `UPDATE contact_paths SET value = $2, added_by = $3, confirmed_by = $4, confirmed_at = $5,
         source = $6, updated_at = $5
       WHERE id = $1`,
      [
        id,
        value,
        provenance.addedBy,
        provenance.confirmedBy,
        provenance.confirmedAt,
        PROPOSAL_SOURCE,
      ],
    );
    this.changed();
  }

  /**
   * Removes the person facts of one source except those of the people named: a synced source
   * (Microsoft Graph) keeps facts only for the people the directory still matches. Returns how many.
   */
  async removeSourceExcept(source: string, keepPersonIds: readonly string[]): Promise<number> {
    const rows = await this.db.query(
      `DELETE FROM contact_paths
       WHERE source = $1 AND target_kind = 'person' AND NOT (target_id = ANY ($2::text[]))
       RETURNING id`,
      [source, [...keepPersonIds]],
    );
    this.changed();
    return rows.length;
  }

  /**
   * A synced source said at `at` that its facts still hold: they count from then on (not stale),
   * without anyone named as having confirmed them. Written at most once a day per fact.
   */
  async markSourceChecked(source: string, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE contact_paths SET confirmed_at = $2, updated_at = $2
       WHERE source = $1 AND confirmed_by IS NULL
         AND (confirmed_at IS NULL OR confirmed_at < $2::timestamptz - interval '1 day')`,
      [source, at],
    );
    this.changed();
  }
}
