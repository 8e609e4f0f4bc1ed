import { iso, type Queryable } from '../state/database';
import type { Language } from '../understanding/intent';
import { StoredReferenceSchema, type StoredReference } from './conversationReferences';

// Each user's own 1:1 chat with the bot (table user_conversations, migration 006): where a card
// meant for one person goes proactively (a suggestion to review, the outcome of one's own).

export type UserConversation = {
  aadObjectId: string;
  conversationId: string;
  reference: StoredReference;
  language?: Language;
  updatedAt: string;
};

type Row = {
  aad_object_id: string;
  conversation_id: string;
  reference: unknown;
  language: Language | null;
  updated_at: unknown;
};

export class UserConversationStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(aadObjectId: string): Promise<UserConversation | undefined> {
    const rows = await this.db.query<Row>(
      `SELECT aad_object_id, conversation_id, reference, language, updated_at
       FROM user_conversations WHERE aad_object_id = $1`,
      [aadObjectId],
    );
    const row = rows[0];
    const reference = row ? StoredReferenceSchema.safeParse(row.reference) : undefined;
    if (!row || !reference?.success) return undefined;
    return {
      aadObjectId: row.aad_object_id,
      conversationId: row.conversation_id,
      reference: reference.data,
      language: row.language ?? undefined,
      updatedAt: iso(row.updated_at),
    };
  }

  /** The user's 1:1 chat as of their latest turn there (a reinstall gives a new one). */
  async remember(
    aadObjectId: string,
    reference: StoredReference,
    language: Language | undefined,
  ): Promise<void> {
    const parsed = StoredReferenceSchema.parse(reference);
    await this.db.query(
      `INSERT INTO user_conversations (aad_object_id, conversation_id, reference, language,
         updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT (aad_object_id) DO UPDATE SET conversation_id = EXCLUDED.conversation_id,
         reference = EXCLUDED.reference, language = COALESCE(EXCLUDED.language,
         user_conversations.language), updated_at = EXCLUDED.updated_at`,
      [aadObjectId, parsed.conversation.id, JSON.stringify(parsed), language ?? null, this.now()],
    );
  }
}
