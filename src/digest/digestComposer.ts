import { shareAllowed, type Suppression } from '../access/smallCounts';
import type { DigestCard, Row } from '../cards/cardModels';
import type { RubSummary } from '../clients/metricsSchemas';
import { strings } from '../i18n/strings';
import {
  formatPointChange,
  percent,
  periodLabel,
  shownCountIn,
  shownShare,
} from '../skills/metrics/numberFormat';
import type { Language } from '../understanding/intent';
import { DIGEST_LEVEL, type DigestData } from './digestData';
import type { DigestScope } from './subscriptions';

// The digest card's view model, from the tick's aggregates and a subscription's scope. Pure.
// Aggregates only: counts summed over health centres, small counts as "<5", shares withheld when
// they would single someone out. Nothing patient-level is read or shown.

export type ComposeInput = {
  data: DigestData;
  scope: DigestScope;
  language: Language;
  rule: Suppression;
  /** "varje måndag kl. 08:00", when sent by a subscription; absent in a preview. */
  schedule?: string;
  preview?: boolean;
  /** Slots (UTC ISO) whose digest could not be delivered, to mention once. */
  failedSlots?: string[];
  formatSlot?: (iso: string) => string;
};

type Totals = { patients: number; without: number; withSip: number };

function totals(rows: RubSummary[], unitIds: Set<string>): Totals {
  const t: Totals = { patients: 0, without: 0, withSip: 0 };
  for (const r of rows) {
    if (r.unitId && unitIds.has(r.unitId)) {
      t.patients += r.patients;
      t.without += r.withoutFastLakarkontakt;
      t.withSip += r.withSip;
    }
  }
  return t;
}

/** The health centres a scope covers (ids known to the directory or the metrics). */
export function scopeUnitIds(scope: DigestScope, data: DigestData): string[] {
  if (scope.kind === 'region') {
    return data.current.map((r) => r.unitId).filter((id): id is string => !!id);
  }
  if (scope.kind === 'area') {
    return data.healthCentres.filter((u) => u.municipality === scope.area).map((u) => u.id);
  }
  const known = new Set(data.healthCentres.map((u) => u.id));
  return scope.unitIds.filter((id) => known.has(id));
}

export function scopeName(scope: DigestScope, data: DigestData, language: Language): string {
  const s = strings(language).digest;
  if (scope.kind === 'region') return s.scopeRegion;
  if (scope.kind === 'area') return s.scopeArea(scope.area);
  const names = scopeUnitIds(scope, data).map(
    (id) => data.healthCentres.find((u) => u.id === id)?.name ?? id,
  );
  if (names.length <= 3) return names.join(', ') || s.scopeNone;
  return s.scopeMany(names.slice(0, 2).join(', '), names.length - 2);
}

/** Change of a share in percentage points, when both shares may be shown. */
function pointChange(now: Totals, before: Totals, rule: Suppression): number | undefined {
  if (!shareAllowed(now.without, now.patients, rule)) return undefined;
  if (!shareAllowed(before.without, before.patients, rule)) return undefined;
  return (now.without / now.patients - before.without / before.patients) * 100;
}

export function composeDigest(input: ComposeInput): DigestCard {
  const { data, scope, language, rule } = input;
  const s = strings(language).digest;
  const c = s.card;
  const ids = new Set(scopeUnitIds(scope, data));
  const now = totals(data.current, ids);
  const name = scopeName(scope, data, language);
  const count = (n: number) => shownCountIn(n, rule, language);
  const share = (part: number, whole: number) =>
    shownShare(part, whole, rule, language) ?? c.withheld;
  const shareAndCount = (part: number, whole: number) => {
    const shown = shownShare(part, whole, rule, language);
    return shown ? c.shareOf(shown, count(part)) : c.countOnly(count(part));
  };
  const change = (points: number | undefined) =>
    points === undefined ? c.withheld : c.points(formatPointChange(points, language));

  const facts: Row[] = [
    { label: c.patients(DIGEST_LEVEL), value: count(now.patients) },
    { label: c.without, value: shareAndCount(now.without, now.patients) },
  ];
  if (data.previousPeriod) {
    const before = totals(data.previous, ids);
    facts.push({
      label: c.changeSince(periodLabel(data.previousPeriod, language)),
      value: change(pointChange(now, before, rule)),
    });
  }
  if (data.baselinePeriod) {
    const base = totals(data.baseline, ids);
    facts.push({
      label: c.changeSince(periodLabel(data.baselinePeriod, language)),
      value: change(pointChange(now, base, rule)),
    });
  }
  facts.push({ label: c.withSip, value: shareAndCount(now.withSip, now.patients) });

  // The three health centres whose share without fast läkarkontakt moved most since last period.
  const unitName = (id: string) => data.healthCentres.find((u) => u.id === id)?.name ?? id;
  const movers = data.current
    .filter((r) => r.unitId && ids.has(r.unitId))
    .flatMap((r) => {
      const before = data.previous.find((p) => p.unitId === r.unitId);
      if (!before || !r.unitId) return [];
      const nowT = { patients: r.patients, without: r.withoutFastLakarkontakt, withSip: r.withSip };
      const beforeT = {
        patients: before.patients,
        without: before.withoutFastLakarkontakt,
        withSip: before.withSip,
      };
      const points = pointChange(nowT, beforeT, rule);
      return points === undefined ? [] : [{ id: r.unitId, points, now: nowT }];
    })
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id))
    .slice(0, 3);

  const questions = [
    {
      label: c.askTrend,
      text:
        scope.kind === 'units' && ids.size === 1 ? c.qTrendUnit(unitName([...ids][0])) : c.qTrend,
    },
    { label: c.askDistribution, text: c.qDistribution },
    ...(movers[0]
      ? [{ label: c.askUnit(unitName(movers[0].id)), text: c.qUnit(unitName(movers[0].id)) }]
      : []),
  ];

  const failed = (input.failedSlots ?? []).map(
    (iso) => input.formatSlot?.(iso) ?? iso.slice(0, 10),
  );
  return {
    title: c.title(name),
    subtitle: input.preview
      ? c.subtitlePreview(DIGEST_LEVEL, periodLabel(data.period, language))
      : c.subtitle(DIGEST_LEVEL, periodLabel(data.period, language)),
    notice: failed.length > 0 ? c.failedBefore(failed.join(', ')) : undefined,
    facts,
    moversHeading: data.previousPeriod
      ? c.moversHeading(periodLabel(data.previousPeriod, language))
      : c.moversHeadingNoPrevious,
    movers: movers.map((m) => ({
      label: unitName(m.id),
      value: c.moverValue(
        share(m.now.without, m.now.patients),
        c.points(formatPointChange(m.points, language)),
      ),
    })),
    moversEmpty: movers.length === 0 ? c.moversEmpty : undefined,
    chart:
      movers.length > 0
        ? {
            title: c.chartTitle,
            data: movers.map((m) => ({
              x: unitName(m.id),
              y: percent(m.now.without, m.now.patients),
            })),
          }
        : undefined,
    questionsHeading: c.questionsHeading,
    questions,
    footnote: [
      c.footnote(rule.threshold),
      input.schedule ? c.footnoteSchedule(input.schedule) : undefined,
      // Figures from a synthetic population (the reference API) say so, as on the metrics cards.
      data.current.some((r) => r.synthetic)
        ? strings(language).metrics.syntheticFootnote
        : undefined,
    ]
      .filter(Boolean)
      .join(' '),
  };
}
