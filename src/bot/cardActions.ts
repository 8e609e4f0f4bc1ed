import { z } from 'zod';
import { indicatorKeys } from '../clients/metricsSchemas';
import { TargetKindSchema } from '../register/contactPath';
import { ProposalModeSchema, ProposalSubmitSchema } from '../register/proposal';
import {
  contactIntentKinds,
  type EntityMatch,
  type Intent,
  type Language,
} from '../understanding/intent';

// Values that our cards' Action.Submit buttons send back. Anything else is "out of date".

const id = z.string().min(1).max(200);

/** A tapped choice: the question it answers, with the chosen entity filled in. */
export const ChooseActionSchema = z.object({
  action: z.literal('choose'),
  kind: z.enum(contactIntentKinds),
  id,
  field: z.enum(['phone', 'mobile', 'email', 'all']).optional(),
  aspect: z.enum(['focus', 'targetGroups', 'participants', 'all']).optional(),
  role: z.string().min(1).max(100).optional(),
});

/** Next or previous page of a list of people by role. */
export const RolePageActionSchema = z.object({
  action: z.literal('rolePage'),
  role: z.string().min(1).max(100),
  withinId: id.optional(),
  page: z.number().int().min(0).max(10_000),
});

const rubLevel = z.number().int().min(0).max(5);
const periodId = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const measure = z.enum(['patients', 'withoutFastLakarkontakt', 'withSip', ...indicatorKeys]);

/** Next or previous page of a patient list (access is checked and the page audited again). */
export const PatientPageActionSchema = z.object({
  action: z.literal('patientPage'),
  unitId: id,
  level: rubLevel,
  withoutFastLakarkontakt: z.boolean(),
  period: periodId,
  page: z.number().int().min(0).max(10_000),
});

/** A metrics question asked again for a chosen health centre (a tapped choice or the picker). */
export const MetricsUnitActionSchema = z.object({
  action: z.literal('metricsUnit'),
  kind: z.enum(['rubSummary', 'rubTrend', 'patientList']),
  unitId: id,
  level: rubLevel,
  measure: measure.optional(),
  period: periodId.optional(),
  from: periodId.optional(),
  to: periodId.optional(),
  withoutFastLakarkontakt: z.boolean().optional(),
});

/** "Min HC" chosen from a choice card or the health-centre picker. */
export const MyUnitActionSchema = z.object({ action: z.literal('myUnit'), unitId: id });

/** The digest settings card: its inputs arrive as strings beside the button's own data. */
export const DigestSaveActionSchema = z.object({
  action: z.literal('digestSave'),
  subscriptionId: id.optional(),
  weekday: z.coerce.number().int().min(1).max(7),
  time: z.string().max(20).default(''),
  scope: z.string().max(200).default('region'),
  unitIds: z.string().max(5_000).default(''),
});

/** A button on the list of a channel's digests. */
export const DigestManageActionSchema = z.object({
  action: z.literal('digestManage'),
  op: z.enum(['edit', 'new', 'pause', 'resume', 'unsubscribe', 'preview']),
  subscriptionId: id.optional(),
});

/** "Föreslå ändring" / "Numret stämmer inte" on a contact card: opens the proposal form. */
export const ContactSuggestActionSchema = z.object({
  action: z.literal('contactSuggest'),
  targetKind: TargetKindSchema,
  targetId: id,
  mode: ProposalModeSchema,
  pathId: id.optional(),
});

/** "Godkänn" / "Avslå" on a proposal card (who may decide is checked by the skill, not here). */
export const ProposalDecideActionSchema = z.object({
  action: z.literal('proposalDecide'),
  proposalId: id,
  decision: z.enum(['approve', 'reject']),
});

/** "Stämmer" on the monthly review card: the fact still holds. */
export const FactConfirmActionSchema = z.object({ action: z.literal('factConfirm'), pathId: id });

export const CardActionSchema = z.discriminatedUnion('action', [
  ContactSuggestActionSchema,
  ProposalSubmitSchema,
  ProposalDecideActionSchema,
  FactConfirmActionSchema,
  DigestSaveActionSchema,
  DigestManageActionSchema,
  ChooseActionSchema,
  RolePageActionSchema,
  PatientPageActionSchema,
  MetricsUnitActionSchema,
  MyUnitActionSchema,
]);
export type CardAction = z.infer<typeof CardActionSchema>;
export type ChooseAction = z.infer<typeof ChooseActionSchema>;
export type MetricsUnitAction = z.infer<typeof MetricsUnitActionSchema>;

