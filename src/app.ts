import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { NaraBot, onTurnError, type SkillRegistry } from './bot/naraBot';
import { DirectoryClient } from './clients/directoryClient';
import { createAuditLog } from './access/auditLog';
import { CachedMetricsClient } from './clients/cachedMetrics';
import type { Config } from './config';
import { createDigests, type DigestOptions, type Digests } from './digest/digests';
import { createLogger, type Logger } from './log';
import { createReferenceApi } from './reference-api/server';
import { createServer } from './server';
import { createStorage } from './state/appStorage';
import type { Services } from './skills/skill';
import { AskCounts } from './skills/contacts/askCounts';
import { createSkills } from './skills/skillRegistry';
import { mountTab } from './tab/tabRoutes';
import { LexiconSource } from './understanding/lexiconSource';

export type App = {
  url: string;
  directoryUrl: string;
  metricsUrl: string;
  /** Stops accepting, waits for turns in flight (bounded), closes everything. */
  close: () => Promise<void>;
  /** Weekly digests: run due ones now (tests with a controlled clock), or one by id. */
  digests: Pick<Digests, 'tick' | 'runOne' | 'instanceId'>;
};

export type AppOptions = {
  log?: Logger;
  skills?: Partial<SkillRegistry>;
  /** The digest scheduler's clock (tests move time; default: the real one). */
  clock?: () => Date;
  digest?: DigestOptions;
};

/** The one composition root: config → APIs → clients → bot → server. Tests build the same app. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  // 1. Logging
  const log = options.log ?? createLogger(config.LOG_LEVEL);

  // 2. The embedded reference APIs, unless both URLs point elsewhere
  const embedded =
    !config.DIRECTORY_API_URL || !config.METRICS_API_URL
      ? await createReferenceApi({
          apiKey: config.REFERENCE_API_KEY ?? '',
          host: config.REFERENCE_API_HOST,
          port: config.REFERENCE_API_PORT,
        })
      : undefined;
  const directoryUrl = config.DIRECTORY_API_URL ?? `${embedded?.url}/directory`;
  const metricsUrl = config.METRICS_API_URL ?? `${embedded?.url}/metrics`;

  // 3. Clients
  const timeoutMs = config.API_TIMEOUT_MS;
  const directory = new DirectoryClient({
    baseUrl: directoryUrl,
    apiKey: (config.DIRECTORY_API_URL ? config.DIRECTORY_API_KEY : config.REFERENCE_API_KEY) ?? '',
    timeoutMs,
  });
  const metrics = new CachedMetricsClient({
    baseUrl: metricsUrl,
    apiKey: (config.METRICS_API_URL ? config.METRICS_API_KEY : config.REFERENCE_API_KEY) ?? '',
    timeoutMs,
    cacheMax: config.METRICS_CACHE_MAX,
  });

  // 4. The lexicon for understanding: loaded now, refreshed in the background
  const lexicon = new LexiconSource(directory, log);
  await lexicon.refresh();
  lexicon.start(config.LEXICON_REFRESH_MINUTES * 60_000);

  // 5. Bot Framework adapter and the bot
  if (!config.MicrosoftAppId) {
    log.warn(
      { event: 'auth' },
      'LOCAL ANONYMOUS MODE: MicrosoftAppId is empty, so requests are NOT authenticated. Never run like this in production.',
    );
  }
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    }),
  );
  const storage = createStorage(config.DATA_DIR);
  const auditLog = createAuditLog(config);
  const services: Services = {
    config,
    log,
    directory,
    metrics,
    lexicon: lexicon.current,
    storage,
    asked: new AskCounts(),
    auditLog,
  };
  adapter.onTurnError = (context, error) => onTurnError(context, error, services);
  const clock = options.clock ?? (() => new Date());
  const digests = createDigests({ adapter, services, clock, options: options.digest });
  services.digests = digests.services;
  const bot = new NaraBot(services, { ...createSkills(), ...options.skills }, () =>
    lexicon.ensureLoaded(),
  );

  // 6. HTTP server
  let inFlight = 0;
  const server = createServer(
    {
      messages: async (req, res) => {
        inFlight++;
        try {
          await adapter.process(req, res, (context) => bot.run(context));
        } finally {
          inFlight--;
        }
      },
      ready: async () => {
        const [dir, met] = await Promise.all([directory.ping(), metrics.ping()]);
        return { ok: dir && met, checks: { directory: dir, metrics: met } };
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

  return {
    url,
    directoryUrl,
    metricsUrl,
    digests: { tick: digests.tick, runOne: digests.runOne, instanceId: digests.instanceId },
    close: async () => {
      lexicon.stop();
      await digests.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (let waited = 0; inFlight > 0 && waited < 8_000; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await embedded?.close();
    },
  };
}
