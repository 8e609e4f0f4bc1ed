import path from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type restify from 'restify';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { roleMatches } from '../access/roles';
import { HTTP_ERRORS, sendError, type HttpErrorCode } from '../http/httpErrors';
import type { Suppression } from '../access/smallCounts';
import type { Person, Unit } from '../clients/directorySchemas';
import { UpstreamError } from '../clients/upstreamErrors';
import type { Services } from '../skills/skill';
import { lookupWithTypes, type EntityType } from '../understanding/lexicon';
import { DEV_USER_HEADER, devModeEnabled, devUserOf } from './devMode';
import {
  bearerToken,
  remoteKeys,
  TabAuthError,
  verifyTabToken,
  type TabAuthOptions,
} from './tabAuth';
import { loadDirectory, loadFiles, sendStatic, type StaticFile } from './tabStatic';
import {
  distributionView,
  groupResult,
  personResult,
  summaryView,
  tableOf,
  trendPoint,
  unitResult,
  type ContactResult,
  type ContactsView,
  type TrendView,
  type UnitRef,
  unitRefOf,
} from './tabViews';

// The Teams tab, served by the bot's own server: static pages under /tab, vendor bundles under
// /tab/vendor, and a JSON API under /tab/api that answers only a verified Teams user (or, in local
// development mode, a synthetic test user). Aggregates only: the tab never reads patient rows.

export type TabOptions = {
  /** Signing keys for SSO tokens; default: Microsoft's JWKS at TAB_SSO_JWKS_URL. */
  keys?: JWTVerifyGetKey;
};

/** The trend starts where the handlingsplan's comparison starts. */
export const TREND_FROM = '2022-08';
const MAX_UNITS = 12;
const MAX_RESULTS = 8;
const MAX_GROUP_CONTACTS = 4;

const PUBLIC_DIR = path.join(__dirname, 'public');

function vendorFiles(): Record<string, string> {
  const teams = require.resolve('@microsoft/teams-js'); // dist/umd/MicrosoftTeams.min.js
  const chart = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  return { 'teams-js.min.js': teams, 'chart.umd.min.js': chart };
}

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an id');
/**
 * Which view an API answer is for, decided by the server from the route it was asked on, never
 * from a parameter: the personal tab's pages live under /tab/, the channel tab's under
 * /tab/channel/, and each page asks its own route's API (relative URLs), so a channel tab cannot
 * ask for the personal (unsuppressed) view by changing its query. A `scope` parameter is ignored.
 */
export type TabScope = 'personal' | 'channel';
const Level = z.coerce.number().int().min(0).max(5).default(5);
const Period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional();

const SummaryQuery = z.object({
  unitId: slug.optional(),
  level: Level,
  period: Period,
});
const DistributionQuery = z.object({ level: Level, period: Period });
const TrendQuery = z.object({
  unitIds: z
    .string()
    .default('')
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(slug).max(MAX_UNITS)),
  region: z.enum(['0', '1']).default('0'),
  level: Level,
});
const ContactsQuery = z.object({ q: z.string().trim().min(1).max(100) });

class BadRequest extends Error {}
class NotFound extends Error {}

function parse<T extends z.ZodType>(schema: T, query: URLSearchParams): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    throw new BadRequest(parsed.error.issues[0]?.path.join('.') ?? 'query');
  }
  return parsed.data;
}

type TabUser = { oid: string; person: Person | undefined; dev: boolean };

