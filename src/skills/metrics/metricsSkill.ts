import { disclose, type Disclosure, type Suppression } from '../../access/smallCounts';
import type { View } from '../../cards/cardModels';
import { capitalised, shortUnitName } from '../../cards/textFormat';
import type { Unit } from '../../clients/directorySchemas';
import type { RubSummary } from '../../clients/metricsSchemas';
import { strings } from '../../i18n/strings';
import type { Intent, Language, Measure } from '../../understanding/intent';
import { simpleMessageView } from '../errorViews';
import type { IntentHandlers } from '../intentHandlers';
import type { Services, TurnInfo } from '../skill';
import { distributionView, summaryView, trendView } from './metricsViews';
import { healthCentres, myUnit, resolveScope } from './myUnit';
import { knownPeriods, periodMeant, type KnownPeriods } from './knownPeriods';
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

/** The Overview tab, where the full ranking is (a Teams deep link; needs the app's id). */
export function overviewUrl(services: Pick<Services, 'config'>): string | undefined {
  const appId = services.config.APP_ID;
  return appId ? `https://teams.microsoft.com/l/entity/${appId}/overview` : undefined;
}

/** One period's table: every health centre's summary, and what this conversation may see of it. */
export type PeriodTable = { rows: RubSummary[]; table: Disclosure };

/**
 * The whole table of a period and level, never a single unit's summary: suppression is a function
 * of the full table (all health centres, each with its area), so every view of it hides the same.
 */
export async function periodTable(
  request: { level: number; period: string },
  turn: TurnInfo,
  services: Pick<Services, 'metrics' | 'config' | 'directory'>,
  units?: Unit[],
): Promise<PeriodTable> {
  const [rows, centres] = await Promise.all([
    services.metrics.byUnit(request),
    units ?? healthCentres(services, turn.language),
  ]);
  const areas = new Map(centres.map((u) => [u.id, u.municipality]));
  return { rows, table: disclose(rows, areas, suppressionFor(turn, services)) };
}

