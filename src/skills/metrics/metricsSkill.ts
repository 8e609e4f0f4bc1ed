import type { Suppression } from '../../access/smallCounts';
import type { View } from '../../cards/cardModels';
import type { Unit } from '../../clients/directorySchemas';
import type { PeriodList } from '../../clients/metricsSchemas';
import { strings } from '../../i18n/strings';
import type { Intent, Language, Measure } from '../../understanding/intent';
import { simpleMessageView } from '../errorViews';
import { unknownView } from '../helpSkill';
import type { Services, Skill, TurnInfo } from '../skill';
import { distributionView, summaryView, trendView } from './metricsViews';
import { healthCentres, resolveScope } from './myUnit';
import { periodLabel } from './numberFormat';

// RUB figures per health centre and for the region: summary, distribution, change over time.

/** The small-number rule for this conversation: none in a personal chat. */
export function suppressionFor(
  turn: TurnInfo,
  services: Pick<Services, 'config'>,
): Suppression | undefined {
  return turn.conversation === 'personal'
    ? undefined
    : { threshold: services.config.SMALL_COUNT_THRESHOLD };
}

type PeriodChoice = { periods: string[]; current: string };

async function knownPeriods(services: Pick<Services, 'metrics'>): Promise<PeriodChoice> {
  const list: PeriodList = await services.metrics.periods();
  return { periods: list.items.map((p) => p.id).sort(), current: list.current };
}

function noSuchPeriod(requested: string, known: PeriodChoice, language: Language): View {
  const s = strings(language).metrics;
  const first = known.periods[0] ?? known.current;
  const last = known.periods[known.periods.length - 1] ?? known.current;
  return simpleMessageView(
    {
      title: s.noSuchPeriodTitle,
      text: s.noSuchPeriod(
        periodLabel(requested, language),
        periodLabel(first, language),
        periodLabel(last, language),
      ),
    },
    'Warning',
  );
}

/** The summary card of a unit (beside the region) or of the region; used for refusals too. */
export async function summaryAnswer(
  request: { unit?: Unit; level: number; period: string; measure?: Measure; notice?: string },
  turn: TurnInfo,
  services: Pick<Services, 'metrics' | 'config'>,
): Promise<View> {
  const { unit, level, period } = request;
  const [summary, region] = await Promise.all([
    services.metrics.summary({ level, period, unitId: unit?.id }),
    unit ? services.metrics.summary({ level, period }) : undefined,
  ]);
  return summaryView({
    language: turn.language,
    level,
    period,
    unit: unit ? { id: unit.id, name: unit.name } : undefined,
    summary,
    region,
    measure: request.measure,
    rule: suppressionFor(turn, services),
    notice: request.notice,
  });
}

async function summarySkill(
  intent: Extract<Intent, { kind: 'rubSummary' }>,
  turn: TurnInfo,
  services: Services,
): Promise<View[]> {
  const { level, measure } = intent;
  const scope = await resolveScope(
    intent.scope,
    { kind: 'rubSummary', level, measure, period: intent.period },
    turn,
    services,
  );
  if (scope.kind === 'view') return [scope.view];
  const known = await knownPeriods(services);
  const period = intent.period ?? known.current;
  if (!known.periods.includes(period)) return [noSuchPeriod(period, known, turn.language)];
  const unit = scope.kind === 'unit' ? scope.unit : undefined;
  return [await summaryAnswer({ unit, level, period, measure }, turn, services)];
}

async function distributionSkill(
  intent: Extract<Intent, { kind: 'rubDistribution' }>,
  turn: TurnInfo,
  services: Services,
): Promise<View[]> {
  const { level, measure } = intent;
  const known = await knownPeriods(services);
  const period = intent.period ?? known.current;
  if (!known.periods.includes(period)) return [noSuchPeriod(period, known, turn.language)];
  const [items, region, units] = await Promise.all([
    services.metrics.byUnit({ level, period }),
    services.metrics.summary({ level, period }),
    healthCentres(services, turn.language),
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return [
    distributionView({
      language: turn.language,
      level,
      period,
      measure,
      units: items
        .filter((item) => item.unitId !== null)
        .map((summary) => {
          const id = summary.unitId ?? '';
          return { unit: { id, name: names.get(id) ?? id }, summary };
        }),
      region,
      rule: suppressionFor(turn, services),
    }),
  ];
}

async function trendSkill(
  intent: Extract<Intent, { kind: 'rubTrend' }>,
  turn: TurnInfo,
  services: Services,
): Promise<View[]> {
  const { level, measure } = intent;
  const scope = await resolveScope(
    intent.scope,
    { kind: 'rubTrend', level, measure, from: intent.from, to: intent.to },
    turn,
    services,
  );
  if (scope.kind === 'view') return [scope.view];
  const known = await knownPeriods(services);
  for (const requested of [intent.from, intent.to]) {
    if (requested && !known.periods.includes(requested)) {
      return [noSuchPeriod(requested, known, turn.language)];
    }
  }
  let from = intent.from ?? known.periods[0];
  let to = intent.to ?? known.current;
  if (from > to) [from, to] = [to, from];
  if (from === to) {
    return [simpleMessageView(strings(turn.language).metrics.trendOnePeriod, 'Warning')];
  }
  const months = known.periods.filter((p) => p >= from && p <= to);
  const unit = scope.kind === 'unit' ? scope.unit : undefined;
  const points = await Promise.all(
    months.map(async (period) => {
      const [summary, region] = await Promise.all([
        services.metrics.summary({ level, period, unitId: unit?.id }),
        unit ? services.metrics.summary({ level, period }) : undefined,
      ]);
      return { period, summary, region };
    }),
  );
  return [
    trendView({
      language: turn.language,
      level,
      measure,
      unit: unit ? { id: unit.id, name: unit.name } : undefined,
      points,
      rule: suppressionFor(turn, services),
    }),
  ];
}

export const metricsSkill: Skill = async (intent, turn, services) => {
  switch (intent.kind) {
    case 'rubSummary':
      return summarySkill(intent, turn, services);
    case 'rubDistribution':
      return distributionSkill(intent, turn, services);
    case 'rubTrend':
      return trendSkill(intent, turn, services);
    default:
      return [unknownView(intent.language)];
  }
};
