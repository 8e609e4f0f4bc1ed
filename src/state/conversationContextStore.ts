import {
  ConversationContextSchema,
  type ConversationContext,
} from '../understanding/conversationContext';
import type { Queryable } from './database';

// The conversation context (table conversation_context), keyed by the conversation id: in a
// channel that is the thread's id, so each thread has its own. Stored, not held in memory, so a
// follow-up works when the next message reaches another instance.

/** How long a conversation's context lasts after its last answer. */
export const CONTEXT_LIFETIME_MS = 30 * 60_000;

type ContextRow = { context: unknown };

/** The context of a conversation, or undefined when there is none younger than the lifetime. */
export async function readConversationContext(
  db: Queryable,
  conversationId: string,
  now: Date = new Date(),
): Promise<ConversationContext | undefined> {
  const [row] = await db.query<ContextRow>(
    'SELECT context FROM conversation_context WHERE conversation_id = $1 AND updated_at > $2',
    [conversationId, new Date(now.getTime() - CONTEXT_LIFETIME_MS)],
  );
  if (!row) return undefined;
  // Written by an older build, or by hand: a context that does not parse is no context.
  const parsed = ConversationContextSchema.safeParse(row.context);
  return parsed.success ? parsed.data : undefined;
}

/** Saves a conversation's context (last write wins) and drops the contexts that have expired. */
export async function saveConversationContext(
  db: Queryable,
  conversationId: string,
  context: ConversationContext,
  now: Date = new Date(),
): Promise<void> {
  // One statement: the expired rows go in the same round trip as the write.
  await db.query(
    `WITH expired AS (DELETE FROM conversation_context WHERE updated_at < $4)
     INSERT INTO conversation_context (conversation_id, context, updated_at)
     VALUES ($1, $2, $3)
     ON CONFLICT (conversation_id)
     DO UPDATE SET context = EXCLUDED.context, updated_at = EXCLUDED.updated_at`,
    [conversationId, JSON.stringify(context), now, new Date(now.getTime() - CONTEXT_LIFETIME_MS)],
  );
}
