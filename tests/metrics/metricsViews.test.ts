import { disclose } from '../../src/access/smallCounts';
import type { BarRow, CardModels, View } from '../../src/cards/cardModels';
import { render } from '../../src/cards/render';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import { distributionView, summaryView, trendView } from '../../src/skills/metrics/metricsViews';
import { cardProblems } from '../cards/adaptiveCardParser';
import { regionRub5 } from '../cards/metricsFixtures';
import { schemaProblems } from '../cards/teamsSchema';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const rendered = (view: View) => plain(JSON.stringify(render(view.card, view.data as never)));
function data<K extends keyof CardModels>(view: View, card: K): CardModels[K] {
  expect(view.card).toBe(card);
  return view.data as CardModels[K];
}
const bars = (rows: BarRow[]) =>
  rows.flatMap((r) => (r.kind === 'bar' ? [{ label: r.label, value: plain(r.value) }] : []));

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

const regionTable = disclose([{ ...regionRub5, unitId: 'region' }], new Map(), undefined);

describe('summaryView', () => {
  it("shows the document's region RUB 5 figures for March 2023 exactly, age with one decimal", () => {
    const view = summaryView({
      language: 'sv',
      level: 5,
      period: '2023-03',
      table: regionTable,
      summary: regionRub5,
    });
    const text = rendered(view);
    for (const figure of ['5 399', '3 460', '1 971', '1 219', '608', '2 329', '743', '73,7 år']) {
      expect(text).toContain(`"${figure}`);
    }
    for (const share of ['64,1 %', '36,5 %', '22,6 %', '11,3 %', '43,1 %', '13,8 %']) {
      expect(text).toContain(share);
    }
    expect(text).not.toContain('73,69');
    const card = data(view, 'rubSummary');
    expect(card.compare).toBe(false);
    expect(card.title).toBe('RUB 5 – Hela regionen');
  });

  it("puts a unit's shares beside the region's and answers the measure asked about", () => {
    const overum = unit({ withoutFastLakarkontakt: 28 });
    const rest = {
      ...regionRub5,
      unitId: 'hc-rest',
      patients: 5333,
      withoutFastLakarkontakt: 1099,
    };
    const view = summaryView({
      language: 'en',
      level: 5,
      period: '2023-03',
      unit: { id: 'hc-overum', name: 'Överums hälsocentral' },
      table: disclose([overum, rest], new Map(), undefined),
      summary: overum,
      region: regionRub5,
      measure: 'withoutFastLakarkontakt',
    });
    const card = data(view, 'rubSummary');
    expect(card.compare).toBe(true);
    expect(card.headline).toBe(
      '28 of 66 patients at RUB 5 at Överums hälsocentral have no named GP (fast läkarkontakt) (42.4%). Whole region: 20.9%.',
    );
    expect(card.rows[card.rows.length - 1]).toMatchObject({ count: '75.5 years' });
    expect(card.note).toBeUndefined();
  });

  it('in a shared space, withholds small counts and those that would expose them', () => {
    const overum = unit();
    const others = [
      unit({ unitId: 'hc-gamleby', patients: 173, withoutFastLakarkontakt: 67, withSip: 14 }),
      unit({ unitId: 'hc-gripen', patients: 214, withoutFastLakarkontakt: 43, withSip: 39 }),
    ];
    const areas = new Map([
      ['hc-overum', 'Västervik'],
      ['hc-gamleby', 'Västervik'],
      ['hc-gripen', 'Oskarshamn'],
    ]);
    const card = data(
      summaryView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        unit: { id: 'hc-overum', name: 'Överums hälsocentral' },
        table: disclose([overum, ...others], areas, { threshold: 5 }),
        summary: overum,
        region: regionRub5,
        rule: { threshold: 5 },
        notice: 'Patientlistor visas inte här.',
      }),
      'rubSummary',
    );
    const byLabel = Object.fromEntries(card.rows.map((r) => [r.label, r]));
    expect(byLabel['Utan fast läkarkontakt']).toMatchObject({ count: '<5', share: '–' });
    expect(byLabel['Med SIP']).toMatchObject({ count: '<5', share: '–' });
    expect(byLabel['Besökt akuten']).toMatchObject({ count: '42' });
    expect(card.note).toContain('Några små tal visas inte');
    expect(card.notice).toBe('Patientlistor visas inte här.');
    const texts = card.rows.flatMap((r) => [r.count, r.share]);
    expect(texts.filter((t) => /^[1-4]$/.test(t))).toEqual([]);
  });
});

