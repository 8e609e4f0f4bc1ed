import { CachedMetricsClient } from '../../src/clients/cachedMetrics';
import { MetricsClient } from '../../src/clients/metricsClient';
import { UpstreamError } from '../../src/clients/upstreamErrors';
import { regionRub5 } from '../cards/metricsFixtures';

const options = { baseUrl: 'http://127.0.0.1:9', apiKey: 'k', timeoutMs: 100, retries: 0 };

describe('CachedMetricsClient', () => {
  afterEach(() => jest.restoreAllMocks());

  it('caches summaries per (period, level, unit) and shares calls in flight', async () => {
    const summary = jest
      .spyOn(MetricsClient.prototype, 'summary')
      .mockImplementation(async (q) => ({
        ...regionRub5,
        period: q.period,
        unitId: q.unitId ?? null,
      }));
    const client = new CachedMetricsClient({ ...options, cacheMax: 100 });
    const [a, b] = await Promise.all([
      client.summary({ level: 5, period: '2023-03' }),
      client.summary({ level: 5, period: '2023-03' }),
    ]);
    expect(a).toBe(b);
    await client.summary({ level: 5, period: '2023-03' });
    await client.summary({ level: 5, period: '2023-03', unitId: 'hc-gripen' });
    await client.summary({ level: 4, period: '2023-03' });
    await client.summary({ level: 5, period: '2022-08' });
    expect(summary).toHaveBeenCalledTimes(4);
  });

  it('is bounded: the least recently used entry goes first', async () => {
    const summary = jest
      .spyOn(MetricsClient.prototype, 'summary')
      .mockImplementation(async (q) => ({ ...regionRub5, period: q.period }));
    const client = new CachedMetricsClient({ ...options, cacheMax: 2 });
    await client.summary({ level: 5, period: '2022-08' });
    await client.summary({ level: 5, period: '2022-09' });
    await client.summary({ level: 5, period: '2022-08' }); // hit: 2022-09 is now the oldest
    await client.summary({ level: 5, period: '2022-10' }); // evicts 2022-09
    expect(client.size).toBe(2);
    await client.summary({ level: 5, period: '2022-08' }); // still a hit
    await client.summary({ level: 5, period: '2022-09' }); // loaded again
    expect(summary.mock.calls.map(([q]) => q.period)).toEqual([
      '2022-08',
      '2022-09',
      '2022-10',
      '2022-09',
    ]);
  });

  it('caches by-unit lists, never failures, never patients', async () => {
    const byUnit = jest.spyOn(MetricsClient.prototype, 'byUnit');
    byUnit.mockRejectedValueOnce(new UpstreamError('metrics', 'unavailable', 'down'));
    byUnit.mockResolvedValue([regionRub5]);
    const patients = jest
      .spyOn(MetricsClient.prototype, 'patients')
      .mockResolvedValue({ total: 0, items: [] });
    const client = new CachedMetricsClient({ ...options, cacheMax: 10 });
    await expect(client.byUnit({ level: 5, period: '2023-03' })).rejects.toThrow(UpstreamError);
    await client.byUnit({ level: 5, period: '2023-03' });
    await client.byUnit({ level: 5, period: '2023-03' });
    expect(byUnit).toHaveBeenCalledTimes(2);
    const q = { unitId: 'hc-gripen', level: 5, period: '2023-03', offset: 0, limit: 10 };
    await client.patients(q);
    await client.patients(q);
    expect(patients).toHaveBeenCalledTimes(2);
  });

  it('trusts the list of periods for a while only', async () => {
    const periods = jest
      .spyOn(MetricsClient.prototype, 'periods')
      .mockResolvedValue({ items: [{ id: '2023-03', label: 'mars 2023' }], current: '2023-03' });
    const client = new CachedMetricsClient({ ...options, cacheMax: 10, periodsTtlMs: 50 });
    await client.periods();
    await client.periods();
    expect(periods).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 60));
    await client.periods();
    expect(periods).toHaveBeenCalledTimes(2);
  });
});
