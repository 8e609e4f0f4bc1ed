import { createReferenceApi, type ReferenceApi } from '../../src/reference-api/server';

// Starts the reference API on a free port and calls it over real HTTP with Node's fetch.

export const API_KEY = 'test-key-reference-api';

export type Reply = { status: number; contentType: string | null; body: unknown; text: string };

export type TestApi = {
  api: ReferenceApi;
  /** GET with the right key, unless `key` says otherwise (null: no Authorization header). */
  get(path: string, key?: string | null): Promise<Reply>;
};

export async function startTestApi(): Promise<TestApi> {
  const api = await createReferenceApi({ apiKey: API_KEY, port: 0 });
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
