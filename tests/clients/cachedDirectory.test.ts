import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CachedDirectoryClient } from '../../src/clients/cachedDirectory';
import rawDirectory from '../../dev/reference-api/data/directory.json';

// The cache in front of the directory API, against a real HTTP server that counts requests.

const person = rawDirectory.people.find((p) => !p.synthetic)!;

describe('CachedDirectoryClient', () => {
  let server: http.Server;
  let url: string;
  let requests: string[];
  let failNext = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (failNext > 0) {
        failNext--;
        res.writeHead(500);
        res.end('{}');
        return;
      }
      if (req.url === `/v1/people/${person.id}`) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(person));
        return;
      }
      // Not chained: restify, loaded in the same process, patches writeHead to return nothing.
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"notFound"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    requests = [];
    failNext = 0;
  });

  const client = (ttlMs = 60_000) =>
    new CachedDirectoryClient({ baseUrl: url, apiKey: 'k', timeoutMs: 10_000, retries: 0, ttlMs });

  it('asks the API once for an entry looked up again and again, also concurrently', async () => {
    const c = client();
    const all = await Promise.all([c.person(person.id), c.person(person.id)]);
    await c.person(person.id);
    expect(all[0]).toMatchObject({ id: person.id, name: person.name });
    expect(requests).toEqual([`/v1/people/${person.id}`]);
  });

  it('asks again once the entry is older than its lifetime', async () => {
    const c = client(30);
    await c.person(person.id);
    await new Promise((r) => setTimeout(r, 60));
    await c.person(person.id);
    expect(requests).toHaveLength(2);
  });

  it('never keeps a failure or a "not found"', async () => {
    const c = client();
    failNext = 1;
    await expect(c.person(person.id)).rejects.toThrow();
    expect(await c.person(person.id)).toMatchObject({ id: person.id });
    expect(await c.person('nobody')).toBeUndefined();
    expect(await c.person('nobody')).toBeUndefined();
    expect(requests).toEqual([
      `/v1/people/${person.id}`,
      `/v1/people/${person.id}`,
      '/v1/people/nobody',
      '/v1/people/nobody',
    ]);
  });
});
