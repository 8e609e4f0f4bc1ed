import type { RubSummary } from '../../src/clients/metricsSchemas';
import { render } from '../../src/cards/render';
import type { CardModels, View } from '../../src/cards/cardModels';
import { distributionView, summaryView, trendView } from '../../src/skills/metrics/metricsViews';
import { cardProblems, chartsWithoutFallback } from '../cards/adaptiveCardParser';
import { regionRub5 } from '../cards/metricsFixtures';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const rendered = (view: View) => plain(JSON.stringify(render(view.card, view.data as never)));
function data<K extends keyof CardModels>(view: View, card: K): CardModels[K] {
  expect(view.card).toBe(card);
  return view.data as CardModels[K];
}

const unit = (over: Partial<RubSummary> = {}): RubSummary => ({
  ...regionRub5,
  unitId: 'hc-overum',
  patients: 66,
  averageAge: 75.5,
  withoutFastLakarkontakt: 3,
  withSip: 4,
  indicators: {
    akutbesok: 42,
    ambulans: 24,
    hemsjukvard: 15,
    psykiatri: 2,
    rehabilitering: 28,
    aterinlaggning: 9,
  },
  ...over,
});

describe('summaryView', () => {
  it("shows the document's region RUB 5 figures for March 2023 exactly", () => {
    const view = summaryView({ language: 'sv', level: 5, period: '2023-03', summary: regionRub5 });
    const text = rendered(view);
    for (const figure of ['5 399', '3 460', '1 971', '1 219', '608', '2 329', '743', '73,69']) {
      expect(text).toContain(`"${figure}`);
    }
    for (const share of ['64,1 %', '36,5 %', '22,6 %', '11,3 %', '43,1 %', '13,8 %']) {
      expect(text).toContain(share);
    }
    const card = data(view, 'rubSummary');
    expect(card.compare).toBe(false);
    expect(card.title).toBe('RUB 5 – Hela regionen');
  });

  it("puts a unit's shares beside the region's and answers the measure asked about", () => {
    const view = summaryView({
      language: 'en',
      level: 5,
      period: '2023-03',
      unit: { id: 'hc-overum', name: 'Överums hälsocentral' },
      summary: unit({ withoutFastLakarkontakt: 28 }),
      region: regionRub5,
      measure: 'withoutFastLakarkontakt',
    });
    const card = data(view, 'rubSummary');
    expect(card.compare).toBe(true);
    expect(card.headline).toBe(
      '28 of 66 patients at RUB 5 at Överums hälsocentral have no named GP (fast läkarkontakt) (42.4%). Whole region: 20.9%.',
    );
    const row = card.rows.find((r) => r.label === 'Visited the emergency department');
    expect(row).toEqual({
      label: 'Visited the emergency department',
      count: '42',
      share: '63.6%',
      region: '64.1%',
    });
    expect(card.note).toBeUndefined();
  });

  it('in a shared space, shows small counts as <5 and withholds the shares built on them', () => {
    const view = summaryView({
      language: 'sv',
      level: 5,
      period: '2023-03',
      unit: { id: 'hc-overum', name: 'Överums hälsocentral' },
      summary: unit(),
      region: regionRub5,
      rule: { threshold: 5 },
      notice: 'Patientlistor visas inte här.',
    });
    const card = data(view, 'rubSummary');
    const byLabel = Object.fromEntries(card.rows.map((r) => [r.label, r]));
    expect(byLabel['Utan fast läkarkontakt']).toMatchObject({ count: '<5', share: '–' });
    expect(byLabel['Med SIP']).toMatchObject({ count: '<5', share: '–' });
    expect(byLabel['Kontakt med psykiatrin']).toMatchObject({ count: '<5', share: '–' });
    expect(byLabel['Besökt akuten']).toMatchObject({ count: '42' });
    expect(card.note).toContain('<5');
    expect(card.notice).toBe('Patientlistor visas inte här.');
    // Nothing on the card reveals a count from 1 to 4.
    const texts = card.rows.flatMap((r) => [r.count, r.share]);
    expect(texts.filter((t) => /^[1-4]$/.test(t))).toEqual([]);
  });

  it('withholds the average age of a group smaller than the threshold in a shared space', () => {
    const tiny = unit({ patients: 3, withoutFastLakarkontakt: 1, withSip: 0 });
    const card = data(
      summaryView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        summary: tiny,
        rule: { threshold: 5 },
      }),
      'rubSummary',
    );
    expect(card.rows[0].count).toBe('<5');
    expect(card.rows[card.rows.length - 1].count).toBe('–');
  });
});

