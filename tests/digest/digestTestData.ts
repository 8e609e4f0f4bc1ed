import type { RubSummary } from '../../src/clients/metricsSchemas';
import type { DigestData } from '../../src/digest/digestData';

// Synthetic per-health-centre RUB 5 aggregates for digest tests (no patient rows anywhere).

function row(
  period: string,
  unitId: string,
  patients: number,
  withoutFastLakarkontakt: number,
  withSip: number,
): RubSummary {
  return {
    period,
    unitId,
    level: 5,
    patients,
    averageAge: 74.1,
    withoutFastLakarkontakt,
    withSip,
    indicators: {
      akutbesok: Math.round(patients * 0.6),
      ambulans: Math.round(patients * 0.35),
      hemsjukvard: Math.round(patients * 0.2),
      psykiatri: Math.round(patients * 0.1),
      rehabilitering: Math.round(patients * 0.4),
      aterinlaggning: Math.round(patients * 0.14),
    },
  };
}

export const healthCentres = [
  { id: 'hc-gripen', name: 'Gripens hälsocentral', municipality: 'Oskarshamn' },
  { id: 'hc-kristineberg', name: 'Kristinebergs hälsocentral', municipality: 'Oskarshamn' },
  { id: 'hc-bla-kusten', name: 'Blå Kustens hälsocentral', municipality: 'Oskarshamn' },
  { id: 'hc-borgholm', name: 'Borgholms hälsocentral', municipality: 'Borgholm' },
  { id: 'hc-lottorp', name: 'Löttorps hälsocentral', municipality: 'Borgholm' },
  { id: 'hc-tiny', name: 'Lilla hälsocentralen', municipality: 'Högsby' },
];

export function digestData(): DigestData {
  return {
    period: '2023-03',
    previousPeriod: '2023-02',
    baselinePeriod: '2022-08',
    current: [
      row('2023-03', 'hc-gripen', 310, 74, 41),
      row('2023-03', 'hc-kristineberg', 280, 98, 30),
      row('2023-03', 'hc-bla-kusten', 190, 31, 22),
      row('2023-03', 'hc-borgholm', 240, 55, 35),
      row('2023-03', 'hc-lottorp', 95, 12, 9),
      row('2023-03', 'hc-tiny', 12, 3, 2),
    ],
    previous: [
      row('2023-02', 'hc-gripen', 305, 80, 40),
      row('2023-02', 'hc-kristineberg', 276, 85, 29),
      row('2023-02', 'hc-bla-kusten', 188, 33, 21),
      row('2023-02', 'hc-borgholm', 238, 54, 34),
      row('2023-02', 'hc-lottorp', 94, 19, 9),
      row('2023-02', 'hc-tiny', 11, 2, 2),
    ],
    baseline: [
      row('2022-08', 'hc-gripen', 290, 95, 30),
      row('2022-08', 'hc-kristineberg', 260, 70, 25),
      row('2022-08', 'hc-bla-kusten', 180, 40, 18),
      row('2022-08', 'hc-borgholm', 230, 60, 30),
      row('2022-08', 'hc-lottorp', 90, 20, 8),
      row('2022-08', 'hc-tiny', 10, 2, 1),
    ],
    healthCentres,
  };
}
