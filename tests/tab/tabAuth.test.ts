import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JSONWebKeySet,
  type JWTPayload,
  type CryptoKey,
} from 'jose';
import { devModeEnabled, devUserOf } from '../../src/tab/devMode';
import { TabAuthError, verifyTabToken, type TabAuthOptions } from '../../src/tab/tabAuth';
import { startHarness, type Harness } from '../e2e/harness';

// Teams SSO tokens are checked for signature (against a JWKS), audience, expiry and issuer.
// A locally generated key set stands in for Microsoft's; nothing is fetched from the internet.

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const AUDIENCE = `api://nara.example.org/${CLIENT_ID}`;
const KID = 'test-key-1';
// A synthetic basenhetschef in the reference directory (Gripen).
const OID = '00000000-0000-4000-8000-000000000109';

type Keys = { privateKey: CryptoKey; jwks: JSONWebKeySet; otherPrivateKey: CryptoKey };

async function makeKeys(): Promise<Keys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  return { privateKey, jwks: { keys: [jwk] }, otherPrivateKey: other.privateKey };
}

type TokenOptions = {
  key?: CryptoKey;
  aud?: string;
  iss?: string;
  tid?: string;
  oid?: string;
  /** Seconds from now. */
  exp?: number;
  extra?: JWTPayload;
};

function tokenFactory(keys: Keys) {
  return (o: TokenOptions = {}): Promise<string> => {
    const tid = o.tid ?? TENANT;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ oid: o.oid ?? OID, tid, ver: '2.0', name: 'Testa Gripenchef', ...o.extra })
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .setIssuer(o.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
      .setAudience(o.aud ?? AUDIENCE)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (o.exp ?? 3600))
      .sign(o.key ?? keys.privateKey);
  };
}

