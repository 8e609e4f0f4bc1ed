import {
  CONTEXT_LIFETIME_MS,
  ConversationContexts,
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

describe('conversation contexts on the embedded database (one process)', () => {
  let db: PgliteDatabase;
  beforeEach(async () => {
    db = await testDatabase();
  });
  afterEach(() => db.close());

  const t0 = new Date('2026-12-02T08:00:00Z');
  const stored = async (id: string) =>
    db.query('SELECT context FROM conversation_context WHERE conversation_id = $1', [id]);

  it('answers from memory at once and writes the database in one batch a moment later', async () => {
    let now = t0;
    const contexts = new ConversationContexts(db, {
      singleProcess: true,
      flushAfterMs: 50,
      now: () => now,
    });
    await contexts.load();
    await contexts.save('a:1', { language: 'en' });
    await contexts.save('a:2', { language: 'sv', topic: 'rubSummary' });
    expect(await contexts.read('a:1')).toEqual({ language: 'en' });
    expect(await stored('a:1')).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 150));
    expect(await stored('a:1')).toEqual([{ context: { language: 'en' } }]);
    expect(await stored('a:2')).toEqual([{ context: { language: 'sv', topic: 'rubSummary' } }]);
    // and a context past its lifetime is none, from memory too
    now = new Date(t0.getTime() + CONTEXT_LIFETIME_MS + 1000);
    expect(await contexts.read('a:1')).toBeUndefined();
  });

  it('a restart finds the live contexts the last process wrote, and none it did not', async () => {
    const first = new ConversationContexts(db, { singleProcess: true, now: () => t0 });
    await first.save('a:3', { language: 'en' });
    await first.flush();
    // Written by a process before: older than the lifetime, so not loaded.
    await saveConversationContext(
      db,
      'a:old',
      { language: 'sv' },
      new Date(t0.getTime() - CONTEXT_LIFETIME_MS - 1),
    );
    const next = new ConversationContexts(db, { singleProcess: true, now: () => t0 });
    await next.load();
    expect(await next.read('a:3')).toEqual({ language: 'en' });
    expect(await next.read('a:old')).toBeUndefined();
    expect(await next.read('a:never')).toBeUndefined();
  });

  it('past its memory bound it reads what it let go from the database', async () => {
    const contexts = new ConversationContexts(db, {
      singleProcess: true,
      maxInMemory: 2,
      now: () => t0,
    });
    await contexts.load();
    await contexts.save('a:4', { language: 'en' });
    await contexts.flush();
    await contexts.save('a:5', { language: 'sv' });
    await contexts.save('a:6', { language: 'sv' });
    await contexts.flush();
    expect(await contexts.read('a:4')).toEqual({ language: 'en' });
  });
});

describe('conversation contexts shared by several instances', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  it('reads and writes the database on every turn, so another instance sees the last answer', async () => {
    const a = new ConversationContexts(db, { singleProcess: false });
    const b = new ConversationContexts(db, { singleProcess: false });
    await a.save('a:7', { language: 'en' });
    expect(await b.read('a:7')).toEqual({ language: 'en' });
    await b.save('a:7', { language: 'sv' });
    expect(await a.read('a:7')).toEqual({ language: 'sv' });
  });
});
