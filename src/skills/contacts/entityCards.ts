import type { View } from '../../cards/cardModels';
import type { DirectoryClient } from '../../clients/directoryClient';
import type { Group, Person, Unit } from '../../clients/directorySchemas';
import type { Strings } from '../../i18n/strings';
import type { ContactField } from '../../understanding/intent';
import type { EntityType } from '../../understanding/lexicon';
import { groupCard, personCard, unitCard } from './contactViews';

// The card of one person, unit or group, fetched from the directory. Shared by the contact
// skill and the message extension, so a card looks the same wherever it appears.

type S = Strings['contacts'];

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
  directory: DirectoryClient,
  id: string,
  field: ContactField,
  s: S,
  now: Date,
  shown?: (person: Person, unit: Unit | undefined) => void,
): Promise<View | undefined> {
  const person = await directory.person(id);
  if (!person) return undefined;
  const unit = person.unitId ? await directory.unit(person.unitId) : undefined;
  shown?.(person, unit);
  return { card: 'person', data: personCard(person, unit, field, now, s) };
}

export async function unitView(
  directory: DirectoryClient,
  id: string,
  s: S,
  now: Date,
): Promise<View | undefined> {
  const [unit, people] = await Promise.all([directory.unit(id), directory.people({ unitId: id })]);
  if (!unit) return undefined;
  return { card: 'unit', data: unitCard(unit, people, new Map([[unit.id, unit]]), now, s) };
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
  directory: DirectoryClient,
  { group, contacts }: { group: Group; contacts: Person[] },
  s: S,
  now: Date,
): Promise<View> {
  const units = await unitsFor(directory, contacts);
  return { card: 'group', data: groupCard(group, contacts, units, now, s) };
}

export async function groupView(
  directory: DirectoryClient,
  id: string,
  s: S,
  now: Date,
): Promise<View | undefined> {
  const found = await groupWithContacts(directory, id);
  return found ? groupCardView(directory, found, s, now) : undefined;
}

export function entityView(
  directory: DirectoryClient,
  type: EntityType,
  id: string,
  s: S,
  now: Date,
): Promise<View | undefined> {
  if (type === 'person') return personView(directory, id, 'all', s, now);
  if (type === 'unit') return unitView(directory, id, s, now);
  return groupView(directory, id, s, now);
}
