import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { activityEndpoint, EdgeAdapter } from './bot/activityEndpoint';
import { NaraBot, onTurnError } from './bot/naraBot';
import type { IntentHandlers } from './skills/intentHandlers';
import { DirectoryClient } from './clients/directoryClient';
import { DatabaseAuditLog } from './access/auditLog';
import { CachedDirectoryClient } from './clients/cachedDirectory';
import { CachedMetricsClient } from './clients/cachedMetrics';
import { ConfigError, type Config } from './config';
import { createDigests, type DigestOptions, type Digests } from './digest/digests';
import { createLogger, type Logger } from './log';
import { createServer } from './server';
import type { Database } from './state/database';
import { openDatabase } from './state/openDatabase';
import { forgetProcessedActivities } from './state/processedActivities';
import { startGraphSync, type GraphSyncJob } from './graph/graphSyncJob';
import type { Services } from './skills/skill';
import { AskCounts } from './skills/contacts/askCounts';
import { ContactRegister } from './register/contactRegister';
import { ConversationContexts } from './state/conversationContextStore';
import { createHandlers } from './skills/skillRegistry';
import { createProposalServices } from './skills/proposals/proposalServices';
import { FactReviews, type FactReviewReport } from './skills/proposals/factReviews';
import { mountTab } from './tab/tabRoutes';
import { LexiconSource } from './understanding/lexiconSource';

export type App = {
  url: string;
  directoryUrl: string;
  metricsUrl: string;
  /**
   * Stops accepting, waits for turns in flight (bounded), closes everything. Once: a second call
   * gets the first call's promise.
   */
  close: () => Promise<void>;
  /** Weekly digests: run due ones now (tests with a controlled clock), or one by id. */
  digests: Pick<Digests, 'tick' | 'runOne' | 'instanceId'>;
  /** The monthly "still right?" cards: run now (tests; the schedule runs them daily). */
  factReviews: { tick: () => Promise<FactReviewReport> };
  /** The app's database (tests read what was stored). */
  db: Database;
  /** The Microsoft Graph sync, when GRAPH_SYNC=true (tests run it when they choose). */
  graphSync?: Pick<GraphSyncJob, 'runNow'>;
};

export type AppOptions = {
  log?: Logger;
  handlers?: Partial<IntentHandlers>;
  /** The digest scheduler's clock (tests move time; default: the real one). */
  clock?: () => Date;
  digest?: DigestOptions;
  /** A migrated embedded database to start from when DATA_DIR has none (tests: fast start). */
  pgliteTemplate?: Blob;
  /** An open, migrated database to use instead (tests: in memory); the app closes it. */
  database?: Database;
  /**
   * Starts the reference directory + metrics APIs when an API URL is unset: development and tests
   * only (npm start, tests/e2e/harness.ts). Production has none, and needs both URLs.
   */
  embeddedApis?: EmbeddedApis;
};

/** The embedded reference APIs on the app's database; `url` is their base (…/directory, …/metrics). */
export type EmbeddedApis = (
  db: Database,
  config: Pick<Config, 'REFERENCE_API_KEY' | 'REFERENCE_API_HOST' | 'REFERENCE_API_PORT'>,
) => Promise<{ url: string; close: () => Promise<void> }>;

