import type { Suppression } from '../../access/smallCounts';
import type { ChartPoint, MetricRow, View } from '../../cards/cardModels';
import { capitalised } from '../../cards/textFormat';
import { indicatorKeys, type RubSummary } from '../../clients/metricsSchemas';
import { strings, type Strings } from '../../i18n/strings';
import type { Language, Measure } from '../../understanding/intent';
import {
  formatAge,
  formatCountChange,
  formatPointChange,
  percent,
  periodLabel,
  shownCountIn,
  shownShare,
} from './numberFormat';

// RUB figures → view models. Pure: the skill fetches, these decide what a reader sees. In shared
// spaces (a Suppression rule is given) every count and share passes through the small-number rule.

export type NamedUnit = { id: string; name: string };

/** The measures of the summary, in the order the source dashboard shows them. */
export const summaryMeasures: readonly Measure[] = [
  'withoutFastLakarkontakt',
  'withSip',
  ...indicatorKeys,
];

export function measureCount(summary: RubSummary, measure: Measure): number {
  switch (measure) {
    case 'patients':
      return summary.patients;
    case 'withoutFastLakarkontakt':
      return summary.withoutFastLakarkontakt;
    case 'withSip':
      return summary.withSip;
    default:
      return summary.indicators[measure];
  }
}

/** Formats counts and shares under one rule, and remembers whether anything was withheld. */
class Shown {
  withheld = false;

  constructor(
    private readonly rule: Suppression | undefined,
    private readonly language: Language,
  ) {}

  count(n: number): string {
    const text = shownCountIn(n, this.rule, this.language);
    if (text.startsWith('<')) this.withheld = true;
    return text;
  }

  /** The share, or undefined when withheld (or undefined for an empty denominator). */
  share(n: number, total: number): string | undefined {
    const text = shownShare(n, total, this.rule, this.language);
    if (text === undefined && total > 0) this.withheld = true;
    return text;
  }

  /** Whether a count-derived figure (e.g. an average over the patients) may be shown. */
  aggregateAllowed(patients: number): boolean {
    const allowed = !this.rule || patients === 0 || patients >= this.rule.threshold;
    if (!allowed) this.withheld = true;
    return allowed;
  }

  note(): string | undefined {
    return this.withheld && this.rule
      ? strings(this.language).metrics.smallNumbers(this.rule.threshold)
      : undefined;
  }
}

/** The card's small print; says so when any figure on it comes from a synthetic population. */
function footnote(s: Strings['metrics'], summaries: RubSummary[]): string {
  return summaries.some((x) => x.synthetic)
    ? `${s.summaryFootnote} ${s.syntheticFootnote}`
    : s.summaryFootnote;
}

export type SummaryInput = {
  language: Language;
  level: number;
  period: string;
  /** The unit; undefined for the whole region. */
  unit?: NamedUnit;
  summary: RubSummary;
  /** The region's summary beside a unit's. */
  region?: RubSummary;
  measure?: Measure;
  rule?: Suppression;
  notice?: string;
};

/** The sentence answering a question about one measure, with the region beside a unit's. */
function headline(input: SummaryInput, shown: Shown): string | undefined {
  const { measure, summary, region, unit, level, language } = input;
  if (!measure) return undefined;
  const s = strings(language).metrics;
  const place = unit ? s.unitPlace(unit.name) : s.regionPlace;
  const count = shown.count(measureCount(summary, measure));
  const total = shown.count(summary.patients);
  const share =
    measure === 'patients'
      ? undefined
      : shown.share(measureCount(summary, measure), summary.patients);
  const answer = s.headline[measure](count, total, level, place, share);
  if (!unit || !region) return answer;
  const regionValue =
    measure === 'patients'
      ? shown.count(region.patients)
      : shown.share(measureCount(region, measure), region.patients);
  return regionValue ? `${answer} ${s.regionComparison(regionValue)}` : answer;
}

