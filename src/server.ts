import restify from 'restify';
import type { Logger } from './log';

export type Routes = {
  /** Handles one Bot Framework activity (POST /api/messages). */
  messages: (req: restify.Request, res: restify.Response) => Promise<void>;
  /** Both upstream APIs answer. */
  ready: () => Promise<{ ok: boolean; checks: Record<string, boolean> }>;
  /** Further routes of other parts (digest trigger, tab), each mounted by its own module. */
  mounts?: ((server: restify.Server) => void)[];
};

export function createServer(routes: Routes, log: Logger): restify.Server {
  const server = restify.createServer({ name: 'nara', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await routes.messages(req, res);
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const { ok, checks } = await routes.ready();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
  });
  for (const mount of routes.mounts ?? []) mount(server);
  server.on('restifyError', (req, _res, err, callback) => {
    log.warn(
      { event: 'http', route: req.getRoute()?.path, status: err.statusCode },
      'request error',
    );
    callback();
  });
  return server;
}
