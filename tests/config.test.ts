import { execFile } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseEnv, promisify } from 'node:util';
import { ConfigError, LOCAL_DEFAULT_KEYS, loadConfig } from '../src/config';

const base = { REFERENCE_API_KEY: 'k' };

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig(base);
    expect(c.PORT).toBe(3978);
    expect(c.REFERENCE_API_PORT).toBe(3979);
    expect(c.API_TIMEOUT_MS).toBe(3000);
    expect(c.PATIENT_LIST_ROLES).toEqual(['basenhetschef', 'verksamhetschef']);
    expect(c.MicrosoftAppId).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DIRECTORY_API_URL: 'not a url', DIRECTORY_API_KEY: 'x' }, 'DIRECTORY_API_URL'],
    [{ MicrosoftAppType: 'Anything' }, 'MicrosoftAppType'],
    [{ API_TIMEOUT_MS: '-1' }, 'API_TIMEOUT_MS'],
  ])('names the bad variable: %p', (env, name) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(name);
  });

  it('requires a key for the embedded reference API', () => {
    expect(() => loadConfig({})).toThrow('REFERENCE_API_KEY');
  });

  it('requires a key for an external API URL', () => {
    expect(() => loadConfig({ ...base, METRICS_API_URL: 'https://metrics.example/api' })).toThrow(
      'METRICS_API_KEY',
    );
  });

  it('requires a password with an app id', () => {
    expect(() => loadConfig({ ...base, MicrosoftAppId: 'abc' })).toThrow('MicrosoftAppPassword');
  });

  it('stops start-up with a message naming the variable', async () => {
    const run = promisify(execFile);
    const root = path.resolve(__dirname, '..');
    const result = await run(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: 'eighty', REFERENCE_API_KEY: 'k' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).not.toMatch(/at .*\(/);
  });

  it('defaults to SingleTenant (Azure creates no new multi-tenant bots) and needs its tenant', () => {
    expect(loadConfig(base).MicrosoftAppType).toBe('SingleTenant');
    const withId = { ...base, MicrosoftAppId: 'abc', MicrosoftAppPassword: 'p' };
    expect(() => loadConfig(withId)).toThrow('MicrosoftAppTenantId');
    expect(loadConfig({ ...withId, MicrosoftAppTenantId: 't' }).MicrosoftAppTenantId).toBe('t');
  });

  it('takes a user-assigned managed identity without a password', () => {
    const msi = { ...base, MicrosoftAppId: 'client-id', MicrosoftAppType: 'UserAssignedMSI' };
    expect(() => loadConfig(msi)).toThrow('MicrosoftAppTenantId');
    expect(loadConfig({ ...msi, MicrosoftAppTenantId: 't' }).MicrosoftAppPassword).toBeUndefined();
  });

  it('listens on loopback locally and on all interfaces in production', () => {
    expect(loadConfig(base).HOST).toBe('127.0.0.1');
    expect(loadConfig(production).HOST).toBe('0.0.0.0');
    expect(loadConfig({ ...production, HOST: '10.0.0.4' }).HOST).toBe('10.0.0.4');
  });

  describe('in production (NODE_ENV=production)', () => {
    it('accepts a complete production environment', () => {
      expect(loadConfig(production).ALLOWED_TENANT_IDS).toEqual(['tenant-a']);
    });

    it.each([
      [{ MicrosoftAppId: '', MicrosoftAppPassword: '' }, 'MicrosoftAppId: required in production'],
      [{ ALLOWED_TENANT_IDS: '' }, 'ALLOWED_TENANT_IDS: required in production'],
      [{ DIRECTORY_API_URL: '' }, 'DIRECTORY_API_URL: required in production'],
      [{ METRICS_API_URL: '' }, 'METRICS_API_URL: required in production'],
      [{ TAB_DEV_MODE: 'true' }, 'TAB_DEV_MODE: must be false in production'],
      [{ ALLOW_ANY_SERVICE_URL: 'true' }, 'ALLOW_ANY_SERVICE_URL: must be false in production'],
      [{ DIGEST_TRIGGER_KEY: 'local-digest-key' }, 'DIGEST_TRIGGER_KEY: the local default key'],
      [{ DIRECTORY_API_KEY: 'local-reference-key' }, 'DIRECTORY_API_KEY: the local default key'],
      [{ METRICS_API_KEY: 'local-reference-key' }, 'METRICS_API_KEY: the local default key'],
      [{ REFERENCE_API_KEY: 'local-reference-key' }, 'REFERENCE_API_KEY: the local default key'],
      [{ MicrosoftAppPassword: 'local-digest-key' }, 'MicrosoftAppPassword: the local default key'],
      [{ DIGEST_TRIGGER_KEY: 'short' }, 'DIGEST_TRIGGER_KEY: at least 32 characters'],
    ])('refuses %p, naming the variable', (patch, message) => {
      expect(() => loadConfig({ ...production, ...patch })).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, ...patch })).toThrow(message);
      // The same values are fine for local development.
      if (!('MicrosoftAppId' in patch)) {
        const local = { ...production, REFERENCE_API_KEY: 'k', ...patch, NODE_ENV: 'development' };
        expect(() => loadConfig(local)).not.toThrow();
      }
    });

    it('names every problem at once', () => {
      const error = (() => {
        try {
          loadConfig({ NODE_ENV: 'production', TAB_DEV_MODE: 'true' });
        } catch (e) {
          return (e as Error).message;
        }
      })();
      for (const name of [
        'MicrosoftAppId',
        'ALLOWED_TENANT_IDS',
        'DIRECTORY_API_URL',
        'TAB_DEV_MODE',
      ]) {
        expect(error).toContain(`${name}:`);
      }
    });

    it('refuses every key that env/.env.local makes public', () => {
      const local = parseEnv(readFileSync(path.resolve(__dirname, '../env/.env.local'), 'utf8'));
      const keys = Object.entries(local).filter(
        ([name, value]) => /(_KEY|PASSWORD)$/i.test(name) && value,
      );
      expect(keys.length).toBeGreaterThan(0);
      for (const [, value] of keys) expect(LOCAL_DEFAULT_KEYS).toContain(value);
    });
  });
});