export function summaryView(input: SummaryInput): View {
  const { language, summary, region, unit, level, rule } = input;
  const s = strings(language).metrics;
  const shown = new Shown(rule, language);
  const compare = !!unit && !!region;
  const none = '–';
  const age = (of: RubSummary) =>
    of.patients > 0 && shown.aggregateAllowed(of.patients)
      ? s.years(formatAge(of.averageAge, language))
      : none;

  const rows: MetricRow[] = [
    {
      label: s.measures.patients,
      count: shown.count(summary.patients),
      share: '',
      region: compare && region ? shown.count(region.patients) : undefined,
    },
    ...summaryMeasures.map((measure) => ({
      label: s.measures[measure],
      count: shown.count(measureCount(summary, measure)),
      share: shown.share(measureCount(summary, measure), summary.patients) ?? none,
      region:
        compare && region
          ? (shown.share(measureCount(region, measure), region.patients) ?? none)
          : undefined,
    })),
    {
      label: s.averageAge,
      count: age(summary),
      share: '',
      region: compare && region ? age(region) : undefined,
    },
  ];
  const period = capitalised(periodLabel(input.period, language));
  return {
    card: 'rubSummary',
    data: {
      title: s.summaryTitle(level, unit?.name ?? s.region),
      subtitle: compare ? s.summarySubtitleCompare(period) : s.summarySubtitle(period),
      headline: headline(input, shown),
      notice: input.notice,
      compare,
      headers: { ...s.columns },
      rows,
      note: shown.note(),
      footnote: footnote(s, [input.summary, ...(input.region ? [input.region] : [])]),
    },
  };
}

export type DistributionInput = {
  language: Language;
  level: number;
  period: string;
  measure: Measure;
  units: { unit: NamedUnit; summary: RubSummary }[];
  region: RubSummary;
  rule?: Suppression;
};

/** Health centres ranked by a measure (share, or count for "patients"), as a bar chart. */
export function distributionView(input: DistributionInput): View {
  const { language, level, measure, rule, region } = input;
  const s = strings(language).metrics;
  const shown = new Shown(rule, language);
  const byCount = measure === 'patients';
  const collation = language === 'sv' ? 'sv' : 'en';

  const ranked = input.units
    .map(({ unit, summary }) => {
      const count = measureCount(summary, measure);
      const share = byCount ? undefined : shown.share(count, summary.patients);
      const countText = shown.count(count);
      const totalText = shown.count(summary.patients);
      const allowed = byCount ? !countText.startsWith('<') : share !== undefined;
      const value = byCount ? count : percent(count, summary.patients);
      return { unit, count, summary, share, countText, totalText, allowed, value };
    })
    .sort((a, b) => b.value - a.value || a.unit.name.localeCompare(b.unit.name, collation));

  const charted = ranked.filter((r) => r.allowed && r.summary.patients > 0);
  const data: ChartPoint[] = charted.map((r) => ({ x: r.unit.name, y: r.value }));
  const describe = (r: (typeof ranked)[number]) =>
    byCount ? r.countText : s.shareOf(r.share ?? '–', r.countText, r.totalText);
  const regionCount = measureCount(region, measure);
  const regionText = byCount
    ? shown.count(regionCount)
    : s.shareOf(
        shown.share(regionCount, region.patients) ?? '–',
        shown.count(regionCount),
        shown.count(region.patients),
      );
  const highest = charted[0];
  const lowest = charted[charted.length - 1];
  const keyFacts =
    highest && lowest
      ? s.distributionKeyFacts(
          highest.unit.name,
          describe(highest),
          lowest.unit.name,
          describe(lowest),
          regionText,
        )
      : s.distributionNone;
  const hidden = ranked.length - charted.length;
  const notes = [hidden > 0 && rule ? s.distributionHidden(hidden) : undefined, shown.note()];
  const period = capitalised(periodLabel(input.period, language));
  return {
    card: 'rubDistribution',
    data: {
      title: s.distributionTitle(s.measures[measure], level),
      subtitle: byCount ? s.distributionSubtitleCount(period) : s.distributionSubtitleShare(period),
      keyFacts,
      chart: {
        title: s.measures[measure],
        // In a horizontal bar chart Teams puts the y axis title on the category (unit) axis.
        xAxisTitle: byCount ? s.axisCount : s.axisShare,
        yAxisTitle: s.axisUnit,
        data,
      },
      headers: { unit: s.unitColumn, count: s.columns.count, share: s.columns.share },
      rows: ranked.map((r) => ({
        unit: r.unit.name,
        count: r.countText,
        share: byCount ? '' : (r.share ?? '–'),
      })),
      note: notes.filter((n): n is string => !!n).join(' ') || undefined,
      footnote: footnote(s, [input.region, ...input.units.map((u) => u.summary)]),
    },
  };
}

