import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionToIntent, CardActionSchema } from '../../src/bot/cardActions';
import { readUserSettings, saveMyUnit } from '../../src/skills/settings/userSettings';
import { createStorage } from '../../src/state/appStorage';

describe('user settings', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nara-settings-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores "min HC" per user, survives a new store on the same folder, keeps other fields', async () => {
    const storage = createStorage(dir);
    await storage.write({ 'user/aad-1': { language: 'en' } });
    await saveMyUnit(storage, 'aad-1', 'hc-gripen');
    const again = createStorage(dir);
    expect(await readUserSettings(again, 'aad-1')).toMatchObject({
      myUnitId: 'hc-gripen',
      language: 'en',
    });
    await saveMyUnit(again, 'aad-1', 'hc-kristineberg');
    expect((await readUserSettings(storage, 'aad-1')).myUnitId).toBe('hc-kristineberg');
    expect(await readUserSettings(storage, 'aad-2')).toEqual({});
  });

  it('survives concurrent writes to the same user', async () => {
    const storage = createStorage(dir);
    await Promise.all(['hc-a', 'hc-b', 'hc-c'].map((id) => saveMyUnit(storage, 'aad-1', id)));
    expect(['hc-a', 'hc-b', 'hc-c']).toContain((await readUserSettings(storage, 'aad-1')).myUnitId);
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
