import { contactSkill } from './contacts/contactSkill';
import { unitsInAreaSkill } from './contacts/unitsInAreaSkill';
import { digestSkill } from './digest/digestSkill';
import { helpSkill } from './helpSkill';
import type { IntentHandlers } from './intentHandlers';
import { metricsSkill } from './metrics/metricsSkill';
import { proposalSkill } from './proposals/proposalSkill';
import { patientSkill } from './patients/patientSkill';
import { settingsSkill } from './settings/settingsSkill';

// Which skill answers which kind of intent: the one place that knows (understanding does not).
// IntentHandlers is a mapped type over every kind, so a new kind must be given a handler here.

export function createHandlers(): IntentHandlers {
  return {
    help: helpSkill,
    greeting: helpSkill,
    thanks: helpSkill,
    unknown: helpSkill,
    languageChoice: helpSkill,
    personLookup: contactSkill,
    unitLookup: contactSkill,
    groupContacts: contactSkill,
    groupDetails: contactSkill,
    roleAtUnit: contactSkill,
    peopleByRole: contactSkill,
    ...metricsSkill,
    patientList: patientSkill,
    setMyUnit: settingsSkill,
    unitsInArea: unitsInAreaSkill,
    digestSubscribe: digestSkill,
    digestList: digestSkill,
    digestPreview: digestSkill,
    digestPause: digestSkill,
    digestUnsubscribe: digestSkill,
    digestWithdraw: digestSkill,
    proposalForm: proposalSkill,
    proposalSubmit: proposalSkill,
    proposalDecide: proposalSkill,
    factConfirm: proposalSkill,
  };
}
