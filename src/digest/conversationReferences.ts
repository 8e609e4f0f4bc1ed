import { z } from 'zod';
import { iso, type Queryable } from '../state/database';

// The conversation references of every team, channel and chat the bot is in: what a proactive
// message needs (service URL, conversation, bot), kept in the persistent store so that digests
// survive restarts (table conversations). Plain data (zod), no botbuilder types:
// src/digest/installations.ts converts.

const id = z.string().min(1).max(500);

export const StoredReferenceSchema = z.object({
  channelId: z.string().min(1).max(50),
  serviceUrl: z.url(),
  conversation: z.object({
    id,
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().max(100).optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id, name: z.string().max(200).optional() }),
  locale: z.string().max(20).optional(),
});
export type StoredReference = z.infer<typeof StoredReferenceSchema>;

export const ConversationKindSchema = z.enum(['personal', 'channel', 'groupChat']);

export const ConversationRecordSchema = z.object({
  conversationId: id,
  kind: ConversationKindSchema,
  teamId: id.optional(),
  tenantId: z.string().max(100).optional(),
  /** Names as Teams gives them: shown to the team's own members only (subscription lists). */
  teamName: z.string().max(300).optional(),
  channelName: z.string().max(300).optional(),
  reference: StoredReferenceSchema,
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

/** Where a turn happened, as plain data: what the digest skill needs to subscribe this channel. */
export type TurnPlace = Omit<ConversationRecord, 'updatedAt'>;

/** A channel's own id: a thread's conversation id carries ";messageid=…", which is not the channel. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';')[0];
}

type ConversationRow = {
  conversation_id: string;
  kind: string;
  team_id: string | null;
  tenant_id: string | null;
  team_name: string | null;
  channel_name: string | null;
  reference: unknown;
  updated_at: Date;
};

const COLUMNS =
  'conversation_id, kind, team_id, tenant_id, team_name, channel_name, reference, updated_at';

/** A stored row as a record; a row that no longer parses is left out (and left alone). */
function toRecord(row: ConversationRow): ConversationRecord | undefined {
  const parsed = ConversationRecordSchema.safeParse({
    conversationId: row.conversation_id,
    kind: row.kind,
    teamId: row.team_id ?? undefined,
    tenantId: row.tenant_id ?? undefined,
    teamName: row.team_name ?? undefined,
    channelName: row.channel_name ?? undefined,
    reference: row.reference,
    updatedAt: iso(row.updated_at),
  });
  return parsed.success ? parsed.data : undefined;
}

const records = (rows: ConversationRow[]): ConversationRecord[] =>
  rows.map(toRecord).filter((r): r is ConversationRecord => r !== undefined);

export class ConversationStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const rows = await this.db.query<ConversationRow>(
      `SELECT ${COLUMNS} FROM conversations WHERE conversation_id = $1`,
      [conversationId],
    );
    return records(rows)[0];
  }

  async remember(place: TurnPlace): Promise<void> {
    const record = ConversationRecordSchema.parse({
      ...place,
      updatedAt: this.now().toISOString(),
    });
    await this.db.query(
      `INSERT INTO conversations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
       ON CONFLICT (conversation_id) DO UPDATE SET
         kind = EXCLUDED.kind, team_id = EXCLUDED.team_id, tenant_id = EXCLUDED.tenant_id,
         team_name = EXCLUDED.team_name, channel_name = EXCLUDED.channel_name,
         reference = EXCLUDED.reference, updated_at = EXCLUDED.updated_at`,
      [
        record.conversationId,
        record.kind,
        record.teamId ?? null,
        record.tenantId ?? null,
        record.teamName ?? null,
        record.channelName ?? null,
        JSON.stringify(record.reference),
        record.updatedAt,
      ],
    );
  }

  /** Every stored conversation (bounded by the number of places the bot is installed in). */
  async all(): Promise<ConversationRecord[]> {
    return records(await this.db.query<ConversationRow>(`SELECT ${COLUMNS} FROM conversations`));
  }

  async forTeam(teamId: string): Promise<ConversationRecord[]> {
    return records(
      await this.db.query<ConversationRow>(
        `SELECT ${COLUMNS} FROM conversations WHERE team_id = $1`,
        [teamId],
      ),
    );
  }

  async forget(conversationIds: string[]): Promise<void> {
    if (conversationIds.length === 0) return;
    await this.db.query('DELETE FROM conversations WHERE conversation_id = ANY($1::text[])', [
      conversationIds,
    ]);
  }

  /** A team renamed: its channels' records get the new name. */
  async renameTeam(teamId: string, teamName: string | undefined): Promise<void> {
    await this.db.query(
      'UPDATE conversations SET team_name = $2, updated_at = $3 WHERE team_id = $1',
      [teamId, teamName ?? null, this.now()],
    );
  }
}
