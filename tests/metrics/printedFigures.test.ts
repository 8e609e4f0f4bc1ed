import { countKeys, disclose } from '../../src/access/smallCounts';
import type { BarRow, View } from '../../src/cards/cardModels';
import { render } from '../../src/cards/render';
import { composeDigest } from '../../src/digest/digestComposer';
import { createMetricsModel, PERIODS } from '../../dev/reference-api/metricsPopulation';
import { distributionView, summaryView, trendView } from '../../src/skills/metrics/metricsViews';
import type { Language, Measure } from '../../src/understanding/intent';
import { cardText } from '../e2e/harness';

// Issue 14: every figure on a card agrees with the others as printed. The cards are built from the
// reference population (the same as `npm start`), rendered, and read back as text: the arithmetic a
// careful reader would do on the printed numbers must come out as printed.

const model = createMetricsModel();
const areas = new Map(model.healthCentreIds.map((id, i) => [id, `area ${i % 7}`]));
const current = PERIODS[PERIODS.length - 1];
const rowsOf = (period: string) => model.byUnit(5, period);
// Every count but the patients themselves (the figure every share is of).
const measures: Measure[] = countKeys.filter((k) => k !== 'patients');

const plain = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
/** A printed number back: "41,9 %" → 41.9, "5 399" → 5399, "5,399" → 5399, "−3,4" → −3.4. */
function num(text: string, language: Language): number {
  const t = plain(text).replace(/ /g, '').replace('−', '-').replace(/%$/, '');
  return Number(language === 'sv' ? t.replace(',', '.') : t.replace(/,/g, ''));
}
/** The share of two printed counts, rounded to one decimal as the cards round. */
const share = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;
const tenths = (x: number) => Math.round(x * 10);
const shownText = (view: View) => plain(cardText(render(view.card, view.data as never)));
const bars = (rows: BarRow[]) => rows.flatMap((r) => (r.kind === 'bar' ? [r] : []));

/** Numbers are written the language's way wherever they are printed. */
function expectLanguageStyle(text: string, language: Language) {
  if (language === 'sv') {
    expect(text).not.toMatch(/\d\.\d/); // no decimal points
    expect(text).not.toMatch(/\d%/); // "30 %", not "30%"
  } else {
    expect(text).not.toMatch(/\d,\d(?!\d\d)/); // no decimal commas ("5,399" is a thousands separator)
    expect(text).not.toMatch(/\d %/); // "30%", not "30 %"
  }
}

