import { Writable } from 'node:stream';
import { DirectoryClient } from '../../src/clients/directoryClient';
import { ClientCredentialsProvider } from '../../src/graph/clientCredentials';
import { GraphClient } from '../../src/graph/graphClient';
import { GraphSync } from '../../src/graph/graphSync';
import { GRAPH_SOURCE } from '../../src/graph/graphUser';
import { createLogger } from '../../src/log';
import { isStale } from '../../src/register/contactPath';
import { ContactRegister } from '../../src/register/contactRegister';
import { importCsv } from '../../src/register/csvImport';
import type { PgliteDatabase } from '../../src/state/pgliteDatabase';
import { startDirectoryServer, type DirectoryServer } from '../e2e/directoryServer';
import { startGraphServer, type GraphServer } from '../support/graphServer';
import {
  GRETA_AAD,
  graphDirectory,
  greta,
  olle,
  tenant,
  STRANGER_AAD,
} from '../support/graphTenant';
import { testDatabase } from '../support/pgliteTemplate';

// The Graph sync against a local Graph (token endpoint and /users/delta with paging and delta
// links), a local directory API and a real embedded database: what the register holds after each
// run, and what the sync does when Graph throttles, expires its token or refuses the app.

type Setup = {
  db: PgliteDatabase;
  graph: GraphServer;
  directory: DirectoryServer;
  logs: string[];
  sync: (instanceId?: string, secret?: string, clock?: () => Date) => GraphSync;
};

/** `peoplePageSize`: the directory pages its people (as the contract says) and the sync reads them
 * that many at a time. */
async function setup(dir = graphDirectory(), peoplePageSize?: number): Promise<Setup> {
  const db = await testDatabase();
  const graph = await startGraphServer(tenant());
  const directory = await startDirectoryServer(dir, { pages: peoplePageSize !== undefined });
  const logs: string[] = [];
  const log = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _enc, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const sync = (
    instanceId = 'instance-a',
    secret = tenant().clientSecret,
    clock = () => new Date(),
  ) => {
    const t = tenant();
    const auth = new ClientCredentialsProvider({
      authorityUrl: graph.url,
      tenantId: t.tenantId,
      clientId: t.clientId,
      clientSecret: secret,
      scope: `${graph.url}/.default`,
      timeoutMs: 5_000,
    });
    return new GraphSync({
      db,
      directory: new DirectoryClient({ baseUrl: directory.url, apiKey: 'k', timeoutMs: 5_000 }),
      graph: new GraphClient({ baseUrl: graph.baseUrl, auth, timeoutMs: 5_000 }),
      log,
      clock,
      instanceId,
      peoplePageSize,
    });
  };
  return { db, graph, directory, logs, sync };
}

const graphFacts = async (db: PgliteDatabase, personId: string) =>
  (await new ContactRegister(db).pathsFor({ kind: 'person', id: personId }))
    .filter((p) => p.source === GRAPH_SOURCE)
    .map((p) => `${p.kind} ${p.value}`)
    .sort();

