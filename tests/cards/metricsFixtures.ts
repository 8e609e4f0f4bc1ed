import { PERIODS } from '../../dev/reference-api/metricsPopulation';
import { disclose } from '../../src/access/smallCounts';
import type { CardModels, CardName, View } from '../../src/cards/cardModels';
import type { Patient, RubSummary } from '../../src/clients/metricsSchemas';
import { distributionView, summaryView, trendView } from '../../src/skills/metrics/metricsViews';
import { patientListView, sortPatients } from '../../src/skills/patients/patientViews';

// Realistic data for the metrics and patient cards, built with the skills' own view builders.
// The region's RUB 5 figures for 2023-03 are the source document's (004_fd24870d0508c42a.txt);
// everything about single health centres and patients is synthetic.

function dataOf<K extends CardName>(view: View, card: K): CardModels[K] {
  if (view.card !== card) throw new Error(`expected a ${card} view, got ${view.card}`);
  return view.data as CardModels[K];
}

export const regionRub5: RubSummary = {
  period: '2023-03',
  unitId: null,
  level: 5,
  patients: 5399,
  averageAge: 73.69,
  withoutFastLakarkontakt: 1127,
  withSip: 858,
  indicators: {
    akutbesok: 3460,
    ambulans: 1971,
    hemsjukvard: 1219,
    psykiatri: 608,
    rehabilitering: 2329,
    aterinlaggning: 743,
  },
};

const summary = (
  unitId: string,
  patients: number,
  without: number,
  sip: number,
  age = 74.12,
  period = '2023-03',
): RubSummary => ({
  period,
  unitId,
  level: 5,
  patients,
  averageAge: age,
  withoutFastLakarkontakt: without,
  withSip: sip,
  indicators: {
    akutbesok: Math.round(patients * 0.64),
    ambulans: Math.round(patients * 0.37),
    hemsjukvard: Math.round(patients * 0.23),
    psykiatri: Math.round(patients * 0.11),
    rehabilitering: Math.round(patients * 0.43),
    aterinlaggning: Math.round(patients * 0.14),
  },
});

const gripen = { id: 'hc-gripen', name: 'Gripens hälsocentral', shortName: 'Gripen' };
const overum = { id: 'hc-overum', name: 'Överums hälsocentral' };
const shared = { threshold: 5 };
/** The document's region figures as a one-unit table, for the region's own summary card. */
const regionAsUnit: RubSummary = { ...regionRub5, unitId: 'region' };

const units = [
  { unit: gripen, summary: summary('hc-gripen', 226, 45, 41) },
  {
    unit: { id: 'hc-borgholm', name: 'Borgholms hälsocentral' },
    summary: summary('hc-borgholm', 296, 24, 83),
  },
  {
    unit: { id: 'hc-gamleby', name: 'Gamleby hälsocentral' },
    summary: summary('hc-gamleby', 185, 72, 15),
  },
  {
    unit: { id: 'hc-hogsby', name: 'Högsby hälsocentral' },
    summary: summary('hc-hogsby', 190, 68, 23),
  },
  {
    unit: { id: 'hc-nybro', name: 'Nybro hälsocentral' },
    summary: summary('hc-nybro', 431, 134, 52),
  },
  { unit: overum, summary: summary('hc-overum', 66, 3, 4) },
];

/** The areas (municipalities) of the fixture units. */
const areas = new Map([
  ['hc-gripen', 'Oskarshamn'],
  ['hc-borgholm', 'Borgholm'],
  ['hc-gamleby', 'Västervik'],
  ['hc-hogsby', 'Högsby'],
  ['hc-nybro', 'Nybro'],
  ['hc-overum', 'Västervik'],
]);
const rows = units.map((u) => u.summary);
export const fixtureTable = disclose(rows, areas, undefined);
export const sharedTable = disclose(rows, areas, shared);

const months = PERIODS;
const trendPoints = months.map((period, i) => {
  const monthRows = units.map(({ summary: u }) =>
    summary(
      u.unitId ?? '',
      u.patients - 7 + i,
      Math.max(0, u.withoutFastLakarkontakt + 7 - 2 * i),
      u.withSip,
      74,
      period,
    ),
  );
  return {
    period,
    table: disclose(monthRows, areas, undefined),
    summary: { ...monthRows[0], synthetic: true },
  };
});

