import type { View } from '../../cards/cardModels';
import type { DirectoryClient } from '../../clients/directoryClient';
import type { Group, Person, Unit } from '../../clients/directorySchemas';
import type { Target } from '../../register/contactPath';
import type { ContactRegister } from '../../register/contactRegister';
import { registerStrings } from '../../register/registerStrings';
import { strings, type Strings } from '../../i18n/strings';
import type { ContactField, Language } from '../../understanding/intent';
import type { EntityType } from '../../understanding/lexicon';
import type { Services, TurnInfo } from '../skill';
import { groupCard, personCard, unitCard } from './contactViews';
import type { PathContext } from './pathViews';

// The card of one person, unit or group, fetched from the directory and merged with the contact
// register's approved paths. Shared by the contact skill and the message extension, so a card
// looks the same wherever it appears.

type S = Strings['contacts'];

/** What building a contact card needs: the directory, the register, and how to present. */
export type CardDeps = {
  directory: DirectoryClient;
  register: ContactRegister;
  s: S;
  base: Omit<PathContext, 'paths'>;
};

/** tel: works in Teams mobile clients only; an unknown client gets it too (it may be mobile). */
export function telWorks(turn: Pick<TurnInfo, 'platform'> | undefined): boolean {
  return turn?.platform !== 'desktop' && turn?.platform !== 'web';
}

export function cardDeps(
  services: Pick<Services, 'directory' | 'register' | 'config'>,
  language: Language,
  options: { telWorks: boolean; suggest: boolean; now?: Date },
): CardDeps {
  return {
    directory: services.directory,
    register: services.register,
    s: strings(language).contacts,
    base: {
      now: options.now ?? new Date(),
      r: registerStrings(language),
      telWorks: options.telWorks,
      maxAgeMonths: services.config.CONTACT_FACT_MAX_AGE_MONTHS,
      suggest: options.suggest,
    },
  };
}

/** The presentation context with the register paths of these targets loaded. */
export async function withPaths(deps: CardDeps, targets: Target[]): Promise<PathContext> {
  return { ...deps.base, paths: await deps.register.pathsForMany(targets) };
}

export const peopleTargets = (people: Person[]): Target[] =>
  people.map((p) => ({ kind: 'person', id: p.id }));

export async function unitsFor(
  directory: DirectoryClient,
  people: Person[],
): Promise<Map<string, Unit>> {
  const ids = [...new Set(people.map((p) => p.unitId).filter((id): id is string => !!id))];
  const units = await Promise.all(ids.map((id) => directory.unit(id)));
  return new Map(units.filter((u): u is Unit => !!u).map((u) => [u.id, u]));
}

export async function peopleByIds(directory: DirectoryClient, ids: string[]): Promise<Person[]> {
  const people = await Promise.all(ids.map((id) => directory.person(id)));
  return people.filter((p): p is Person => !!p);
}

export async function personView(
  deps: CardDeps,
  id: string,
  field: ContactField,
  shown?: (person: Person, unit: Unit | undefined) => void,
): Promise<View | undefined> {
  const person = await deps.directory.person(id);
  if (!person) return undefined;
  const [unit, ctx] = await Promise.all([
    person.unitId ? deps.directory.unit(person.unitId) : undefined,
    withPaths(deps, peopleTargets([person])),
  ]);
  shown?.(person, unit);
  return { card: 'person', data: personCard(person, unit, field, deps.s, ctx) };
}

export async function unitView(deps: CardDeps, id: string): Promise<View | undefined> {
  const [unit, people] = await Promise.all([
    deps.directory.unit(id),
    deps.directory.people({ unitId: id }),
  ]);
  if (!unit) return undefined;
  const ctx = await withPaths(deps, [{ kind: 'unit', id }, ...peopleTargets(people)]);
  return {
    card: 'unit',
    data: unitCard(unit, people, new Map([[unit.id, unit]]), deps.s, ctx),
  };
}

/** A group and its named contact persons, as the directory has them now. */
export async function groupWithContacts(
  directory: DirectoryClient,
  id: string,
): Promise<{ group: Group; contacts: Person[] } | undefined> {
  const group = await directory.group(id);
  if (!group) return undefined;
  return { group, contacts: await peopleByIds(directory, group.contactPersonIds) };
}

export async function groupCardView(
  deps: CardDeps,
  { group, contacts }: { group: Group; contacts: Person[] },
): Promise<View> {
  const [units, ctx] = await Promise.all([
    unitsFor(deps.directory, contacts),
    withPaths(deps, [{ kind: 'group', id: group.id }, ...peopleTargets(contacts)]),
  ]);
  return { card: 'group', data: groupCard(group, contacts, units, deps.s, ctx) };
}

export async function groupView(deps: CardDeps, id: string): Promise<View | undefined> {
  const found = await groupWithContacts(deps.directory, id);
  return found ? groupCardView(deps, found) : undefined;
}

export function entityView(
  deps: CardDeps,
  type: EntityType,
  id: string,
): Promise<View | undefined> {
  if (type === 'person') return personView(deps, id, 'all');
  if (type === 'unit') return unitView(deps, id);
  return groupView(deps, id);
}
