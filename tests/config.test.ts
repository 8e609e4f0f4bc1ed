import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, loadConfig } from '../src/config';

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
});
