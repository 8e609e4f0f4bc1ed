import {
  CONTEXT_LIFETIME_MS,
  readConversationContext,
  saveConversationContext,
} from '../../src/state/conversationContextStore';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { testDatabase } from '../support/pgliteTemplate';

// The conversation context in the database: per conversation id (a channel thread's own), short-lived.

describe('conversation context store', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  const t0 = new Date('2026-12-02T08:00:00Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it('reads back what was saved, per conversation id', async () => {
    await saveConversationContext(
      db,
      'a:1',
      { language: 'en', topic: 'personLookup', person: { id: 'ake-akesson', name: 'Åke Åkesson' } },
      t0,
    );
    expect(await readConversationContext(db, 'a:1', later(60_000))).toEqual({
      language: 'en',
      topic: 'personLookup',
      person: { id: 'ake-akesson', name: 'Åke Åkesson' },
    });
    expect(await readConversationContext(db, '19:x@thread.tacv2;messageid=2', t0)).toBeUndefined();
  });

  it('the last answer replaces the context', async () => {
    await saveConversationContext(db, 'a:2', { language: 'sv', topic: 'rubSummary' }, t0);
    await saveConversationContext(db, 'a:2', { language: 'en' }, later(1000));
    expect(await readConversationContext(db, 'a:2', later(2000))).toEqual({ language: 'en' });
  });

  it('is gone once its lifetime has passed, and expired rows are deleted on the next save', async () => {
    await saveConversationContext(db, 'a:3', { language: 'sv' }, t0);
    expect(await readConversationContext(db, 'a:3', later(CONTEXT_LIFETIME_MS - 1000))).toEqual({
      language: 'sv',
    });
    expect(
      await readConversationContext(db, 'a:3', later(CONTEXT_LIFETIME_MS + 1000)),
    ).toBeUndefined();
    await saveConversationContext(db, 'a:4', {}, later(CONTEXT_LIFETIME_MS + 2000));
    const rows = await db.query('SELECT 1 FROM conversation_context WHERE conversation_id = $1', [
      'a:3',
    ]);
    expect(rows).toHaveLength(0);
  });

  it('treats a stored value that does not parse as no context', async () => {
    await db.query(
      `INSERT INTO conversation_context (conversation_id, context, updated_at) VALUES ($1, $2, $3)`,
      ['a:5', JSON.stringify({ level: 'five' }), later(CONTEXT_LIFETIME_MS + 2000)],
    );
    expect(
      await readConversationContext(db, 'a:5', later(CONTEXT_LIFETIME_MS + 3000)),
    ).toBeUndefined();
  });
});
