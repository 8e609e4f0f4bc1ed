import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A small local stand-in for the two Microsoft endpoints the Graph sync uses, so that no test
// calls out: Entra's token endpoint (POST /{tenant}/oauth2/v2.0/token, client credentials) and
// Graph's GET /v1.0/users/delta, with @odata.nextLink pages and an @odata.deltaLink whose token
// gives, next time, only the users changed since. Every request is recorded.

export type TenantUser = {
  id: string;
  displayName?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  businessPhones?: string[];
  mobilePhone?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
};

export type GraphServer = {
  /** The origin, e.g. http://127.0.0.1:PORT (GRAPH_AUTHORITY_URL). */
  url: string;
  /** GRAPH_BASE_URL: `${url}/v1.0`. */
  baseUrl: string;
  requests: { method: string; path: string; status: number }[];
  /** Changes a user (a property set to null is cleared, as Graph has it). */
  update: (id: string, patch: Partial<TenantUser>) => void;
  add: (user: TenantUser) => void;
  /** Deletes a user: the next delta lists it with @removed. */
  remove: (id: string) => void;
  /** The next /users/delta request gets this answer once (429 with Retry-After, 410, 500…). */
  failNext: (status: number, headers?: Record<string, string>) => void;
  close: () => Promise<void>;
};

export type GraphServerOptions = {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  users: TenantUser[];
  pageSize?: number;
};

type Entry = { user: TenantUser; changedAt: number; removed: boolean };

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const pageSize = options.pageSize ?? 2;
  const entries = new Map<string, Entry>();
  let version = 1;
  for (const user of options.users) entries.set(user.id, { user, changedAt: 1, removed: false });
  const tokens = new Set<string>();
  const requests: GraphServer['requests'] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let origin = '';

  const selected = (user: TenantUser, select: string[]): Record<string, unknown> =>
    Object.fromEntries(
      select
        .filter((k) => (user as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, (user as Record<string, unknown>)[k]]),
    );

  // What a round lists: everything (since = 0) or the users changed after `since`.
  const listing = (since: number, select: string[]): unknown[] =>
    [...entries.values()]
      .filter((e) => (since === 0 ? !e.removed : e.changedAt > since))
      .map((e) =>
        e.removed ? { id: e.user.id, '@removed': { reason: 'deleted' } } : selected(e.user, select),
      );

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`;
      if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
        const form = new URLSearchParams(body);
        if (url.pathname !== tokenPath) return send(400, { error: 'invalid_request' });
        if (
          form.get('grant_type') !== 'client_credentials' ||
          form.get('scope') !== `${origin}/.default`
        ) {
          return send(400, { error: 'invalid_request' });
        }
        if (
          form.get('client_id') !== options.clientId ||
          form.get('client_secret') !== options.clientSecret
        ) {
          return send(401, { error: 'invalid_client', error_description: 'AADSTS7000215' });
        }
        const token = `local-token-${tokens.size + 1}`;
        tokens.add(token);
        return send(200, { token_type: 'Bearer', expires_in: 3599, access_token: token });
      }
      if (req.method === 'GET' && url.pathname === '/v1.0/users/delta') {
        const auth = req.headers.authorization ?? '';
        if (!tokens.has(auth.replace(/^Bearer /, ''))) {
          return send(401, { error: { code: 'InvalidAuthenticationToken', message: 'no token' } });
        }
        const failure = failures.shift();
        if (failure) {
          return send(
            failure.status,
            { error: { code: 'Failure', message: 'injected' } },
            failure.headers,
          );
        }
        const q = url.searchParams;
        // A round's state lives in its tokens, as Graph's does: since.start.select for skiptokens.
        let since: number;
        let start: number;
        let offset = 0;
        let select: string[];
        const skip = q.get('$skiptoken');
        const delta = q.get('$deltatoken');
        if (skip) {
          const [s, st, o, sel] = skip.split('.');
          [since, start, offset, select] = [Number(s), Number(st), Number(o), sel.split(',')];
        } else if (delta) {
          const [s, sel] = delta.split('.');
          [since, start, select] = [Number(s), version, sel.split(',')];
        } else {
          const sel = q.get('$select');
          if (!sel)
            return send(400, { error: { code: 'BadRequest', message: '$select expected' } });
          [since, start, select] = [0, version, sel.split(',')];
        }
        const all = listing(since, select);
        const page = all.slice(offset, offset + pageSize);
        const base = `${origin}/v1.0/users/delta`;
        const more = offset + pageSize < all.length;
        return send(200, {
          '@odata.context': `${origin}/v1.0/$metadata#users`,
          value: page,
          ...(more
            ? {
                '@odata.nextLink': `${base}?$skiptoken=${since}.${start}.${offset + pageSize}.${select.join(',')}`,
              }
            : { '@odata.deltaLink': `${base}?$deltatoken=${start}.${select.join(',')}` }),
        });
      }
      send(404, { error: { code: 'NotFound', message: 'unknown path' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const change = (id: string, next: (e: Entry | undefined) => Entry) => {
    version++;
    entries.set(id, { ...next(entries.get(id)), changedAt: version });
  };
  return {
    url: origin,
    baseUrl: `${origin}/v1.0`,
    requests,
    update: (id, patch) =>
      change(id, (e) => ({ user: { ...e!.user, ...patch }, changedAt: 0, removed: false })),
    add: (user) => change(user.id, () => ({ user, changedAt: 0, removed: false })),
    remove: (id) => change(id, (e) => ({ user: e!.user, changedAt: 0, removed: true })),
    failNext: (status, headers = {}) => failures.push({ status, headers }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
