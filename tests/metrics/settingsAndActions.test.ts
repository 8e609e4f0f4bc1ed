import { actionToIntent, CardActionSchema } from '../../src/bot/cardActions';
import { readUserSettings, saveMyUnit } from '../../src/skills/settings/userSettings';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { testDatabase } from '../support/pgliteTemplate';

describe('user settings', () => {
  let db: PgliteDatabase;
  beforeAll(async () => (db = await testDatabase()));
  afterAll(() => db.close());

  it('stores "min HC" per user and changes it', async () => {
    await saveMyUnit(db, 'aad-1', 'hc-gripen', new Date('2024-05-01T10:00:00Z'));
    expect(await readUserSettings(db, 'aad-1')).toEqual({
      myUnitId: 'hc-gripen',
      myUnitSetAt: '2024-05-01T10:00:00.000Z',
    });
    await saveMyUnit(db, 'aad-1', 'hc-kristineberg');
    expect((await readUserSettings(db, 'aad-1')).myUnitId).toBe('hc-kristineberg');
    expect(await readUserSettings(db, 'aad-2')).toEqual({});
  });

  it('survives concurrent writes to the same user', async () => {
    await Promise.all(['hc-a', 'hc-b', 'hc-c'].map((id) => saveMyUnit(db, 'aad-3', id)));
    expect(['hc-a', 'hc-b', 'hc-c']).toContain((await readUserSettings(db, 'aad-3')).myUnitId);
  });
});

describe('metrics card actions', () => {
  it('turns a page button into the same list question, with page and period', () => {
    const action = CardActionSchema.parse({
      action: 'patientPage',
      unitId: 'hc-gripen',
      level: 5,
      withoutFastLakarkontakt: true,
      period: '2023-03',
      page: 1,
    });
    expect(actionToIntent(action, 'sv')).toEqual({
      kind: 'patientList',
      scope: { kind: 'unit', match: { status: 'found', id: 'hc-gripen', name: '', score: 1 } },
      level: 5,
      withoutFastLakarkontakt: true,
      period: '2023-03',
      page: 1,
      language: 'sv',
    });
  });

  it('turns a chosen health centre into the question asked, or into "min HC"', () => {
    const summary = CardActionSchema.parse({
      action: 'metricsUnit',
      kind: 'rubSummary',
      level: 5,
      unitId: 'hc-gripen',
      measure: 'withSip',
    });
    expect(actionToIntent(summary, 'en')).toMatchObject({
      kind: 'rubSummary',
      level: 5,
      measure: 'withSip',
      scope: { kind: 'unit' },
    });
    const mine = CardActionSchema.parse({ action: 'myUnit', unitId: 'hc-gripen' });
    expect(actionToIntent(mine, 'sv')).toMatchObject({
      kind: 'setMyUnit',
      unit: { status: 'found', id: 'hc-gripen' },
    });
  });

  it('rejects forged or stale values', () => {
    for (const value of [
      {
        action: 'patientPage',
        unitId: 'hc-gripen',
        level: 9,
        withoutFastLakarkontakt: true,
        period: '2023-03',
        page: 0,
      },
      {
        action: 'patientPage',
        unitId: 'hc-gripen',
        level: 5,
        withoutFastLakarkontakt: true,
        period: 'mars',
        page: 0,
      },
      { action: 'myUnit', unitId: '' },
      { action: 'metricsUnit', kind: 'digestSubscribe', level: 5, unitId: 'x' },
    ]) {
      expect(CardActionSchema.safeParse(value).success).toBe(false);
    }
  });
});