/** Mounts the tab on the server; one line in the composition root. */
export function mountTab(
  services: Services,
  options: TabOptions = {},
): (server: restify.Server) => void {
  const { config, log, directory, metrics } = services;
  const dev = devModeEnabled(config);
  if (config.TAB_DEV_MODE && !dev) {
    log.warn(
      { event: 'tab' },
      'TAB_DEV_MODE is ignored: it is only honoured when MicrosoftAppId is empty',
    );
  }
  if (dev) {
    log.warn(
      { event: 'tab' },
      'TAB DEV MODE: the tab accepts test users without a token (local only)',
    );
  } else if (config.TAB_SSO_AUDIENCE.length === 0) {
    log.warn({ event: 'tab' }, "TAB_SSO_AUDIENCE is empty: the tab's API refuses every request");
  }
  const auth: TabAuthOptions = {
    audiences: config.TAB_SSO_AUDIENCE,
    allowedTenants:
      config.TAB_SSO_ALLOWED_TENANTS.length > 0
        ? config.TAB_SSO_ALLOWED_TENANTS
        : config.ALLOWED_TENANT_IDS,
    keys: options.keys ?? remoteKeys(config.TAB_SSO_JWKS_URL),
  };
  const rule: Suppression | undefined =
    config.SMALL_COUNT_THRESHOLD > 0 ? { threshold: config.SMALL_COUNT_THRESHOLD } : undefined;
  const ruleFor = (scope: TabScope) => (scope === 'channel' ? rule : undefined);

  const pages = loadDirectory(PUBLIC_DIR);
  const vendor = loadFiles(vendorFiles());

  // Bounded caches: who an Entra user is, and the health centres (both change rarely).
  const people = new LRUCache<string, { person: Person | null }>({ max: 1000, ttl: 5 * 60_000 });
  const lists = new LRUCache<'healthCentres', Unit[]>({ max: 1, ttl: 5 * 60_000 });

  const personFor = async (oid: string): Promise<Person | undefined> => {
    const key = oid.toLowerCase();
    const hit = people.get(key);
    if (hit) return hit.person ?? undefined;
    const person = await directory.personByAadObjectId(oid);
    people.set(key, { person: person ?? null });
    return person;
  };

  const healthCentres = async (): Promise<Unit[]> => {
    const hit = lists.get('healthCentres');
    if (hit) return hit;
    const units = (await directory.units({ kind: 'halsocentral' })).sort((a, b) =>
      a.name.localeCompare(b.name, 'sv'),
    );
    lists.set('healthCentres', units);
    return units;
  };

  const unitRef = async (unitId: string): Promise<UnitRef> => {
    const unit = (await healthCentres()).find((u) => u.id === unitId);
    if (!unit) throw new BadRequest(`unitId: not a health centre`);
    return unitRefOf(unit);
  };

  const authenticate = async (req: Request, query: URLSearchParams): Promise<TabUser> => {
    if (dev) {
      const devUser = devUserOf(req.header(DEV_USER_HEADER) || undefined, query);
      if (devUser) {
        const person = await personFor(devUser);
        // Only synthetic test users can be chosen, never a real person.
        if (!person?.synthetic) throw new TabAuthError('missing');
        return { oid: devUser, person, dev: true };
      }
    }
    const identity = await verifyTabToken(
      bearerToken(req.header('authorization') || undefined),
      auth,
    );
    return { oid: identity.oid, person: await personFor(identity.oid), dev: false };
  };

  const currentPeriod = async (
    period: string | undefined,
  ): Promise<{ period: string; periods: string[] }> => {
    const list = await metrics.periods();
    const periods = list.items.map((p) => p.id);
    if (period !== undefined && !periods.includes(period)) throw new BadRequest('period: unknown');
    return { period: period ?? list.current, periods };
  };

  type Handler = (user: TabUser, query: URLSearchParams, scope: TabScope) => Promise<unknown>;

  const api =
    (route: string, handler: Handler, scope: TabScope, open = false) =>
    async (req: Request, res: Response): Promise<void> => {
      const started = Date.now();
      const query = new URL(req.url ?? '/', 'http://tab.invalid').searchParams;
      let status = 200;
      let body: unknown;
      let reason: string | undefined;
      try {
        const user = open ? { oid: '', person: undefined, dev } : await authenticate(req, query);
        body = await handler(user, query, scope);
      } catch (error) {
        // Errors from the server's one table (src/http/httpErrors.ts), without detail.
        let code: HttpErrorCode;
        if (error instanceof TabAuthError) {
          code = error.reason === 'keysUnavailable' ? 'unavailable' : 'unauthorized';
        } else if (error instanceof BadRequest) code = 'bad_request';
        else if (error instanceof NotFound) code = 'not_found';
        else if (error instanceof UpstreamError) code = 'upstream';
        else code = 'internal';
        reason =
          error instanceof TabAuthError
            ? error.reason
            : error instanceof UpstreamError
              ? error.source
              : error instanceof BadRequest
                ? error.message
                : (error as Error).name;
        status = HTTP_ERRORS[code].status;
        res.charSet('utf-8');
        sendError(res, code);
        log[status >= 500 ? 'warn' : 'debug'](
          { event: 'tab', route, scope, status, ms: Date.now() - started, reason },
          'tab api',
        );
        return;
      }
      res.header('Cache-Control', 'no-store');
      res.header('X-Content-Type-Options', 'nosniff');
      res.charSet('utf-8');
      res.send(status, body);
      log[status >= 500 ? 'warn' : 'debug'](
        { event: 'tab', route, status, ms: Date.now() - started, reason },
        'tab api',
      );
    };

  // --- The API ------------------------------------------------------------------------------

  const me: Handler = async ({ person, dev: asDev }, _query, scope) => {
    const centres = await healthCentres();
    const unit = person?.unitId ? await directory.unit(person.unitId) : undefined;
    const centre = centres.find((u) => u.id === person?.unitId);
    const { period } = await currentPeriod(undefined);
    return {
      user: person
        ? {
            name: person.name,
            title: person.title,
            roles: person.roles,
            unit: unit ? { id: unit.id, name: unit.name } : null,
            healthCentre: centre ? unitRefOf(centre) : null,
            mayConfigure: roleMatches(person.roles, config.TAB_CONFIG_ROLES),
          }
        : null,
      devMode: asDev,
      scope,
      period,
      trendFrom: TREND_FROM,
      smallCountThreshold: rule?.threshold ?? 0,
    };
  };

  const devUsers: Handler = async () => {
    if (!dev) throw new NotFound('development mode is off');
    const [all, centres] = await Promise.all([directory.identities(), healthCentres()]);
    const names = new Map(centres.map((u) => [u.id, u.name]));
    return {
      items: all
        .filter((p) => p.synthetic && p.aadObjectId)
        .map((p) => ({
          aadObjectId: p.aadObjectId,
          name: p.name,
          title: p.title,
          unit: p.unitId ? (names.get(p.unitId) ?? null) : null,
        })),
    };
  };

  const units: Handler = async () => ({
    items: (await healthCentres()).map((u) => ({
      id: u.id,
      name: u.name,
      municipality: u.municipality,
    })),
  });

  const summary: Handler = async (_user, query, scope) => {
    const q = parse(SummaryQuery, query);
    const unit = q.unitId ? await unitRef(q.unitId) : null;
    const { period } = await currentPeriod(q.period);
    // The whole table, so the channel view withholds exactly what the cards withhold.
    const [byUnit, centres, region] = await Promise.all([
      metrics.byUnit({ level: q.level, period }),
      healthCentres(),
      unit ? undefined : metrics.summary({ level: q.level, period }),
    ]);
    const s = region ?? byUnit.find((r) => r.unitId === unit?.id);
    if (!s) throw new NotFound('unitId: no figures for this health centre');
    return summaryView(s, unit, tableOf(byUnit, centres, ruleFor(scope)));
  };

  const distribution: Handler = async (_user, query, scope) => {
    const q = parse(DistributionQuery, query);
    const { period } = await currentPeriod(q.period);
    const [byUnit, centres] = await Promise.all([
      metrics.byUnit({ level: q.level, period }),
      healthCentres(),
    ]);
    const refs = new Map(centres.map((u) => [u.id, unitRefOf(u)]));
    const table = tableOf(byUnit, centres, ruleFor(scope));
    return distributionView(period, q.level, byUnit, refs, table);
  };

  const trend: Handler = async (_user, query, scope) => {
    const q = parse(TrendQuery, query);
    const chosen = await Promise.all(q.unitIds.map(unitRef));
    const { periods: all } = await currentPeriod(undefined);
    const periods = all.filter((p) => p >= TREND_FROM).sort();
    // One by-unit call per period covers every unit and the region (their sum).
    const [snapshots, centres] = await Promise.all([
      Promise.all(periods.map((period) => metrics.byUnit({ level: q.level, period }))),
      healthCentres(),
    ]);
    const tables = snapshots.map((items) => tableOf(items, centres, ruleFor(scope)));
    const series: TrendView['series'] = chosen.map((unit) => ({
      unit,
      points: snapshots.flatMap((items, i) =>
        items.some((s) => s.unitId === unit.id) ? [trendPoint(periods[i], tables[i], unit.id)] : [],
      ),
    }));
    if (q.region === '1') {
      series.push({ unit: null, points: tables.map((t, i) => trendPoint(periods[i], t, null)) });
    }
    const synthetic = snapshots.some((items) => items.some((s) => s.synthetic));
    return { level: q.level, periods, series, synthetic } satisfies TrendView;
  };

  const contacts: Handler = async (_user, query) => {
    const { q } = parse(ContactsQuery, query);
    return searchContacts(services, q);
  };

  return (server) => {
    const toIndex = (_req: Request, res: Response, next: restify.Next) => {
      res.writeHead(302, { Location: '/tab/index.html' });
      res.end();
      next(false);
    };
    server.get('/tab', toIndex);
    server.get('/tab/', toIndex);
    // The same pages and API twice: under /tab/ the personal view, under /tab/channel/ the
    // channel view; the route alone decides which.
    for (const [base, scope] of [
      ['/tab', 'personal'],
      ['/tab/channel', 'channel'],
    ] as const) {
      server.get(`${base}/api/me`, api('me', me, scope));
      server.get(`${base}/api/dev/users`, api('dev/users', devUsers, scope, true));
      server.get(`${base}/api/units`, api('units', units, scope));
      server.get(`${base}/api/summary`, api('summary', summary, scope));
      server.get(`${base}/api/distribution`, api('distribution', distribution, scope));
      server.get(`${base}/api/trend`, api('trend', trend, scope));
      server.get(`${base}/api/contacts`, api('contacts', contacts, scope));
      server.get(`${base}/vendor/:file`, staticFrom(vendor));
      server.get(`${base}/:file`, staticFrom(pages));
    }
  };
}

