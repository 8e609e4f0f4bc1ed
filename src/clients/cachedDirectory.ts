import { LRUCache } from 'lru-cache';
import type { ApiOptions } from './apiHttpClient';
import { DirectoryClient } from './directoryClient';
import type { Group, Person, Unit } from './directorySchemas';

export type CachedDirectoryOptions = Omit<ApiOptions, 'source'> & {
  /** How long an entry fetched by id is trusted (the lexicon of names is refreshed more slowly). */
  ttlMs: number;
  max?: number;
};

type Entry = Person | Unit | Group | undefined;

/**
 * The directory client with a short-lived cache of entries looked up by id or Teams identity:
 * a contact turn needs the same few entries again and again, and two HTTP round trips cost more
 * than the rest of the turn. Concurrent lookups share one call; failures and "not found" are
 * never cached; searches always go to the API.
 */
export class CachedDirectoryClient extends DirectoryClient {
  private readonly entries: LRUCache<string, Promise<Entry>>;

  constructor(options: CachedDirectoryOptions) {
    super(options);
    // ttlResolution 0: read the clock on each get; the default caches it behind a new timer every
    // millisecond, which cost more than the lookup.
    this.entries = new LRUCache({
      max: options.max ?? 5_000,
      ttl: options.ttlMs,
      ttlResolution: 0,
    });
  }

  override unit(id: string): Promise<Unit | undefined> {
    return this.cached(`unit|${id}`, () => super.unit(id)) as Promise<Unit | undefined>;
  }

  override person(id: string): Promise<Person | undefined> {
    return this.cached(`person|${id}`, () => super.person(id)) as Promise<Person | undefined>;
  }

  override group(id: string): Promise<Group | undefined> {
    return this.cached(`group|${id}`, () => super.group(id)) as Promise<Group | undefined>;
  }

  override personByAadObjectId(aadObjectId: string): Promise<Person | undefined> {
    return this.cached(`aad|${aadObjectId}`, () =>
      super.personByAadObjectId(aadObjectId),
    ) as Promise<Person | undefined>;
  }

  private cached(key: string, load: () => Promise<Entry>): Promise<Entry> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = load();
    this.entries.set(key, value);
    const forget = () => {
      if (this.entries.peek(key) === value) this.entries.delete(key);
    };
    value.then((found) => found === undefined && forget(), forget);
    return value;
  }
}