describe('the Microsoft Graph sync settings', () => {
  const credentials = {
    GRAPH_TENANT_ID: 'tenant-g',
    GRAPH_CLIENT_ID: 'client-g',
    GRAPH_CLIENT_SECRET: 'secret-g',
  };

  it('is off by default and points at Microsoft when on', () => {
    expect(loadConfig(base).GRAPH_SYNC).toBe(false);
    const c = loadConfig({ ...base, GRAPH_SYNC: 'true', ...credentials });
    expect(c.GRAPH_SYNC).toBe(true);
    expect(c.GRAPH_BASE_URL).toBe('https://graph.microsoft.com/v1.0');
    expect(c.GRAPH_AUTHORITY_URL).toBe('https://login.microsoftonline.com');
    expect(c.GRAPH_SYNC_CRON).toBe('0 * * * *');
    // Overridable (tests point both at a local server); an empty value is the default.
    const local = loadConfig({
      ...base,
      GRAPH_SYNC: 'true',
      ...credentials,
      GRAPH_BASE_URL: 'http://127.0.0.1:4000/v1.0/',
      GRAPH_AUTHORITY_URL: '',
    });
    expect(local.GRAPH_BASE_URL).toBe('http://127.0.0.1:4000/v1.0');
    expect(local.GRAPH_AUTHORITY_URL).toBe('https://login.microsoftonline.com');
  });

  it.each(['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'] as const)(
    'GRAPH_SYNC=true without %s refuses to start, naming it',
    (name) => {
      const env = { ...base, GRAPH_SYNC: 'true', ...credentials, [name]: '' };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(`${name}: required when GRAPH_SYNC=true`);
    },
  );

  it.each([
    [{ GRAPH_SYNC: 'yes' }, 'GRAPH_SYNC'],
    [{ GRAPH_SYNC: 'true', ...credentials, GRAPH_SYNC_CRON: 'every hour' }, 'GRAPH_SYNC_CRON'],
    [{ GRAPH_BASE_URL: 'graph' }, 'GRAPH_BASE_URL'],
  ])('names the bad variable: %p', (env, name) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(name);
  });

  it('in production, tokens and the secret go over https only', () => {
    const env = {
      ...production,
      GRAPH_SYNC: 'true',
      ...credentials,
      GRAPH_BASE_URL: 'http://graph.internal/v1.0',
    };
    expect(() => loadConfig(env)).toThrow('GRAPH_BASE_URL: must be https');
    expect(() => loadConfig({ ...env, GRAPH_BASE_URL: '' })).not.toThrow();
  });
});

const production = {
  NODE_ENV: 'production',
  MicrosoftAppId: '00000000-0000-4000-8000-0000000000b1',
  MicrosoftAppPassword: 'a-password-from-key-vault',
  MicrosoftAppTenantId: 'tenant-a',
  ALLOWED_TENANT_IDS: 'tenant-a',
  DIRECTORY_API_URL: 'https://directory.example/api',
  DIRECTORY_API_KEY: 'directory-key-from-key-vault',
  METRICS_API_URL: 'https://metrics.example/api',
  METRICS_API_KEY: 'metrics-key-from-key-vault',
};
