import type { SkillRegistry } from '../bot/naraBot';
import { contactSkill } from './contacts/contactSkill';
import { digestSkill } from './digest/digestSkill';
import { helpSkill } from './helpSkill';
import { metricsSkill } from './metrics/metricsSkill';
import { patientSkill } from './patients/patientSkill';
import { settingsSkill } from './settings/settingsSkill';

export function createSkills(): SkillRegistry {
  return {
    help: helpSkill,
    contacts: contactSkill,
    metrics: metricsSkill,
    patients: patientSkill,
    settings: settingsSkill,
    digest: digestSkill,
  };
}
