import { roleMatches } from './roles';

// Who decides on a suggested change to a unit's, group's or person's contact paths: the unit's
// named manager (basenhetschef, then verksamhetschef), otherwise a samordnare. Only someone the
// server can recognise (an aadObjectId) can review, never the proposer, never the person the fact
// is about. Pure: the caller gives the candidates, this picks one, the same one every time.

export const MANAGER_ROLES = ['basenhetschef', 'verksamhetschef'] as const;
export const COORDINATOR_ROLES = ['samordnare'] as const;

export type Candidate = {
  id: string;
  name: string;
  unitId?: string;
  roles: readonly string[];
  aadObjectId?: string;
  synthetic: boolean;
};

export type Reviewer = {
  personId: string;
  name: string;
  aadObjectId: string;
  /** Why this person: the unit's manager, or a coordinator (no manager could review). */
  as: 'manager' | 'coordinator';
};

export type ReviewQuestion = {
  /** The unit whose manager is responsible: the unit itself, or a person's unit; none for a group. */
  unitId?: string;
  /** A person's own fact: they are not their own reviewer. */
  targetPersonId?: string;
  proposerAadObjectId?: string;
};

type Eligible = Candidate & { aadObjectId: string };

/** Real people before test users, then the rank of the role, then by name and id. */
function ordered(people: readonly Eligible[], roles: readonly string[]): Eligible[] {
  const rank = (p: Candidate) => roles.findIndex((r) => roleMatches(p.roles, [r]));
  return [...people].sort(
    (a, b) =>
      Number(a.synthetic) - Number(b.synthetic) ||
      rank(a) - rank(b) ||
      a.name.localeCompare(b.name, 'sv') ||
      a.id.localeCompare(b.id),
  );
}

export function reviewerFor(
  question: ReviewQuestion,
  candidates: readonly Candidate[],
): Reviewer | undefined {
  const eligible = candidates.filter(
    (p): p is Eligible =>
      !!p.aadObjectId &&
      p.aadObjectId !== question.proposerAadObjectId &&
      p.id !== question.targetPersonId,
  );
  const managers = question.unitId
    ? eligible.filter((p) => p.unitId === question.unitId && roleMatches(p.roles, MANAGER_ROLES))
    : [];
  const [manager] = ordered(managers, MANAGER_ROLES);
  if (manager) return pick(manager, 'manager');
  const [coordinator] = ordered(
    eligible.filter((p) => roleMatches(p.roles, COORDINATOR_ROLES)),
    COORDINATOR_ROLES,
  );
  return coordinator ? pick(coordinator, 'coordinator') : undefined;
}

function pick(p: Eligible, as: Reviewer['as']): Reviewer {
  return { personId: p.id, name: p.name, aadObjectId: p.aadObjectId, as };
}
