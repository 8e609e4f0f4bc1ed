import http from 'node:http';
import net from 'node:net';
import { gzipSync, createGzip } from 'node:zlib';
import { startAppProcess, type AppProcess } from './appProcess';
import { startConnector, type Connector } from './connector';
import { rawRequest, type RawResponse } from './rawHttp';
import { messageActivity } from './teamsActivity';

// The HTTP edge as an unauthenticated attacker meets it, against the real app in its own process:
// each hostile body gets the right 4xx from the one error table, the process stays up, writes no
// file to its temp folder, and its memory barely moves.

const ERROR_KEYS = ['error', 'message'];

/** A gzip stream of `inflatedMb` MB of zeros, built in chunks (never held inflated here). */
async function gzipBomb(inflatedMb: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024, '0');
  gzip.write('{"type":"message","text":"');
  for (let i = 0; i < inflatedMb; i++) {
    if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end('"}');
  await done;
  return Buffer.concat(parts);
}

function multipart(fileBytes: number): { body: Buffer; type: string } {
  const boundary = '----nara-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), Buffer.alloc(fileBytes, 'x'), Buffer.from(tail)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

function expectTableError(res: RawResponse, status: number, code: string): void {
  expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
    status,
    type: expect.stringContaining('application/json'),
  });
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(ERROR_KEYS);
  expect(body.error).toBe(code);
  // Short and generic: no parser text, no paths, no stack.
  expect(String(body.message)).not.toMatch(/Unexpected|JSON\.parse|at |\.ts|\.js|restify|gunzip/i);
}