describe('distributionView', () => {
  const units = [
    {
      unit: { id: 'a', name: 'Berga hälsocentral' },
      summary: unit({ unitId: 'a', patients: 200, withoutFastLakarkontakt: 40 }),
    },
    {
      unit: { id: 'b', name: 'Gamleby hälsocentral' },
      summary: unit({ unitId: 'b', patients: 100, withoutFastLakarkontakt: 39 }),
    },
    {
      unit: { id: 'c', name: 'Överums hälsocentral' },
      summary: unit({ unitId: 'c', patients: 60, withoutFastLakarkontakt: 3 }),
    },
  ];

  it('ranks health centres by share as a horizontal bar chart with a table fallback', () => {
    const view = distributionView({
      language: 'sv',
      level: 5,
      period: '2023-03',
      measure: 'withoutFastLakarkontakt',
      units,
      region: regionRub5,
    });
    const card = data(view, 'rubDistribution');
    expect(card.chart.data).toEqual([
      { x: 'Gamleby hälsocentral', y: 39 },
      { x: 'Berga hälsocentral', y: 20 },
      { x: 'Överums hälsocentral', y: 5 },
    ]);
    expect(plain(card.keyFacts)).toBe(
      'Högst: Gamleby hälsocentral, 39,0 % (39 av 100). Lägst: Överums hälsocentral, 5,0 % (3 av 60). Hela regionen: 20,9 % (1 127 av 5 399).',
    );
    const json = render('rubDistribution', card);
    expect(cardProblems(json)).toEqual([]);
    expect(chartsWithoutFallback(json)).toEqual([]);
    expect(JSON.stringify(json)).toContain('"type":"Chart.HorizontalBar"');
    expect(JSON.stringify(json)).toContain('"fallback":{"type":"Table"');
  });

  it('leaves suppressed health centres out of the chart in a shared space', () => {
    const card = data(
      distributionView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        measure: 'withoutFastLakarkontakt',
        units,
        region: regionRub5,
        rule: { threshold: 5 },
      }),
      'rubDistribution',
    );
    expect(card.chart.data.map((d) => d.x)).toEqual(['Gamleby hälsocentral', 'Berga hälsocentral']);
    expect(card.rows.find((r) => r.unit === 'Överums hälsocentral')).toEqual({
      unit: 'Överums hälsocentral',
      count: '<5',
      share: '–',
    });
    expect(card.note).toContain('1 hälsocentral saknas');
  });
});

describe('trendView', () => {
  const points = ['2022-08', '2022-09', '2023-03'].map((period, i) => ({
    period,
    summary: unit({ period, patients: 100, withoutFastLakarkontakt: 30 - 5 * i }),
    region: { ...regionRub5, period, patients: 5000, withoutFastLakarkontakt: 1200 - 50 * i },
  }));

  it('draws a line per month and states the change in percentage points', () => {
    const view = trendView({
      language: 'sv',
      level: 5,
      measure: 'withoutFastLakarkontakt',
      unit: { id: 'hc-gripen', name: 'Gripens hälsocentral' },
      points,
    });
    const card = data(view, 'rubTrend');
    expect(plain(card.change)).toBe(
      'Från augusti 2022 till mars 2023 ändrades andelen utan fast läkarkontakt på Gripens hälsocentral från 30,0 % till 20,0 %: −10,0 procentenheter. Hela regionen under samma tid: −2,0 procentenheter.',
    );
    expect(card.chart.series.map((s) => s.legend)).toEqual([
      'Gripens hälsocentral',
      'Hela regionen',
    ]);
    expect(card.chart.series[0].values).toEqual([
      { x: 'aug', y: 30 },
      { x: 'sep', y: 25 },
      { x: 'mars', y: 20 },
    ]);
    const json = render('rubTrend', card);
    expect(JSON.stringify(json)).toContain('"type":"Chart.Line"');
    expect(cardProblems(json)).toEqual([]);
    expect(chartsWithoutFallback(json)).toEqual([]);
  });

  it('in English, with a count measure', () => {
    const card = data(
      trendView({
        language: 'en',
        level: 5,
        measure: 'patients',
        points: points.map((p) => ({ ...p, region: undefined })),
      }),
      'rubTrend',
    );
    expect(card.change).toBe(
      'From August 2022 to March 2023, the number of patients in the whole region went from 100 to 100: 0.',
    );
  });

  it('withholds the change when an end is too small for a shared space', () => {
    const small = points.map((p, i) => ({
      ...p,
      summary: unit({ period: p.period, patients: 100, withoutFastLakarkontakt: i === 0 ? 2 : 20 }),
    }));
    const card = data(
      trendView({
        language: 'sv',
        level: 5,
        measure: 'withoutFastLakarkontakt',
        unit: { id: 'x', name: 'X' },
        points: small,
        rule: { threshold: 5 },
      }),
      'rubTrend',
    );
    expect(card.change).toBe(
      'Förändringen visas inte här eftersom antalen är för små för en kanal eller gruppchatt.',
    );
    expect(card.chart.series[0].values).toHaveLength(2);
  });
});
