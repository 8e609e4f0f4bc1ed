import { randomUUID } from 'node:crypto';
import { iso, isoOrUndefined, type Queryable } from '../state/database';
import type { PathKind, Target, TargetKind } from './contactPath';
import type { Proposal, ProposalDraft, ProposalMode, ProposalStatus } from './proposal';

// Suggested changes in the database (table contact_proposals, migration 006). A proposal is
// decided once: the decision is a conditional update that only a pending row accepts.

type ProposalRow = {
  id: string;
  target_kind: TargetKind;
  target_id: string;
  target_name: string;
  mode: ProposalMode;
  kind: PathKind;
  old_value: string | null;
  old_path_id: string | null;
  new_value: string | null;
  label: string;
  hours: string;
  proposer_aad_object_id: string;
  proposer_name: string;
  proposer_language: 'sv' | 'en';
  reviewer_aad_object_id: string;
  reviewer_name: string;
  status: ProposalStatus;
  decided_by: string | null;
  decided_at: unknown;
  created_at: unknown;
  reviewer_notified_at: unknown;
  proposer_notified_at: unknown;
};

const COLUMNS = `id, target_kind, target_id, target_name, mode, kind, old_value, old_path_id,
  new_value, label, hours, proposer_aad_object_id, proposer_name, proposer_language,
  reviewer_aad_object_id, reviewer_name, status, decided_by, decided_at, created_at,
  reviewer_notified_at, proposer_notified_at`;

function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    target: { kind: row.target_kind, id: row.target_id },
    targetName: row.target_name,
    mode: row.mode,
    kind: row.kind,
    oldValue: row.old_value ?? undefined,
    oldPathId: row.old_path_id ?? undefined,
    newValue: row.new_value ?? undefined,
    label: row.label,
    hours: row.hours,
    proposer: { aadObjectId: row.proposer_aad_object_id, name: row.proposer_name },
    proposerLanguage: row.proposer_language,
    reviewer: { aadObjectId: row.reviewer_aad_object_id, name: row.reviewer_name },
    status: row.status,
    decidedBy: row.decided_by ?? undefined,
    decidedAt: isoOrUndefined(row.decided_at),
    createdAt: iso(row.created_at),
    reviewerNotifiedAt: isoOrUndefined(row.reviewer_notified_at),
    proposerNotifiedAt: isoOrUndefined(row.proposer_notified_at),
  };
}

export type Person = { aadObjectId: string; name: string };

export type NewProposal = ProposalDraft & {
  target: Target;
  targetName: string;
  proposer: Person;
  proposerLanguage: 'sv' | 'en';
  reviewer: Person;
};

export class ProposalStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Stores a proposal; the same one again while the first is pending (a double tap) is not a
   * second proposal: `created` is false and the waiting one is returned.
   */
  async create(p: NewProposal): Promise<{ proposal: Proposal; created: boolean }> {
    const rows = await this.db.query<ProposalRow>(
      `INSERT INTO contact_proposals (id, target_kind, target_id, target_name, mode, kind,
         old_value, old_path_id, new_value, label, hours, proposer_aad_object_id, proposer_name,
         proposer_language, reviewer_aad_object_id, reviewer_name, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'pending', $17)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [
        randomUUID(),
        p.target.kind,
        p.target.id,
        p.targetName,
        p.mode,
        p.kind,
        p.oldValue ?? null,
        p.oldPathId ?? null,
        p.newValue ?? null,
        p.label,
        p.hours,
        p.proposer.aadObjectId,
        p.proposer.name,
        p.proposerLanguage,
        p.reviewer.aadObjectId,
        p.reviewer.name,
        this.now(),
      ],
    );
    if (rows[0]) return { proposal: toProposal(rows[0]), created: true };
    const waiting = await this.db.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM contact_proposals
       WHERE status = 'pending' AND proposer_aad_object_id = $1 AND target_kind = $2
         AND target_id = $3 AND kind = $4 AND COALESCE(old_value, '') = $5
         AND COALESCE(new_value, '') = $6 AND label = $7`,
      [
        p.proposer.aadObjectId,
        p.target.kind,
        p.target.id,
        p.kind,
        p.oldValue ?? '',
        p.newValue ?? '',
        p.label,
      ],
    );
    if (!waiting[0]) throw new Error('proposal neither stored nor found');
    return { proposal: toProposal(waiting[0]), created: false };
  }

  async get(id: string): Promise<Proposal | undefined> {
    const rows = await this.db.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM contact_proposals WHERE id = $1`,
      [id],
    );
    return rows.map(toProposal)[0];
  }

  /** Decides a pending proposal; undefined when it was not pending (decided already). */
  async decide(
    id: string,
    status: Exclude<ProposalStatus, 'pending'>,
    by: string,
  ): Promise<Proposal | undefined> {
    const rows = await this.db.query<ProposalRow>(
      `UPDATE contact_proposals SET status = $2, decided_by = $3, decided_at = $4
       WHERE id = $1 AND status = 'pending' RETURNING ${COLUMNS}`,
      [id, status, by, this.now()],
    );
    return rows.map(toProposal)[0];
  }

  async markReviewerNotified(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `UPDATE contact_proposals SET reviewer_notified_at = $2
       WHERE id = ANY($1::text[]) AND reviewer_notified_at IS NULL`,
      [ids, this.now()],
    );
  }

  async markProposerNotified(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `UPDATE contact_proposals SET proposer_notified_at = $2
       WHERE id = ANY($1::text[]) AND proposer_notified_at IS NULL`,
      [ids, this.now()],
    );
  }

  /** What waits for this user: proposals to review, and outcomes of their own (bounded). */
  async waitingFor(aadObjectId: string): Promise<{ toReview: Proposal[]; outcomes: Proposal[] }> {
    const [toReview, outcomes] = await Promise.all([
      this.db.query<ProposalRow>(
        `SELECT ${COLUMNS} FROM contact_proposals
         WHERE reviewer_aad_object_id = $1 AND status = 'pending' AND reviewer_notified_at IS NULL
         ORDER BY created_at, id LIMIT 10`,
        [aadObjectId],
      ),
      this.db.query<ProposalRow>(
        `SELECT ${COLUMNS} FROM contact_proposals
         WHERE proposer_aad_object_id = $1 AND status <> 'pending' AND proposer_notified_at IS NULL
         ORDER BY decided_at, id LIMIT 10`,
        [aadObjectId],
      ),
    ]);
    return { toReview: toReview.map(toProposal), outcomes: outcomes.map(toProposal) };
  }

  /** Everyone something waits for (the set the bot checks each turn in memory). */
  async waitingUsers(): Promise<string[]> {
    const rows = await this.db.query<{ aad: string }>(
      `SELECT reviewer_aad_object_id AS aad FROM contact_proposals
         WHERE status = 'pending' AND reviewer_notified_at IS NULL
       UNION
       SELECT proposer_aad_object_id AS aad FROM contact_proposals
         WHERE status <> 'pending' AND proposer_notified_at IS NULL`,
    );
    return rows.map((r) => r.aad);
  }
}
