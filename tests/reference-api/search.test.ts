import { PersonListSchema, type Person } from '../../src/clients/directorySchemas';
import type { Database } from '../../src/state/database';
import { openDatabase } from '../../src/state/openDatabase';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import { insertPeople } from '../../dev/reference-api/referenceData';
import { createReferenceApi, type ReferenceApi } from '../../dev/reference-api/server';
import { testDatabase } from '../support/pgliteTemplate';
import { describeWithPostgres, freshDatabase } from '../support/postgres';
import { API_KEY } from './client';

// The directory's search in the database (dev/reference-api/directorySearch.ts), over HTTP, as a
// user would check it: misspelt names, names typed without å/ä/ö, a title in another inflection,
// a title with a place, and the exact name first. On embedded PGlite and, when TEST_DATABASE_URL
// names one, on a PostgreSQL server.

/** A few synthetic colleagues beside the reference directory, placed BEFORE it in list order, so
 * that "the exact name first" is the ranking's doing, not the order the rows were loaded in. */
const synthetic = (id: string, name: string, title: string, unitId: string): Person => ({
  id,
  name,
  title,
  unitId,
  organisation: 'Region Kalmar län',
  phones: [],
  roles: [],
  synthetic: true,
});
const COLLEAGUES: Person[] = [
  synthetic('syn-anna-dahlberg', 'Anna Dahlberg', 'sjuksköterska', 'hc-gripen'),
  synthetic('syn-annika-dahl', 'Annika Dahl', 'undersköterska', 'hc-gripen'),
  synthetic('syn-mattias-karlsson', 'Mattias Karlsson', 'fysioterapeut', 'hc-stenso'),
  synthetic('syn-sara-holm', 'Sara Holm', 'sjuksköterska', 'hc-stenso'),
  synthetic('syn-lena-sjoberg', 'Lena Sjöberg', 'distriktssköterska', 'hc-berga'),
  synthetic('syn-lena-sjoborg', 'Lena Sjöborg', 'kurator', 'hc-berga'),
];

type Setup = { db: Database; close: () => Promise<void> };

function searchSuite(name: string, open: () => Promise<Setup>): void {
  describe(name, () => {
    let setup: Setup;
    let api: ReferenceApi;

    beforeAll(async () => {
      setup = await open();
      api = await createReferenceApi({ apiKey: API_KEY, db: setup.db, port: 0 });
      await insertPeople(setup.db, COLLEAGUES, loadDirectory().units, -COLLEAGUES.length);
    });
    afterAll(async () => {
      await api?.close();
      await setup?.close();
    });

    async function search(query: string, extra = ''): Promise<string[]> {
      const res = await fetch(
        `${api.url}/directory/v1/people?query=${encodeURIComponent(query)}${extra}`,
        { headers: { authorization: `Bearer ${API_KEY}` } },
      );
      expect(res.status).toBe(200);
      return PersonListSchema.parse(await res.json()).items.map((p) => p.id);
    }

    it('finds a misspelt name, the closest spelling first', async () => {
      expect((await search('Mathias Carlsson'))[0]).toBe('mathias-karlsson');
      expect(await search('Mathias Carlsson')).toContain('syn-mattias-karlsson');
      expect((await search('Helen Svenson'))[0]).toBe('helene-svensson');
      expect((await search('Susana Altini'))[0]).toBe('susanna-althini');
    });

    it('finds names typed without å, ä and ö as if typed with them', async () => {
      expect(await search('Ake Akesson')).toEqual(['ake-akesson']);
      expect(await search('ake')).toEqual(['ake-akesson']);
      expect(await search('Lena Sjoberg')).toEqual(await search('Lena Sjöberg'));
      expect(await search('julia strom')).toEqual(['julia-strom']);
      expect(await search('Lena Sjoberg')).toEqual(['syn-lena-sjoberg']);
      expect(await search('lina ohlin')).toEqual(['lina-ohlin']);
    });

    it('finds a title in another inflection (the Swedish stemmer), with or without a place', async () => {
      const nurses = await search('sjuksköterskor');
      expect(nurses.sort()).toEqual(['syn-anna-dahlberg', 'syn-sara-holm', 'test-ssk-gripen']);
      expect(await search('sjukskoterskan')).toEqual(await search('sjuksköterskan'));
      expect(await search('sjuksköterskor i Kalmar')).toEqual(['syn-sara-holm']);
      expect((await search('analytikern')).slice(0, 1)).toEqual(['mathias-karlsson']);
    });

    it('puts the exact name first, before longer names that contain it', async () => {
      expect(await search('Anna Dahl')).toEqual(['anna-dahl', 'syn-anna-dahlberg']);
      expect((await search('annika dahl'))[0]).toBe('syn-annika-dahl');
      expect((await search('Mattias Karlsson'))[0]).toBe('syn-mattias-karlsson');
      expect((await search('Mathias Karlsson'))[0]).toBe('mathias-karlsson');
    });

    it('stays empty for someone who is not there, and answers at most limit', async () => {
      expect(await search('Jimmy Loord')).toEqual([]);
      expect(await search('Ragnhild Holmberg')).toEqual([]);
      expect(await search('Testa', '&limit=3')).toHaveLength(3);
      expect((await search('Testa')).length).toBeGreaterThan(30);
    });
  });
}

searchSuite('directory search on embedded PGlite', async () => {
  const db = await testDatabase();
  return { db, close: () => db.close() };
});

describeWithPostgres('directory search on a PostgreSQL server', () => {
  searchSuite('directory search on PostgreSQL', async () => {
    const fresh = await freshDatabase();
    const db = await openDatabase({ DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: 2, DATA_DIR: '' });
    return {
      db,
      close: async () => {
        await db.close();
        await fresh.drop();
      },
    };
  });
});
