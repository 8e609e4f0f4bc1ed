import { LRUCache } from 'lru-cache';

type Bucket = { tokens: number; at: number };

const MINUTE_MS = 60_000;

/**
 * Per user: a token bucket of `perMinute` messages that refills over a minute. A burst of
 * perMinute is allowed, then one more each 60/perMinute seconds. O(1) per user, whatever the
 * limit; bounded so a flood of new ids cannot grow memory.
 */
export class RateLimiter {
  private readonly buckets = new LRUCache<string, Bucket>({ max: 10_000 });

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a message; false when the user is over the limit. */
  allow(userKey: string): boolean {
    const t = this.now();
    const bucket = this.buckets.get(userKey);
    if (!bucket) {
      this.buckets.set(userKey, { tokens: this.perMinute - 1, at: t });
      return true;
    }
    const refill = (Math.max(0, t - bucket.at) * this.perMinute) / MINUTE_MS;
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + refill);
    bucket.at = t;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
