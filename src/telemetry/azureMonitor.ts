import type { Config } from '../config';

// Application Insights through @azure/monitor-opentelemetry, only when a connection string is set:
// without one, nothing is loaded, no exporter exists and no connection is ever opened.
// Only Nära's own spans and metrics (src/telemetry/telemetry.ts) are sent: every automatic
// instrumentation is off, since HTTP spans would carry the directory API's query strings (names)
// and log instrumentations would copy log lines.

export type Telemetry = { shutdown: () => Promise<void> };

export async function startAzureMonitor(
  config: Pick<Config, 'APPLICATIONINSIGHTS_CONNECTION_STRING'>,
): Promise<Telemetry | undefined> {
  const connectionString = config.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (!connectionString) return undefined;
  // The SDK's own usage reports (statsbeat) go to Microsoft, not to the region's resource: off.
  process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED ??= 'true';
  process.env.APPLICATIONINSIGHTS_SDKSTATS_DISABLED ??= 'true';
  // Loaded here, not at the top: without telemetry the SDK is never even loaded.
  const monitor = await import('@azure/monitor-opentelemetry');
  const off = { enabled: false };
  monitor.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    enableStandardMetrics: false,
    enablePerformanceCounters: false,
    instrumentationOptions: {
      azureSdk: off,
      http: off,
      mongoDb: off,
      mySql: off,
      postgreSql: off,
      redis: off,
      redis4: off,
      bunyan: off,
      winston: off,
    },
  });
  return { shutdown: () => monitor.shutdownAzureMonitor() };
}
