import { PersonListSchema } from '../../src/clients/directorySchemas';
import type { Database } from '../../src/state/database';
import { ensureReferenceData } from '../../dev/reference-api/referenceData';
import { createReferenceApi } from '../../dev/reference-api/server';
import { testDatabase } from '../support/pgliteTemplate';

// The reference data in a database a previous build filled: when the schema file has changed
// shape (a new column, an index on it), the start loads the data again instead of failing on the
// older tables.

const KEY = 'test-key-reference-data';

describe('ensureReferenceData over the tables of an older build', () => {
  let db: Database;

  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  it('loads again into the current shape, and the search works on it', async () => {
    // What a build before the names' words column left behind.
    await db.exec(`ALTER TABLE reference.people DROP COLUMN name_words CASCADE;
      DROP TABLE reference.name_words;
      UPDATE reference.meta SET value = 'an older build' WHERE key = 'version'`);

    expect(await ensureReferenceData(db)).toBe(true);
    expect(await ensureReferenceData(db)).toBe(false);

    const api = await createReferenceApi({ apiKey: KEY, db, port: 0 });
    try {
      const res = await fetch(`${api.url}/directory/v1/people?query=Helen%20Svenson`, {
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(PersonListSchema.parse(await res.json()).items[0]?.id).toBe('helene-svensson');
    } finally {
      await api.close();
    }
  });
});
