import type { PeriodList } from '../../clients/metricsSchemas';
import { monthOnly } from '../../understanding/periods';
import type { Services } from '../skill';

// The periods the metrics have figures for, and the period a question means among them.

export type KnownPeriods = { periods: string[]; current: string };

export async function knownPeriods(services: Pick<Services, 'metrics'>): Promise<KnownPeriods> {
  const list: PeriodList = await services.metrics.periods();
  return { periods: list.items.map((p) => p.id).sort(), current: list.current };
}

/**
 * The period asked for, with a month typed without its year ("i december", "--12") taken as the
 * latest such month with figures; a month with none stays as asked, for the "no such period"
 * answer to name it.
 */
export function periodMeant(requested: string, known: KnownPeriods): string;
export function periodMeant(requested: string | undefined, known: KnownPeriods): string | undefined;
export function periodMeant(requested: string | undefined, known: KnownPeriods) {
  const month = requested === undefined ? undefined : monthOnly(requested);
  if (month === undefined) return requested;
  const suffix = `-${String(month).padStart(2, '0')}`;
  return known.periods.filter((p) => p.endsWith(suffix)).at(-1) ?? requested;
}
