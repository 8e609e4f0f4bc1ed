import { PersonListSchema, type Person } from '../../src/clients/directorySchemas';
import type { Database } from '../../src/state/database';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import { insertPeople } from '../../dev/reference-api/referenceData';
import { createReferenceApi, type ReferenceApi } from '../../dev/reference-api/server';
import { testDatabase } from '../support/pgliteTemplate';

// A filtered listing in pages finds its people one of two ways (referenceData.peoplePage): through
// the filter's indexes when few match, by walking the position index when many do. Both must page
// the same: every match once, in the directory's order, as the whole list has them.

const KEY = 'test-key-people-pages';
const MANY = 1_300; // above the few/many threshold (1 000)

describe('GET /directory/v1/people?pageSize with a filter many or few match', () => {
  let db: Database;
  let api: ReferenceApi;

  beforeAll(async () => {
    db = await testDatabase();
    api = await createReferenceApi({ apiKey: KEY, db, port: 0 });
    const { units } = loadDirectory();
    const [{ n }] = await db.query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM reference.people',
    );
    const kuratorer: Person[] = Array.from({ length: MANY }, (_, i) => ({
      id: `gen-kurator-${i}`,
      name: `Syntetisk Kurator ${i}`,
      title: i % 2 ? 'Kurator' : 'Legitimerad kurator, vuxenpsykiatrin',
      unitId: units[i % units.length].id,
      organisation: 'Region Kalmar län',
      phones: [],
      roles: i % 2 ? ['kurator'] : [],
      synthetic: true,
    }));
    await db.transaction((tx) => insertPeople(tx, kuratorer, units, n));
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  const get = async (query: string) => {
    const res = await fetch(`${api.url}/directory/v1/people?${query}`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(res.status).toBe(200);
    return PersonListSchema.parse(await res.json());
  };
  const paged = async (filter: string, size: number): Promise<string[]> => {
    const ids: string[] = [];
    let cursor = '';
    for (let pages = 0; pages < 1_000; pages++) {
      const page = await get(`${filter}&pageSize=${size}${cursor && `&cursor=${cursor}`}`);
      expect(page.items.length).toBeLessThanOrEqual(size);
      ids.push(...page.items.map((p) => p.id));
      if (!page.next) return ids;
      cursor = page.next;
    }
    throw new Error('no last page');
  };

  it.each([
    ['roleOrTitle=kurator', MANY, [101, 500]],
    ['roleOrTitle=analytiker', 1, [101, 1]],
    ['role=basenhetschef', 2, [101, 1]],
    ['unitId=samordning-nara-vard', 8, [101, 3]],
  ])('%s: every match once, in the order of the whole list', async (filter, atLeast, sizes) => {
    const whole = (await get(filter)).items.map((p) => p.id);
    expect(whole.length).toBeGreaterThanOrEqual(atLeast);
    for (const size of sizes) expect(await paged(filter, size)).toEqual(whole);
  });
});
