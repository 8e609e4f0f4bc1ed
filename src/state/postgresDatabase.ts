import pg from 'pg';
import {
  driverParams,
  guarded,
  guardedTransaction,
  type Database,
  type Executor,
  type Row,
} from './database';

// A real PostgreSQL server (Azure Database for PostgreSQL in production, Debian's postgresql in
// CI) through the `pg` driver and a small pool: what several instances of the bot share.

export type PostgresOptions = { connectionString: string; poolSize?: number };

function wrap(client: pg.Pool | pg.PoolClient): Executor {
  return {
    query: <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      guarded(async () => (await client.query<T>(sql, driverParams(params))).rows),
    // No parameters: the simple protocol, which runs several statements.
    exec: (sql) => guarded(async () => void (await client.query(sql))),
  };
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    // A statement that hangs (a lock, a dead server) fails instead of holding a turn forever.
    statement_timeout: 10_000,
    application_name: 'nara',
  });
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const q = wrap(pool);
  await q.query('SELECT 1');
  return {
    kind: 'postgres',
    ...q,
    transaction: (work) =>
      guardedTransaction(async (inside) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await inside(wrap(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }, work),
    close: () => pool.end(),
  };
}
