import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pgliteDir } from '../../src/state/openDatabase';
import { openPglite } from '../../src/state/pgliteDatabase';
import { templateBlob } from '../support/pgliteTemplate';
import type { Database } from '../../src/state/database';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { API_KEY, startTestApi, type TestApi } from './client';

const ErrorBody = z.object({ error: z.string().min(1), message: z.string().min(1) }).strict();

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t.api.close();
});

describe('reference API server', () => {
  it('answers on 127.0.0.1 with a free port', () => {
    expect(t.api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.api.url).not.toMatch(/:0$/);
  });

  it('serves GET /healthz without a key', async () => {
    const r = await t.get('/healthz', null);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok' });
  });

  const protectedPaths = [
    '/directory/v1/units',
    '/directory/v1/units/hc-gripen',
    '/directory/v1/people',
    '/directory/v1/people/anna-dahl',
    '/directory/v1/groups',
    '/directory/v1/groups/oskarshamn-cluster',
    '/metrics/v1/periods',
    '/metrics/v1/rub/summary?level=5&period=2023-03',
    '/metrics/v1/rub/by-unit?level=5&period=2023-03',
    '/metrics/v1/patients?unitId=hc-gripen&level=5',
  ];

  it.each(protectedPaths)('%s answers 401 without a key, with a wrong key or scheme', async (p) => {
    for (const key of [null, 'wrong-key', '', `${API_KEY}x`]) {
      const r = await t.get(p, key);
      expect(r.status).toBe(401);
      expect(ErrorBody.parse(r.body).error).toBe('unauthorized');
    }
    const basic = await fetch(`${t.api.url}${p}`, {
      headers: { authorization: `Basic ${API_KEY}` },
    });
    expect(basic.status).toBe(401);
  });

  it.each(protectedPaths)('%s answers 200 with the key', async (p) => {
    const r = await t.get(p);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/json; charset=utf-8');
  });

  it('answers unknown paths and methods in the error shape', async () => {
    const missing = await t.get('/directory/v2/units');
    expect(missing.status).toBe(404);
    expect(ErrorBody.parse(missing.body).error).toBe('not_found');

    const post = await fetch(`${t.api.url}/directory/v1/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(post.status).toBe(405);
    expect(ErrorBody.parse(await post.json()).error).toBe('method_not_allowed');
  });

  it('tolerates a trailing slash', async () => {
    expect((await t.get('/directory/v1/units/')).status).toBe(200);
    expect((await t.get('/metrics/v1/periods/')).status).toBe(200);
  });

  it('refuses an empty API key', async () => {
    await expect(
      import('../../dev/reference-api/server').then((m) =>
        // Refused before the database is touched.
        m.createReferenceApi({ apiKey: '', db: {} as Database }),
      ),
    ).rejects.toThrow('apiKey');
  });
});

describe('main.ts', () => {
  const root = path.resolve(__dirname, '../..');
  const run = (env: Record<string, string>, untilOutput: RegExp | null) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'dev/reference-api/main.ts'], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (untilOutput && untilOutput.test(stdout)) child.kill('SIGTERM');
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('exits naming REFERENCE_API_KEY when it is missing', async () => {
    const r = await run({}, null);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('REFERENCE_API_KEY');
  });

  it('logs one line with both base URLs and never the key', async () => {
    // Its database, ready from the migrated template (creating one takes seconds).
    const dataDir = mkdtempSync(path.join(tmpdir(), 'nara-reference-main-'));
    await (await openPglite({ dataDir: pgliteDir(dataDir), template: templateBlob() })).close();
    const r = await run(
      { REFERENCE_API_KEY: 'very-secret-key-123', REFERENCE_API_PORT: '0', DATA_DIR: dataDir },
      /METRICS_API_URL/,
    );
    rmSync(dataDir, { recursive: true, force: true });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const base = String.raw`http://127\.0\.0\.1:\d+`;
    expect(lines[0]).toMatch(
      new RegExp(`DIRECTORY_API_URL=${base}/directory METRICS_API_URL=${base}/metrics$`),
    );
    expect(r.stdout + r.stderr).not.toContain('very-secret-key-123');
  });
});