function staticFrom(files: ReadonlyMap<string, StaticFile>) {
  return (req: Request, res: Response, next: restify.Next): void => {
    const name: unknown = req.params?.file;
    const file = typeof name === 'string' ? files.get(name) : undefined;
    if (!file) {
      sendError(res, 'not_found');
      return next(false);
    }
    sendStatic(req, res, file);
    next(false);
  };
}

/** The bot's own name search (the lexicon), then the directory entries it points at. */
export async function searchContacts(services: Services, q: string): Promise<ContactsView> {
  const { directory } = services;
  const lexicon = services.lexicon();
  let hits: { id: string; type: EntityType }[] = [];
  let suggestions: string[] = [];
  if (lexicon.entries.length > 0) {
    const { match, types } = lookupWithTypes(lexicon, 'any', q);
    if (match.status === 'found') hits = [{ id: match.id, type: types[0] }];
    else if (match.status === 'ambiguous') {
      hits = match.candidates.map((c, i) => ({ id: c.id, type: types[i] }));
    } else suggestions = match.closest.map((c) => c.name);
  } else {
    // The lexicon is not loaded yet: the directory's own accent-tolerant search.
    const [p, u, g] = await Promise.all([
      directory.people({ query: q }),
      directory.units({ query: q }),
      directory.groups({ query: q }),
    ]);
    hits = [
      ...p.map((x) => ({ id: x.id, type: 'person' as const })),
      ...u.map((x) => ({ id: x.id, type: 'unit' as const })),
      ...g.map((x) => ({ id: x.id, type: 'group' as const })),
    ];
  }
  const results = await Promise.all(
    hits.slice(0, MAX_RESULTS).map(async ({ id, type }): Promise<ContactResult | undefined> => {
      if (type === 'person') {
        const person = await directory.person(id);
        if (!person) return undefined;
        return personResult(
          person,
          person.unitId ? await directory.unit(person.unitId) : undefined,
        );
      }
      if (type === 'unit') {
        const unit = await directory.unit(id);
        return unit && unitResult(unit);
      }
      const group = await directory.group(id);
      if (!group) return undefined;
      const contacts = await Promise.all(
        group.contactPersonIds.slice(0, MAX_GROUP_CONTACTS).map((pid) => directory.person(pid)),
      );
      return groupResult(
        group,
        contacts.filter((p): p is Person => !!p),
      );
    }),
  );
  return { query: q, results: results.filter((r): r is ContactResult => !!r), suggestions };
}
