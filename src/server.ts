import type { Request, Response, Server } from 'restify';
import restify from './http/restify';
import { codeForStatus, sendError } from './http/httpErrors';
import { jsonRoute } from './http/jsonBody';
import type { Logger } from './log';

export type Routes = {
  /** Handles one Bot Framework activity (POST /api/messages); the body is already read. */
  messages: (req: Request, res: Response, body: unknown) => Promise<void>;
  /** Both upstream APIs answer. */
  ready: () => Promise<{ ok: boolean; checks: Record<string, boolean> }>;
  /** Further routes of other parts (digest trigger, tab), each mounted by its own module. */
  mounts?: ((server: Server) => void)[];
};

// The HTTP edge. No restify body parser at all (PITFALLS.md): POST bodies are read by
// src/http/jsonBody.ts, and every error, restify's own 404/405 included, is answered from the one
// table in src/http/httpErrors.ts, without internal text.
export function createServer(routes: Routes, log: Logger): Server {
  const server = restify.createServer({ name: 'nara', handleUncaughtExceptions: false });

  server.post('/api/messages', jsonRoute(routes.messages));
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const { ok, checks } = await routes.ready();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
  });
  for (const mount of routes.mounts ?? []) mount(server);

  // Routing errors (404, 405) and anything a handler threw or rejected with: one log line and
  // a short answer from the table; restify's own error body (which carries the error's message)
  // is never sent, since the response is already sent when this returns.
  server.on('restifyError', (req: Request, res: Response, err: Error, callback: () => void) => {
    const status = (err as { statusCode?: number }).statusCode;
    const code = codeForStatus(status);
    const route = req.getRoute?.()?.path;
    log[code === 'internal' ? 'error' : 'warn'](
      {
        event: 'http',
        route: route ? String(route) : undefined,
        status: status ?? 500,
        errorType: err?.name,
      },
      'request error',
    );
    sendError(res, code);
    callback();
  });
  return server;
}
