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
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

export const ConfigSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  // Bot Framework identity. Empty MicrosoftAppId = local anonymous mode (never in production).
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('MultiTenant'),
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
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad or missing value throws an error that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const embedded = !config.DIRECTORY_API_URL || !config.METRICS_API_URL;
  if (embedded && !config.REFERENCE_API_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  REFERENCE_API_KEY: required when DIRECTORY_API_URL or METRICS_API_URL is unset (the embedded reference API needs a key)',
    );
  }
  for (const [url, key] of [
    ['DIRECTORY_API_URL', 'DIRECTORY_API_KEY'],
    ['METRICS_API_URL', 'METRICS_API_KEY'],
  ] as const) {
    if (config[url] && !config[key]) {
      throw new ConfigError(`Invalid configuration:\n  ${key}: required when ${url} is set`);
    }
  }
  if (
    config.MicrosoftAppId &&
    !config.MicrosoftAppPassword &&
    config.MicrosoftAppType !== 'UserAssignedMSI'
  ) {
    throw new ConfigError(
      'Invalid configuration:\n  MicrosoftAppPassword: required when MicrosoftAppId is set',
    );
  }
  return config;
}
