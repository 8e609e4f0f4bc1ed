import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pgliteDir } from '../../src/state/openDatabase';
import { openPglite } from '../../src/state/pgliteDatabase';
import { API_KEY, startTestApi, type TestApi } from '../reference-api/client';
import { templateBlob } from '../support/pgliteTemplate';

// Issue 13's "Done when", as a region's IT would do it: build, copy the output with package.json
// and the lock file into an empty folder, install production dependencies only, and start it with
// plain node and a production environment (nothing from env/, no tsx, no embedded reference API).

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const TENANT = '00000000-0000-4000-8000-0000000000a1';

/** Installs production dependencies from the lock: from npm's cache, else from the registry. */
async function installProductionDependencies(dir: string): Promise<string> {
  const args = ['ci', '--omit=dev', '--no-audit', '--no-fund'];
  try {
    await run('npm', [...args, '--offline'], { cwd: dir });
    return 'offline';
  } catch {
    // A package whose metadata is not in the cache yet: the ordinary registry, once.
    await run('npm', [...args, '--prefer-offline'], { cwd: dir });
    return 'registry';
  }
}

type Started = { code: number | null; output: string; url?: string; stop: () => Promise<void> };

/** `npm run start:prod` in dir with exactly env (plus PATH and HOME); resolves once it listens or exits. */
function startProd(dir: string, env: Record<string, string>): Promise<Started> {
  const child = spawn('npm', ['run', '--silent', 'start:prod'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() ends npm and the node it started together.
    detached: true,
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ code: null, output, stop }), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /"event":"listening","url":"([^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ code: null, output, url: match[1], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, stop });
    });
  });
}

describe('the production build, installed alone', () => {
  let work: string;
  let app: string;
  let upstream: TestApi;
  let installedFrom: string;
  let production: Record<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'nara-prod-'));
    app = path.join(work, 'app');
    mkdirSync(app);
    // npm run build, written straight into the empty folder
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', path.join(app, 'dist')], {
      cwd: ROOT,
    });
    for (const file of ['package.json', 'package-lock.json']) {
      copyFileSync(path.join(ROOT, file), path.join(app, file));
    }
    installedFrom = await installProductionDependencies(app);
    upstream = await startTestApi();
    // The embedded database, started from the migrated template (initdb alone takes seconds).
    const dataDir = path.join(work, 'data');
    const db = await openPglite({ dataDir: pgliteDir(dataDir), template: templateBlob() });
    await db.close();
    production = {
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
      MicrosoftAppId: '00000000-0000-4000-8000-0000000000b1',
      MicrosoftAppPassword: 'test-only-not-a-secret',
      MicrosoftAppTenantId: TENANT,
      ALLOWED_TENANT_IDS: TENANT,
      DIRECTORY_API_URL: `${upstream.api.url}/directory`,
      DIRECTORY_API_KEY: API_KEY,
      METRICS_API_URL: `${upstream.api.url}/metrics`,
      METRICS_API_KEY: API_KEY,
    };
  }, 240_000);

  afterAll(async () => {
    await upstream?.api.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('has production dependencies only', () => {
    expect(['offline', 'registry']).toContain(installedFrom);
    expect(existsSync(path.join(app, 'node_modules', 'botbuilder'))).toBe(true);
    for (const dev of ['tsx', 'typescript', 'jest']) {
      expect(existsSync(path.join(app, 'node_modules', dev))).toBe(false);
    }
  });

  it('starts with plain node, listens on all interfaces, answers /healthz and 401s a bare activity', async () => {
    const started = await startProd(app, production);
    try {
      expect(started.output).not.toMatch(/Invalid configuration|failed to start/);
      expect(started.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
      const base = (started.url as string).replace('0.0.0.0', '127.0.0.1');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      // The tab's files and vendor bundles are served from the build and its node_modules.
      for (const file of ['index.html', 'tab.js', 'vendor/teams-js.min.js', 'vendor/chart.umd.min.js']) {
        expect((await fetch(`${base}/tab/${file}`)).status).toBe(200);
      }
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          conversation: { id: 'a:1', tenantId: TENANT },
          from: { id: '29:1' },
          recipient: { id: '28:1' },
          text: 'hej',
        }),
      });
      expect(res.status).toBe(401);
      expect(started.output).not.toContain('LOCAL ANONYMOUS MODE');
    } finally {
      await started.stop();
    }
  }, 90_000);

  it('carries every card template where the built renderer looks for them', async () => {
    // Cards are read on first use, so a missing file would only show in a user's turn.
    const script = `
      const fs = require('node:fs');
      const { cardsDir, expandPartials } = require('./dist/src/cards/render.js');
      const names = fs.readdirSync(cardsDir).filter((f) => f.endsWith('.json'));
      for (const name of names) expandPartials(JSON.parse(fs.readFileSync(cardsDir + '/' + name, 'utf8')));
      console.log(JSON.stringify(names.sort()));`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: app });
    const expected = readdirSync(path.join(ROOT, 'cards')).filter((f) => f.endsWith('.json'));
    expect(JSON.parse(stdout)).toEqual(expected.sort());
  });

  it("runs the operator's tools with plain node: migrate, audit check and export, CSV import and export", async () => {
    const tool = (script: string, args: string[] = []) =>
      run('npm', ['run', '--silent', script, '--', ...args], {
        cwd: app,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...production },
      });
    expect((await tool('migrate:prod')).stdout).toMatch(/^schema at version \d+/);
    expect((await tool('audit:verify:prod')).stdout).toMatch(/intact/i);
    expect((await tool('audit:export:prod')).stdout).toBe('');
    const csv = path.join(work, 'contacts.csv');
    writeFileSync(
      csv,
      'target,kind,value,label,hours,source\nBorgholms hälsocentral,växel,0485-100 00,,,HSA-utdrag\n',
    );
    expect((await tool('import:directory:prod', [csv, '--dry-run'])).stdout).toContain(
      'dry run: would be 1 added',
    );
    expect((await tool('import:directory:prod', [csv])).stdout).toContain('1 added');
    expect((await tool('export:directory:prod')).stdout).toContain('0485-100 00');
  }, 90_000);

  it('refuses to start without ALLOWED_TENANT_IDS, saying which variable', async () => {
    const withoutTenants = Object.fromEntries(
      Object.entries(production).filter(([name]) => name !== 'ALLOWED_TENANT_IDS'),
    );
    const started = await startProd(app, withoutTenants);
    await started.stop();
    expect(started.url).toBeUndefined();
    expect(started.code).not.toBe(0);
    expect(started.output).toContain('ALLOWED_TENANT_IDS: required in production');
    expect(started.output).not.toMatch(/\n\s+at .*\(/);
  }, 90_000);
});
