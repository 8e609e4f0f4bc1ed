import { timeLeft } from '../../clients/turnDeadline';
import { UpstreamError } from '../../clients/upstreamErrors';
import { patientAccess, type AccessRefusal } from '../../access/patientAccess';
import type { Person, Unit } from '../../clients/directorySchemas';
import type { Patient } from '../../clients/metricsSchemas';
import { strings } from '../../i18n/strings';
import type { Intent } from '../../understanding/intent';
import { simpleMessageView } from '../errorViews';
import { summaryAnswer } from '../metrics/metricsSkill';
import { resolveScope } from '../metrics/myUnit';
import type { Handler } from '../intentHandlers';
import type { Services, TurnInfo } from '../skill';
import { knownPeriods, periodMeant } from '../metrics/knownPeriods';
import { patientListView, sortPatients } from './patientViews';

// "Vilka RUB5-patienter saknar fast läkare på min HC?": the patient list, behind the access policy
// and the audit log. Anyone else, or anywhere else, gets the aggregate and one sentence why.
// Patient rows are read only after access is granted, and shown only after the audit record is
// on disk. Nothing patient-level is logged here: the application log gets counts and reasons.

/** Rows read for one list at most (the API pages by 100); longer lists are sorted partially. */
export const MAX_PATIENT_ROWS = 2_000;
const API_PAGE = 100;
const PARALLEL_PAGES = 4;

type PatientIntent = Extract<Intent, { kind: 'patientList' }>;

async function readAll(
  services: Pick<Services, 'metrics'>,
  query: { unitId: string; level: number; withoutFastLakarkontakt?: boolean; period: string },
): Promise<{ total: number; rows: Patient[] }> {
  const first = await services.metrics.patients({ ...query, offset: 0, limit: API_PAGE });
  const wanted = Math.min(first.total, MAX_PATIENT_ROWS);
  const offsets: number[] = [];
  for (let offset = API_PAGE; offset < wanted; offset += API_PAGE) offsets.push(offset);
  const rows = [...first.items];
  for (let i = 0; i < offsets.length; i += PARALLEL_PAGES) {
    const pages = await Promise.all(
      offsets.slice(i, i + PARALLEL_PAGES).map((offset) =>
        services.metrics.patients({
          ...query,
          offset,
          limit: Math.min(API_PAGE, wanted - offset),
        }),
      ),
    );
    for (const page of pages) rows.push(...page.items);
  }
  return { total: first.total, rows };
}

function refusalText(reason: AccessRefusal | 'region', unitName: string, turn: TurnInfo): string {
  const s = strings(turn.language).patients.refused;
  switch (reason) {
    case 'sharedSpace':
      return s.sharedSpace;
    case 'region':
      return s.region;
    default:
      return s[reason](unitName);
  }
}

export const patientSkill: Handler<PatientIntent> = async (intent, turn, services) => {
  const { level, withoutFastLakarkontakt } = intent;
  const log = services.log;

  // 1. Which unit ("min HC" may come from the user's setting: it picks, never grants).
  const scope = await resolveScope(
    intent.scope,
    { kind: 'patientList', level, withoutFastLakarkontakt },
    turn,
    services,
  );
  if (scope.kind === 'view') return [scope.view];
  const known = await knownPeriods(services);
  const asked = periodMeant(intent.period, known);
  const period = asked && known.periods.includes(asked) ? asked : known.current;
  const measure = withoutFastLakarkontakt ? 'withoutFastLakarkontakt' : undefined;
  if (scope.kind === 'region') {
    log.info({ event: 'patientAccess', allowed: false, reason: 'region' }, 'patient list refused');
    const notice = refusalText('region', '', turn);
    return [await summaryAnswer({ level, period, measure, notice }, turn, services)];
  }
  const unit: Unit = scope.unit;

  // 2. Access: the directory entry of this Teams user, this conversation, this unit.
  const person: Person | undefined =
    turn.conversation === 'personal' && turn.user.aadObjectId
      ? await services.directory.personByAadObjectId(turn.user.aadObjectId)
      : undefined;
  const access = patientAccess({
    conversation: turn.conversation,
    person,
    unitId: unit.id,
    roles: services.config.PATIENT_LIST_ROLES,
  });
  if (!access.allowed) {
    log.info(
      { event: 'patientAccess', allowed: false, reason: access.reason },
      'patient list refused',
    );
    const notice = refusalText(access.reason, unit.name, turn);
    const summary = await summaryAnswer({ unit, level, period, measure, notice }, turn, services);
    // A refused page turn replaces the list it came from, so no refs stay on screen by our doing.
    return [{ ...summary, replace: intent.page !== undefined }];
  }

  // 3. Rows: never cached; defensively only the unit's own, sorted by care use.
  const read = await readAll(services, {
    unitId: unit.id,
    level,
    withoutFastLakarkontakt: withoutFastLakarkontakt ? true : undefined,
    period,
  });
  const own = read.rows.filter((p) => p.listedUnitId === unit.id && p.rubLevel === level);
  if (own.length !== read.rows.length) {
    log.warn(
      { event: 'patientRowsDropped', dropped: read.rows.length - own.length },
      'rows of another unit',
    );
  }
  const { view, page, refs } = patientListView({
    language: turn.language,
    unit: { id: unit.id, name: unit.name },
    level,
    withoutFastLakarkontakt,
    period,
    total: read.total,
    rows: sortPatients(own),
    page: intent.page ?? 0,
  });

  // 4. The audit record, durably, before anything is sent; no record, no list. A turn whose
  // budget is spent will not send this list, so it is not audited as shown either.
  if (timeLeft() === 0) throw new UpstreamError('metrics', 'unavailable', 'turn budget spent');
  try {
    await services.auditLog.append({
      time: new Date().toISOString(),
      event: 'patientList',
      user: { aadObjectId: turn.user.aadObjectId, name: turn.user.name, personId: person?.id },
      conversation: turn.conversation,
      conversationId: turn.place?.()?.conversationId ?? '',
      unitId: unit.id,
      filter: { level, withoutFastLakarkontakt },
      period,
      page,
      total: read.total,
      refs,
    });
  } catch (error) {
    log.error(
      {
        event: 'auditFailed',
        errorType: (error as Error).name,
        code: (error as NodeJS.ErrnoException).code,
      },
      'audit write failed; patient list not shown',
    );
    return [simpleMessageView(strings(turn.language).patients.auditFailed, 'Attention')];
  }
  log.info(
    { event: 'patientAccess', allowed: true, rows: refs.length, page },
    'patient list shown',
  );
  return [{ ...view, replace: intent.page !== undefined }];
};
