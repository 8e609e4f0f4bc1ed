import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

// Teams tab single sign-on: the tab sends the token from teams-js `authentication.getAuthToken()`;
// we check its signature against the tenant's keys (a JWKS), its audience (our Entra app), its
// expiry, and its issuer (v1 or v2 Entra format for the token's own, allowed tenant).

export const MICROSOFT_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export type TabAuthOptions = {
  /** Accepted `aud` values: the app's client id and/or its Application ID URI. Empty = SSO off. */
  audiences: string[];
  /** Entra tenant ids whose users may use the tab; empty = any tenant (issuer must match `tid`). */
  allowedTenants: string[];
  /** Where the signing keys come from: createRemoteJWKSet(url) in production, local keys in tests. */
  keys: JWTVerifyGetKey;
  /** Allowed clock skew in seconds (default 60). */
  clockToleranceSec?: number;
};

export type TabIdentity = { oid: string; tid: string };

export type TabAuthFailure =
  | 'missing'
  | 'malformed'
  | 'signature'
  | 'expired'
  | 'audience'
  | 'issuer'
  | 'tenant'
  | 'notConfigured'
  | 'keysUnavailable';

/** Why a token was refused; the reason goes to logs, never the token. */
export class TabAuthError extends Error {
  constructor(readonly reason: TabAuthFailure) {
    super(`tab token refused: ${reason}`);
  }
}

const ClaimsSchema = z.object({
  oid: z.string().min(1),
  tid: z.string().regex(/^[0-9a-fA-F-]{36}$/, 'tenant id must be a GUID'),
  iss: z.string().min(1),
});

/** The two issuer formats Entra uses for a tenant: v2.0 tokens and v1.0 tokens. */
export function issuersFor(tenantId: string): string[] {
  return [
    `https://login.microsoftonline.com/${tenantId}/v2.0`,
    `https://sts.windows.net/${tenantId}/`,
  ];
}

/** Microsoft's keys, fetched on first use and cached by jose (never at start, never in tests). */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
}

/** The bearer token of an `Authorization` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_.-]+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function failureOf(error: unknown): TabAuthFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'nbf' || error.claim === 'exp' || error.claim === 'iat') return 'expired';
    return 'malformed';
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return 'signature';
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return 'keysUnavailable';
  }
  // A network failure while fetching the keys is not a JOSE error: not the caller's fault.
  return error instanceof errors.JOSEError ? 'malformed' : 'keysUnavailable';
}

/** Verifies a Teams SSO token; the caller's Entra object id and tenant, or a TabAuthError. */
export async function verifyTabToken(
  token: string | undefined,
  options: TabAuthOptions,
): Promise<TabIdentity> {
  if (options.audiences.length === 0) throw new TabAuthError('notConfigured');
  if (!token) throw new TabAuthError('missing');
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, options.keys, {
      audience: options.audiences,
      algorithms: ['RS256'],
      clockTolerance: options.clockToleranceSec ?? 60,
      requiredClaims: ['exp', 'iss', 'aud'],
    }));
  } catch (error) {
    throw new TabAuthError(failureOf(error));
  }
  const claims = ClaimsSchema.safeParse(payload);
  if (!claims.success) throw new TabAuthError('malformed');
  const { oid, tid, iss } = claims.data;
  if (!issuersFor(tid).includes(iss)) throw new TabAuthError('issuer');
  const allowed = options.allowedTenants.map((t) => t.toLowerCase());
  if (allowed.length > 0 && !allowed.includes(tid.toLowerCase())) {
    throw new TabAuthError('tenant');
  }
  return { oid, tid };
}