describe('distributionView', () => {
  const units = [
    { id: 'a', name: 'Berga hälsocentral', patients: 200, without: 40 },
    { id: 'b', name: 'Gamleby hälsocentral', patients: 100, without: 39 },
    { id: 'c', name: 'Överums hälsocentral', patients: 60, without: 3 },
  ].map((u) => ({
    unit: { id: u.id, name: u.name, shortName: u.name.replace(/s? hälsocentral$/, '') },
    summary: unit({ unitId: u.id, patients: u.patients, withoutFastLakarkontakt: u.without }),
  }));
  const table = (rule?: { threshold: number }) =>
    disclose(
      units.map((u) => u.summary),
      new Map(),
      rule,
    );

  it('ranks health centres by share with values on the bars, the own unit and the region marked', () => {
    const view = distributionView({
      language: 'sv',
      level: 5,
      period: '2023-03',
      measure: 'withoutFastLakarkontakt',
      units,
      table: table(),
      mine: 'a',
    });
    const card = data(view, 'rubDistribution');
    expect(bars(card.chart.rows)).toEqual([
      { label: 'Gamleby', value: '39,0 %' },
      { label: 'Berga (din HC)', value: '20,0 %' },
      { label: 'Överum', value: '5,0 %' },
      { label: 'Hela regionen', value: '22,8 %' },
    ]);
    const styles = card.chart.rows.map((r) => (r.kind === 'bar' ? r.style : 'gap'));
    expect(styles).toEqual(['accent', 'good', 'accent', 'warning']);
    expect(card.chart.ticks).toEqual(['0', '10', '20', '30']);
    expect(plain(card.chart.scaleEnd)).toBe('40 %');
    expect(plain(card.keyFacts)).toBe(
      'Högst: Gamleby hälsocentral, 39,0 % (39 av 100). Lägst: Överums hälsocentral, 5,0 % (3 av 60). Hela regionen: 22,8 % (82 av 360).',
    );
    const json = render('rubDistribution', card);
    expect(cardProblems(json)).toEqual([]);
    expect(schemaProblems(json)).toEqual([]);
  });

  it('English: "39.0%", scale to "40%"', () => {
    const card = data(
      distributionView({
        language: 'en',
        level: 5,
        period: '2023-03',
        measure: 'withoutFastLakarkontakt',
        units,
        table: table(),
      }),
      'rubDistribution',
    );
    expect(bars(card.chart.rows)[0]).toEqual({ label: 'Gamleby', value: '39.0%' });
    expect(card.chart.ticks).toEqual(['0', '10', '20', '30']);
    expect(card.chart.scaleEnd).toBe('40%');
  });

  it('bars are as long as the values they print, on the scale shown', () => {
    const card = data(
      distributionView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        measure: 'withoutFastLakarkontakt',
        units,
        table: table(),
      }),
      'rubDistribution',
    );
    const max = Number(
      plain(card.chart.scaleEnd)
        .replace(/[^\d,]/g, '')
        .replace(',', '.'),
    );
    for (const row of card.chart.rows) {
      if (row.kind !== 'bar') continue;
      const printed = Number(
        plain(row.value)
          .replace(/[^\d,]/g, '')
          .replace(',', '.'),
      );
      expect(row.bar / (row.bar + row.rest)).toBeCloseTo(printed / max, 3);
    }
  });

  it('leaves withheld health centres out of the ranking in a shared space, and says so', () => {
    const card = data(
      distributionView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        measure: 'withoutFastLakarkontakt',
        units,
        table: table({ threshold: 5 }),
        rule: { threshold: 5 },
      }),
      'rubDistribution',
    );
    expect(bars(card.chart.rows).map((b) => b.label)).not.toContain('Överum');
    expect(card.note).toContain('visas inte här');
    expect(JSON.stringify(card)).not.toMatch(/"[1-4]"/);
  });
});

describe('trendView', () => {
  const periods = ['2022-08', '2022-09', '2023-03'];
  // Gripen 30 → 20 %; the region with it: 1200 → 1100 of 5000 (24,0 → 22,0 %).
  const points = periods.map((period, i) => {
    const gripen = unit({
      unitId: 'hc-gripen',
      period,
      patients: 100,
      withoutFastLakarkontakt: 30 - 5 * i,
    });
    const rest = {
      ...regionRub5,
      unitId: 'hc-rest',
      period,
      patients: 4900,
      withoutFastLakarkontakt: 1170 - 45 * i,
    };
    return { period, table: disclose([gripen, rest], new Map(), undefined), summary: gripen };
  });

  it('one bar per month labelled with its year, and the change in percentage points', () => {
    const view = trendView({
      language: 'sv',
      level: 5,
      measure: 'withoutFastLakarkontakt',
      unit: { id: 'hc-gripen', name: 'Gripens hälsocentral', shortName: 'Gripen' },
      points,
    });
    const card = data(view, 'rubTrend');
    expect(plain(card.change)).toBe(
      'Från augusti 2022 till mars 2023 ändrades andelen utan fast läkarkontakt på Gripens hälsocentral från 30,0 % till 20,0 %: −10,0 procentenheter. Hela regionen under samma tid: −2,0 procentenheter.',
    );
    expect(card.chart.rows.map((r) => r.label)).toEqual(['aug 2022', 'sep 2022', 'mars 2023']);
    expect(card.chart.rows.map((r) => (r.kind === 'bar' ? plain(r.extra ?? '') : ''))).toEqual([
      '24,0 %',
      '23,0 %',
      '22,0 %',
    ]);
    const json = render('rubTrend', card);
    expect(cardProblems(json)).toEqual([]);
    expect(schemaProblems(json)).toEqual([]);
  });

  it('in English, with a count measure', () => {
    const card = data(
      trendView({ language: 'en', level: 5, measure: 'patients', points }),
      'rubTrend',
    );
    expect(card.change).toBe(
      'From August 2022 to March 2023, the number of patients in the whole region went from 5,000 to 5,000: 0.',
    );
    expect(card.chart.rows.map((r) => r.label)).toEqual(['Aug 2022', 'Sept 2022', 'Mar 2023']);
  });

  it('withholds the change when an end is withheld in a shared space', () => {
    const small = periods.map((period, i) => {
      const x = unit({
        unitId: 'x',
        period,
        patients: 100,
        withoutFastLakarkontakt: i === 0 ? 2 : 20,
      });
      const y = unit({ unitId: 'y', period, patients: 100, withoutFastLakarkontakt: 40 });
      return { period, table: disclose([x, y], new Map(), { threshold: 5 }) };
    });
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
    expect(card.note).toContain('Några små tal visas inte');
  });
});
