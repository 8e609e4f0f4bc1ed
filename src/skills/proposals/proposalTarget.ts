import { reviewerFor, COORDINATOR_ROLES, type Reviewer } from '../../access/proposalReviewer';
import {
  isShown,
  sameValueKey,
  type ContactPath,
  type PathKind,
  type Target,
} from '../../register/contactPath';
import type { ShownValue } from '../../register/proposal';
import type { Services } from '../skill';

// The unit, group or person a proposal is about, as its card shows it now (directory values and
// the register's shown paths), and who reviews proposals for it.

export type TargetInfo = {
  target: Target;
  name: string;
  /** The unit whose manager is responsible (the unit itself, or the person's unit). */
  unitId?: string;
  paths: ContactPath[];
  /** What a "wrong number" can point at: every value the card shows. */
  shown: ShownValue[];
};

type Deps = Pick<Services, 'directory' | 'register'>;

/** The target as it is now; undefined when the directory no longer has it (or it is a test user). */
export async function loadTarget(deps: Deps, target: Target): Promise<TargetInfo | undefined> {
  const all = await deps.register.pathsFor(target);
  const paths = all.filter(isShown);
  const withdrawn = new Set(
    all.filter((p) => !isShown(p) && p.value).map((p) => sameValueKey(p.value ?? '')),
  );
  const fromDirectory: ShownValue[] = [];
  const add = (kind: PathKind, value: string | undefined) => {
    if (value && !withdrawn.has(sameValueKey(value))) fromDirectory.push({ kind, value });
  };
  let name: string;
  let unitId: string | undefined;
  if (target.kind === 'person') {
    const person = await deps.directory.person(target.id);
    if (!person) return undefined;
    name = person.name;
    unitId = person.unitId;
    person.phones.forEach((p) => add(p.kind, p.number));
    add('epost', person.email);
  } else if (target.kind === 'unit') {
    const unit = await deps.directory.unit(target.id);
    if (!unit) return undefined;
    name = unit.name;
    unitId = unit.id;
    add('vaxel', unit.phone);
    add('epost', unit.email);
  } else {
    const group = await deps.directory.group(target.id);
    if (!group) return undefined;
    name = group.name;
  }
  const fromRegister: ShownValue[] = paths
    .filter((p) => p.value !== undefined && p.kind !== 'teams')
    .map((p) => ({ kind: p.kind, value: p.value ?? '', pathId: p.id }));
  return { target, name, unitId, paths, shown: [...fromDirectory, ...fromRegister] };
}

/** Who reviews proposals for the target (see access/proposalReviewer.ts). */
export async function reviewerOf(
  deps: Pick<Services, 'directory'>,
  info: Pick<TargetInfo, 'target' | 'unitId'>,
  proposerAadObjectId: string | undefined,
): Promise<Reviewer | undefined> {
  // Identities, not contacts: a test user may review in a test directory (never be offered).
  const [atUnit, coordinators] = await Promise.all([
    info.unitId ? deps.directory.identities({ unitId: info.unitId }) : Promise.resolve([]),
    Promise.all(COORDINATOR_ROLES.map((role) => deps.directory.identities({ role }))),
  ]);
  const byId = new Map([...atUnit, ...coordinators.flat()].map((p) => [p.id, p]));
  return reviewerFor(
    {
      unitId: info.unitId,
      targetPersonId: info.target.kind === 'person' ? info.target.id : undefined,
      proposerAadObjectId,
    },
    [...byId.values()],
  );
}
