import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';

// The app's own token for Microsoft Graph: the OAuth 2.0 client-credentials grant against the
// Entra token endpoint ({authority}/{tenant}/oauth2/v2.0/token), kept until shortly before it
// expires. Plain fetch: one form POST needs no identity library.

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  token_type: z.string().optional(),
});

const ErrorResponseSchema = z.object({ error: z.string() }).partial();

export type ClientCredentials = {
  authorityUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The resource's default scope, e.g. https://graph.microsoft.com/.default. */
  scope: string;
  timeoutMs: number;
  now?: () => number;
};

/** Entra refused the credentials, or could not be reached: the status and Entra's code only. */
export class GraphAuthError extends Error {
  override readonly name = 'GraphAuthError';
  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(`token request failed${status ? ` (HTTP ${status}${code ? `, ${code}` : ''})` : ''}`);
  }
}

/** Renew this long before the token expires, so no request goes out with one about to lapse. */
const EARLY_MS = 5 * 60_000;

export class ClientCredentialsProvider implements AuthenticationProvider {
  private token: { value: string; until: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly options: ClientCredentials) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async getAccessToken(): Promise<string> {
    if (this.token && this.token.until > this.now()) return this.token.value;
    this.pending ??= this.request().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Forget the token (Graph answered 401: it was revoked or the app's rights changed). */
  forget(): void {
    this.token = undefined;
  }

  private async request(): Promise<string> {
    const o = this.options;
    const url = `${o.authorityUrl}/${encodeURIComponent(o.tenantId)}/oauth2/v2.0/token`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: o.clientId,
          client_secret: o.clientSecret,
          scope: o.scope,
        }),
        redirect: 'error',
        signal: AbortSignal.timeout(o.timeoutMs),
      });
    } catch {
      throw new GraphAuthError(undefined, undefined);
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      throw new GraphAuthError(res.status, ErrorResponseSchema.safeParse(body).data?.error);
    }
    const parsed = TokenResponseSchema.safeParse(body);
    if (!parsed.success) throw new GraphAuthError(res.status, 'unreadable_token_response');
    const lifetime = parsed.data.expires_in * 1000;
    this.token = {
      value: parsed.data.access_token,
      until: this.now() + Math.max(lifetime - EARLY_MS, lifetime / 2),
    };
    return this.token.value;
  }
}
