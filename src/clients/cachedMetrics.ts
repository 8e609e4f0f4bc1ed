import { LRUCache } from 'lru-cache';
import type { ApiOptions } from './apiHttpClient';
import { MetricsClient } from './metricsClient';
import type { PeriodList, RubSummary } from './metricsSchemas';

export type CachedMetricsOptions = Omit<ApiOptions, 'source'> & {
  /** Entries (summaries and by-unit lists together) kept; least recently used go first. */
  cacheMax: number;
  /** How long the list of periods is trusted: a new month can appear, old ones never change. */
  periodsTtlMs?: number;
};

/**
 * The metrics client with an LRU cache of aggregates. A period is an immutable snapshot, so a
 * summary or by-unit list for (period, level, unit) never changes and is cached without expiry.
 * Concurrent requests for the same key share one call; failures are never cached.
 * Patient-level rows are never cached: `patients()` always goes to the API.
 */
export class CachedMetricsClient extends MetricsClient {
  private readonly aggregates: LRUCache<string, Promise<RubSummary | RubSummary[]>>;
  private periodList: { value: Promise<PeriodList>; at: number } | undefined;
  private readonly periodsTtlMs: number;

  constructor(options: CachedMetricsOptions) {
    super(options);
    this.aggregates = new LRUCache({ max: options.cacheMax });
    this.periodsTtlMs = options.periodsTtlMs ?? 60_000;
  }

  override periods(): Promise<PeriodList> {
    const now = Date.now();
    if (this.periodList && now - this.periodList.at < this.periodsTtlMs)
      return this.periodList.value;
    const value = super.periods();
    const entry = { value, at: now };
    this.periodList = entry;
    value.catch(() => {
      if (this.periodList === entry) this.periodList = undefined;
    });
    return value;
  }

  override summary(query: { level: number; period: string; unitId?: string }): Promise<RubSummary> {
    const key = `summary|${query.period}|${query.level}|${query.unitId ?? ''}`;
    return this.cached(key, () => super.summary(query)) as Promise<RubSummary>;
  }

  override byUnit(query: { level: number; period: string }): Promise<RubSummary[]> {
    const key = `byUnit|${query.period}|${query.level}`;
    return this.cached(key, () => super.byUnit(query)) as Promise<RubSummary[]>;
  }

  /** Entries held now (for tests and diagnostics). */
  get size(): number {
    return this.aggregates.size;
  }

  private cached<T extends RubSummary | RubSummary[]>(
    key: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const hit = this.aggregates.get(key);
    if (hit) return hit as Promise<T>;
    const value = load();
    this.aggregates.set(key, value);
    value.catch(() => {
      if (this.aggregates.peek(key) === value) this.aggregates.delete(key);
    });
    return value;
  }
}
