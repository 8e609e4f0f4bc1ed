import type {
  ContactLine,
  GroupCard,
  LinkAction,
  PersonCard,
  Row,
  UnitCard,
} from '../../cards/cardModels';
import { mailtoUrl, teamsChatUrl } from '../../cards/linkFormat';
import { telUrl } from '../../cards/phoneFormat';
import type { Group, Person, Phone, Unit } from '../../clients/directorySchemas';
import type { Strings } from '../../i18n/strings';
import type { ContactField } from '../../understanding/intent';
import { organisationNote } from './organisationNote';
import { sourceDocuments } from './sourceDocuments';

// Directory data → view models. Pure: the skill fetches, these decide what a reader sees.

type S = Strings['contacts'];

function phoneValue(phone: Phone): string {
  const tel = telUrl(phone.number);
  return tel ? `[${phone.number}](${tel})` : phone.number;
}

function phoneRows(phones: Phone[], s: S): Row[] {
  return phones.map((p) => ({ label: s.phoneKinds[p.kind], value: phoneValue(p) }));
}

function personRows(person: Person, s: S): Row[] {
  const rows = phoneRows(person.phones, s);
  if (person.email) rows.push({ label: s.email, value: person.email });
  return rows;
}

function personActions(person: Person, s: S): LinkAction[] {
  const actions: LinkAction[] = [];
  for (const p of person.phones) {
    const url = telUrl(p.number);
    if (url) actions.push({ title: s.call[p.kind], url });
  }
  const mail = person.email ? mailtoUrl(person.email) : undefined;
  if (mail) actions.push({ title: s.sendEmail, url: mail });
  const chatAddress = person.upn ?? person.email;
  if (chatAddress) actions.push({ title: s.chat, url: teamsChatUrl(chatAddress) });
  return actions;
}

function subtitle(parts: (string | undefined)[]): string {
  return parts.filter((p) => p && p.trim()).join(' · ');
}

/** Small print: where a fact comes from and how old that source is. */
export function sourceNote(source: string | undefined, now: Date, s: S): string | undefined {
  if (!source) return undefined;
  const doc = sourceDocuments[source] ?? { title: source };
  const year = now.getFullYear();
  const age =
    doc.year !== undefined
      ? s.ageYears(year - doc.year)
      : doc.yearAtLatest !== undefined
        ? s.ageYears(year - doc.yearAtLatest)
        : s.ageUnknown;
  const old = doc.year === undefined || year - doc.year >= 2;
  return old ? s.source(doc.title, age) : s.sourceFresh(doc.title, age);
}

function personNote(person: Person, s: S): string | undefined {
  return person.synthetic ? s.synthetic : organisationNote(person.organisation, s);
}

export function contactLine(person: Person, unit: Unit | undefined, s: S): ContactLine {
  return {
    name: person.name,
    subtitle: subtitle([person.title, unit?.name ?? person.organisation]),
    note: personNote(person, s),
    rows: personRows(person, s),
    missing: person.phones.length === 0 && !person.email ? s.noDetailsShort : undefined,
    actions: personActions(person, s),
  };
}

const fieldHeading: Record<Exclude<ContactField, 'all'>, (s: S, name: string) => string> = {
  phone: (s, name) => s.headingPhone(name),
  mobile: (s, name) => s.headingMobile(name),
  email: (s, name) => s.headingEmail(name),
};

/** What the asked field lacks, said plainly (a number that is not there is never implied). */
function missingFor(person: Person, field: ContactField, s: S): string | undefined {
  const hasPhone = person.phones.length > 0;
  if (field === 'phone' && !hasPhone) return s.noPhone(person.name);
  if (field === 'mobile' && !person.phones.some((p) => p.kind === 'mobil'))
    return s.noMobile(person.name);
  if (field === 'email' && !person.email) return s.noEmail(person.name);
  if (!hasPhone && !person.email) return s.noContactDetails(person.name);
  return undefined;
}

export function personCard(
  person: Person,
  unit: Unit | undefined,
  field: ContactField,
  now: Date,
  s: S,
): PersonCard {
  // The asked-for detail first: the mobile before the direct number when the mobile was asked for.
  const phones =
    field === 'mobile'
      ? [...person.phones].sort((a, b) => Number(b.kind === 'mobil') - Number(a.kind === 'mobil'))
      : person.phones;
  const ordered = { ...person, phones };
  return {
    heading: field === 'all' ? undefined : fieldHeading[field](s, person.name),
    name: person.name,
    subtitle: subtitle([person.title, unit?.name, unit ? undefined : person.organisation]),
    organisationNote: personNote(person, s),
    rows: personRows(ordered, s),
    missing: missingFor(person, field, s),
    actions: personActions(ordered, s),
    footnote: sourceNote(person.source, now, s),
  };
}

export function unitCard(
  unit: Unit,
  people: Person[],
  unitsById: Map<string, Unit>,
  now: Date,
  s: S,
): UnitCard {
  const rows: Row[] = [];
  if (unit.phone)
    rows.push({ label: s.phone, value: phoneValue({ kind: 'vaxel', number: unit.phone }) });
  if (unit.email) rows.push({ label: s.email, value: unit.email });
  if (unit.address) rows.push({ label: s.address, value: unit.address });
  return {
    name: unit.name,
    subtitle: subtitle([s.unitKinds[unit.kind], unit.municipality]),
    organisationNote: organisationNote(unit.organisation, s),
    rows,
    missing: unit.phone || unit.email ? undefined : s.unitNoDetails,
    contactsHeading: s.peopleAtUnit,
    contacts: sortPeople(people).map((p) => contactLine(p, unitsById.get(p.unitId ?? ''), s)),
    footnote: sourceNote(unit.source, now, s),
  };
}

function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

export function groupCard(
  group: Group,
  contacts: Person[],
  unitsById: Map<string, Unit>,
  now: Date,
  s: S,
): GroupCard {
  const sections = [
    { heading: s.groupFocus, items: group.focus },
    { heading: s.groupTargets, items: group.targetGroups },
    { heading: s.groupParticipants, items: group.participants.map((p) => p.name) },
  ]
    .filter((sec) => sec.items.length > 0)
    .map((sec) => ({ heading: sec.heading, text: bullets(sec.items) }));
  return {
    name: group.name,
    subtitle: subtitle([s.groupKinds[group.kind], group.area]),
    organisationNote: group.organisation ? organisationNote(group.organisation, s) : undefined,
    description: group.description,
    sections,
    contactsHeading: s.groupContacts,
    contacts: contacts.map((p) => contactLine(p, unitsById.get(p.unitId ?? ''), s)),
    noContacts: contacts.length === 0 ? s.groupNoContacts(group.name) : undefined,
    footnote: sourceNote(group.source, now, s),
  };
}

/** Real people before synthetic test users, then by name. */
export function sortPeople(people: Person[]): Person[] {
  return [...people].sort(
    (a, b) => Number(a.synthetic) - Number(b.synthetic) || a.name.localeCompare(b.name, 'sv'),
  );
}
