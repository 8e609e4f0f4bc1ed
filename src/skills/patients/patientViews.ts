import type { PatientRow, SubmitData, View } from '../../cards/cardModels';
import { capitalised } from '../../cards/textFormat';
import { indicatorKeys, type Patient } from '../../clients/metricsSchemas';
import { strings } from '../../i18n/strings';
import type { Language } from '../../understanding/intent';
import { formatCount, periodLabel } from '../metrics/numberFormat';

// Patient rows → the list card. Pure. Only reached after the access policy allowed the list.

export const PAGE_SIZE = 10;

export function careUseCount(patient: Patient): number {
  return indicatorKeys.filter((k) => patient.indicators[k]).length;
}

/** Most care-use indicators first; by ref within the same count, so pages are stable. */
export function sortPatients(patients: readonly Patient[]): Patient[] {
  return [...patients].sort(
    (a, b) => careUseCount(b) - careUseCount(a) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
  );
}

export type PatientListInput = {
  language: Language;
  unit: { id: string; name: string };
  level: number;
  withoutFastLakarkontakt: boolean;
  period: string;
  /** The API's total for the filter. */
  total: number;
  /** The rows read, sorted (all of them, unless the list was too long to read whole). */
  rows: Patient[];
  page: number;
};

/** The card for one page, and the refs it shows (for the audit log). */
export function patientListView(input: PatientListInput): {
  view: View;
  page: number;
  refs: string[];
} {
  const { language, unit, level, withoutFastLakarkontakt, period, total, rows } = input;
  const s = strings(language).patients;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, input.page), pages - 1);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const pageAction = (to: number): SubmitData => ({
    action: 'patientPage',
    unitId: unit.id,
    level,
    withoutFastLakarkontakt,
    period,
    page: to,
  });
  const pager: { title: string; data: SubmitData }[] = [];
  if (page > 0) pager.push({ title: s.previous, data: pageAction(page - 1) });
  if (page < pages - 1) pager.push({ title: s.next, data: pageAction(page + 1) });

  const row = (p: Patient): PatientRow => {
    const flags = indicatorKeys.filter((k) => p.indicators[k]).map((k) => s.flags[k]);
    return {
      ref: p.ref,
      birthYear: String(p.birthYear),
      sex: s.sex[p.sex],
      sip: p.sip ? s.yes : s.no,
      flags: flags.length > 0 ? flags.join(', ') : s.none,
    };
  };
  const period_ = periodLabel(period, language);
  return {
    page,
    refs: shown.map((p) => p.ref),
    view: {
      card: 'patientList',
      data: {
        title: withoutFastLakarkontakt
          ? s.titleWithout(level, unit.name)
          : s.titleAll(level, unit.name),
        total: s.total(formatCount(total, language), total),
        subtitle: s.subtitle(capitalised(period_)),
        headers: { ...s.columns },
        rows: shown.map(row),
        empty: rows.length === 0 ? s.empty : undefined,
        legend: s.legend,
        pageText:
          rows.length > PAGE_SIZE
            ? s.page(page * PAGE_SIZE + 1, page * PAGE_SIZE + shown.length, rows.length)
            : undefined,
        pager,
        truncated:
          rows.length < total ? s.truncated(formatCount(rows.length, language)) : undefined,
        synthetic: shown.some((p) => p.synthetic) ? s.synthetic : undefined,
        footnote: s.audited,
      },
    },
  };
}
