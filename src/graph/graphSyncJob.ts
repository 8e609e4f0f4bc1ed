import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { DirectoryClient } from '../clients/directoryClient';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Database } from '../state/database';
import { ClientCredentialsProvider } from './clientCredentials';
import { GraphClient } from './graphClient';
import { GraphSync, type GraphSyncReport } from './graphSync';

// GRAPH_SYNC=true: the sync runs once at start (in the background: start-up never waits for
// Graph) and then on GRAPH_SYNC_CRON. Runs of this instance never overlap; across instances the
// lease in graph_sync_state lets one run at a time.

const STOP_WAIT_MS = 3_000;

export type GraphSyncJob = {
  /** Runs now, after any run in progress here; resolves with what it did. */
  runNow: () => Promise<GraphSyncReport>;
  stop: () => Promise<void>;
};

export type GraphSyncDeps = {
  db: Database;
  directory: Pick<DirectoryClient, 'peoplePages'>;
  log: Logger;
  clock?: () => Date;
  instanceId?: string;
};

type GraphConfig = Pick<
  Config,
  | 'GRAPH_TENANT_ID'
  | 'GRAPH_CLIENT_ID'
  | 'GRAPH_CLIENT_SECRET'
  | 'GRAPH_BASE_URL'
  | 'GRAPH_AUTHORITY_URL'
  | 'GRAPH_SYNC_CRON'
  | 'API_TIMEOUT_MS'
>;

export function startGraphSync(config: GraphConfig, deps: GraphSyncDeps): GraphSyncJob {
  const auth = new ClientCredentialsProvider({
    authorityUrl: config.GRAPH_AUTHORITY_URL,
    tenantId: config.GRAPH_TENANT_ID ?? '',
    clientId: config.GRAPH_CLIENT_ID ?? '',
    clientSecret: config.GRAPH_CLIENT_SECRET ?? '',
    // The resource's own scope: https://graph.microsoft.com/.default for the global cloud.
    scope: `${new URL(config.GRAPH_BASE_URL).origin}/.default`,
    timeoutMs: Math.max(config.API_TIMEOUT_MS, 10_000),
  });
  const graph = new GraphClient({
    baseUrl: config.GRAPH_BASE_URL,
    auth,
    // Graph pages of users can be slow; a sync is no user's turn, so it may wait longer.
    timeoutMs: Math.max(config.API_TIMEOUT_MS, 30_000),
  });
  const sync = new GraphSync({
    db: deps.db,
    directory: deps.directory,
    graph,
    log: deps.log,
    clock: deps.clock ?? (() => new Date()),
    instanceId: deps.instanceId ?? randomUUID(),
  });

  let last: Promise<unknown> = Promise.resolve();
  const runNow = (): Promise<GraphSyncReport> => {
    const run = last.then(() => sync.run());
    last = run.catch(() => undefined);
    return run;
  };
  // run() reports Graph's and the directory's failures itself; this is the database failing.
  const inBackground = () =>
    runNow().catch((error: Error) =>
      deps.log.error({ event: 'graphSync', errorType: error.name }, 'Graph sync could not run'),
    );
  const cron = new Cron(
    config.GRAPH_SYNC_CRON,
    { protect: true, timezone: 'Europe/Stockholm' },
    async () => {
      await inBackground();
    },
  );
  void inBackground();
  return {
    runNow,
    stop: async () => {
      cron.stop();
      sync.stop();
      // Shutdown is bounded: a run stuck in a slow request or a Retry-After is left to fail (its
      // lease lapses and the next run repeats it), not waited for.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([last, new Promise((r) => (timer = setTimeout(r, STOP_WAIT_MS)))]);
      clearTimeout(timer);
    },
  };
}
