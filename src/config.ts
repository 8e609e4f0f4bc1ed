import { Cron } from 'croner';
import { z } from 'zod';

// Every environment variable the app reads, parsed once at start. env/.env.example documents each.

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
);
const optionalText = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() !== '' ? s.trim() : undefined));
const optionalUrl = optionalText.pipe(z.url().optional());
/** A URL without its trailing slash; empty or unset = the default. */
const urlOrDefault = (fallback: string) =>
  optionalUrl.transform((u) => (u ?? fallback).replace(/\/+$/, ''));
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

export const ConfigSchema = z.object({
  // `production` switches on the checks below (productionProblems) and listens on all interfaces.
  NODE_ENV: optionalText,
  // Default: 127.0.0.1, or 0.0.0.0 when NODE_ENV=production (see withDefaults).
  HOST: z.string().min(1),
  PORT: port.default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  // Bot Framework identity. Empty MicrosoftAppId = local anonymous mode (never in production).
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  // SingleTenant by default: Azure creates no new multi-tenant bots since 2025-07-31.
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('SingleTenant'),
  MicrosoftAppTenantId: optionalText,
  ALLOWED_TENANT_IDS: csv.default([]),

  // Upstream APIs. Unset URL = use the embedded reference API.
  DIRECTORY_API_URL: optionalUrl,
  DIRECTORY_API_KEY: optionalText,
  METRICS_API_URL: optionalUrl,
  METRICS_API_KEY: optionalText,
  API_TIMEOUT_MS: positiveInt.default(3000),
  REFERENCE_API_HOST: z.string().default('127.0.0.1'),
  REFERENCE_API_PORT: port.default(3979),
  REFERENCE_API_KEY: optionalText,

  // Every turn's answer within this budget, whatever the upstream APIs do (retries included).
  TURN_BUDGET_MS: z.coerce.number().int().min(200).max(60_000).default(3000),
  // Local anonymous mode posts replies only to loopback service URLs unless this is true.
  ALLOW_ANY_SERVICE_URL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LEXICON_REFRESH_MINUTES: z.coerce.number().positive().default(10),
  // Each attempt of the lexicon's load (every unit, group and person, in the background) may take
  // this long: a large directory's lists outlast API_TIMEOUT_MS, which is for a turn's lookups. A
  // load a turn waits for stays bounded by the turn's budget.
  LEXICON_TIMEOUT_MS: positiveInt.default(60_000),
  // Directory entries fetched by id are reused this long (0 = always ask the API).
  DIRECTORY_CACHE_SECONDS: z.coerce.number().min(0).default(60),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(30),
  DATA_DIR: z.string().min(1).default('data'),
  // State: a PostgreSQL server when set (several instances); empty = embedded PGlite in DATA_DIR.
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: positiveInt.default(10),

  // Patient lists and metrics (who may see rows; how shared spaces hide small numbers)
  PATIENT_LIST_ROLES: csv.default(['basenhetschef', 'verksamhetschef']),
  SMALL_COUNT_THRESHOLD: z.coerce.number().int().min(0).default(5),
  METRICS_CACHE_MAX: positiveInt.default(500),

  // Weekly digests
  DIGEST_ROLES: csv.default(['samordnare', 'basenhetschef', 'verksamhetschef']),
  DIGEST_TRIGGER_KEY: optionalText,
  // How long a digest claim holds without renewal: what a crashed instance costs at most.
  DIGEST_LEASE_SECONDS: positiveInt.default(60),

  // Contact register: facts older than this are marked on cards and sent for confirmation.
  CONTACT_FACT_MAX_AGE_MONTHS: positiveInt.default(12),

  // Teams tab: local development mode (only honoured in local anonymous mode)
  TAB_DEV_MODE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // Teams tab single sign-on: accepted token audiences (empty = SSO off), keys, tenants, who configures
  TAB_SSO_AUDIENCE: csv.default([]),
  TAB_SSO_JWKS_URL: z.url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  TAB_SSO_ALLOWED_TENANTS: csv.default([]),
  TAB_CONFIG_ROLES: csv.default(['samordnare', 'basenhetschef', 'verksamhetschef']),
  // The Teams app id (the manifest's id): cards link to the app's Overview tab when it is set.
  APP_ID: optionalText.pipe(z.guid().optional()),

  // Telemetry: traces and metrics to Application Insights when set (src/telemetry/); empty = off.
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,

  // Microsoft Graph sync (src/graph/): the tenant's own staff's numbers into the contact register.
  // Off by default; on, it needs an app registration with the User.Read.All application permission.
  GRAPH_SYNC: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  // Overridable so that tests (and national clouds) point them elsewhere.
  GRAPH_BASE_URL: urlOrDefault('https://graph.microsoft.com/v1.0'),
  GRAPH_AUTHORITY_URL: urlOrDefault('https://login.microsoftonline.com'),
  // When the sync runs (cron, Europe/Stockholm), besides once at start; default hourly.
  GRAPH_SYNC_CRON: z.string().trim().min(1).default('0 * * * *'),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/**
 * Keys that ship in the repository (env/.env.local) and so are public: refused in production.
 * tests/config.test.ts checks that every key in env/.env.local is listed here.
 */
export const LOCAL_DEFAULT_KEYS: readonly string[] = ['local-reference-key', 'local-digest-key'];

/** Every variable that holds a secret. */
const SECRET_VARIABLES = [
  'MicrosoftAppPassword',
  'DIRECTORY_API_KEY',
  'METRICS_API_KEY',
  'REFERENCE_API_KEY',
  'DIGEST_TRIGGER_KEY',
  'GRAPH_CLIENT_SECRET',
] as const;

/** A bearer key anyone can try against POST /api/digests/run: long enough not to be guessed. */
const MIN_PRODUCTION_KEY_LENGTH = 32;

export const isProduction = (config: Pick<Config, 'NODE_ENV'>): boolean =>
  config.NODE_ENV === 'production';

/** Defaults that depend on another variable (zod defaults cannot see the other fields). */
function withDefaults(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const host = env.HOST?.trim();
  if (host) return env;
  // A platform (App Service, Container Apps) reaches the app on its container's interface.
  return { ...env, HOST: env.NODE_ENV?.trim() === 'production' ? '0.0.0.0' : '127.0.0.1' };
}

/** Parses the environment; a bad or missing value throws an error that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(withDefaults(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const problems = [
    ...consistencyProblems(config),
    ...(isProduction(config) ? productionProblems(config) : []),
  ];
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return config;
}

/** Variables that only make sense together, in every environment. */
function consistencyProblems(config: Config): string[] {
  const problems: string[] = [];
  const embedded = !config.DIRECTORY_API_URL || !config.METRICS_API_URL;
  if (embedded && !config.REFERENCE_API_KEY && !isProduction(config)) {
    problems.push(
      'REFERENCE_API_KEY: required when DIRECTORY_API_URL or METRICS_API_URL is unset (the embedded reference API needs a key)',
    );
  }
  for (const [url, key] of [
    ['DIRECTORY_API_URL', 'DIRECTORY_API_KEY'],
    ['METRICS_API_URL', 'METRICS_API_KEY'],
  ] as const) {
    if (config[url] && !config[key]) problems.push(`${key}: required when ${url} is set`);
  }
  if (config.MicrosoftAppId) {
    if (!config.MicrosoftAppPassword && config.MicrosoftAppType !== 'UserAssignedMSI') {
      problems.push(
        `MicrosoftAppPassword: required when MicrosoftAppId is set and MicrosoftAppType is ${config.MicrosoftAppType} (UserAssignedMSI needs none)`,
      );
    }
    if (!config.MicrosoftAppTenantId && config.MicrosoftAppType !== 'MultiTenant') {
      problems.push(
        `MicrosoftAppTenantId: required when MicrosoftAppType is ${config.MicrosoftAppType} (the Entra tenant of the bot's identity)`,
      );
    }
  }
  if (config.GRAPH_SYNC) {
    for (const name of ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'] as const) {
      if (!config[name]) {
        problems.push(
          `${name}: required when GRAPH_SYNC=true (the app registration Graph is read with)`,
        );
      }
    }
    if (!isCronPattern(config.GRAPH_SYNC_CRON)) {
      problems.push('GRAPH_SYNC_CRON: not a cron pattern (e.g. "0 * * * *" for hourly)');
    }
  }
  return problems;
}

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

/** NODE_ENV=production: nothing local, nothing public, nothing open to every tenant. */
function productionProblems(config: Config): string[] {
  const problems: string[] = [];
  const inProduction = 'in production (NODE_ENV=production)';
  if (!config.MicrosoftAppId) {
    problems.push(
      `MicrosoftAppId: required ${inProduction}; without it requests are not authenticated (local anonymous mode)`,
    );
  }
  if (config.ALLOWED_TENANT_IDS.length === 0) {
    problems.push(
      `ALLOWED_TENANT_IDS: required ${inProduction}; without it any tenant that installs the app can read the staff directory`,
    );
  }
  for (const url of ['DIRECTORY_API_URL', 'METRICS_API_URL'] as const) {
    if (!config[url]) {
      problems.push(
        `${url}: required ${inProduction}; the embedded reference API is for local development only`,
      );
    }
  }
  if (config.TAB_DEV_MODE) {
    problems.push(`TAB_DEV_MODE: must be false ${inProduction} (it lets anyone pick a test user)`);
  }
  if (config.ALLOW_ANY_SERVICE_URL) {
    problems.push(`ALLOW_ANY_SERVICE_URL: must be false ${inProduction} (a local-mode switch)`);
  }
  for (const name of SECRET_VARIABLES) {
    const value = config[name];
    if (value !== undefined && LOCAL_DEFAULT_KEYS.includes(value)) {
      problems.push(
        `${name}: the local default key from env/.env.local is refused ${inProduction}`,
      );
    }
  }
  if (config.GRAPH_SYNC) {
    for (const url of ['GRAPH_BASE_URL', 'GRAPH_AUTHORITY_URL'] as const) {
      if (!config[url].startsWith('https://')) {
        problems.push(
          `${url}: must be https ${inProduction} (the client secret and tokens go there)`,
        );
      }
    }
  }
  if (config.DIGEST_TRIGGER_KEY && config.DIGEST_TRIGGER_KEY.length < MIN_PRODUCTION_KEY_LENGTH) {
    problems.push(
      `DIGEST_TRIGGER_KEY: at least ${MIN_PRODUCTION_KEY_LENGTH} characters ${inProduction} (or empty: trigger off)`,
    );
  }
  return problems;
}