export type TrendInput = {
  language: Language;
  level: number;
  measure: Measure;
  unit?: NamedUnit;
  /** One point per month, oldest first: the unit's (or region's) summary and the region's. */
  points: { period: string; summary: RubSummary; region?: RubSummary }[];
  rule?: Suppression;
};

/** A measure per month as a line chart, with the change between the ends in text. */
export function trendView(input: TrendInput): View {
  const { language, level, measure, unit, points, rule } = input;
  const s = strings(language).metrics;
  const shown = new Shown(rule, language);
  const byCount = measure === 'patients';
  const compare = !!unit && points.every((p) => p.region);

  /** The value of a point: shown text, chart value, or withheld. */
  const value = (summary: RubSummary) => {
    const count = measureCount(summary, measure);
    if (byCount) {
      const text = shown.count(count);
      return { text, y: count, allowed: !text.startsWith('<'), count, total: summary.patients };
    }
    const share = shown.share(count, summary.patients);
    return {
      text: share ?? '–',
      y: percent(count, summary.patients),
      allowed: share !== undefined,
      count,
      total: summary.patients,
    };
  };
  const line = (
    legend: string,
    of: (p: TrendInput['points'][number]) => RubSummary | undefined,
  ) => ({
    legend,
    values: points.flatMap((p) => {
      const summary = of(p);
      const v = summary ? value(summary) : undefined;
      return v?.allowed ? [{ x: periodLabel(p.period, language, 'month'), y: v.y }] : [];
    }),
  });
  const series = [line(unit?.name ?? s.region, (p) => p.summary)];
  if (compare) series.push(line(s.region, (p) => p.region));

  const change = (of: (p: TrendInput['points'][number]) => RubSummary | undefined) => {
    const first = of(points[0]);
    const last = of(points[points.length - 1]);
    if (!first || !last) return undefined;
    const a = value(first);
    const b = value(last);
    if (!a.allowed || !b.allowed) return undefined;
    const delta = byCount
      ? formatCountChange(b.count - a.count, language)
      : s.pointChange(formatPointChange((b.count / b.total - a.count / a.total) * 100, language));
    return { from: a.text, to: b.text, delta };
  };
  const own = points.length > 0 ? change((p) => p.summary) : undefined;
  const place = unit ? s.unitPlace(unit.name) : s.regionPlace;
  const fromLabel = points.length > 0 ? periodLabel(points[0].period, language) : '';
  const toLabel = points.length > 0 ? periodLabel(points[points.length - 1].period, language) : '';
  let text = own
    ? s.trendChange(fromLabel, toLabel, s.trendNoun[measure], place, own.from, own.to, own.delta)
    : s.trendWithheld;
  const regional = compare ? change((p) => p.region) : undefined;
  if (own && regional) text = `${text} ${s.regionChange(regional.delta)}`;

  return {
    card: 'rubTrend',
    data: {
      title: s.trendTitle(s.measures[measure], level, unit?.name ?? s.region),
      subtitle: s.trendSubtitle(fromLabel, toLabel),
      change: text,
      chart: {
        title: s.measures[measure],
        xAxisTitle: s.axisMonth,
        yAxisTitle: byCount ? s.axisCount : s.axisShare,
        series: series.filter((l) => l.values.length > 0),
      },
      compare,
      headers: { period: s.monthColumn, unit: unit?.name ?? s.region, region: s.region },
      rows: points.map((p) => ({
        period: capitalised(periodLabel(p.period, language)),
        unit: value(p.summary).text,
        region: compare && p.region ? value(p.region).text : undefined,
      })),
      note: shown.note(),
      footnote: footnote(
        s,
        input.points.map((p) => p.summary),
      ),
    },
  };
}
