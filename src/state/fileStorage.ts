import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';

/**
 * botbuilder's Storage on the local file system: one JSON file per key, written atomically
 * (temp file + fsync + rename), with optimistic concurrency on eTags that also holds between
 * processes sharing the folder (a per-key lock file created with O_EXCL).
 * Write with `eTag: '*'` or no eTag to overwrite; with a stale eTag the write is rejected.
 */
export class FileStorage implements Storage {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, `${encodeURIComponent(key)}.json`);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.readOne(key);
        if (item !== undefined) items[key] = item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    for (const [key, value] of Object.entries(changes)) {
      await this.withLock(key, async () => {
        const current = await this.readOne(key);
        const wanted: unknown = value?.eTag;
        if (current && wanted && wanted !== '*' && wanted !== current.eTag) {
          throw new EtagConflictError(key);
        }
        if (!current && wanted && wanted !== '*') throw new EtagConflictError(key);
        const stored = { ...value, eTag: randomUUID() };
        const tmp = `${this.file(key)}.${randomUUID()}.tmp`;
        const handle = await fs.open(tmp, 'w');
        try {
          await handle.writeFile(JSON.stringify(stored));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(tmp, this.file(key));
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => fs.rm(this.file(key), { force: true })));
  }

  /** Keys that start with a prefix (e.g. all subscriptions). */
  async keys(prefix = ''): Promise<string[]> {
    const files = await fs.readdir(this.dir).catch(() => [] as string[]);
    return files
      .filter((f) => f.endsWith('.json'))
      .map((f) => decodeURIComponent(f.slice(0, -'.json'.length)))
      .filter((k) => k.startsWith(prefix));
  }

  private async readOne(key: string): Promise<StoreItems[string] | undefined> {
    try {
      return JSON.parse(await fs.readFile(this.file(key), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lock = `${this.file(key)}.lock`;
    for (let attempt = 0; ; attempt++) {
      try {
        await (await fs.open(lock, 'wx')).close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // A lock left by a crashed process is broken after 5 s.
        const stat = await fs.stat(lock).catch(() => undefined);
        if (stat && Date.now() - stat.mtimeMs > 5_000) await fs.rm(lock, { force: true });
        if (attempt > 500) throw new Error('storage lock timeout for a key', { cause: error });
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    try {
      return await work();
    } finally {
      await fs.rm(lock, { force: true });
    }
  }
}

export class EtagConflictError extends Error {
  readonly code = 'EtagConflict';
  constructor(key: string) {
    super(`eTag conflict on ${key.length} character key`);
  }
}
