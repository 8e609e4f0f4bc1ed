import type {
  ContactLine,
  GroupCard,
  LinkAction,
  PersonCard,
  Row,
  UnitCard,
} from '../../cards/cardModels';
import { mailtoUrl } from '../../cards/linkFormat';
import { telUrl } from '../../cards/phoneFormat';
import type { Group, Person, Phone, Unit } from '../../clients/directorySchemas';
import type { Strings } from '../../i18n/strings';
import type { ContactField } from '../../understanding/intent';
import {
  isShown,
  mailKinds,
  phoneKinds,
  sameValueKey,
  type ContactPath,
  type Target,
} from '../../register/contactPath';
import { targetKey } from '../../register/contactRegister';
import { organisationKind, organisationNote } from './organisationNote';
import {
  orderPaths,
  pathActions,
  pathRow,
  suggestActions,
  teamsActions,
  type PathContext,
} from './pathViews';
import { sourceDocuments } from './sourceDocuments';

// Directory data → view models. Pure: the skill fetches, these decide what a reader sees.

type S = Strings['contacts'];

/** A directory phone as a row: the number as plain text, easy to copy. */
function phoneRows(phones: Phone[], s: S): Row[] {
  return phones.map((p) => ({ label: s.phoneKinds[p.kind], value: p.number }));
}

/** The register paths of a target that are shown as facts (none confirmed wrong). */
const pathsOf = (ctx: PathContext, target: Target): ContactPath[] =>
  (ctx.paths.get(targetKey(target)) ?? []).filter(isShown);

/** A directory value its reviewer confirmed wrong (a withdrawn path of the same value). */
function withdrawnValue(ctx: PathContext, target: Target): (value: string) => boolean {
  const gone = (ctx.paths.get(targetKey(target)) ?? [])
    .filter((p) => !isShown(p) && p.value !== undefined)
    .map((p) => sameValueKey(p.value ?? ''));
  return (value) => gone.includes(sameValueKey(value));
}

/** The person as the card shows them: without directory numbers confirmed wrong. */
function shownPerson(person: Person, ctx: PathContext): Person {
  const wrong = withdrawnValue(ctx, personTarget(person));
  const email = person.email && !wrong(person.email) ? person.email : undefined;
  return { ...person, phones: person.phones.filter((p) => !wrong(p.number)), email };
}

const personTarget = (person: Person): Target => ({ kind: 'person', id: person.id });

function personRows(person: Person, paths: ContactPath[], s: S, ctx: PathContext): Row[] {
  const rows = [...phoneRows(person.phones, s), ...paths.map((p) => pathRow(p, ctx))];
  if (person.email) rows.push({ label: s.email, value: person.email });
  return rows;
}

function personActions(person: Person, paths: ContactPath[], s: S, ctx: PathContext): LinkAction[] {
  const actions: LinkAction[] = [];
  if (ctx.telWorks) {
    for (const p of person.phones) {
      const url = telUrl(p.number);
      if (url) actions.push({ title: s.call[p.kind], url });
    }
  }
  actions.push(...pathActions(paths, ctx));
  const mail = person.email ? mailtoUrl(person.email) : undefined;
  if (mail) actions.push({ title: s.sendEmail, url: mail });
  // A Teams identity (directory or register): call and chat that work on the desktop too.
  const upn = person.upn ?? person.email;
  if (upn && !paths.some((p) => p.kind === 'teams')) actions.push(...teamsActions(upn, ctx.r));
  return actions;
}

const hasValue = (paths: ContactPath[]): boolean => paths.some((p) => p.value !== undefined);

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

/**
 * A listed contact's note, unless the card above it already says as much of itself: on the card
 * of another region's project, six contacts each saying "annan region" say nothing new (their
 * subtitles name their organisations). A synthetic person is always marked.
 */
function lineNote(person: Person, s: S, cardOrganisation: string | undefined): string | undefined {
  const note = personNote(person, s);
  if (person.synthetic || cardOrganisation === undefined) return note;
  const bothOther =
    organisationKind(person.organisation) === 'other' &&
    organisationKind(cardOrganisation) === 'other';
  return bothOther || note === organisationNote(cardOrganisation, s) ? undefined : note;
}

/** One contact in a list; on a unit's or group's card, with that card's organisation. */
export function contactLine(
  listed: Person,
  unit: Unit | undefined,
  s: S,
  ctx: PathContext,
  cardOrganisation?: string,
): ContactLine {
  const person = shownPerson(listed, ctx);
  const paths = orderPaths(pathsOf(ctx, personTarget(person)), 'all');
  const reachable = person.phones.length > 0 || !!person.email || hasValue(paths);
  return {
    name: person.name,
    subtitle: subtitle([person.title, unit?.name ?? person.organisation]),
    note: lineNote(person, s, cardOrganisation),
    rows: personRows(person, paths, s, ctx),
    missing: reachable ? undefined : s.noDetailsShort,
    actions: personActions(person, paths, s, ctx),
    submits: suggestActions(personTarget(person), reachable, ctx),
  };
}

