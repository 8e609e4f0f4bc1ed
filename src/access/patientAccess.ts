import type { Person } from '../clients/directorySchemas';
import type { ConversationKind } from '../skills/skill';
import { roleMatches } from './roles';

// Who may see patient-level rows, and where. Pure: the caller looks the user up in the directory
// by their Teams aadObjectId and passes the entry (or undefined) in. The user's own "min HC"
// setting is never an input here: it may pick the unit asked about, never grant access to it.

export type AccessRefusal = 'sharedSpace' | 'notInDirectory' | 'noRole' | 'otherUnit';

export type PatientAccess = { allowed: true } | { allowed: false; reason: AccessRefusal };

export type AccessRequest = {
  conversation: ConversationKind;
  /** The user's directory entry, found by aadObjectId; undefined when there is none. */
  person: Person | undefined;
  /** The unit whose patients are asked for. */
  unitId: string;
  /** Directory roles that may see their own unit's patients (config.PATIENT_LIST_ROLES). */
  roles: readonly string[];
};

/** Allowed only in a personal chat, for a person with a manager role at that very unit. */
export function patientAccess(request: AccessRequest): PatientAccess {
  if (request.conversation !== 'personal') return { allowed: false, reason: 'sharedSpace' };
  const person = request.person;
  if (!person) return { allowed: false, reason: 'notInDirectory' };
  if (!roleMatches(person.roles, request.roles)) {
    return { allowed: false, reason: 'noRole' };
  }
  if (!person.unitId || person.unitId !== request.unitId) {
    return { allowed: false, reason: 'otherUnit' };
  }
  return { allowed: true };
}
