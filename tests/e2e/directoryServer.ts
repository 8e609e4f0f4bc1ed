import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Group, Person, Unit } from '../../src/clients/directorySchemas';
import { loadDirectory, normalizeText } from '../../dev/reference-api/directoryData';

// A small directory API (API-CONTRACT.md) serving the data a test gives: for directories the
// bundled reference data does not have (many people with one role, real people with a Teams
// identity). Filters as the contract says; ids unknown → 404.

export type DirectoryData = { units: Unit[]; people: Person[]; groups: Group[] };
export type DirectoryServer = {
  url: string;
  /** Path and query of every request, in order. */
  requests: string[];
  close: () => Promise<void>;
};

const matches = (query: string | null, names: string[]): boolean =>
  !query ||
  names.some((n) =>
    normalizeText(query)
      .split(' ')
      .every((w) => normalizeText(n).includes(w)),
  );

export type DirectoryServerOptions = {
  /** The full list of people (no filter: what the lexicon loads) answers only after this long. */
  fullPeopleListDelayMs?: number;
  /** Page people listings as the contract says (pageSize, cursor, next); by default it does not. */
  pages?: boolean;
};

export async function startDirectoryServer(
  data: DirectoryData,
  options: DirectoryServerOptions = {},
): Promise<DirectoryServer> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    requests.push(req.url ?? '/');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const [, , resource, id] = url.pathname.split('/'); // /v1/<resource>/<id>
    const one = <T extends { id: string }>(items: T[]) => {
      const item = items.find((x) => x.id === decodeURIComponent(id));
      return item ? send(200, item) : send(404, { error: 'not_found', message: 'unknown id' });
    };
    if (resource === 'units') {
      if (id) return one(data.units);
      return send(200, {
        items: data.units.filter(
          (u) =>
            matches(q.get('query'), [u.name, ...u.aliases]) &&
            (!q.get('kind') || u.kind === q.get('kind')),
        ),
      });
    }
    if (resource === 'people') {
      if (id) return one(data.people);
      // Unless told to page, pageSize and cursor are ignored: everyone is the first page.
      const filtered = ['query', 'unitId', 'role', 'roleOrTitle', 'aadObjectId'].some((k) =>
        q.has(k),
      );
      if (options.fullPeopleListDelayMs && !filtered) {
        await new Promise((resolve) => setTimeout(resolve, options.fullPeopleListDelayMs));
      }
      const role = q.get('role');
      const roleOrTitle = q.get('roleOrTitle');
      const aad = q.get('aadObjectId');
      const items = data.people.filter(
        (p) =>
          matches(q.get('query'), [p.name]) &&
          (!q.get('unitId') || p.unitId === q.get('unitId')) &&
          (!role || p.roles.includes(role)) &&
          (!roleOrTitle ||
            p.roles.some((r) => normalizeText(r) === normalizeText(roleOrTitle)) ||
            normalizeText(p.title).includes(normalizeText(roleOrTitle))) &&
          (!aad || p.aadObjectId?.toLowerCase() === aad.toLowerCase()),
      );
      const pageSize = Number(q.get('pageSize'));
      if (!options.pages || !pageSize || q.has('query')) return send(200, { items });
      // A cursor is the index after which the page starts.
      const start = q.has('cursor') ? Number(q.get('cursor')) + 1 : 0;
      const page = items.slice(start, start + pageSize);
      const more = start + pageSize < items.length;
      return send(200, { items: page, ...(more ? { next: String(start + page.length - 1) } : {}) });
    }
    if (resource === 'groups') {
      if (id) return one(data.groups);
      return send(200, {
        items: data.groups.filter((g) => matches(q.get('query'), [g.name, ...g.aliases])),
      });
    }
    send(404, { error: 'not_found', message: 'unknown path' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The reference directory with its people replaced by n named basenhetschefer: the reference data
 * has no role with more than 8 real people (test users are not contacts), so lists that page
 * need this.
 */
export function directoryWithChiefs(n: number): DirectoryData {
  const base = loadDirectory();
  const chiefs: Person[] = Array.from({ length: n }, (_, i) => ({
    id: `chef-${i + 1}`,
    name: `Chef Nummer ${i + 1}`,
    title: 'basenhetschef',
    unitId: base.units[i % base.units.length].id,
    organisation: 'Region Kalmar län',
    phones: [],
    roles: ['basenhetschef'],
    synthetic: false,
  }));
  return { ...base, people: chiefs };
}
