import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DirectoryClient } from '../../src/clients/directoryClient';
import type { Person } from '../../src/clients/directorySchemas';
import { startDirectoryServer } from '../e2e/directoryServer';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import { API_KEY, startTestApi, type TestApi } from '../reference-api/client';

// The lexicon's paged read of the people list, against the reference API (which pages), a
// directory server that does not page, and one whose cursor never ends.

const client = (baseUrl: string) =>
  new DirectoryClient({ baseUrl, apiKey: API_KEY, timeoutMs: 5_000 });

async function collect(pages: AsyncGenerator<Person[]>): Promise<Person[][]> {
  const all: Person[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('DirectoryClient.peoplePages', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.api.close());

  it('reads every contact once, in pages of at most the size asked, and no test user', async () => {
    const directory = client(`${t.api.url}/directory`);
    const pages = await collect(directory.peoplePages(4));
    const everyone = await directory.identities();
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(everyone.length / 4));
    expect(pages.every((p) => p.length <= 4)).toBe(true);
    const paged = pages.flat();
    expect(paged.map((p) => p.id)).toEqual((await directory.people()).map((p) => p.id));
    expect(paged.some((p) => p.synthetic)).toBe(false);
    expect(everyone.some((p) => p.synthetic)).toBe(true);
  });

  it('takes a server that does not page as one page of everyone', async () => {
    const data = loadDirectory();
    const server = await startDirectoryServer(data);
    try {
      const pages = await collect(client(server.url).peoplePages(4));
      expect(pages).toHaveLength(1);
      expect(pages[0].length).toBe(data.people.filter((p) => !p.synthetic).length);
    } finally {
      await server.close();
    }
  });

  it('stops with a directory error when the server hands back a cursor it gave before', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: [], next: '42' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await expect(
        collect(client(`http://127.0.0.1:${port}`).peoplePages(4)),
      ).rejects.toMatchObject({ source: 'directory', reason: 'invalidResponse' });
    } finally {
      server.close();
    }
  });
});
