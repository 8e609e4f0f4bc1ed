import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Next, Request, Response } from 'restify';
import restify from '../../src/http/restify';
import { z } from 'zod';
import { unitKinds } from '../../src/clients/directorySchemas';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import type { Database } from '../../src/state/database';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from './directorySearch';
import { CURRENT_PERIOD, PERIODS, periodList } from './metricsPopulation';
import { ensureReferenceData, ReferenceDirectory, ReferenceMetrics } from './referenceData';

// The reference implementation of the directory and metrics APIs (shared/design/API-CONTRACT.md):
// the data the bot runs against by default. Directory under /directory/v1, metrics under
// /metrics/v1, both behind a bearer key; GET /healthz is open.

export type ReferenceApiOptions = {
  apiKey: string;
  /** The database holding the reference schema (loaded at start when missing or outdated). */
  db: Database;
  host?: string;
  port?: number;
};
export type ReferenceApi = { url: string; close(): Promise<void> };

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 3979;
const DEFAULT_LEVEL = 5; // the band the product is about
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/** The largest page of a people listing: a few megabytes of JSON. */
const MAX_PAGE_SIZE = 10_000;

type ErrorCode = 'bad_request' | 'unauthorized' | 'not_found' | 'method_not_allowed' | 'internal';

/** Thrown by handlers; turned into `{ error, message }` with its status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const badRequest = (message: string): HttpError => new HttpError(400, 'bad_request', message);
const notFound = (message: string): HttpError => new HttpError(404, 'not_found', message);

function sendJson(res: Response, status: number, body: unknown): void {
  res.charSet('utf-8');
  res.send(status, body);
}

function sendError(res: Response, err: HttpError): void {
  sendJson(res, err.status, { error: err.code, message: err.message });
}

// ---------------------------------------------------------------------------------------------
// Query parameters: an empty value means "not given"; repeated or nested ones are rejected.

const optionalText = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.string({ error: 'must be a single text value' }).max(200).optional(),
);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(values, { error: `must be one of ${values.join(', ')}` }).optional(),
  );
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string({ error: `must be an integer ${min}–${max}` })
      .regex(/^\d{1,9}$/, `must be an integer ${min}–${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .optional(),
  );

// A search (a query with words) answers the best matches first, at most `limit`; a listing
// without one answers every entry that passes the filters.
const searchLimit = optionalInt(1, MAX_SEARCH_LIMIT).transform((v) => v ?? DEFAULT_SEARCH_LIMIT);
const UnitQuery = z.object({
  query: optionalText,
  kind: optionalEnum(unitKinds),
  municipality: optionalText,
  limit: searchLimit,
});
const PeopleQuery = z.object({
  query: optionalText,
  unitId: optionalText,
  role: optionalText,
  roleOrTitle: optionalText,
  aadObjectId: optionalText,
  limit: searchLimit,
  // A listing (no query) in pages: pageSize people, then `next` to pass as cursor.
  pageSize: optionalInt(1, MAX_PAGE_SIZE),
  cursor: optionalInt(0, 1_000_000_000),
});
const GroupQuery = z.object({ query: optionalText, limit: searchLimit });

const LEVELS = ['0', '1', '2', '3', '4', '5'] as const;
const level = optionalEnum(LEVELS).transform((v) => (v === undefined ? DEFAULT_LEVEL : Number(v)));
const period = optionalEnum(PERIODS).transform((v) => v ?? CURRENT_PERIOD);
const SummaryQuery = z.object({ level, period, unitId: optionalText });
const ByUnitQuery = z.object({ level, period });
const PatientsQuery = z.object({
  unitId: z.preprocess((v) => (v === '' ? undefined : v), z.string({ error: 'is required' })),
  level,
  period,
  withoutFastLakarkontakt: optionalEnum(['true', 'false']).transform((v) =>
    v === undefined ? undefined : v === 'true',
  ),
  offset: optionalInt(0, 1_000_000_000).transform((v) => v ?? 0),
  limit: optionalInt(1, MAX_LIMIT).transform((v) => v ?? DEFAULT_LIMIT),
});

function parseQuery<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const parsed = schema.safeParse(req.query ?? {});
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'query'} ${issue.message}`)
    .join('; ');
  throw badRequest(`invalid query: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Handlers

type Handler = (req: Request) => unknown;

/** Runs a handler and sends its result, or its HttpError, as JSON. */
function json(handler: Handler) {
  // restify: an async handler takes (req, res) and ends the chain when it resolves; what it
  // throws goes to the server's 'restifyError' hook.
  return async function handle(req: Request, res: Response): Promise<void> {
    try {
      sendJson(res, 200, await handler(req));
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendError(res, err);
    }
  };
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Checks `Authorization: Bearer <apiKey>` in constant time. */
function bearerAuth(apiKey: string) {
  const expected = sha256(apiKey);
  return function requireBearer(req: Request, res: Response, next: Next): void {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match && timingSafeEqual(sha256(match[1]), expected)) return next();
    sendError(res, new HttpError(401, 'unauthorized', 'missing or invalid bearer token'));
    return next(false);
  };
}

