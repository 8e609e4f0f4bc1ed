import type { Patient } from '../../src/clients/metricsSchemas';
import type { PatientListCard } from '../../src/cards/cardModels';
import {
  careUseCount,
  patientListView,
  sortPatients,
} from '../../src/skills/patients/patientViews';

const patient = (ref: string, flags: number): Patient => ({
  ref,
  birthYear: 1940,
  sex: 'K',
  rubLevel: 5,
  listedUnitId: 'hc-gripen',
  fastLakarkontakt: false,
  sip: flags % 2 === 0,
  indicators: {
    akutbesok: flags > 0,
    ambulans: flags > 1,
    hemsjukvard: flags > 2,
    psykiatri: flags > 3,
    rehabilitering: flags > 4,
    aterinlaggning: flags > 5,
  },
  synthetic: true,
});

const rows = Array.from({ length: 23 }, (_, i) =>
  patient(`P-${String(i).padStart(5, '0')}`, i % 7),
);
const input = {
  language: 'sv' as const,
  unit: { id: 'hc-gripen', name: 'Gripens hälsocentral' },
  level: 5,
  withoutFastLakarkontakt: true,
  period: '2023-03',
  total: 23,
  rows: sortPatients(rows),
  page: 0,
};

describe('patient list view', () => {
  it('sorts by number of care-use indicators, most first, then by ref', () => {
    const sorted = sortPatients(rows);
    const counts = sorted.map(careUseCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(sorted[0].ref).toBe('P-00006');
    expect(sorted[1].ref).toBe('P-00013');
  });

  it('shows the total first and 10 rows per page with next/previous', () => {
    const first = patientListView(input);
    const card = first.view.data as PatientListCard;
    expect(card.total).toBe('23 patienter');
    expect(card.rows).toHaveLength(10);
    expect(first.refs).toEqual(input.rows.slice(0, 10).map((p) => p.ref));
    expect(card.pager.map((p) => p.title)).toEqual(['Nästa']);
    expect(card.pager[0].data).toEqual({
      action: 'patientPage',
      unitId: 'hc-gripen',
      level: 5,
      withoutFastLakarkontakt: true,
      period: '2023-03',
      page: 1,
    });
    expect(card.synthetic).toBe('Syntetiska data – inga riktiga patienter.');
    expect(card.rows[0]).toEqual({
      ref: 'P-00006',
      birthYear: '1940',
      sex: 'K',
      sip: 'Ja',
      flags: 'Akut, Amb, Hsjv, Psyk, Rehab, Återinl',
    });

    const last = patientListView({ ...input, page: 2 });
    expect(last.refs).toHaveLength(3);
    expect((last.view.data as PatientListCard).pager.map((p) => p.title)).toEqual(['Föregående']);
    expect((last.view.data as PatientListCard).pageText).toBe('Visar 21–23 av 23');
  });

  it('clamps a page past the end to the last page', () => {
    const view = patientListView({ ...input, page: 99 });
    expect(view.page).toBe(2);
  });

  it('says so when no patient matches', () => {
    const view = patientListView({ ...input, rows: [], total: 0 });
    expect(view.refs).toEqual([]);
    expect((view.view.data as PatientListCard).empty).toBe(
      'Det finns inga patienter som matchar frågan.',
    );
  });
});
