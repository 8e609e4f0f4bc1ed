import type { CountCell, CountKey, Disclosure, Shown, Suppression } from '../../access/smallCounts';
import { barWeights, niceScale, ticksOf } from '../../cards/barScale';
import type { BarChart, BarRow, BarStyle, MetricRow, View } from '../../cards/cardModels';
import { capitalised } from '../../cards/textFormat';
import { indicatorKeys, type RubSummary } from '../../clients/metricsSchemas';
import { strings, type Strings } from '../../i18n/strings';
import type { Language, Measure } from '../../understanding/intent';
import {
  formatAge,
  formatCount,
  formatCountChange,
  formatPointChange,
  formatWholePercent,
  periodLabel,
  pointChange,
  shownCount,
  shownShare,
  type ShownShare,
} from './numberFormat';

// RUB figures → view models. Pure: the skill fetches, these decide what a reader sees. Every count
// comes from a Disclosure of its table (access/smallCounts), which in shared spaces withholds small
// counts and those that would expose them; shares are shown only when both counts are.

export type NamedUnit = { id: string; name: string; shortName?: string };

/** The measures of the summary, in the order the source dashboard shows them. */
export const summaryMeasures: readonly Measure[] = [
  'withoutFastLakarkontakt',
  'withSip',
  ...indicatorKeys,
];

/** The rule's threshold when it applies, for the card's note. */
type Protection = { rule?: Suppression };

/** Remembers whether anything on a card was withheld, for the note that says why. */
class Withheld {
  any = false;

  see<T extends Shown>(shown: T): T {
    if (shown.withheld) this.any = true;
    return shown;
  }

  note(s: Strings['metrics'], rule: Suppression | undefined): string | undefined {
    return this.any && rule ? s.smallNumbers(rule.threshold) : undefined;
  }
}

/** The card's small print; says so when any figure on it comes from a synthetic population. */
function footnote(s: Strings['metrics'], summaries: (RubSummary | undefined)[]): string {
  return summaries.some((x) => x?.synthetic)
    ? `${s.summaryFootnote} ${s.syntheticFootnote}`
    : s.summaryFootnote;
}

/** A unit's cell, or the region's when no unit is given. */
function cellOf(table: Disclosure, unitId: string | undefined, key: CountKey): CountCell {
  return unitId ? table.cell(unitId, key) : table.region(key);
}

export type SummaryInput = Protection & {
  language: Language;
  level: number;
  period: string;
  /** The unit; undefined for the whole region. */
  unit?: NamedUnit;
  /** The period's table, under this conversation's rule. */
  table: Disclosure;
  /** The unit's summary (or the region's), for its average age. */
  summary: RubSummary;
  /** The region's summary beside a unit's. */
  region?: RubSummary;
  measure?: Measure;
  notice?: string;
};

/** The sentence answering a question about one measure, with the region beside a unit's. */
function headline(input: SummaryInput, seen: Withheld): string | undefined {
  const { measure, table, unit, level, language } = input;
  if (!measure) return undefined;
  const s = strings(language).metrics;
  const place = unit ? s.unitPlace(unit.name) : s.regionPlace;
  const own = (key: CountKey) => cellOf(table, unit?.id, key);
  const count = seen.see(shownCount(own(measure), language)).text;
  const total = seen.see(shownCount(own('patients'), language)).text;
  const share =
    measure === 'patients'
      ? undefined
      : seen.see(shownShare(own(measure), own('patients'), language));
  const answer = s.headline[measure](
    count,
    total,
    level,
    place,
    share && !share.withheld && share.percent !== undefined ? share.text : undefined,
  );
  if (!unit || !input.region) return answer;
  const regionValue =
    measure === 'patients'
      ? shownCount(table.region('patients'), language)
      : shownShare(table.region(measure), table.region('patients'), language);
  return regionValue.withheld ? answer : `${answer} ${s.regionComparison(regionValue.text)}`;
}

