import {
  Client,
  GraphError,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { ClientCredentialsProvider } from './clientCredentials';
import { DeltaPageSchema, USER_SELECT, type DeltaPage } from './graphUser';

// Microsoft Graph through @microsoft/microsoft-graph-client, with a middleware chain of our own:
// the bearer token goes only to the configured Graph origin (the library's own handler attaches it
// only to https Microsoft hosts, and a link Graph returns is followed only under the same base);
// 429 and 503/504 are retried after Retry-After by the library's RetryHandler; every attempt has a
// timeout; redirects are refused, so no request leaves for a host we did not configure.

export type GraphClientOptions = {
  /** e.g. https://graph.microsoft.com/v1.0 (no trailing slash). */
  baseUrl: string;
  auth: ClientCredentialsProvider;
  timeoutMs: number;
  /** Retries after 429/503/504 (the library's default is 3; it caps Retry-After at 180 s). */
  maxRetries?: number;
};

/** Graph says the delta token is no longer valid (410 Gone): the round must start over. */
export class DeltaResyncError extends Error {
  override readonly name = 'DeltaResyncError';
}

/** Graph answered with an error, or something we will not follow: status and Graph's code only. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(`Graph request failed${status ? ` (HTTP ${status}${code ? `, ${code}` : ''})` : ''}`);
  }
}

class BearerToOrigin implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly origin: string,
    private readonly auth: ClientCredentialsProvider,
  ) {}
  setNext(next: Middleware): void {
    this.next = next;
  }
  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin !== this.origin) throw new GraphRequestError(undefined, 'foreign_host');
    const headers = new Headers(context.options?.headers);
    headers.set('Authorization', `Bearer ${await this.auth.getAccessToken()}`);
    context.options = { ...context.options, headers };
    await this.next?.execute(context);
  }
}

/** After the RetryHandler, so that each attempt gets its own timeout. */
class AttemptTimeout implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly timeoutMs: number) {}
  setNext(next: Middleware): void {
    this.next = next;
  }
  async execute(context: Context): Promise<void> {
    context.options = {
      ...context.options,
      redirect: 'error',
      signal: AbortSignal.timeout(this.timeoutMs),
    };
    await this.next?.execute(context);
  }
}

export class GraphClient {
  private readonly client: Client;
  private readonly base: URL;

  constructor(private readonly options: GraphClientOptions) {
    this.base = new URL(options.baseUrl);
    this.client = Client.initWithMiddleware({
      // The whole base (origin and version) as the host; requests are paths under it.
      baseUrl: options.baseUrl,
      defaultVersion: '',
      middleware: [
        new BearerToOrigin(this.base.origin, options.auth),
        new RetryHandler(new RetryHandlerOptions(1, options.maxRetries ?? 3)),
        new AttemptTimeout(options.timeoutMs),
        new HTTPMessageHandler(),
      ],
    });
  }

  /** The first request of a round: every user, with the properties the sync reads. */
  static initialDeltaPath(): string {
    return `/users/delta?$select=${USER_SELECT.join(',')}`;
  }

  /**
   * One page of /users/delta: from the initial path, a nextLink or a deltaLink. Links must lie
   * under the configured base URL (Graph's own links do); anything else is refused, not followed.
   */
  async deltaPage(pathOrLink: string): Promise<DeltaPage> {
    const body = await this.get(this.pathOf(pathOrLink));
    const page = DeltaPageSchema.safeParse(body);
    if (!page.success) throw new GraphRequestError(200, 'unreadable_delta_page');
    return page.data;
  }

  /** Whether a link lies under the configured base URL (a stored one may predate a change). */
  owns(link: string): boolean {
    return link.startsWith(`${this.options.baseUrl}/`);
  }

  private pathOf(pathOrLink: string): string {
    if (pathOrLink.startsWith('/')) return pathOrLink;
    if (!this.owns(pathOrLink)) throw new GraphRequestError(undefined, 'foreign_link');
    return pathOrLink.slice(this.options.baseUrl.length);
  }

  private async get(path: string): Promise<unknown> {
    // The token first, outside the client: the library wraps what a middleware throws.
    await this.options.auth.getAccessToken();
    try {
      return await this.client.api(path).get();
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      if (error.statusCode === 410) throw new DeltaResyncError('delta token expired');
      if (error.statusCode === 401) this.options.auth.forget();
      // statusCode -1: no response (a timeout, a refused host); code is then the cause's name.
      throw new GraphRequestError(
        error.statusCode > 0 ? error.statusCode : undefined,
        error.code ?? undefined,
      );
    }
  }
}
