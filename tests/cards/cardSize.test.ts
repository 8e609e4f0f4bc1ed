import { countKeys, disclose, type Suppression } from '../../src/access/smallCounts';
import { render } from '../../src/cards/render';
import type { View } from '../../src/cards/cardModels';
import type { RubSummary } from '../../src/clients/metricsSchemas';
import { composeDigest } from '../../src/digest/digestComposer';
import type { DigestData } from '../../src/digest/digestData';
import { distributionView, summaryView, trendView } from '../../src/skills/metrics/metricsViews';
import type { Language, Measure } from '../../src/understanding/intent';
import { PERIODS } from '../../dev/reference-api/metricsPopulation';
import { schemaProblems } from './teamsSchema';

// Every metrics and digest card fits any region: a generated region of 250 health centres (Stockholm
// and Västra Götaland have around 200) gives cards under 40 KB as Teams counts them (UTF-16).

const UNITS = 250;
const LIMIT = 40 * 1024;

const measures: Measure[] = [...countKeys];

/** Deterministic pseudo-random counts, some of them small, with Swedish names. */
function region(period: string, p: number): RubSummary[] {
  return Array.from({ length: UNITS }, (_, i) => {
    const patients = 3 + ((i * 37 + p * 11) % 420);
    const part = (k: number) => Math.floor((patients * ((i * k + p * 3) % 97)) / 97);
    return {
      period,
      unitId: `hc-${i}`,
      level: 5,
      patients,
      averageAge: 70 + ((i * 7) % 90) / 10,
      withoutFastLakarkontakt: part(13),
      withSip: part(29),
      indicators: {
        akutbesok: part(31),
        ambulans: part(41),
        hemsjukvard: part(43),
        psykiatri: part(47),
        rehabilitering: part(53),
        aterinlaggning: part(59),
      },
      synthetic: true,
    };
  });
}
const names = Array.from({ length: UNITS }, (_, i) => ({
  id: `hc-${i}`,
  name: `Vårdcentralen Östra Ängsö–Åkersberga ${i + 1} hälsocentral`,
  shortName: `Östra Ängsö–Åkersberga ${i + 1}`,
  municipality: `Kommun ${i % 26}`,
}));
const areas = new Map(names.map((u) => [u.id, u.municipality]));
const tables = PERIODS.map((period, p) => ({ period, rows: region(period, p) }));
const current = tables[tables.length - 1];

/** The size Teams counts: the card's JSON in UTF-16. */
const utf16Bytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf16le');

function cardsFor(language: Language, rule: Suppression | undefined): [string, View | unknown][] {
  const table = disclose(current.rows, areas, rule);
  const unit = names[17];
  const out: [string, View | unknown][] = [];
  for (const measure of measures) {
    out.push([
      `distribution ${measure}`,
      distributionView({
        language,
        level: 5,
        period: current.period,
        measure,
        units: names.map((u, i) => ({ unit: u, summary: current.rows[i] })),
        table,
        mine: unit.id,
        rule,
        overviewUrl:
          'https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000001/overview',
      }),
    ]);
    out.push([
      `trend ${measure}`,
      trendView({
        language,
        level: 5,
        measure,
        unit,
        points: tables.map((t) => ({
          period: t.period,
          table: disclose(t.rows, areas, rule),
          summary: t.rows[17],
        })),
        rule,
      }),
    ]);
  }
  out.push([
    'summary',
    summaryView({
      language,
      level: 5,
      period: current.period,
      unit,
      table,
      summary: current.rows[17],
      region: { ...current.rows[0], unitId: null },
      measure: 'withoutFastLakarkontakt',
      rule,
    }),
  ]);
  const data: DigestData = {
    period: '2023-03',
    previousPeriod: '2023-02',
    baselinePeriod: '2022-08',
    current: current.rows,
    previous: tables[tables.length - 2].rows,
    baseline: tables[0].rows,
    healthCentres: names,
  };
  for (const scope of [
    { kind: 'region' as const },
    { kind: 'area' as const, area: 'Kommun 3' },
    { kind: 'units' as const, unitIds: names.map((u) => u.id) },
  ]) {
    out.push([
      `digest ${scope.kind}`,
      {
        card: 'digest',
        data: composeDigest({ data, scope, language, rule: rule ?? { threshold: 5 } }),
      },
    ]);
  }
  return out;
}

describe('card size for a region of 250 health centres', () => {
  for (const language of ['sv', 'en'] as const) {
    for (const [where, rule] of [
      ['a 1:1 chat', undefined],
      ['a channel', { threshold: 5 }],
    ] as const) {
      it(`every metrics and digest card is under 40 KB (UTF-16), ${language}, in ${where}`, () => {
        const sizes: Record<string, number> = {};
        for (const [name, view] of cardsFor(language, rule)) {
          const v = view as View;
          const card = render(v.card, v.data as never);
          sizes[name] = utf16Bytes(card);
          expect(schemaProblems(card)).toEqual([]);
        }
        const tooBig = Object.entries(sizes).filter(([, size]) => size >= LIMIT);
        expect(tooBig).toEqual([]);
        // The ranking shows its top, bottom and the user's unit, and links to the full list.
        const distribution = cardsFor(language, rule)[0][1] as View;
        expect(JSON.stringify(render(distribution.card, distribution.data as never))).toContain(
          'l/entity/',
        );
      });
    }
  }
});