/** The one composition root: config → APIs → clients → bot → server. Tests build the same app. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  // 1. Logging
  const log = options.log ?? createLogger(config.LOG_LEVEL);

  // 2. The database (migrated): embedded PGlite, or the server DATABASE_URL names
  const db = options.database ?? (await openDatabase(config, { template: options.pgliteTemplate }));

  // 3. The embedded reference APIs, unless both URLs point elsewhere
  const embedded =
    !config.DIRECTORY_API_URL || !config.METRICS_API_URL
      ? await startEmbeddedApis(db, config, options.embeddedApis)
      : undefined;
  const directoryUrl = config.DIRECTORY_API_URL ?? `${embedded?.url}/directory`;
  const metricsUrl = config.METRICS_API_URL ?? `${embedded?.url}/metrics`;

  // 4. Clients
  const timeoutMs = config.API_TIMEOUT_MS;
  const directoryOptions = {
    baseUrl: directoryUrl,
    apiKey: (config.DIRECTORY_API_URL ? config.DIRECTORY_API_KEY : config.REFERENCE_API_KEY) ?? '',
    timeoutMs,
  };
  const directory =
    config.DIRECTORY_CACHE_SECONDS > 0
      ? new CachedDirectoryClient({
          ...directoryOptions,
          ttlMs: config.DIRECTORY_CACHE_SECONDS * 1_000,
        })
      : new DirectoryClient(directoryOptions);
  const metrics = new CachedMetricsClient({
    baseUrl: metricsUrl,
    apiKey: (config.METRICS_API_URL ? config.METRICS_API_KEY : config.REFERENCE_API_KEY) ?? '',
    timeoutMs,
    cacheMax: config.METRICS_CACHE_MAX,
  });

  // 5. The lexicon for understanding: loaded now, refreshed in the background
  // Its own client: the whole directory in one list is not a turn's lookup (LEXICON_TIMEOUT_MS),
  // and a load meant to be fresh does not go through the cache.
  const lexicon = new LexiconSource(
    new DirectoryClient({ ...directoryOptions, timeoutMs: config.LEXICON_TIMEOUT_MS }),
    log,
  );
  // Start waits for the names at most one turn's budget: a larger directory goes on loading in
  // the background, and the first turns that need names share that load.
  await lexicon.ensureLoaded(config.TURN_BUDGET_MS);
  lexicon.start(config.LEXICON_REFRESH_MINUTES * 60_000);

  // 6. Bot Framework adapter and the bot
  if (!config.MicrosoftAppId) {
    log.warn(
      { event: 'auth' },
      'LOCAL ANONYMOUS MODE: MicrosoftAppId is empty, so requests are NOT authenticated. Never run like this in production.',
    );
  }
  const adapter = new EdgeAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      // botbuilder's local anonymous mode exists only for MultiTenant (it asserts an app id for the
      // others); with an app id the configured type applies.
      MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : 'MultiTenant',
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    }),
  );
  const services: Services = {
    config,
    log,
    directory,
    metrics,
    lexicon: lexicon.current,
    db,
    asked: new AskCounts(),
    register: new ContactRegister(db, { cache: db.kind === 'pglite' }),
    contexts: new ConversationContexts(db, {
      singleProcess: db.kind === 'pglite',
      onWriteError: (error) =>
        log.warn({ event: 'conversationContext', errorType: error.name }, 'contexts not saved'),
    }),
    auditLog: new DatabaseAuditLog(db),
  };
  await services.contexts.load();
  adapter.onTurnError = (context, error) => onTurnError(context, error, services);
  const clock = options.clock ?? (() => new Date());
  const digests = createDigests({ adapter, services, clock, options: options.digest });
  services.digests = digests.services;
  const proposals = createProposalServices({ db, log, clock, send: digests.sendView });
  services.proposals = proposals;
  const factReviews = new FactReviews({
    db,
    services,
    proposals,
    log,
    clock,
    instanceId: digests.instanceId,
  });
  const bot = new NaraBot(services, { ...createHandlers(), ...options.handlers }, (waitMs) =>
    lexicon.ensureLoaded(waitMs),
  );
  const messages = activityEndpoint({ adapter, config, log, run: (context) => bot.run(context) });

  // 7. HTTP server
  let inFlight = 0;
  const server = createServer(
    {
      messages: async (req, res, body) => {
        inFlight++;
        try {
          await messages(req, res, body);
        } finally {
          inFlight--;
        }
      },
      ready: async () => {
        const [dir, met, database] = await Promise.all([
          directory.ping(),
          metrics.ping(),
          databaseWritable(db, log),
        ]);
        return {
          ok: dir && met && database,
          checks: { directory: dir, metrics: met, database },
        };
      },
      mounts: [mountTab(services), digests.mount],
    },
    log,
  );
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST}:${port}`;
  log.info({ event: 'listening', url, directoryUrl, metricsUrl }, 'Nära is listening');
  digests.start();
  // The directory client without its cache: the sync reads the directory as it is now.
  const graphSync = config.GRAPH_SYNC
    ? startGraphSync(config, { db, directory: new DirectoryClient(directoryOptions), log, clock })
    : undefined;
  if (options.digest?.autoStart !== false) factReviews.start();
  const housekeeping = setInterval(
    () => void forgetProcessedActivities(db).catch(() => undefined),
    3_600_000,
  );
  housekeeping.unref();

  let closing: Promise<void> | undefined;
  return {
    url,
    directoryUrl,
    metricsUrl,
    digests: { tick: digests.tick, runOne: digests.runOne, instanceId: digests.instanceId },
    factReviews: { tick: () => factReviews.tick() },
    db,
    graphSync,
    close: () => (closing ??= closeAll()),
  };
  async function closeAll(): Promise<void> {
    lexicon.stop();
    proposals.stop();
    factReviews.stop();
    clearInterval(housekeeping);
    await digests.stop();
    await graphSync?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (let waited = 0; inFlight > 0 && waited < 8_000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await services.contexts.flush();
    await embedded?.close();
    await db.close();
  }
}

async function startEmbeddedApis(
  db: Database,
  config: Config,
  embeddedApis: EmbeddedApis | undefined,
): ReturnType<EmbeddedApis> {
  if (!embeddedApis) {
    await db.close();
    throw new ConfigError(
      'Invalid configuration:\n  DIRECTORY_API_URL, METRICS_API_URL: required; this build has no embedded reference API (only `npm start` has one)',
    );
  }
  return embeddedApis(db, config);
}

/** Ready only if the database can be written, not just read. */
async function databaseWritable(db: Database, log: Logger): Promise<boolean> {
  try {
    await db.query(
      `INSERT INTO readiness (id, checked_at) VALUES (1, now())
       ON CONFLICT (id) DO UPDATE SET checked_at = EXCLUDED.checked_at`,
    );
    return true;
  } catch (error) {
    log.error(
      { event: 'readiness', check: 'database', errorType: (error as Error).name },
      'database not writable',
    );
    return false;
  }
}