function noSuchPeriod(requested: string, known: KnownPeriods, language: Language): View {
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
  services: Pick<Services, 'metrics' | 'config' | 'directory'>,
): Promise<View> {
  const { unit, level, period } = request;
  const [{ rows, table }, region] = await Promise.all([
    periodTable({ level, period }, turn, services),
    services.metrics.summary({ level, period }),
  ]);
  const own = unit ? rows.find((r) => r.unitId === unit.id) : undefined;
  return summaryView({
    language: turn.language,
    level,
    period,
    unit: unit ? { id: unit.id, name: unit.name } : undefined,
    table,
    summary: own ?? region,
    region: unit ? region : undefined,
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
  const known = await knownPeriods(services);
  const asked = periodMeant(intent.period, known);
  const scope = await resolveScope(
    intent.scope,
    { kind: 'rubSummary', level, measure, period: asked },
    turn,
    services,
  );
  if (scope.kind === 'view') return [scope.view];
  const period = asked ?? known.current;
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
  const period = periodMeant(intent.period, known) ?? known.current;
  if (!known.periods.includes(period)) return [noSuchPeriod(period, known, turn.language)];
  const units = await healthCentres(services, turn.language);
  const [{ rows, table }, mine] = await Promise.all([
    periodTable({ level, period }, turn, services, units),
    myUnit(turn, services),
  ]);
  const byId = new Map(units.map((u) => [u.id, u]));
  return [
    distributionView({
      language: turn.language,
      level,
      period,
      measure,
      units: rows.flatMap((summary) => {
        const unit = summary.unitId ? byId.get(summary.unitId) : undefined;
        return unit
          ? [{ unit: { id: unit.id, name: unit.name, shortName: shortUnitName(unit) }, summary }]
          : [];
      }),
      table,
      mine: mine?.unit.id,
      rule: suppressionFor(turn, services),
      overviewUrl: overviewUrl(services),
    }),
  ];
}

async function trendSkill(
  intent: Extract<Intent, { kind: 'rubTrend' }>,
  turn: TurnInfo,
  services: Services,
): Promise<View[]> {
  const { level, measure } = intent;
  const known = await knownPeriods(services);
  const askedFrom = periodMeant(intent.from, known);
  const askedTo = periodMeant(intent.to, known);
  const scope = await resolveScope(
    intent.scope,
    { kind: 'rubTrend', level, measure, from: askedFrom, to: askedTo },
    turn,
    services,
  );
  if (scope.kind === 'view') return [scope.view];
  for (const requested of [askedFrom, askedTo]) {
    if (requested && !known.periods.includes(requested)) {
      return [noSuchPeriod(requested, known, turn.language)];
    }
  }
  let from = askedFrom ?? known.periods[0];
  let to = askedTo ?? known.current;
  if (from > to) [from, to] = [to, from];
  if (from === to) {
    return [simpleMessageView(strings(turn.language).metrics.trendOnePeriod, 'Warning')];
  }
  const months = known.periods.filter((p) => p >= from && p <= to);
  const unit = scope.kind === 'unit' ? scope.unit : undefined;
  const units = await healthCentres(services, turn.language);
  const points = await Promise.all(
    months.map(async (period) => {
      const { rows, table } = await periodTable({ level, period }, turn, services, units);
      return { period, table, summary: rows.find((r) => r.synthetic) ?? rows[0] };
    }),
  );
  return [
    trendView({
      language: turn.language,
      level,
      measure,
      unit: unit ? { id: unit.id, name: unit.name, shortName: shortUnitName(unit) } : undefined,
      points,
      rule: suppressionFor(turn, services),
    }),
  ];
}

/**
 * "Jämför Gripen med Kristineberg": the same measure for the health centres named (and the user's
 * own for "vår"), beside the region, from the same table as the distribution, so a comparison
 * hides exactly what the distribution hides.
 */
async function compareSkill(
  intent: Extract<Intent, { kind: 'rubCompare' }>,
  turn: TurnInfo,
  services: Services,
): Promise<View[]> {
  const { level } = intent;
  const measure = intent.measure ?? 'withoutFastLakarkontakt';
  const known = await knownPeriods(services);
  const asked = periodMeant(intent.period, known);
  const chosen: Unit[] = [];
  for (const entry of intent.units) {
    const scope = await resolveScope(
      entry,
      { kind: 'rubSummary', level, measure, period: asked },
      turn,
      services,
    );
    if (scope.kind === 'view') return [scope.view];
    if (scope.kind === 'unit' && !chosen.some((u) => u.id === scope.unit.id)) {
      chosen.push(scope.unit);
    }
  }
  const period = asked ?? known.current;
  if (!known.periods.includes(period)) return [noSuchPeriod(period, known, turn.language)];
  // One health centre is no comparison: its summary, beside the region.
  if (chosen.length < 2) {
    return [await summaryAnswer({ unit: chosen[0], level, period, measure }, turn, services)];
  }
  const units = await healthCentres(services, turn.language);
  const [{ rows, table }, mine] = await Promise.all([
    periodTable({ level, period }, turn, services, units),
    myUnit(turn, services),
  ]);
  const ids = new Set(chosen.map((u) => u.id));
  const view = distributionView({
    language: turn.language,
    level,
    period,
    measure,
    units: rows.flatMap((summary) => {
      const unit = chosen.find((u) => u.id === summary.unitId);
      return unit && ids.has(unit.id)
        ? [{ unit: { id: unit.id, name: unit.name, shortName: shortUnitName(unit) }, summary }]
        : [];
    }),
    table,
    mine: mine?.unit.id,
    rule: suppressionFor(turn, services),
  });
  if (view.card !== 'rubDistribution') return [view];
  const s = strings(turn.language).metrics;
  const label = capitalised(periodLabel(period, turn.language));
  return [
    {
      ...view,
      data: {
        ...view.data,
        title: s.compareTitle(s.measures[measure], level),
        subtitle: s.compareSubtitle(label),
      },
    },
  ];
}

export const metricsSkill = {
  rubSummary: summarySkill,
  rubDistribution: distributionSkill,
  rubTrend: trendSkill,
  rubCompare: compareSkill,
} satisfies Pick<IntentHandlers, 'rubSummary' | 'rubDistribution' | 'rubTrend' | 'rubCompare'>;
