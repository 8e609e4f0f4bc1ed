import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A small Bot Framework connector: records what the bot sends, the way Teams' service would receive it.

export type Sent = {
  method: string;
  path: string;
  conversationId: string;
  activity: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
  };
};

export type Connector = {
  url: string;
  sent: Sent[];
  /** Makes the next n sends fail with this status (and optional Retry-After). */
  failNext: (n: number, status: number, retryAfterSeconds?: number) => void;
  close: () => Promise<void>;
};

export async function startConnector(): Promise<Connector> {
  const sent: Sent[] = [];
  let failures: { status: number; retryAfter?: number }[] = [];
  let nextId = 1;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = decodeURIComponent(req.url ?? '');
      const failure = failures.shift();
      if (failure) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
        // Not chained: restify, loaded in the same process, patches writeHead to return nothing.
        res.writeHead(failure.status, headers);
        res.end('{}');
        return;
      }
      const match = /\/v3\/conversations\/([^/]+)/.exec(path);
      const conversationId = match?.[1] ?? '';
      // Parsed when a test reads it: the connector's own work is Teams', not the bot's turn (the
      // turn bench times the turn with this connector in the same process).
      let activity: Sent['activity'] | undefined;
      const entry = { method: req.method ?? '', path, conversationId } as Sent;
      Object.defineProperty(entry, 'activity', {
        enumerable: true,
        get: () => (activity ??= body ? JSON.parse(body) : {}),
      });
      sent.push(entry);
      const id = `activity-${nextId++}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  // Teams' front door keeps idle connections open far longer than Node's client agent does (5 s),
  // so the client is always the one to drop an idle socket. Node's server default is also 5 s:
  // the two race, and a post on a socket the server just closed fails with ECONNRESET.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    failNext: (n, status, retryAfter) => {
      failures = Array.from({ length: n }, () => ({ status, retryAfter }));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
