import { createReferenceApi, type ReferenceApi } from '../../dev/reference-api/server';
import { testDatabase } from '../support/pgliteTemplate';

// Starts the reference API on a free port and calls it over real HTTP with Node's fetch.

export const API_KEY = 'test-key-reference-api';

export type Reply = { status: number; contentType: string | null; body: unknown; text: string };

export type TestApi = {
  api: ReferenceApi;
  /** GET with the right key, unless `key` says otherwise (null: no Authorization header). */
  get(path: string, key?: string | null): Promise<Reply>;
};

export async function startTestApi(): Promise<TestApi> {
  // Its own database (from the template, reference data loaded), closed with the API.
  const db = await testDatabase();
  const server = await createReferenceApi({ apiKey: API_KEY, db, port: 0 });
  const api: ReferenceApi = {
    url: server.url,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
  return {
    api,
    async get(path, key = API_KEY) {
      const headers: Record<string, string> =
        key === null ? {} : { authorization: `Bearer ${key}` };
      const res = await fetch(`${api.url}${path}`, { headers });
      const text = await res.text();
      return {
        status: res.status,
        contentType: res.headers.get('content-type'),
        body: JSON.parse(text) as unknown,
        text,
      };
    },
  };
}