describe('Graph sync', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });
  afterEach(async () => {
    await s.graph.close();
    await s.directory.close();
    await s.db.close();
  });

  it('reads every page, records the matched person only, with Graph as the source', async () => {
    const report = await s.sync().run();
    expect(report).toMatchObject({ outcome: 'done', mode: 'full', pages: 2, users: 4 });
    expect(await graphFacts(s.db, greta.id)).toEqual([
      'direkt 08-465 004 00',
      'epost greta.grafstrom@nara.example',
      'mobil +46 70 174 06 80',
    ]);
    // Olle's "mobile" is no number: nothing recorded. The stranger and the test user: nothing.
    expect(await graphFacts(s.db, olle.id)).toEqual([]);
    const all = await new ContactRegister(s.db).all();
    expect(all.filter((p) => p.source === GRAPH_SOURCE)).toHaveLength(3);
    expect(all.map((p) => p.target.id)).not.toContain('test-bec-gripen');
    expect(report.invalid).toBe(1);
    const gretaPaths = await new ContactRegister(s.db).pathsFor({ kind: 'person', id: greta.id });
    expect(gretaPaths[0]).toMatchObject({ source: 'Microsoft Graph', addedBy: 'Microsoft Graph' });
    // It asked for exactly the properties it reads, once, then followed Graph's own links.
    const deltas = s.graph.requests.filter((r) => r.path.startsWith('/v1.0/users/delta'));
    expect(deltas[0].path).toBe(
      '/v1.0/users/delta?$select=id,displayName,jobTitle,department,businessPhones,mobilePhone,mail,userPrincipalName',
    );
    expect(deltas[1].path).toContain('$skiptoken=');
  });

  it('starts the next run from the stored deltaLink, and a run without changes changes nothing', async () => {
    await s.sync().run();
    const before = s.graph.requests.length;
    const again = await s.sync().run();
    expect(again).toMatchObject({ outcome: 'done', mode: 'delta', users: 0, added: 0, removed: 0 });
    const asked = s.graph.requests.slice(before).filter((r) => r.path.includes('/users/delta'));
    expect(asked).toHaveLength(1);
    expect(asked[0].path).toContain('$deltatoken=');
    const rows = await s.db.query<{ delta_link: string }>(
      'SELECT delta_link FROM graph_sync_state',
    );
    expect(rows[0].delta_link).toContain(`${s.graph.baseUrl}/users/delta?$deltatoken=`);
  });

  it('a changed value replaces the old Graph fact, a removed one removes it', async () => {
    await s.sync().run();
    s.graph.update(GRETA_AAD, { mobilePhone: '+46 70 174 06 81', businessPhones: [] });
    const report = await s.sync().run();
    expect(report).toMatchObject({ mode: 'delta', users: 1, matched: 1, added: 1, removed: 2 });
    expect(await graphFacts(s.db, greta.id)).toEqual([
      'epost greta.grafstrom@nara.example',
      'mobil +46 70 174 06 81',
    ]);
    s.graph.update(GRETA_AAD, { mobilePhone: null, mail: null });
    await s.sync().run();
    expect(await graphFacts(s.db, greta.id)).toEqual([]);
  });

  it('never touches a fact from another source, even with the same value', async () => {
    const csv =
      'target,kind,value,label,hours,source\n' +
      'graf-greta,mobil,+46 70 174 06 80,,,HSA-utdrag 2026-11\n' +
      'graf-greta,direkt,08-465 004 01,,,HSA-utdrag 2026-11\n';
    const dir = graphDirectory();
    expect(await importCsv(csv, dir, s.db)).toMatchObject({ errors: [], added: 2 });
    await s.sync().run();
    s.graph.update(GRETA_AAD, { mobilePhone: null, businessPhones: [] });
    await s.sync().run();
    const paths = await new ContactRegister(s.db).pathsFor({ kind: 'person', id: greta.id });
    expect(paths.map((p) => `${p.kind} ${p.value} ${p.source}`).sort()).toEqual([
      'direkt 08-465 004 01 HSA-utdrag 2026-11',
      'epost greta.grafstrom@nara.example Microsoft Graph',
      'mobil +46 70 174 06 80 HSA-utdrag 2026-11',
    ]);
  });

  it('facts Graph still holds are never marked stale: each run counts as a check', async () => {
    const t0 = new Date('2026-01-10T08:00:00Z');
    const later = new Date('2027-03-10T08:00:00Z'); // 14 months on, nothing changed in Graph
    await s.sync('instance-a', undefined, () => t0).run();
    await s.sync('instance-a', undefined, () => later).run();
    const paths = await new ContactRegister(s.db).pathsFor({ kind: 'person', id: greta.id });
    expect(paths).toHaveLength(3);
    for (const p of paths) {
      expect(p.createdAt).toBe(t0.toISOString()); // added at the first sync
      expect(isStale(p, later, 12)).toBe(false);
      expect(p.confirmedBy).toBeUndefined(); // nobody is named as having confirmed it
    }
  });

  it('a user removed in Graph (@removed) loses the Graph facts', async () => {
    await s.sync().run();
    s.graph.remove(GRETA_AAD);
    expect(await s.sync().run()).toMatchObject({ outcome: 'done', mode: 'delta', removed: 3 });
    expect(await graphFacts(s.db, greta.id)).toEqual([]);
  });

  it('a stored deltaLink of another base URL is not followed: the run reads everyone', async () => {
    await s.sync().run();
    await s.db.query(
      `UPDATE graph_sync_state SET delta_link = 'https://graph.elsewhere.example/v1.0/users/delta?$deltatoken=1'`,
    );
    expect(await s.sync().run()).toMatchObject({ outcome: 'done', mode: 'full', added: 0 });
    expect(await graphFacts(s.db, greta.id)).toHaveLength(3);
  });

  it('410 Gone: the round starts over from the beginning and ends right', async () => {
    await s.sync().run();
    s.graph.update(GRETA_AAD, { mobilePhone: '+46 70 174 06 81' });
    s.graph.failNext(410);
    const report = await s.sync().run();
    expect(report).toMatchObject({ outcome: 'done', mode: 'full', resyncs: 1, pages: 2 });
    expect(await graphFacts(s.db, greta.id)).toContain('mobil +46 70 174 06 81');
    expect(await graphFacts(s.db, greta.id)).not.toContain('mobil +46 70 174 06 80');
  });

  it('429: waits for Retry-After and asks again', async () => {
    s.graph.failNext(429, { 'Retry-After': '1' });
    const started = Date.now();
    expect(await s.sync().run()).toMatchObject({ outcome: 'done', pages: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const first = s.graph.requests.filter((r) => r.path.includes('$select='));
    expect(first.map((r) => r.status)).toEqual([429, 200]);
    expect(await graphFacts(s.db, greta.id)).toHaveLength(3);
  });

  it('one instance at a time: a second run while the first holds the lease is busy', async () => {
    const [a, b] = await Promise.all([s.sync('instance-a').run(), s.sync('instance-b').run()]);
    expect([a.outcome, b.outcome].sort()).toEqual(['busy', 'done']);
    expect(await graphFacts(s.db, greta.id)).toHaveLength(3);
  });

  it('the app refused by Entra: the run fails, nothing changes, the log names no secret', async () => {
    await s.sync().run();
    await s.db.query('UPDATE graph_sync_state SET delta_link = NULL');
    const report = await s.sync('instance-a', 'wrong-secret').run();
    expect(report).toMatchObject({ outcome: 'failed', error: 'GraphAuthError 401 invalid_client' });
    expect(await graphFacts(s.db, greta.id)).toHaveLength(3);
    expect(s.logs.join('\n')).not.toContain('wrong-secret');
    // The lease was given back: the next run is not blocked.
    expect(await s.sync().run()).toMatchObject({ outcome: 'done' });
  });

  it('logs counts only: no name, number, address or user id', async () => {
    await s.sync().run();
    s.graph.update(GRETA_AAD, { mobilePhone: '+46 70 174 06 81' });
    await s.sync().run();
    const text = s.logs.join('\n');
    expect(s.logs.filter((l) => l.includes('"event":"graphSync"'))).toHaveLength(2);
    for (const secret of [
      'Greta',
      'Grafström',
      '174 06',
      '465 004',
      'nara.example',
      GRETA_AAD,
      STRANGER_AAD,
      'local-token',
      'local-test-secret',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('the Graph client', () => {
  it('follows no link outside the configured base URL, and sends the token nowhere else', async () => {
    const graph = await startGraphServer(tenant());
    const t = tenant();
    const auth = new ClientCredentialsProvider({
      authorityUrl: graph.url,
      tenantId: t.tenantId,
      clientId: t.clientId,
      clientSecret: t.clientSecret,
      scope: `${graph.url}/.default`,
      timeoutMs: 5_000,
    });
    const client = new GraphClient({ baseUrl: graph.baseUrl, auth, timeoutMs: 5_000 });
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    try {
      for (const link of [
        'https://graph.microsoft.com/v1.0/users/delta?$skiptoken=x',
        `${graph.url}/beta/users/delta?$skiptoken=x`,
        `${graph.baseUrl}.evil.example/users/delta`,
      ]) {
        await expect(client.deltaPage(link)).rejects.toMatchObject({
          name: 'GraphRequestError',
          code: 'foreign_link',
        });
      }
      expect(fetched).toEqual([]);
      expect(graph.requests).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
      await graph.close();
    }
  });
});

describe('Graph sync over a directory in pages', () => {
  it('reads the directory a page at a time and matches the people of every page', async () => {
    const s = await setup(graphDirectory(), 10);
    try {
      expect(await s.sync().run()).toMatchObject({ outcome: 'done', matched: 2 });
      // Greta comes after every reference person: pages away from the first.
      expect(await graphFacts(s.db, greta.id)).toHaveLength(3);
      const lists = s.directory.requests.filter((r) => r.startsWith('/v1/people?'));
      expect(lists.length).toBeGreaterThan(3);
      expect(lists.every((r) => r.includes('pageSize=10'))).toBe(true);
    } finally {
      await s.graph.close();
      await s.directory.close();
      await s.db.close();
    }
  });
});

describe('Graph sync follows the directory', () => {
  it('someone the directory matches later is read; someone it drops loses the Graph facts', async () => {
    const people = graphDirectory();
    const dir = { ...people, people: people.people.filter((p) => p.id !== greta.id) };
    // A directory server whose people the test changes between runs.
    const s = await setup(dir);
    try {
      expect(await s.sync().run()).toMatchObject({ outcome: 'done', mode: 'full' });
      expect(await graphFacts(s.db, greta.id)).toEqual([]);
      dir.people.push(greta);
      // Graph has no change for her, but she was never read: the run reads everyone again.
      expect(await s.sync().run()).toMatchObject({ outcome: 'done', mode: 'full', added: 3 });
      expect(await graphFacts(s.db, greta.id)).toHaveLength(3);
      dir.people.splice(dir.people.indexOf(greta), 1);
      expect(await s.sync().run()).toMatchObject({ outcome: 'done', mode: 'delta', removed: 3 });
      expect(await graphFacts(s.db, greta.id)).toEqual([]);
    } finally {
      await s.graph.close();
      await s.directory.close();
      await s.db.close();
    }
  });
});