function routeParam(req: Request, name: string): string {
  const value: unknown = req.params?.[name];
  return typeof value === 'string' ? value : '';
}

function directoryRoutes(dir: ReferenceDirectory): Record<string, Handler> {
  return {
    '/directory/v1/units': async (req) => {
      const query = parseQuery(UnitQuery, req);
      return { items: await dir.units(query, query.limit) };
    },
    '/directory/v1/units/:id': async (req) => {
      const id = routeParam(req, 'id');
      const unit = await dir.unit(id);
      if (!unit) throw notFound(`no unit with id "${id}"`);
      return unit;
    },
    '/directory/v1/people': async (req) => {
      const query = parseQuery(PeopleQuery, req);
      if (query.unitId !== undefined && !(await dir.unit(query.unitId))) {
        throw badRequest(`unknown unitId "${query.unitId}"`);
      }
      if (query.pageSize !== undefined && query.query === undefined) {
        return dir.peoplePage(query, query.pageSize, query.cursor);
      }
      return { items: await dir.people(query, query.limit) };
    },
    '/directory/v1/people/:id': async (req) => {
      const id = routeParam(req, 'id');
      const person = await dir.person(id);
      if (!person) throw notFound(`no person with id "${id}"`);
      return person;
    },
    '/directory/v1/groups': async (req) => {
      const query = parseQuery(GroupQuery, req);
      return { items: await dir.groups(query.query, query.limit) };
    },
    '/directory/v1/groups/:id': async (req) => {
      const id = routeParam(req, 'id');
      const group = await dir.group(id);
      if (!group) throw notFound(`no group with id "${id}"`);
      return group;
    },
  };
}

function metricsRoutes(
  metrics: ReferenceMetrics,
  healthCentreIds: readonly string[],
): Record<string, Handler> {
  const healthCentres = new Set(healthCentreIds);
  const checkUnit = (unitId: string): string => {
    if (!healthCentres.has(unitId)) {
      throw badRequest(`unknown unitId "${unitId}": metrics exist for health centres only`);
    }
    return unitId;
  };
  return {
    '/metrics/v1/periods': () => periodList(),
    '/metrics/v1/rub/summary': (req): Promise<RubSummary> => {
      const q = parseQuery(SummaryQuery, req);
      const unitId = q.unitId === undefined ? null : checkUnit(q.unitId);
      return metrics.summary(q.level, q.period, unitId);
    },
    '/metrics/v1/rub/by-unit': async (req) => {
      const q = parseQuery(ByUnitQuery, req);
      return { items: await metrics.byUnit(q.level, q.period) };
    },
    '/metrics/v1/patients': (req) => {
      const q = parseQuery(PatientsQuery, req);
      return metrics.patients({ ...q, unitId: checkUnit(q.unitId) });
    },
  };
}

const ERROR_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
};

// ---------------------------------------------------------------------------------------------

/** Starts the reference API; `port: 0` picks a free port. */
export async function createReferenceApi(options: ReferenceApiOptions): Promise<ReferenceApi> {
  if (options.apiKey.length === 0) throw new Error('apiKey must not be empty');

  // 1. Data: in the database, loaded (validated) when missing or outdated; a bad file stops the start.
  await ensureReferenceData(options.db);
  const directory = new ReferenceDirectory(options.db);
  const metrics = new ReferenceMetrics(options.db);
  const healthCentreIds = await directory.healthCentreIds();

  // 2. Server: query strings parsed into req.query; route params stay in req.params.
  const server = restify.createServer({ name: 'nara-reference-api', ignoreTrailingSlash: true });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // Router errors (unknown path, wrong method) and thrown errors get the contract's error shape.
  server.on(
    'restifyError',
    (_req: Request, res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
      const status = err.statusCode ?? 500;
      const code = ERROR_CODES[status] ?? 'internal';
      const message = status >= 500 ? 'internal error' : err.message;
      if (!res.headersSent) sendError(res, new HttpError(status, code, message));
      cb();
    },
  );

  // 3. Routes.
  server.get(
    '/healthz',
    json(() => ({ status: 'ok' })),
  );
  const auth = bearerAuth(options.apiKey);
  const routes = { ...directoryRoutes(directory), ...metricsRoutes(metrics, healthCentreIds) };
  for (const [path, handler] of Object.entries(routes)) server.get(path, auth, json(handler));

  // 4. Listen.
  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err?: Error) => (err ? reject(err) : resolve()));
        // Keep-alive connections (fetch keeps them) would otherwise hold close() open.
        server.server.closeAllConnections();
      }),
  };
}
