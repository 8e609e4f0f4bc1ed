import { disclose, type CountCell, type Disclosure, type Suppression } from '../access/smallCounts';
import { barWeights, niceScale, ticksOf } from '../cards/barScale';
import type { BarChart, DigestCard, Row } from '../cards/cardModels';
import { strings } from '../i18n/strings';
import {
  formatCount,
  formatPointChange,
  periodLabel,
  pointChange,
  shownCount,
  shownShare,
  type ShownShare,
} from '../skills/metrics/numberFormat';
import type { Language } from '../understanding/intent';
import { DIGEST_LEVEL, type DigestData } from './digestData';
import type { DigestScope } from './subscriptions';

// The digest card's view model, from the tick's aggregates and a subscription's scope. Pure.
// Aggregates only: each period's table goes through the small-count protection of shared spaces
// (access/smallCounts), the same as the cards and the tab, so a channel that also sees the cards
// or digests of other scopes cannot work a withheld count out; a scope's sums are shown only when
// that is safe. Changes are computed from the shares as printed. Nothing patient-level is read.

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
  /** Earlier digests whose post may or may not have reached the channel (a crash mid-post). */
  uncertainSlots?: string[];
  formatSlot?: (iso: string) => string;
};

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

/** The share without fast läkarkontakt of some health centres (a scope, or one), as shown. */
function withoutShare(table: Disclosure, ids: string[], language: Language): ShownShare {
  const sum = (key: 'withoutFastLakarkontakt' | 'patients'): CountCell => table.sum(ids, key);
  return shownShare(sum('withoutFastLakarkontakt'), sum('patients'), language);
}

/** The change between two shares as printed; undefined when either is withheld. */
function changeOf(before: ShownShare, now: ShownShare): number | undefined {
  return before.percent === undefined || now.percent === undefined
    ? undefined
    : pointChange(before.percent, now.percent);
}

export function composeDigest(input: ComposeInput): DigestCard {
  const { data, scope, language, rule } = input;
  const s = strings(language).digest;
  const c = s.card;
  const areas = new Map(data.healthCentres.map((u) => [u.id, u.municipality]));
  const now = disclose(data.current, areas, rule);
  const ids = scopeUnitIds(scope, data);
  const name = scopeName(scope, data, language);
  const count = (cell: CountCell) => shownCount(cell, language).text;
  const shareAndCount = (key: 'withoutFastLakarkontakt' | 'withSip') => {
    const part = now.sum(ids, key);
    const share = shownShare(part, now.sum(ids, 'patients'), language);
    return share.percent !== undefined
      ? c.shareOf(share.text, count(part))
      : c.countOnly(count(part));
  };
  const change = (points: number | undefined) =>
    points === undefined ? c.withheld : c.points(formatPointChange(points, language));
  const shareNow = withoutShare(now, ids, language);

  const facts: Row[] = [
    { label: c.patients(DIGEST_LEVEL), value: count(now.sum(ids, 'patients')) },
    { label: c.without, value: shareAndCount('withoutFastLakarkontakt') },
  ];
  const previous = data.previousPeriod ? disclose(data.previous, areas, rule) : undefined;
  if (data.previousPeriod && previous) {
    facts.push({
      label: c.changeSince(periodLabel(data.previousPeriod, language)),
      value: change(changeOf(withoutShare(previous, ids, language), shareNow)),
    });
  }
  if (data.baselinePeriod) {
    const base = disclose(data.baseline, areas, rule);
    facts.push({
      label: c.changeSince(periodLabel(data.baselinePeriod, language)),
      value: change(changeOf(withoutShare(base, ids, language), shareNow)),
    });
  }
  facts.push({ label: c.withSip, value: shareAndCount('withSip') });

  // The three health centres whose share without fast läkarkontakt moved most since last period.
  const unitName = (id: string) => data.healthCentres.find((u) => u.id === id)?.name ?? id;
  const movers = previous
    ? ids
        .flatMap((id) => {
          const then = withoutShare(previous, [id], language);
          const current = withoutShare(now, [id], language);
          const points = changeOf(then, current);
          return points === undefined ? [] : [{ id, points, current }];
        })
        .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id))
        .slice(0, 3)
    : [];
  const scale = niceScale(Math.max(...movers.map((m) => Math.abs(m.points)), 0));
  const chart: BarChart | undefined =
    movers.length > 0 && data.previousPeriod
      ? {
          title: c.moversHeading(periodLabel(data.previousPeriod, language)),
          header: c.moversHeader,
          rows: movers.map((m) => ({
            kind: 'bar',
            label: unitName(m.id),
            value: formatPointChange(m.points, language),
            ...barWeights(Math.abs(m.points), scale.max),
            // Fewer patients without fast läkarkontakt is the aim of the handlingsplan.
            style: m.points < 0 ? 'good' : m.points > 0 ? 'attention' : 'accent',
            strong: false,
            separator: false,
            extra: m.current.text,
          })),
          ticks: ticksOf(scale).map((t) => formatCount(t, language)),
          scaleEnd: formatCount(scale.max, language),
          legend: c.moversLegend,
        }
      : undefined;

  const questions = [
    {
      label: c.askTrend,
      text: scope.kind === 'units' && ids.length === 1 ? c.qTrendUnit(unitName(ids[0])) : c.qTrend,
    },
    { label: c.askDistribution, text: c.qDistribution },
    ...(movers[0]
      ? [{ label: c.askUnit(unitName(movers[0].id)), text: c.qUnit(unitName(movers[0].id)) }]
      : []),
  ];

  const slots = (list: string[] | undefined) =>
    (list ?? []).map((iso) => input.formatSlot?.(iso) ?? iso.slice(0, 10));
  const failed = slots(input.failedSlots);
  const uncertain = slots(input.uncertainSlots);
  const notices = [
    ...(failed.length > 0 ? [c.failedBefore(failed.join(', '))] : []),
    ...(uncertain.length > 0 ? [c.uncertainBefore(uncertain.join(', '))] : []),
  ];
  return {
    title: c.title(name),
    subtitle: input.preview
      ? c.subtitlePreview(DIGEST_LEVEL, periodLabel(data.period, language))
      : c.subtitle(DIGEST_LEVEL, periodLabel(data.period, language)),
    notice: notices.length > 0 ? notices.join(' ') : undefined,
    facts,
    moversHeading: data.previousPeriod
      ? c.moversHeading(periodLabel(data.previousPeriod, language))
      : c.moversHeadingNoPrevious,
    chart,
    moversEmpty: chart ? undefined : c.moversEmpty,
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