describe('verifyTabToken', () => {
  let keys: Keys;
  let token: ReturnType<typeof tokenFactory>;
  let options: TabAuthOptions;

  beforeAll(async () => {
    keys = await makeKeys();
    token = tokenFactory(keys);
    options = {
      audiences: [AUDIENCE, CLIENT_ID],
      allowedTenants: [],
      keys: createLocalJWKSet(keys.jwks),
    };
  });

  const refused = async (t: string | undefined, opts: TabAuthOptions = options) => {
    const error = await verifyTabToken(t, opts).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TabAuthError);
    return (error as TabAuthError).reason;
  };

  it('accepts a valid v2 token and returns the Entra object id and tenant', async () => {
    await expect(verifyTabToken(await token(), options)).resolves.toEqual({
      oid: OID,
      tid: TENANT,
    });
  });

  it('accepts the v1 issuer format and the bare client id as audience', async () => {
    const t = await token({ iss: `https://sts.windows.net/${TENANT}/`, aud: CLIENT_ID });
    await expect(verifyTabToken(t, options)).resolves.toEqual({ oid: OID, tid: TENANT });
  });

  it('refuses a wrong audience', async () => {
    expect(await refused(await token({ aud: 'api://someone-else/123' }))).toBe('audience');
  });

  it('refuses a wrong issuer: not Entra, or another tenant than the token says', async () => {
    expect(await refused(await token({ iss: 'https://evil.example.com/v2.0' }))).toBe('issuer');
    const mixed = await token({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` });
    expect(await refused(mixed)).toBe('issuer');
  });

  it('refuses an expired token', async () => {
    expect(await refused(await token({ exp: -3600 }))).toBe('expired');
  });

  it('refuses a bad signature (another key under the same kid) and a tampered payload', async () => {
    expect(await refused(await token({ key: keys.otherPrivateKey }))).toBe('signature');
    const [h, , sig] = (await token()).split('.');
    const forged = Buffer.from(JSON.stringify({ oid: 'x', tid: TENANT, aud: AUDIENCE })).toString(
      'base64url',
    );
    expect(await refused(`${h}.${forged}.${sig}`)).toBe('signature');
  });

  it('refuses a missing or malformed token, and refuses all when SSO is not configured', async () => {
    expect(await refused(undefined)).toBe('missing');
    expect(await refused('not.a.token')).toBe('malformed');
    expect(await refused(await token(), { ...options, audiences: [] })).toBe('notConfigured');
  });

  it('refuses a token without oid or tid', async () => {
    const noOid = await new SignJWT({ tid: TENANT })
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(keys.privateKey);
    expect(await refused(noOid)).toBe('malformed');
  });

  it('refuses other tenants when tenants are listed', async () => {
    const t = await token({ tid: OTHER_TENANT });
    expect(await refused(t, { ...options, allowedTenants: [TENANT] })).toBe('tenant');
    await expect(verifyTabToken(t, options)).resolves.toMatchObject({ tid: OTHER_TENANT });
  });
});

describe('development mode', () => {
  it('is honoured only with TAB_DEV_MODE=true and no MicrosoftAppId', () => {
    expect(devModeEnabled({ TAB_DEV_MODE: true, MicrosoftAppId: undefined })).toBe(true);
    expect(devModeEnabled({ TAB_DEV_MODE: true, MicrosoftAppId: 'app-id' })).toBe(false);
    expect(devModeEnabled({ TAB_DEV_MODE: false, MicrosoftAppId: undefined })).toBe(false);
  });

  it('reads the test user from the header first, then ?devUser, and only well-formed ids', () => {
    const q = new URLSearchParams('devUser=from-query');
    expect(devUserOf('from-header', q)).toBe('from-header');
    expect(devUserOf(undefined, q)).toBe('from-query');
    expect(devUserOf('<script>', new URLSearchParams())).toBeUndefined();
    expect(devUserOf(undefined, new URLSearchParams())).toBeUndefined();
  });
});

describe('the tab API behind SSO (real app, local JWKS over HTTP)', () => {
  let keys: Keys;
  let token: ReturnType<typeof tokenFactory>;
  let jwksServer: Server;
  let jwksRequests = 0;
  let harness: Harness;

  beforeAll(async () => {
    keys = await makeKeys();
    token = tokenFactory(keys);
    jwksServer = createServer((_req, res) => {
      jwksRequests++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(keys.jwks));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    harness = await startHarness({
      TAB_SSO_AUDIENCE: `${AUDIENCE},${CLIENT_ID}`,
      TAB_SSO_JWKS_URL: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
      TAB_SSO_ALLOWED_TENANTS: TENANT,
      // Dev mode asked for but not in force: the test-user header must be ignored.
      TAB_DEV_MODE: 'false',
    });
  }, 30_000);

  afterAll(async () => {
    await harness?.close();
    await new Promise((resolve) => jwksServer?.close(resolve));
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${harness.app.url}${path}`, { headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  it('answers a valid token with the user mapped to the directory by aadObjectId', async () => {
    const { status, body } = await get('/tab/api/me', bearer(await token()));
    expect(status).toBe(200);
    expect(body.user).toMatchObject({
      name: 'Testa Gripenchef',
      roles: ['basenhetschef'],
      healthCentre: { id: 'hc-gripen', name: expect.stringContaining('Gripen') },
      mayConfigure: true,
    });
    expect(body.devMode).toBe(false);
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('answers a signed-in user who is not in the directory without a health centre', async () => {
    const { status, body } = await get(
      '/tab/api/me',
      bearer(await token({ oid: 'not-in-directory' })),
    );
    expect(status).toBe(200);
    expect(body.user).toBeNull();
  });

  it.each([
    ['wrong audience', { aud: 'api://other/1' }],
    ['wrong issuer', { iss: 'https://login.microsoftonline.com/common/v2.0' }],
    ['expired', { exp: -600 }],
    ['another tenant', { tid: OTHER_TENANT }],
  ] as const)('answers 401 to a token with %s', async (_name, options) => {
    for (const path of [
      '/tab/api/me',
      '/tab/api/summary?unitId=hc-gripen',
      '/tab/api/contacts?q=Åke',
    ]) {
      const { status, body } = await get(path, bearer(await token(options)));
      expect({ path, status, error: body.error }).toEqual({
        path,
        status: 401,
        error: 'unauthorized',
      });
    }
  });

  it('answers 401 to a bad signature', async () => {
    const { status } = await get('/tab/api/me', bearer(await token({ key: keys.otherPrivateKey })));
    expect(status).toBe(401);
  });

  it('answers 401 without a token, and ignores the test-user header outside dev mode', async () => {
    expect((await get('/tab/api/me')).status).toBe(401);
    expect((await get('/tab/api/me', { 'x-nara-dev-user': OID })).status).toBe(401);
    expect((await get(`/tab/api/me?devUser=${OID}`)).status).toBe(401);
    expect((await get('/tab/api/dev/users')).status).toBe(404);
  });

  it('serves the pages and vendor bundles without a token, with a CSP that lets Teams frame them', async () => {
    const page = await fetch(`${harness.app.url}/tab/index.html?view=personal`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(page.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
    for (const path of ['config.html', 'privacy.html', 'terms.html', 'tab.js', 'tab.css']) {
      expect((await fetch(`${harness.app.url}/tab/${path}`)).status).toBe(200);
    }
    for (const path of ['teams-js.min.js', 'chart.umd.min.js']) {
      const res = await fetch(`${harness.app.url}/tab/vendor/${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('javascript');
    }
    const root = await fetch(`${harness.app.url}/tab`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/tab/index.html']);
    expect((await fetch(`${harness.app.url}/tab/nothing.html`)).status).toBe(404);
    expect((await fetch(`${harness.app.url}/tab/vendor/..%2Fpackage.json`)).status).toBe(404);
  });

  it('answers aggregates with the small-count rule for channels, and never patient rows', async () => {
    const auth = bearer(await token());
    const personal = await get('/tab/api/summary?unitId=hc-lottorp', auth);
    const channel = await get('/tab/channel/api/summary?unitId=hc-lottorp', auth);
    expect(personal.status).toBe(200);
    type Counts = Record<string, { n: number | null; lt?: number; share: number | null }>;
    const exact = personal.body.indicators as Counts;
    const shown = channel.body.indicators as Counts;
    let hidden = 0;
    for (const [key, value] of Object.entries(exact)) {
      const n = value.n as number;
      if (n > 0 && n < 5) {
        hidden++;
        expect({ key, shown: shown[key] }).toEqual({ key, shown: { n: null, lt: 5, share: null } });
      } else expect({ key, n: shown[key].n }).toEqual({ key, n });
    }
    expect(hidden).toBeGreaterThan(0); // Löttorp has a small count in the reference data
    expect(JSON.stringify([personal.body, channel.body])).not.toMatch(/"ref"|P-[0-9A-Z]{5}/);
    expect((await get('/tab/api/summary?unitId=../../v1/patients', auth)).status).toBe(400);
  });
});