const patient = (n: number, flags: number, sip: boolean): Patient => ({
  ref: `P-${(100000 + n * 7919).toString(36).toUpperCase().padStart(5, '0')}`,
  birthYear: 1931 + ((n * 7) % 40),
  sex: n % 2 === 0 ? 'K' : 'M',
  rubLevel: 5,
  listedUnitId: 'hc-gripen',
  fastLakarkontakt: false,
  sip,
  indicators: {
    akutbesok: flags > 0,
    ambulans: flags > 1,
    hemsjukvard: flags > 2,
    psykiatri: flags > 4,
    rehabilitering: flags > 3,
    aterinlaggning: flags > 5,
  },
  synthetic: true,
});
const patients = sortPatients(
  Array.from({ length: 45 }, (_, n) => patient(n, (n * 5) % 7, n % 4 === 0)),
);
const listInput = {
  language: 'sv' as const,
  unit: gripen,
  level: 5,
  withoutFastLakarkontakt: true,
  period: '2023-03',
  total: 45,
  rows: patients,
  page: 1,
};

export const metricsFixtures: {
  [
    K in 'unitPicker' | 'rubSummary' | 'rubDistribution' | 'rubTrend' | 'patientList'
  ]: CardModels[K][];
} = {
  unitPicker: [
    {
      title: 'Vilken är din hälsocentral?',
      text: 'Jag hittar ingen hälsocentral kopplad till dig i katalogen. Välj din hälsocentral så sparar jag den som "min HC".',
      label: 'Hälsocentral',
      placeholder: 'Välj hälsocentral',
      errorMessage: 'Välj en hälsocentral i listan.',
      choices: [
        { title: 'Blå Kustens hälsocentral', value: 'hc-bla-kusten' },
        { title: 'Gripens hälsocentral', value: 'hc-gripen' },
        { title: 'Kristinebergs hälsocentral', value: 'hc-kristineberg' },
        { title: 'Överums hälsocentral', value: 'hc-overum' },
      ],
      submitTitle: 'Spara',
      data: { action: 'myUnit' },
      hint: 'Du kan ändra den när som helst, till exempel genom att skriva "min HC är Gripen".',
    },
  ],
  rubSummary: [
    dataOf(
      summaryView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        table: disclose([regionAsUnit], new Map(), undefined),
        summary: regionRub5,
      }),
      'rubSummary',
    ),
    dataOf(
      summaryView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        unit: gripen,
        table: fixtureTable,
        summary: units[0].summary,
        region: regionRub5,
        measure: 'withoutFastLakarkontakt',
      }),
      'rubSummary',
    ),
    dataOf(
      summaryView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        unit: overum,
        table: sharedTable,
        summary: units[5].summary,
        region: regionRub5,
        measure: 'withoutFastLakarkontakt',
        rule: shared,
        notice:
          'Patientlistor visas inte här – bara i en 1:1-chatt med Nära, för chefer på enheten.',
      }),
      'rubSummary',
    ),
    dataOf(
      summaryView({
        language: 'en',
        level: 5,
        period: '2023-03',
        unit: gripen,
        table: fixtureTable,
        summary: units[0].summary,
        region: regionRub5,
        measure: 'withSip',
      }),
      'rubSummary',
    ),
  ],
  rubDistribution: [
    dataOf(
      distributionView({
        language: 'sv',
        level: 5,
        period: '2023-03',
        measure: 'withoutFastLakarkontakt',
        units,
        table: fixtureTable,
        mine: 'hc-gripen',
      }),
      'rubDistribution',
    ),
    dataOf(
      distributionView({
        language: 'en',
        level: 5,
        period: '2023-03',
        measure: 'withoutFastLakarkontakt',
        units,
        table: sharedTable,
        rule: shared,
        mine: 'hc-overum',
      }),
      'rubDistribution',
    ),
  ],
  rubTrend: [
    dataOf(
      trendView({
        language: 'sv',
        level: 5,
        measure: 'withoutFastLakarkontakt',
        unit: gripen,
        points: trendPoints,
      }),
      'rubTrend',
    ),
    dataOf(
      trendView({
        language: 'en',
        level: 5,
        measure: 'withoutFastLakarkontakt',
        points: trendPoints,
      }),
      'rubTrend',
    ),
  ],
  patientList: [
    dataOf(patientListView(listInput).view, 'patientList'),
    dataOf(patientListView({ ...listInput, language: 'en', page: 0 }).view, 'patientList'),
    dataOf(patientListView({ ...listInput, total: 0, rows: [], page: 0 }).view, 'patientList'),
  ],
};