function found(entityId: string): EntityMatch {
  return { status: 'found', id: entityId, name: '', score: 1 };
}

/** A tapped button becomes the same intent a typed question would, with the entity resolved. */
export function actionToIntent(action: CardAction, language: Language): Intent | undefined {
  switch (action.action) {
    case 'contactSuggest': {
      const target = { kind: action.targetKind, id: action.targetId };
      return { kind: 'proposalForm', target, mode: action.mode, pathId: action.pathId, language };
    }
    case 'proposalSubmit': {
      const { targetKind, targetId, mode, kind, value, label, hours, wrongValue } = action;
      const target = { kind: targetKind, id: targetId };
      const submit = { target, mode, kind, value, label, hours, wrongValue };
      return { kind: 'proposalSubmit', submit, language };
    }
    case 'proposalDecide':
      return {
        kind: 'proposalDecide',
        proposalId: action.proposalId,
        decision: action.decision,
        language,
      };
    case 'factConfirm':
      return { kind: 'factConfirm', pathId: action.pathId, language };
  }
  if (action.action === 'digestSave' || action.action === 'digestManage') {
    return digestIntent(action, language);
  }
  if (action.action === 'patientPage') {
    const { unitId, level, withoutFastLakarkontakt, period, page } = action;
    const scope = { kind: 'unit' as const, match: found(unitId) };
    return { kind: 'patientList', scope, level, withoutFastLakarkontakt, period, page, language };
  }
  if (action.action === 'metricsUnit') return metricsUnitIntent(action, language);
  if (action.action === 'myUnit') {
    return { kind: 'setMyUnit', unit: found(action.unitId), language };
  }
  if (action.action === 'rolePage') {
    const within = action.withinId ? found(action.withinId) : undefined;
    return { kind: 'peopleByRole', role: action.role, within, page: action.page, language };
  }
  const match = found(action.id);
  switch (action.kind) {
    case 'personLookup':
      return { kind: 'personLookup', person: match, field: action.field ?? 'all', language };
    case 'unitLookup':
      return { kind: 'unitLookup', unit: match, language };
    case 'groupContacts':
      return { kind: 'groupContacts', group: match, language };
    case 'groupDetails':
      return { kind: 'groupDetails', group: match, aspect: action.aspect ?? 'all', language };
    case 'roleAtUnit':
      return action.role
        ? { kind: 'roleAtUnit', role: action.role, unit: match, language }
        : undefined;
    case 'peopleByRole':
      return action.role
        ? { kind: 'peopleByRole', role: action.role, within: match, language }
        : undefined;
  }
}

function metricsUnitIntent(action: MetricsUnitAction, language: Language): Intent {
  const scope = { kind: 'unit' as const, match: found(action.unitId) };
  const { level, measure, period } = action;
  switch (action.kind) {
    case 'rubSummary':
      return { kind: 'rubSummary', scope, level, period, measure, language };
    case 'rubTrend':
      return {
        kind: 'rubTrend',
        scope,
        level,
        measure: measure ?? 'withoutFastLakarkontakt',
        from: action.from,
        to: action.to,
        language,
      };
    case 'patientList':
      return {
        kind: 'patientList',
        scope,
        level,
        withoutFastLakarkontakt: action.withoutFastLakarkontakt ?? false,
        language,
      };
  }
}

function digestIntent(
  action: z.infer<typeof DigestSaveActionSchema> | z.infer<typeof DigestManageActionSchema>,
  language: Language,
): Intent {
  const subscriptionId = action.subscriptionId;
  if (action.action === 'digestSave') {
    const unitIds = action.unitIds
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const settings = { weekday: action.weekday, time: action.time, scope: action.scope, unitIds };
    return { kind: 'digestSubscribe', subscriptionId, settings, language };
  }
  switch (action.op) {
    case 'edit':
      return { kind: 'digestSubscribe', subscriptionId, language };
    case 'new':
      return { kind: 'digestSubscribe', fresh: true, language };
    case 'pause':
    case 'resume':
      return { kind: 'digestPause', subscriptionId, resume: action.op === 'resume', language };
    case 'unsubscribe':
      return { kind: 'digestUnsubscribe', subscriptionId, language };
    case 'preview':
      return { kind: 'digestPreview', language };
  }
}
