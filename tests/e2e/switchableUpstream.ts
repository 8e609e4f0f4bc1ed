import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the directory or metrics API that a test switches between passing requests on to
// the real reference API, hanging (accepts, never answers), and failing fast (503).

export type UpstreamMode = 'pass' | 'hang' | 'fail';

export type SwitchableUpstream = {
  url: string;
  /** Mode per path prefix ("/directory", "/metrics"); default pass. */
  set: (prefix: string, mode: UpstreamMode) => void;
  /** Requests seen, by path and query. */
  requests: string[];
  close: () => Promise<void>;
};

export async function startSwitchableUpstream(target: string): Promise<SwitchableUpstream> {
  const modes = new Map<string, UpstreamMode>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push(req.url ?? '/');
    const mode = [...modes].find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'pass';
    if (mode === 'hang') return; // never answers; closed at the end of the test
    if (mode === 'fail') {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":"unavailable"}');
      return;
    }
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (prefix, mode) => void modes.set(prefix, mode),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
