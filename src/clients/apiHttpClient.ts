import axios, { AxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import type { z } from 'zod';
import { sleep, timeLeft } from './turnDeadline';
import { recordThrottled, recordUpstreamError } from '../telemetry/telemetry';
import { UpstreamError, type UpstreamSource } from './upstreamErrors';

export type ApiOptions = {
  source: UpstreamSource;
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  /** Retries after the first attempt (network errors, 5xx, 429 only). */
  retries?: number;
};

const MAX_RETRY_AFTER_MS = 2000;
/** An attempt with less time than this left is not started: it could not get an answer. */
const MIN_ATTEMPT_MS = 50;

function isRetryable(err: Error): boolean {
  if (!(err instanceof AxiosError)) return false;
  const status = err.response?.status;
  if (status === undefined) return true; // network error or timeout
  return status === 429 || status >= 500;
}

/** Retry-After in seconds or an HTTP date, capped so a turn never hangs on it. */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

/** Exponential back-off with jitter, or the server's Retry-After (capped). */
function backoffMs(err: Error, attempt: number): number {
  const fromHeader =
    err instanceof AxiosError ? retryAfterMs(err.response?.headers['retry-after']) : undefined;
  return fromHeader ?? 100 * 2 ** (attempt - 1) + Math.random() * 50;
}

/** A GET-only JSON client: every answer is parsed with its zod schema or becomes an UpstreamError. */
export class ApiHttpClient {
  private readonly http: AxiosInstance;

  constructor(private readonly options: ApiOptions) {
    this.http = axios.create({
      baseURL: options.baseUrl.replace(/\/$/, ''),
      headers: { Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json' },
      // Parse JSON ourselves so malformed bodies are an invalid response, not a crash.
      responseType: 'text',
      transitional: { silentJSONParsing: true },
    });
  }

  /**
   * One GET with retries (network errors, 5xx, 429), each attempt bounded by API_TIMEOUT_MS and by
   * the time left in the turn (src/clients/turnDeadline.ts): no retry is started, and no back-off
   * slept, that the turn's budget cannot afford.
   */
  private async fetchWithRetries(
    path: string,
    params: Record<string, unknown>,
  ): Promise<AxiosResponse<string>> {
    const attempts = 1 + (this.options.retries ?? 2);
    for (let attempt = 1; ; attempt++) {
      const left = timeLeft();
      if (left !== undefined && left < MIN_ATTEMPT_MS) {
        throw new UpstreamError(this.options.source, 'unavailable', 'turn budget spent');
      }
      const timeout = Math.min(this.options.timeoutMs, left ?? Infinity);
      try {
        // timeout: no answer at all; the signal: a hard cap on the whole exchange (a trickle too).
        return await this.http.get<string>(path, {
          params,
          timeout,
          signal: AbortSignal.timeout(timeout),
        });
      } catch (err) {
        if (err instanceof AxiosError && err.response?.status === 429) {
          recordThrottled(this.options.source);
        }
        if (attempt >= attempts || !isRetryable(err as Error)) throw err;
        const delay = backoffMs(err as Error, attempt);
        const after = timeLeft();
        if (after !== undefined && delay + MIN_ATTEMPT_MS > after) throw err;
        await sleep(delay);
      }
    }
  }

  /** GET path; 404 gives undefined. */
  async get<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: Record<string, string | number | boolean | undefined>,
  ): Promise<z.infer<S> | undefined> {
    const params = Object.fromEntries(
      Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== ''),
    );
    try {
      return await this.fetchAndParse(path, schema, params);
    } catch (err) {
      if (err instanceof UpstreamError) recordUpstreamError(err.source, err.reason);
      throw err;
    }
  }

  private async fetchAndParse<S extends z.ZodType>(
    path: string,
    schema: S,
    params: Record<string, unknown>,
  ): Promise<z.infer<S> | undefined> {
    let body: string;
    try {
      const res = await this.fetchWithRetries(path, params);
      body = res.data;
    } catch (err) {
      if (err instanceof AxiosError && err.response?.status === 404) return undefined;
      const detail =
        err instanceof AxiosError
          ? (err.response?.status?.toString() ?? err.code ?? 'network')
          : 'error';
      if (err instanceof UpstreamError) throw err;
      throw new UpstreamError(this.options.source, 'unavailable', detail);
    }
    let json: unknown;
    try {
      json = typeof body === 'string' ? JSON.parse(body) : body;
    } catch {
      throw new UpstreamError(this.options.source, 'invalidResponse', 'malformed JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new UpstreamError(
        this.options.source,
        'invalidResponse',
        `schema: ${parsed.error.issues[0]?.path.join('.')}`,
      );
    }
    return parsed.data;
  }

  /** GET that must exist: a 404 is an invalid response. */
  async getRequired<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: Record<string, string | number | boolean | undefined>,
  ): Promise<z.infer<S>> {
    const value = await this.get(path, schema, query);
    if (value === undefined)
      throw new UpstreamError(this.options.source, 'invalidResponse', `404 ${path}`);
    return value;
  }
}
