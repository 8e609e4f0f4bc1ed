import {
  ConversationContextSchema,
  type ConversationContext,
} from '../understanding/conversationContext';
import { iso, type Queryable } from './database';

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

type Remembered = { context: ConversationContext; at: Date };

/**
 * The conversation contexts the bot reads before and writes after each turn.
 *
 * On the embedded database (one process: PGlite refuses a second), what this process last wrote
 * IS the newest context, so reads come from memory and writes reach the database in one batch a
 * moment later: no database round trip on a turn's path. The database copy only carries the
 * contexts over a restart; one lost to a crash in that moment costs a follow-up, nothing more.
 * On a PostgreSQL server another instance may have answered the last turn, so every read goes to
 * the database and every write is made before the turn ends.
 */
export class ConversationContexts {
  private readonly memory = new Map<string, Remembered>();
  /** Memory holds every live context (loaded at start, none evicted): a miss means there is none. */
  private complete = false;
  private readonly dirty = new Set<string>();
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Queryable,
    private readonly options: {
      /** Only this process writes the database (the embedded one). */
      singleProcess: boolean;
      /** How soon the writes of a single-process database follow the turns. */
      flushAfterMs?: number;
      /** Contexts kept in memory at most (the oldest go first; the database still has them). */
      maxInMemory?: number;
      now?: () => Date;
      /** A batch that could not be written (it is tried again with the next one). */
      onWriteError?: (error: Error) => void;
    },
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private get maxInMemory(): number {
    return this.options.maxInMemory ?? 10_000;
  }

  /** On a single-process database: takes the live contexts into memory (at start). */
  async load(): Promise<void> {
    if (!this.options.singleProcess) return;
    const now = this.now();
    const rows = await this.db.query<ContextRow & { conversation_id: string; updated_at: unknown }>(
      `SELECT conversation_id, context, updated_at FROM conversation_context
       WHERE updated_at > $1 ORDER BY updated_at DESC LIMIT $2`,
      [new Date(now.getTime() - CONTEXT_LIFETIME_MS), this.maxInMemory + 1],
    );
    for (const row of rows.slice(0, this.maxInMemory).reverse()) {
      const parsed = ConversationContextSchema.safeParse(row.context);
      const at = new Date(iso(row.updated_at));
      if (parsed.success && !this.memory.has(row.conversation_id)) {
        this.memory.set(row.conversation_id, { context: parsed.data, at });
      }
    }
    this.complete = rows.length <= this.maxInMemory;
  }

  async read(conversationId: string): Promise<ConversationContext | undefined> {
    const now = this.now();
    if (this.options.singleProcess) {
      const remembered = this.memory.get(conversationId);
      if (remembered) {
        const fresh = now.getTime() - remembered.at.getTime() < CONTEXT_LIFETIME_MS;
        return fresh ? remembered.context : undefined;
      }
      if (this.complete) return undefined;
    }
    return readConversationContext(this.db, conversationId, now);
  }

  async save(conversationId: string, context: ConversationContext): Promise<void> {
    const now = this.now();
    if (!this.options.singleProcess) {
      return saveConversationContext(this.db, conversationId, context, now);
    }
    // Re-inserted so that the Map's order is the order of last use.
    this.memory.delete(conversationId);
    this.memory.set(conversationId, { context, at: now });
    this.dirty.add(conversationId);
    for (const [oldest, remembered] of this.memory) {
      if (this.memory.size <= this.maxInMemory) break;
      if (this.dirty.has(oldest)) break; // not yet in the database: kept until written
      this.memory.delete(oldest);
      // An expired one is gone from the database too; a live one is only there now.
      if (now.getTime() - remembered.at.getTime() < CONTEXT_LIFETIME_MS) this.complete = false;
    }
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    this.timer ??= setTimeout(() => void this.flush(), this.options.flushAfterMs ?? 1_000);
    this.timer.unref();
  }

  /** Writes what is not yet in the database (also before the database closes). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const ids = [...this.dirty];
    this.dirty.clear();
    const rows = ids.flatMap((id) => {
      const remembered = this.memory.get(id);
      return remembered ? [{ id, ...remembered }] : [];
    });
    this.flushing = this.flushing.then(() => this.write(rows));
    return this.flushing;
  }

  private async write(rows: Array<{ id: string } & Remembered>): Promise<void> {
    if (rows.length === 0) return;
    try {
      await saveConversationContexts(this.db, rows, this.now());
    } catch (error) {
      this.options.onWriteError?.(error as Error);
      // Tried again with the next batch, unless a newer context replaced it meanwhile.
      for (const row of rows) if (this.memory.get(row.id)?.at === row.at) this.dirty.add(row.id);
      if (this.dirty.size > 0) this.scheduleFlush();
    }
  }
}

/** Saves several contexts in one statement (the batch of a single-process database). */
async function saveConversationContexts(
  db: Queryable,
  rows: Array<{ id: string } & Remembered>,
  now: Date,
): Promise<void> {
  const batch = rows.map((r) => ({ id: r.id, context: r.context, at: r.at.toISOString() }));
  await db.query(
    `WITH expired AS (DELETE FROM conversation_context WHERE updated_at < $2)
     INSERT INTO conversation_context (conversation_id, context, updated_at)
     SELECT r->>'id', r->'context', (r->>'at')::timestamptz FROM jsonb_array_elements($1::jsonb) r
     ON CONFLICT (conversation_id)
     DO UPDATE SET context = EXCLUDED.context, updated_at = EXCLUDED.updated_at`,
    [JSON.stringify(batch), new Date(now.getTime() - CONTEXT_LIFETIME_MS)],
  );
}