describe('the HTTP edge against hostile bodies (the app in its own process)', () => {
  let app: AppProcess;
  let messages: string;
  let bomb: Buffer;
  let connector: Connector;
  const json = { 'content-type': 'application/json' };
  const activity = () =>
    JSON.stringify(messageActivity({ serviceUrl: connector.url, text: 'hjälp' }));

  beforeAll(async () => {
    bomb = await gzipBomb(200);
    connector = await startConnector();
    app = await startAppProcess();
    messages = `${app.url}/api/messages`;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await connector.close();
  });
  afterEach(() => expect(app.exited()).toBe(false));

  it('refuses a gzip body that is not gzip with 415, and stays up', async () => {
    const res = await rawRequest(messages, {
      headers: { ...json, 'content-encoding': 'gzip' },
      body: 'this is not gzip at all',
    });
    expectTableError(res, 415, 'unsupported_media_type');
  });

  it('refuses a gzip body over the limit with 415 before reading it', async () => {
    const big = gzipSync(Buffer.from(JSON.stringify({ text: 'x'.repeat(2_000_000) })));
    const res = await rawRequest(messages, {
      headers: { ...json, 'content-encoding': 'gzip' },
      body: Buffer.concat([big, Buffer.alloc(300 * 1024, 1)]),
    });
    expectTableError(res, 415, 'unsupported_media_type');
  });

  it.each(['deflate', 'br', 'gzip, identity', 'x-unknown'])(
    'refuses Content-Encoding "%s" with 415',
    async (encoding) => {
      const res = await rawRequest(messages, {
        headers: { ...json, 'content-encoding': encoding },
        body: activity(),
      });
      expectTableError(res, 415, 'unsupported_media_type');
    },
  );

  it('accepts Content-Encoding "identity"', async () => {
    const res = await rawRequest(messages, {
      headers: { ...json, 'content-encoding': 'identity' },
      body: activity(),
    });
    expect(res.status).toBe(200);
    expect(connector.sent.length).toBeGreaterThan(0);
  });

  it.each([
    ['multipart/form-data', () => multipart(2 * 1024 * 1024)],
    [
      'url-encoded',
      () => ({
        body: Buffer.from('type=message&text=hej'),
        type: 'application/x-www-form-urlencoded',
      }),
    ],
    [
      'XML',
      () => ({
        body: Buffer.from('<activity><type>message</type></activity>'),
        type: 'application/xml',
      }),
    ],
    ['text/plain', () => ({ body: Buffer.from(activity()), type: 'text/plain' })],
    ['no content type', () => ({ body: Buffer.from(activity()), type: '' })],
  ])('refuses a %s body with 415', async (_name, make) => {
    const { body, type } = make();
    const headers: Record<string, string> = type ? { 'content-type': type } : {};
    const res = await rawRequest(messages, { headers, body });
    expectTableError(res, 415, 'unsupported_media_type');
  });

  it('refuses malformed JSON with 400', async () => {
    for (const body of ['{"type":', '{type: message}', '\u0000', Buffer.from([0xff, 0xfe, 0x7b])]) {
      expectTableError(await rawRequest(messages, { headers: json, body }), 400, 'bad_request');
    }
  });

  it('refuses a JSON body over 256 kB with 413, declared or chunked', async () => {
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024) });
    expectTableError(
      await rawRequest(messages, { headers: json, body: big }),
      413,
      'payload_too_large',
    );
    // Chunked, no Content-Length: the bytes that arrive are counted.
    const res = await new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(messages, { method: 'POST', headers: json, agent: false }, (r) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: text }));
      });
      req.on('error', () => undefined);
      for (let i = 0; i < 40; i++) req.write(Buffer.alloc(16 * 1024, 'a'));
      req.end();
      setTimeout(() => reject(new Error('no answer')), 10_000).unref();
    });
    expectTableError(res, 413, 'payload_too_large');
  });

  it('refuses a non-string serviceUrl and other broken envelopes with 400', async () => {
    const base = JSON.parse(activity()) as Record<string, unknown>;
    for (const broken of [
      { ...base, serviceUrl: 42 },
      { ...base, serviceUrl: { href: 'http://127.0.0.1' } },
      { ...base, serviceUrl: 'javascript:alert(1)' },
      { ...base, type: 7 },
      { ...base, conversation: 'a:1' },
      [base],
      'message',
    ]) {
      const res = await rawRequest(messages, { headers: json, body: JSON.stringify(broken) });
      expectTableError(res, 400, 'bad_activity');
    }
  });

  it("answers restify's own 404 and 405 from the table, without the path", async () => {
    const missing = await rawRequest(`${app.url}/api/nothing-here`, { method: 'GET' });
    expectTableError(missing, 404, 'not_found');
    expect(missing.body).not.toContain('nothing-here');
    const wrongMethod = await rawRequest(messages, { method: 'PUT', headers: json, body: '{}' });
    expectTableError(wrongMethod, 405, 'method_not_allowed');
  });

  it('ignores bodies on GET routes (nothing is read or inflated)', async () => {
    for (const path of ['/healthz', '/tab/api/me', '/tab/index.html']) {
      const res = await rawRequest(`${app.url}${path}`, {
        method: 'GET',
        headers: { ...json, 'content-encoding': 'gzip' },
        body: bomb,
      });
      expect({ path, ok: res.status < 500 }).toEqual({ path, ok: true });
    }
  });

  it('guards the digest trigger, the other JSON route, the same way', async () => {
    const run = `${app.url}/api/digests/run`;
    const { body, type } = multipart(1024 * 1024);
    const gz = { ...json, 'content-encoding': 'gzip' };
    expectTableError(
      await rawRequest(run, { headers: gz, body: bomb }),
      415,
      'unsupported_media_type',
    );
    expectTableError(
      await rawRequest(run, { headers: { 'content-type': type }, body }),
      415,
      'unsupported_media_type',
    );
    expectTableError(await rawRequest(run, { headers: json, body: '{' }), 400, 'bad_request');
    // A well-formed request without the key: 401, no detail.
    expectTableError(await rawRequest(run, { headers: json, body: '{}' }), 401, 'unauthorized');
  });

  it('answers odd paths and queries with a 4xx, never a crash', async () => {
    for (const path of [
      '/tab/%',
      '/tab/%E0%A4%A',
      '/tab/vendor/%00',
      '/tab/channel/..%2F..%2Fpackage.json',
      '/tab/api/summary?unitId=%',
      '/tab/api/contacts?q=%ED%A0%80',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/api/messages?x=%',
      `/tab/${'a'.repeat(8000)}`,
    ]) {
      const res = await rawRequest(`${app.url}${path}`, { method: 'GET' });
      expect({ path: path.slice(0, 40), ok: res.status >= 400 && res.status < 500 }).toEqual({
        path: path.slice(0, 40),
        ok: true,
      });
    }
  });

  it('survives a client that aborts mid-body', async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve) => {
        const { port } = new URL(app.url);
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":"mess`,
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 50);
        });
      });
    }
    expect((await rawRequest(`${app.url}/healthz`, { method: 'GET' })).status).toBe(200);
  });

  it('stays up and small, and writes no file, under gzip bombs, big and multipart bodies', async () => {
    const attack = () =>
      Promise.all([
        ...Array.from({ length: 12 }, () =>
          rawRequest(messages, { headers: { ...json, 'content-encoding': 'gzip' }, body: bomb }),
        ),
        ...Array.from({ length: 6 }, () =>
          rawRequest(messages, { headers: json, body: Buffer.alloc(5 * 1024 * 1024, 'a') }),
        ),
        ...Array.from({ length: 6 }, () => {
          const { body, type } = multipart(5 * 1024 * 1024);
          return rawRequest(messages, { headers: { 'content-type': type }, body });
        }),
      ]);
    // Warm-up: the first rounds load code paths and grow the heap to its working size.
    await attack();
    await attack();
    // RSS moves with socket buffers and GC timing: the lowest of a few readings once settled.
    const settledRss = async () => {
      const readings: number[] = [];
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 200));
        readings.push(app.rssMb());
      }
      return Math.min(...readings);
    };
    const before = await settledRss();
    const filesBefore = app.tmpFiles();
    const results = await attack();
    await attack();
    const after = await settledRss();
    expect(results.map((r) => r.status).sort()).toEqual(
      [...Array(6).fill(413), ...Array(18).fill(415)].sort(),
    );
    expect(app.tmpFiles()).toEqual(filesBefore);
    expect(filesBefore).toEqual([]);
    // Each bomb inflates to 200 MB; the edge never inflates, so growth stays within noise (up to
    // 24 MB measured under the full suite's load; one inflated bomb would be ten times that).
    process.stdout.write(`RSS before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB\n`);
    expect(after - before).toBeLessThan(50);
    expect((await rawRequest(`${app.url}/healthz`, { method: 'GET' })).status).toBe(200);
  }, 60_000);

  it('printed no stack trace and only JSON lines', () => {
    const lines = app.output().split('\n').filter(Boolean);
    const notJson = lines.filter((l) => {
      try {
        JSON.parse(l);
        return false;
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
  });
});
