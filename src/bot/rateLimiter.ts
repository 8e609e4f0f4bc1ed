import { LRUCache } from 'lru-cache';

/** Per-user sliding window; bounded so a flood of new ids cannot grow memory. */
export class RateLimiter {
  private readonly hits = new LRUCache<string, number[]>({ max: 10_000 });

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a message; false when the user is over the limit. */
  allow(userKey: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(userKey) ?? []).filter((at) => t - at < 60_000);
    const allowed = recent.length < this.perMinute;
    if (allowed) recent.push(t);
    this.hits.set(userKey, recent);
    return allowed;
  }
}