const fieldHeading: Record<Exclude<ContactField, 'all'>, (s: S, name: string) => string> = {
  phone: (s, name) => s.headingPhone(name),
  mobile: (s, name) => s.headingMobile(name),
  email: (s, name) => s.headingEmail(name),
};

/** What the asked field lacks, said plainly (a number that is not there is never implied). */
function missingFor(
  person: Person,
  paths: ContactPath[],
  field: ContactField,
  s: S,
): string | undefined {
  const known = paths.filter((p) => p.value !== undefined);
  const hasPhone = person.phones.length > 0 || known.some((p) => phoneKinds.has(p.kind));
  const hasMail = !!person.email || known.some((p) => mailKinds.has(p.kind));
  const hasMobile =
    person.phones.some((p) => p.kind === 'mobil') || known.some((p) => p.kind === 'mobil');
  if (field === 'phone' && !hasPhone) return s.noPhone(person.name);
  if (field === 'mobile' && !hasMobile) return s.noMobile(person.name);
  if (field === 'email' && !hasMail) return s.noEmail(person.name);
  if (!hasPhone && !hasMail) return s.noContactDetails(person.name);
  return undefined;
}

export function personCard(
  listed: Person,
  unit: Unit | undefined,
  field: ContactField,
  s: S,
  ctx: PathContext,
): PersonCard {
  const person = shownPerson(listed, ctx);
  // The asked-for detail first: the mobile before the direct number when the mobile was asked for.
  const phones =
    field === 'mobile'
      ? [...person.phones].sort((a, b) => Number(b.kind === 'mobil') - Number(a.kind === 'mobil'))
      : person.phones;
  const ordered = { ...person, phones };
  const paths = orderPaths(pathsOf(ctx, personTarget(person)), field);
  const missing = missingFor(person, paths, field, s);
  return {
    heading: field === 'all' ? undefined : fieldHeading[field](s, person.name),
    name: person.name,
    subtitle: subtitle([person.title, unit?.name, unit ? undefined : person.organisation]),
    organisationNote: personNote(person, s),
    rows: personRows(ordered, paths, s, ctx),
    missing,
    actions: personActions(ordered, paths, s, ctx),
    submits: suggestActions(personTarget(person), person.phones.length > 0 || hasValue(paths), ctx),
    footnote: sourceNote(person.source, ctx.now, s),
  };
}

export function unitCard(
  listed: Unit,
  people: Person[],
  unitsById: Map<string, Unit>,
  s: S,
  ctx: PathContext,
): UnitCard {
  const target: Target = { kind: 'unit', id: listed.id };
  const wrong = withdrawnValue(ctx, target);
  const unit = {
    ...listed,
    phone: listed.phone && !wrong(listed.phone) ? listed.phone : undefined,
    email: listed.email && !wrong(listed.email) ? listed.email : undefined,
  };
  const paths = orderPaths(pathsOf(ctx, target), 'phone');
  const rows: Row[] = [];
  if (unit.phone) rows.push({ label: s.phone, value: unit.phone });
  rows.push(...paths.map((p) => pathRow(p, ctx)));
  if (unit.email) rows.push({ label: s.email, value: unit.email });
  if (unit.address) rows.push({ label: s.address, value: unit.address });
  const actions: LinkAction[] = [];
  const tel = unit.phone && ctx.telWorks ? telUrl(unit.phone) : undefined;
  if (tel) actions.push({ title: s.call.vaxel, url: tel });
  actions.push(...pathActions(paths, ctx));
  const reachable = !!unit.phone || !!unit.email || hasValue(paths);
  return {
    name: unit.name,
    subtitle: subtitle([s.unitKinds[unit.kind], unit.municipality]),
    organisationNote: organisationNote(unit.organisation, s),
    rows,
    missing: reachable ? undefined : s.unitNoDetails,
    actions,
    submits: suggestActions(target, !!unit.phone || hasValue(paths), ctx),
    contactsHeading: s.peopleAtUnit,
    contacts: sortPeople(people).map((p) =>
      contactLine(p, unitsById.get(p.unitId ?? ''), s, ctx, unit.organisation),
    ),
    footnote: sourceNote(unit.source, ctx.now, s),
  };
}

function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

export function groupCard(
  group: Group,
  contacts: Person[],
  unitsById: Map<string, Unit>,
  s: S,
  ctx: PathContext,
): GroupCard {
  const target: Target = { kind: 'group', id: group.id };
  const paths = orderPaths(pathsOf(ctx, target), 'phone');
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
    rows: paths.map((p) => pathRow(p, ctx)),
    actions: pathActions(paths, ctx),
    submits: suggestActions(target, hasValue(paths), ctx),
    sections,
    contactsHeading: s.groupContacts,
    contacts: contacts.map((p) =>
      contactLine(p, unitsById.get(p.unitId ?? ''), s, ctx, group.organisation),
    ),
    noContacts: contacts.length === 0 ? s.groupNoContacts(group.name) : undefined,
    footnote: sourceNote(group.source, ctx.now, s),
  };
}

/** Real people before synthetic test users, then by name. */
export function sortPeople(people: Person[]): Person[] {
  return [...people].sort(
    (a, b) => Number(a.synthetic) - Number(b.synthetic) || a.name.localeCompare(b.name, 'sv'),
  );
}
