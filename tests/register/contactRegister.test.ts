import { ContactRegister } from '../../src/register/contactRegister';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { testDatabase } from '../support/pgliteTemplate';

// The register's paths held in memory (the embedded database, one process): a write through the
// register is the answer from then on, at once.

describe('contact register held in memory', () => {
  let db: PgliteDatabase;
  beforeEach(async () => {
    db = await testDatabase();
  });
  afterEach(() => db.close());

  const gripen = { kind: 'unit', id: 'hc-gripen' } as const;
  const fact = {
    target: gripen,
    kind: 'direkt',
    value: '0491-765 00',
    label: 'vid utskrivning',
    hours: '',
    source: 'Intranätet',
  } as const;

  it('a path added, confirmed, corrected or removed shows at once', async () => {
    const register = new ContactRegister(db, { cache: true });
    expect(await register.pathsFor(gripen)).toEqual([]);
    await register.upsert(fact);
    const [added] = await register.pathsFor(gripen);
    expect(added).toMatchObject({ value: '0491-765 00' });

    await register.confirm(added.id, 'Samordnare S');
    expect((await register.pathsFor(gripen))[0]).toMatchObject({ confirmedBy: 'Samordnare S' });

    const at = new Date('2026-12-02T10:00:00Z');
    await register.replaceValue(added.id, '0491-765 01', {
      addedBy: 'Sköterska N',
      confirmedBy: 'Samordnare S',
      confirmedAt: at,
    });
    expect((await register.pathsForMany([gripen])).get('unit:hc-gripen')).toEqual([
      expect.objectContaining({ value: '0491-765 01', addedBy: 'Sköterska N' }),
    ]);

    await register.remove(added.id);
    expect(await register.pathsFor(gripen)).toEqual([]);
  });

  it('several targets at once: held ones from memory, the rest from the database', async () => {
    const register = new ContactRegister(db, { cache: true });
    await register.upsert(fact);
    expect(await register.pathsFor(gripen)).toHaveLength(1);
    const many = await register.pathsForMany([
      gripen,
      { kind: 'group', id: 'karlshamnspiloten' },
      { kind: 'unit', id: 'hc-borgholm' },
    ]);
    expect([...many.keys()].sort()).toEqual(['group:karlshamnspiloten', 'unit:hc-gripen']);
  });
});

describe('contact register held in memory, written by another register of the process', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  it('a write through another register (an import, the Graph sync) shows at once', async () => {
    const bot = new ContactRegister(db, { cache: true });
    const unit = { kind: 'unit', id: 'hc-borgholm' } as const;
    expect(await bot.pathsFor(unit)).toEqual([]);
    await db.transaction(async (tx) => {
      await new ContactRegister(tx).upsert({
        target: unit,
        kind: 'vaxel',
        value: '0485-100 00',
        label: '',
        hours: '',
        source: 'HSA-utdrag',
      });
    });
    expect(await bot.pathsFor(unit)).toEqual([expect.objectContaining({ value: '0485-100 00' })]);
  });
});
