import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import {
  driverParams,
  guarded,
  guardedTransaction,
  type Database,
  type Executor,
  type Row,
} from './database';

// Embedded PostgreSQL (PGlite: Postgres compiled to WebAssembly, no server, no native binary),
// stored in a folder under DATA_DIR. PGlite serves ONE process: a pid file refuses a second one
// with a clear message instead of letting two processes corrupt one folder.

export type PgliteOptions = {
  /** The data folder; undefined = in memory (gone when closed). */
  dataDir?: string;
  /** A dump (dumpDataDir) to start from when the folder is new: tests start from a migrated template. */
  template?: Blob;
};

export class DatabaseInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders open in this process: a second open of one is refused as a second process would be. */
const openHere = new Set<string>();

function inUse(dataDir: string, holder: number): DatabaseInUseError {
  return new DatabaseInUseError(
    `The embedded database in ${dataDir} is in use by process ${holder}. PGlite serves one ` +
      'process: stop the other one, use another DATA_DIR, or set DATABASE_URL to a ' +
      'PostgreSQL server to run several instances.',
  );
}

/** Takes the folder's pid file; a file left by a process that died (kill -9) is taken over. */
function lockFolder(dataDir: string): () => void {
  if (openHere.has(dataDir)) throw inUse(dataDir, process.pid);
  const file = `${dataDir}.pid`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      openHere.add(dataDir);
      return () => {
        openHere.delete(dataDir);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw inUse(dataDir, holder);
      }
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseInUseError(`could not lock ${dataDir}`);
}

function wrap(q: Pick<PGlite, 'query' | 'exec'>): Executor {
  return {
    query: <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      guarded(async () => (await q.query<T>(sql, driverParams(params))).rows),
    exec: (sql) => guarded(async () => void (await q.exec(sql))),
  };
}

export type PgliteDatabase = Database & {
  /** The whole database as a tarball, to start others from (tests migrate once, then load it). */
  dump(): Promise<Blob>;
};

export async function openPglite(options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const unlock = options.dataDir ? lockFolder(options.dataDir) : () => undefined;
  const isNew =
    !options.dataDir || !existsSync(options.dataDir) || readdirSync(options.dataDir).length === 0;
  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDir, {
      extensions: { pg_trgm, unaccent },
      ...(options.template && isNew ? { loadDataDir: options.template } : {}),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const q = wrap(db);
  let closed = false;
  return {
    kind: 'pglite',
    ...q,
    transaction: (work) =>
      guardedTransaction((inside) => db.transaction((tx) => inside(wrap(tx))), work),
    // Uncompressed: loading it is three times faster than a gzip one.
    dump: () => db.dumpDataDir('none'),
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
