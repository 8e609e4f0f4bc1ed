import axios, { AxiosError, type AxiosInstance } from 'axios';
import { DelegateBackoff, handleWhen, retry, type RetryPolicy } from 'cockatiel';
import type { z } from 'zod';
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

/** A GET-only JSON client: every answer is parsed with its zod schema or becomes an UpstreamError. */
export class ApiHttpClient {
  private readonly http: AxiosInstance;
  private readonly policy: RetryPolicy;

  constructor(private readonly options: ApiOptions) {
    this.http = axios.create({
      baseURL: options.baseUrl.replace(/\/$/, ''),
      timeout: options.timeoutMs,
      headers: { Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json' },
      // Parse JSON ourselves so malformed bodies are an invalid response, not a crash.
      responseType: 'text',
      transitional: { silentJSONParsing: true },
    });
    this.policy = retry(handleWhen(isRetryable), {
      maxAttempts: options.retries ?? 2,
      backoff: new DelegateBackoff((ctx) => {
        const error = 'error' in ctx.result ? ctx.result.error : undefined;
        const fromHeader =
          error instanceof AxiosError
            ? retryAfterMs(error.response?.headers['retry-after'])
            : undefined;
        const jitter = Math.random() * 50;
        return fromHeader ?? 100 * 2 ** (ctx.attempt - 1) + jitter;
      }),
    });
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
    let body: string;
    try {
      const res = await this.policy.execute(() => this.http.get<string>(path, { params }));
      body = res.data;
    } catch (err) {
      if (err instanceof AxiosError && err.response?.status === 404) return undefined;
      const detail =
        err instanceof AxiosError
          ? (err.response?.status?.toString() ?? err.code ?? 'network')
          : 'error';
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
