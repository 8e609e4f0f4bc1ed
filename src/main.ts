import { createApp, type AppOptions } from './app';
import { routeConsoleToLog } from './bot/libraryConsole';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { startAzureMonitor } from './telemetry/azureMonitor';

/**
 * Starts Nära as a process: the production entry (src/index.ts) and `npm start` (dev/start.ts,
 * which adds the embedded reference APIs) share this, so both start, log and stop the same way.
 */
export function startProcess(options: AppOptions = {}): void {
  main(options).catch((error: unknown) => {
    // Straight to stderr: the console may already be routed into the log (step 2).
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else
      process.stderr.write(`Nära failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  });
}

async function main(options: AppOptions): Promise<void> {
  // 1. Configuration (a bad value stops here, naming the variable)
  const config = loadConfig();
  // 2. One log for the process: libraries' console output too, one JSON line per event
  const log = createLogger(config.LOG_LEVEL);
  routeConsoleToLog(log);
  // 3. Telemetry to Application Insights, only with APPLICATIONINSIGHTS_CONNECTION_STRING
  const telemetry = await startAzureMonitor(config);
  log.info({ event: 'telemetry', enabled: telemetry !== undefined }, 'telemetry');
  // 4. The app, wired in one place
  const app = await createApp(config, { log, ...options });
  // 5. Graceful shutdown: stop accepting, finish turns in flight, flush telemetry, exit 0 within 10 s
  const shutdown = () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    app
      .close()
      .then(() => telemetry?.shutdown())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
