// The one connection layer: the same SQL runs on embedded PGlite (DATABASE_URL empty: npm start,
// tests) and on a real PostgreSQL server (DATABASE_URL set: several instances in production).
// Everything above this file sees `Database`, never a driver.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one statement with $1, $2 … parameters and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Executor extends Queryable {
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Executor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The database could not be read or written (connection lost, disk full, a constraint the code
 * did not expect). Never read as "no data": the bot answers that its store is unavailable.
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  readonly code: string | undefined;

  constructor(cause: unknown) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    super(`database error${typeof code === 'string' ? ` ${code}` : ''}`, { cause });
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/** Runs a driver call, turning any failure into a DatabaseError (once). */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof DatabaseError ? error : new DatabaseError(error);
  }
}

/**
 * A transaction whose own failures (BEGIN, COMMIT, a lost connection) are DatabaseErrors, while
 * what `work` throws (a SchemaTooNewError, a skill's own error) passes through as it is.
 */
export async function guardedTransaction<T, Tx>(
  run: (inside: (tx: Tx) => Promise<T>) => Promise<T>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let fromWork: { error: unknown } | undefined;
  try {
    return await run(async (tx) => {
      try {
        return await work(tx);
      } catch (error) {
        fromWork = { error };
        throw error;
      }
    });
  } catch (error) {
    if (fromWork && fromWork.error === error) throw error;
    throw error instanceof DatabaseError ? error : new DatabaseError(error);
  }
}

const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/**
 * Parameters as both drivers read them the same way: dates as ISO strings (a driver's own
 * `instanceof Date` check fails for a date of another realm, as under jest).
 */
export function driverParams(params: readonly unknown[]): unknown[] {
  return params.map((p) => (isDate(p) ? p.toISOString() : p));
}

/** A timestamptz as the UTC ISO string stored state uses everywhere. */
export function iso(value: unknown): string {
  // Not `instanceof Date`: a driver may hand out dates of another realm (PGlite under jest).
  if (isDate(value)) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError('not a timestamp');
}

export function isoOrUndefined(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : iso(value);
}
