import { createApp } from './app';
import { ConfigError, loadConfig } from './config';

async function main(): Promise<void> {
  // 1. Configuration (a bad value stops here, naming the variable)
  const config = loadConfig();
  // 2. The app, wired in one place
  const app = await createApp(config);
  // 3. Graceful shutdown: stop accepting, finish turns in flight, exit 0 within 10 s
  const shutdown = () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Nära failed to start:', error);
  process.exit(1);
});