describe.each(['sv', 'en'] as const)('figures as printed (%s)', (language) => {
  const table = disclose(rowsOf(current), areas, undefined);

  it('summary: every share is its count over the patients as printed, for the unit and the region', () => {
    for (const id of model.healthCentreIds) {
      const summary = model.summary(5, current, id);
      const view = summaryView({
        language,
        level: 5,
        period: current,
        unit: { id, name: id },
        table,
        summary,
        region: model.summary(5, current, null),
      });
      if (view.card !== 'rubSummary') throw new Error('not a summary');
      const [patients, ...rest] = view.data.rows;
      const age = rest.pop();
      for (const row of rest) {
        expect(tenths(num(row.share, language))).toBe(
          tenths(share(num(row.count, language), num(patients.count, language))),
        );
      }
      expect(plain(age?.count ?? '')).toMatch(
        language === 'sv' ? /^\d\d,\d år$/ : /^\d\d\.\d years$/,
      );
      expectLanguageStyle(shownText(view), language);
    }
  });

  it('distribution: key facts, bars and the region agree; bars in order and as long as printed', () => {
    for (const measure of measures) {
      const view = distributionView({
        language,
        level: 5,
        period: current,
        measure,
        units: model.healthCentreIds.map((id) => ({
          unit: { id, name: id },
          summary: model.summary(5, current, id),
        })),
        table,
        mine: 'hc-gripen',
      });
      if (view.card !== 'rubDistribution') throw new Error('not a distribution');
      const text = plain(view.data.keyFacts);
      const facts = [...text.matchAll(/([\d,.]+) ?% \(([\d ,]+) (?:av|of) ([\d ,]+)\)/g)];
      expect(facts).toHaveLength(3);
      for (const [, pct, part, whole] of facts) {
        expect(tenths(num(pct, language))).toBe(
          tenths(share(num(part, language), num(whole, language))),
        );
      }
      const rows = bars(view.data.chart.rows);
      const values = rows.slice(0, -1).map((r) => num(r.value, language));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(values[0]).toBe(num(facts[0][1], language)); // highest
      expect(values[values.length - 1]).toBe(num(facts[1][1], language)); // lowest
      expect(num(rows[rows.length - 1].value, language)).toBe(num(facts[2][1], language)); // region
      const end = num(view.data.chart.scaleEnd, language);
      for (const r of rows)
        expect(r.bar / (r.bar + r.rest)).toBeCloseTo(num(r.value, language) / end, 3);
      expectLanguageStyle(shownText(view) + view.data.chart.ticks.join(' '), language);
    }
  });

  it('trend: the change is the difference of the two shares it names, as printed', () => {
    const points = PERIODS.map((period) => ({
      period,
      table: disclose(rowsOf(period), areas, undefined),
    }));
    const changes =
      /(?:från|from) ([\d,.]+ ?%) (?:till|to) ([\d,.]+ ?%): ([−+-]?[\d,.]+) (?:procentenheter|percentage points)/;
    for (const measure of measures) {
      for (const unit of [undefined, { id: 'hc-gripen', name: 'Gripens hälsocentral' }]) {
        const view = trendView({ language, level: 5, measure, unit, points });
        if (view.card !== 'rubTrend') throw new Error('not a trend');
        const m = changes.exec(plain(view.data.change));
        expect(m).not.toBeNull();
        const [, from, to, delta] = m as RegExpExecArray;
        expect(tenths(num(delta, language))).toBe(
          tenths(num(to, language)) - tenths(num(from, language)),
        );
        const rows = bars(view.data.chart.rows);
        expect([plain(rows[0].value), plain(rows[rows.length - 1].value)]).toEqual([
          plain(from),
          plain(to),
        ]);
        // Labels carry the year, so a trend longer than a year is never ambiguous.
        expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
        expect(rows.every((r) => /\d{4}$/.test(r.label))).toBe(true);
        expectLanguageStyle(shownText(view), language);
      }
    }
  });

  it('digest: each share is its count over the patients as printed; movers by size of change', () => {
    const data = {
      period: current,
      previousPeriod: PERIODS[PERIODS.length - 2],
      baselinePeriod: PERIODS[0],
      current: rowsOf(current),
      previous: rowsOf(PERIODS[PERIODS.length - 2]),
      baseline: rowsOf(PERIODS[0]),
      healthCentres: model.healthCentreIds.map((id, i) => ({
        id,
        name: id,
        municipality: `area ${i % 7}`,
      })),
    };
    for (const scope of [{ kind: 'region' as const }, { kind: 'area' as const, area: 'area 3' }]) {
      const card = composeDigest({ data, scope, language, rule: { threshold: 5 } });
      const patients = num(card.facts[0].value, language);
      for (const f of [card.facts[1], card.facts[card.facts.length - 1]]) {
        const m = /^([\d,.]+ ?%) \(([\d ,]+)\)$/.exec(plain(f.value));
        expect(m).not.toBeNull();
        const [, pct, count] = m as RegExpExecArray;
        expect(tenths(num(pct, language))).toBe(tenths(share(num(count, language), patients)));
      }
      const moves = bars(card.chart?.rows ?? []).map((r) => Math.abs(num(r.value, language)));
      expect(moves.length).toBeGreaterThan(0);
      expect(moves).toEqual([...moves].sort((a, b) => b - a));
      expectLanguageStyle(shownText({ card: 'digest', data: card }), language);
    }
  });
});
