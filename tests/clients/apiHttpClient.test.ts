import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ApiHttpClient, retryAfterMs } from '../../src/clients/apiHttpClient';
import { withDeadline } from '../../src/clients/turnDeadline';
import { UpstreamError } from '../../src/clients/upstreamErrors';

// A real HTTP server that misbehaves on cue, so the client is tested over the wire.

type Reply = { status: number; body?: string; headers?: Record<string, string>; delayMs?: number };

describe('ApiHttpClient against a misbehaving upstream', () => {
  let server: http.Server;
  let url: string;
  let replies: Reply[] = [];
  let requests: { at: number; auth?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push({ at: Date.now(), auth: req.headers.authorization });
      const reply = replies.shift() ?? { status: 200, body: '{"ok":true}' };
      setTimeout(() => {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(reply.body ?? '{}');
      }, reply.delayMs ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    replies = [];
    requests = [];
  });

  const client = (timeoutMs = 500) =>
    new ApiHttpClient({ source: 'metrics', baseUrl: url, apiKey: 'k', timeoutMs });
  const Ok = z.object({ ok: z.literal(true) });

  it('sends the bearer key and parses the answer', async () => {
    await expect(client().get('/v1/x', Ok)).resolves.toEqual({ ok: true });
    expect(requests[0].auth).toBe('Bearer k');
  });

  it('retries a 503 and succeeds', async () => {
    replies = [{ status: 503 }, { status: 200, body: '{"ok":true}' }];
    await expect(client().get('/v1/x', Ok)).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });

  it('honours Retry-After on 429 before retrying', async () => {
    replies = [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: '{"ok":true}' },
    ];
    await expect(client().get('/v1/x', Ok)).resolves.toEqual({ ok: true });
    expect(requests[1].at - requests[0].at).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the retries with an "unavailable" error naming the source', async () => {
    replies = [{ status: 500 }, { status: 502 }, { status: 504 }, { status: 500 }];
    const error = await client()
      .get('/v1/x', Ok)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ source: 'metrics', reason: 'unavailable' });
    expect(requests).toHaveLength(3);
  });

  it('does not retry a 400', async () => {
    replies = [{ status: 400, body: '{"error":"bad_request"}' }];
    await expect(client().get('/v1/x', Ok)).rejects.toMatchObject({ reason: 'unavailable' });
    expect(requests).toHaveLength(1);
  });

  it('times out a slow answer', async () => {
    replies = [
      { status: 200, body: '{"ok":true}', delayMs: 400 },
      { status: 200, delayMs: 400 },
      { status: 200, delayMs: 400 },
    ];
    await expect(client(100).get('/v1/x', Ok)).rejects.toMatchObject({ reason: 'unavailable' });
  });

  it("caps every attempt and retry by the turn's time left", async () => {
    replies = [
      { status: 200, body: '{"ok":true}', delayMs: 2000 },
      { status: 200, body: '{"ok":true}', delayMs: 2000 },
      { status: 200, body: '{"ok":true}', delayMs: 2000 },
    ];
    const started = Date.now();
    const error = await withDeadline(started + 700, () => client(3000).get('/v1/x', Ok)).catch(
      (e: unknown) => e,
    );
    const ms = Date.now() - started;
    expect(error).toMatchObject({ source: 'metrics', reason: 'unavailable' });
    expect(ms).toBeGreaterThanOrEqual(650);
    expect(ms).toBeLessThan(1000);
  });

  it('does not start a retry after a Retry-After the turn cannot afford', async () => {
    replies = [
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 200, body: '{"ok":true}' },
    ];
    const started = Date.now();
    await expect(
      withDeadline(started + 1000, () => client().get('/v1/x', Ok)),
    ).rejects.toMatchObject({ reason: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(requests).toHaveLength(1);
  });

  it('treats malformed JSON and a wrong shape as an invalid response', async () => {
    replies = [{ status: 200, body: '{"ok": tru' }];
    await expect(client().get('/v1/x', Ok)).rejects.toMatchObject({ reason: 'invalidResponse' });
    replies = [{ status: 200, body: '{"ok":"yes"}' }];
    await expect(client().get('/v1/x', Ok)).rejects.toMatchObject({ reason: 'invalidResponse' });
  });

  it('gives undefined for a 404', async () => {
    replies = [{ status: 404 }];
    await expect(client().get('/v1/x', Ok)).resolves.toBeUndefined();
  });

  it('reads Retry-After as seconds or a date, capped', () => {
    expect(retryAfterMs('1')).toBe(1000);
    expect(retryAfterMs('120')).toBe(2000);
    expect(retryAfterMs(new Date(10_500).toUTCString(), 10_000)).toBe(0);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
