import type { DirectoryClient } from '../clients/directoryClient';
import type { Unit } from '../clients/directorySchemas';
import type { MetricsClient } from '../clients/metricsClient';
import type { RubSummary } from '../clients/metricsSchemas';

// The aggregates every digest of a tick is built from: per health centre, for the latest period,
// the one before and the baseline 2022-08. Loaded once and shared by all subscriptions (a fan-out
// to 1 000 channels makes five API calls, not five thousand). Aggregates only: no patient rows.

export const DIGEST_LEVEL = 5;
export const BASELINE_PERIOD = '2022-08';

export type DigestData = {
  period: string;
  previousPeriod?: string;
  baselinePeriod?: string;
  current: RubSummary[];
  previous: RubSummary[];
  baseline: RubSummary[];
  healthCentres: Pick<Unit, 'id' | 'name' | 'municipality'>[];
};

export async function loadDigestData(
  metrics: Pick<MetricsClient, 'periods' | 'byUnit'>,
  directory: Pick<DirectoryClient, 'units'>,
): Promise<DigestData> {
  const periods = await metrics.periods();
  const ids = periods.items.map((p) => p.id).sort();
  const period = periods.current;
  const previousPeriod = ids.filter((id) => id < period).pop();
  const baselinePeriod =
    ids.includes(BASELINE_PERIOD) && BASELINE_PERIOD < period ? BASELINE_PERIOD : undefined;
  const byUnit = (p: string | undefined) =>
    p ? metrics.byUnit({ level: DIGEST_LEVEL, period: p }) : Promise.resolve([]);
  const [current, previous, baseline, units] = await Promise.all([
    byUnit(period),
    byUnit(previousPeriod),
    byUnit(baselinePeriod),
    directory.units({ kind: 'halsocentral' }),
  ]);
  return {
    period,
    previousPeriod,
    baselinePeriod,
    current,
    previous,
    baseline,
    healthCentres: units.map(({ id, name, municipality }) => ({ id, name, municipality })),
  };
}

/** Loads at most once per `ttlMs`; concurrent callers share one load. */
export class DigestDataSource {
  private cached?: { at: number; data: Promise<DigestData> };

  constructor(
    private readonly load: () => Promise<DigestData>,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<DigestData> {
    const t = this.now();
    if (!this.cached || t - this.cached.at >= this.ttlMs) {
      const data = this.load();
      this.cached = { at: t, data };
      data.catch(() => {
        if (this.cached?.data === data) this.cached = undefined;
      });
    }
    return this.cached.data;
  }
}