export function summaryView(input: SummaryInput): View {
  const { language, table, unit, level, rule } = input;
  const s = strings(language).metrics;
  const seen = new Withheld();
  const compare = !!unit && !!input.region;
  const own = (key: CountKey) => cellOf(table, unit?.id, key);
  const count = (cell: CountCell) => seen.see(shownCount(cell, language)).text;
  const share = (part: CountCell, whole: CountCell) =>
    seen.see(shownShare(part, whole, language)).text;
  /** An average over the patients is shown only when their count is. */
  const age = (patients: CountCell, of: RubSummary | undefined) => {
    if (patients.withheld) return seen.see({ text: '–', withheld: true }).text;
    if (!of || patients.value === 0) return '–';
    return s.years(formatAge(of.averageAge, language));
  };

  const rows: MetricRow[] = [
    {
      label: s.measures.patients,
      count: count(own('patients')),
      share: '',
      region: compare ? count(table.region('patients')) : undefined,
    },
    ...summaryMeasures.map((measure) => ({
      label: s.measures[measure],
      count: count(own(measure)),
      share: share(own(measure), own('patients')),
      region: compare ? share(table.region(measure), table.region('patients')) : undefined,
    })),
    {
      label: s.averageAge,
      count: age(own('patients'), input.summary),
      share: '',
      region: compare ? age(table.region('patients'), input.region) : undefined,
    },
  ];
  const period = capitalised(periodLabel(input.period, language));
  return {
    card: 'rubSummary',
    data: {
      title: s.summaryTitle(level, unit?.name ?? s.region),
      subtitle: compare ? s.summarySubtitleCompare(period) : s.summarySubtitle(period),
      headline: headline(input, seen),
      notice: input.notice,
      compare,
      headers: { ...s.columns },
      rows,
      note: seen.note(s, rule),
      footnote: footnote(s, [input.summary, input.region]),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Bar charts

type Ranked = { unit: NamedUnit; value: number; text: string; count: Shown; total: Shown };

/** How many of the top and of the bottom a ranking shows; the rest is in the tab. */
export const RANKING_TOP = 5;
export const RANKING_BOTTOM = 5;

function barRow(
  label: string,
  value: { text: string; n?: number },
  max: number,
  o: { style: BarStyle; strong?: boolean; separator?: boolean; extra?: string },
): BarRow {
  const { bar, rest } = barWeights(value.n ?? 0, max);
  return {
    kind: 'bar',
    label,
    value: value.text,
    bar,
    rest,
    style: o.style,
    strong: o.strong ?? false,
    separator: o.separator ?? false,
    extra: o.extra,
  };
}

/** Scale labels: "0", "10", "20", … and the end with its unit ("50 %"); counts as counts. */
function scaleLabels(max: number, byCount: boolean, language: Language) {
  // Nothing to draw (every value withheld): no scale either.
  if (!(max > 0)) return { max: 1, ticks: [], scaleEnd: '' };
  const scale = niceScale(max);
  const tick = (v: number) => formatCount(v, language);
  const end = byCount ? tick(scale.max) : formatWholePercent(scale.max, language);
  return { max: scale.max, ticks: ticksOf(scale).map(tick), scaleEnd: end };
}

export type DistributionInput = Protection & {
  language: Language;
  level: number;
  period: string;
  measure: Measure;
  /** Every health centre of the table. */
  units: { unit: NamedUnit; summary: RubSummary }[];
  table: Disclosure;
  /** The user's own health centre, marked in the chart. */
  mine?: string;
  notice?: string;
  /** A link to the tab with the full ranking. */
  overviewUrl?: string;
};

/** Health centres ranked by a measure (share, or count for "patients"), as a bar chart. */
export function distributionView(input: DistributionInput): View {
  const { language, level, measure, rule, table } = input;
  const s = strings(language).metrics;
  const seen = new Withheld();
  const byCount = measure === 'patients';
  const collation = language === 'sv' ? 'sv' : 'en';

  const valueOf = (unitId: string | undefined): { value?: number } & ShownShare => {
    const part = cellOf(table, unitId, measure);
    if (byCount) {
      const shown = seen.see(shownCount(part, language));
      return part.withheld ? shown : { ...shown, value: part.value };
    }
    const shown = seen.see(shownShare(part, cellOf(table, unitId, 'patients'), language));
    return { ...shown, value: shown.percent };
  };
  const ranked: Ranked[] = [];
  const withheld: NamedUnit[] = [];
  for (const { unit } of input.units) {
    const v = valueOf(unit.id);
    if (v.value === undefined) {
      withheld.push(unit);
      continue;
    }
    ranked.push({
      unit,
      value: v.value,
      text: v.text,
      count: shownCount(table.cell(unit.id, measure), language),
      total: shownCount(table.cell(unit.id, 'patients'), language),
    });
  }
  ranked.sort((a, b) => b.value - a.value || a.unit.name.localeCompare(b.unit.name, collation));

  const region = valueOf(undefined);
  const describe = (r: Ranked) =>
    byCount ? r.text : s.shareOf(r.text, r.count.text, r.total.text);
  const regionText = byCount
    ? region.text
    : s.shareOf(
        region.text,
        shownCount(table.region(measure), language).text,
        shownCount(table.region('patients'), language).text,
      );
  const highest = ranked[0];
  const lowest = ranked[ranked.length - 1];
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

  // The top and the bottom of the ranking, and the user's own unit wherever it is.
  const cut = ranked.length > RANKING_TOP + RANKING_BOTTOM + 1;
  const shown = new Set<number>();
  ranked.forEach((r, i) => {
    if (!cut || i < RANKING_TOP || i >= ranked.length - RANKING_BOTTOM || r.unit.id === input.mine)
      shown.add(i);
  });
  const mineWithheld = withheld.find((u) => u.id === input.mine);
  const scale = scaleLabels(
    Math.max(...ranked.filter((_, i) => shown.has(i)).map((r) => r.value), region.value ?? 0, 0),
    byCount,
    language,
  );
  const name = (u: NamedUnit) => u.shortName ?? u.name;
  const rows: BarRow[] = [];
  let skipped = 0;
  ranked.forEach((r, i) => {
    if (!shown.has(i)) {
      skipped++;
      return;
    }
    if (skipped > 0) rows.push({ kind: 'gap', label: s.gap(skipped), separator: false });
    skipped = 0;
    const mine = r.unit.id === input.mine;
    rows.push(
      barRow(mine ? s.mine(name(r.unit)) : name(r.unit), { text: r.text, n: r.value }, scale.max, {
        style: mine ? 'good' : 'accent',
        strong: mine,
      }),
    );
  });
  if (skipped > 0) rows.push({ kind: 'gap', label: s.gap(skipped), separator: false });
  if (mineWithheld) {
    rows.push(
      barRow(s.mine(name(mineWithheld)), valueOf(mineWithheld.id), scale.max, {
        style: 'good',
        strong: true,
        separator: true,
      }),
    );
  }
  rows.push(
    barRow(s.region, { text: region.text, n: region.value }, scale.max, {
      style: 'warning',
      strong: true,
      separator: true,
    }),
  );

  const chart: BarChart = {
    title: byCount ? s.chartCount : s.chartShare(s.measures[measure]),
    rows,
    ticks: scale.ticks,
    scaleEnd: scale.scaleEnd,
    legend:
      input.mine && input.units.some((u) => u.unit.id === input.mine)
        ? s.legendMine
        : s.legendRegion,
  };
  const notes = [
    withheld.length > 0 && rule ? s.distributionHidden(withheld.length) : undefined,
    seen.note(s, rule),
  ].filter((n): n is string => !!n);
  const period = capitalised(periodLabel(input.period, language));
  return {
    card: 'rubDistribution',
    data: {
      title: s.distributionTitle(s.measures[measure], level),
      subtitle: byCount ? s.distributionSubtitleCount(period) : s.distributionSubtitleShare(period),
      notice: input.notice,
      keyFacts,
      chart,
      note: notes.join(' ') || undefined,
      more: cut
        ? {
            text: s.distributionMore(input.units.length),
            title: input.overviewUrl ? s.openOverview : undefined,
            url: input.overviewUrl,
          }
        : undefined,
      footnote: footnote(
        s,
        input.units.map((u) => u.summary),
      ),
    },
  };
}

/** At most this many months as rows; a longer trend shows every n-th month (and the last). */
export const TREND_MAX_ROWS = 13;

export type TrendInput = Protection & {
  language: Language;
  level: number;
  measure: Measure;
  unit?: NamedUnit;
  /** One point per month, oldest first: that month's table and, for the footnote, a summary. */
  points: { period: string; table: Disclosure; summary?: RubSummary }[];
  notice?: string;
};

/** A measure per month as bars, with the change between the ends in text. */
export function trendView(input: TrendInput): View {
  const { language, level, measure, unit, points, rule } = input;
  const s = strings(language).metrics;
  const seen = new Withheld();
  const byCount = measure === 'patients';
  const compare = !!unit;

  const valueAt = (table: Disclosure, unitId: string | undefined) => {
    const part = cellOf(table, unitId, measure);
    if (byCount) {
      const shown = seen.see(shownCount(part, language));
      return { ...shown, n: part.withheld ? undefined : part.value };
    }
    const shown = seen.see(shownShare(part, cellOf(table, unitId, 'patients'), language));
    return { ...shown, n: shown.percent };
  };
  const own = points.map((p) => valueAt(p.table, unit?.id));
  const regional = compare ? points.map((p) => valueAt(p.table, undefined)) : [];

  const change = (values: { n?: number; text: string }[]) => {
    const first = values[0];
    const last = values[values.length - 1];
    if (first?.n === undefined || last?.n === undefined) return undefined;
    const delta = byCount
      ? formatCountChange(last.n - first.n, language)
      : s.pointChange(formatPointChange(pointChange(first.n, last.n), language));
    return { from: first.text, to: last.text, delta };
  };
  const mine = change(own);
  const place = unit ? s.unitPlace(unit.name) : s.regionPlace;
  const fromLabel = points.length > 0 ? periodLabel(points[0].period, language) : '';
  const toLabel = points.length > 0 ? periodLabel(points[points.length - 1].period, language) : '';
  let text = mine
    ? s.trendChange(fromLabel, toLabel, s.trendNoun[measure], place, mine.from, mine.to, mine.delta)
    : s.trendWithheld;
  const theRegion = compare ? change(regional) : undefined;
  if (mine && theRegion) text = `${text} ${s.regionChange(theRegion.delta)}`;

  const step = Math.ceil(points.length / TREND_MAX_ROWS);
  const kept = points.map((_, i) => i).filter((i) => i % step === 0 || i === points.length - 1);
  const scale = scaleLabels(Math.max(...kept.map((i) => own[i].n ?? 0), 0), byCount, language);
  const rows: BarRow[] = kept.map((i) =>
    barRow(periodLabel(points[i].period, language, 'short'), own[i], scale.max, {
      style: unit ? 'accent' : 'warning',
      extra: compare ? regional[i].text : undefined,
    }),
  );
  const header = s.trendHeader;
  const drawn = kept.some((i) => own[i].n !== undefined);
  const legend = [
    compare && drawn ? s.trendLegend(unit?.name ?? '') : undefined,
    step > 1 ? s.trendThinned(step) : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    card: 'rubTrend',
    data: {
      title: s.trendTitle(s.measures[measure], level, unit?.name ?? s.region),
      subtitle: s.trendSubtitle(fromLabel, toLabel),
      notice: input.notice,
      change: text,
      chart: {
        title: s.trendChartTitle(s.measures[measure]),
        header: {
          label: header.month,
          bar: unit?.shortName ?? unit?.name ?? s.region,
          value: byCount ? header.count : header.share,
          extra: compare ? header.region : undefined,
        },
        rows,
        ticks: scale.ticks,
        scaleEnd: scale.scaleEnd,
        legend: legend || undefined,
      },
      note: seen.note(s, rule),
      footnote: footnote(
        s,
        points.map((p) => p.summary),
      ),
    },
  };
}
