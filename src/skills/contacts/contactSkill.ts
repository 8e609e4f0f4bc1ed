import type { View } from '../../cards/cardModels';
import { capitalised } from '../../cards/textFormat';
import type { Group, Person, Unit } from '../../clients/directorySchemas';
import type { DirectoryClient, PeopleQuery } from '../../clients/directoryClient';
import { strings } from '../../i18n/strings';
import { foldText } from '../../understanding/normalize';
import type { contactIntentKinds, EntityMatch } from '../../understanding/intent';
import type { AnswerFacts } from '../../understanding/conversationContext';
import type { Handler, IntentOf } from '../intentHandlers';
import { contactLine, sortPeople, sourceNote } from './contactViews';
import {
  cardDeps,
  groupCardView,
  peopleTargets,
  telWorks,
  withPaths,
  groupWithContacts,
  peopleByIds,
  personView,
  unitsFor,
  unitView,
} from './entityCards';
import { unresolvedView, type Question } from './matchViews';

// Who to contact: people, units, groups and roles from the directory.

export const PAGE_SIZE = 8;
/**
 * A role list up to this long is read whole and sorted by name; a longer one (a common role in a
 * country's directory: tens of thousands) is read only as far as the page shown, in the
 * directory's order, and the card asks for a place to narrow it down.
 */
const WHOLE_LIST = 100;

type Found = Extract<EntityMatch, { status: 'found' }>;

type ContactIntent = IntentOf<(typeof contactIntentKinds)[number]>;

export function hasRole(person: Person, role: string): boolean {
  const wanted = foldText(role);
  return (
    person.roles.some((r) => foldText(r) === wanted) || foldText(person.title).includes(wanted)
  );
}

/** What a person's card showed, for the conversation: the person and their unit. */
function factsOf(person: Person, unit: Unit | undefined): AnswerFacts {
  return {
    person: { id: person.id, name: person.name },
    ...(unit ? { unit: { id: unit.id, name: unit.name } } : {}),
  };
}

export const contactSkill: Handler<ContactIntent> = async (intent, turn, services) => {
  const { directory, asked } = services;
  const s = strings(intent.language).contacts;
  // "Föreslå ändring" / "Numret stämmer inte" in the user's own chat with the bot, where the
  // proposal skill takes them (not in shared spaces, where a form is everyone's).
  const suggest = turn.conversation === 'personal' && !!services.proposals;
  const deps = cardDeps(services, intent.language, { telWorks: telWorks(turn), suggest });
  const now = deps.base.now;

  /** The entity when found; otherwise the choice or not-found card to send instead. */
  const resolve = (match: EntityMatch, question: Question): Found | View =>
    match.status === 'found' ? match : unresolvedView(match, question, s);
  /** The lexicon knew it but the directory no longer does (changed since the last refresh). */
  const vanished = (match: Found, question: Question): View[] => [
    unresolvedView({ status: 'notFound', query: match.name || match.id, closest: [] }, question, s),
  ];

  const peopleList = async (
    title: string,
    people: Person[],
    extras: {
      intro?: string;
      empty: string;
      footnote?: string;
      page?: number;
      pageAction?: Record<string, string>;
      /** people are the first of a longer list, in the directory's order (see WHOLE_LIST). */
      continues?: boolean;
    },
  ): Promise<View> => {
    const sorted = extras.continues ? people : sortPeople(people);
    const page = Math.min(extras.page ?? 0, Math.max(0, Math.ceil(sorted.length / PAGE_SIZE) - 1));
    const shown = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const [units, ctx] = await Promise.all([
      unitsFor(directory, shown),
      withPaths(deps, peopleTargets(shown)),
    ]);
    // A list that comes down to one person: "his number" next means that person; of a longer
    // one, "den på Blå Kusten" means one of those shown.
    if (sorted.length === 1) {
      const [only] = sorted;
      turn.remember?.(factsOf(only, only.unitId ? units.get(only.unitId) : undefined));
    } else if (shown.length > 1) {
      turn.remember?.({ people: shown.map(({ id, name }) => ({ id, name })) });
    }
    const paged = (extras.continues || sorted.length > PAGE_SIZE) && extras.pageAction;
    const pager = [];
    if (paged && page > 0)
      pager.push({ title: s.previous, data: { ...extras.pageAction, page: page - 1 } });
    if (paged && (extras.continues || (page + 1) * PAGE_SIZE < sorted.length)) {
      pager.push({ title: s.next, data: { ...extras.pageAction, page: page + 1 } });
    }
    const from = page * PAGE_SIZE + 1;
    const to = page * PAGE_SIZE + shown.length;
    return {
      card: 'peopleList',
      data: {
        title,
        intro: people.length > 0 ? extras.intro : undefined,
        contacts: shown.map((p) => contactLine(p, units.get(p.unitId ?? ''), s, ctx)),
        empty: people.length === 0 ? extras.empty : undefined,
        pageText: !paged
          ? undefined
          : extras.continues
            ? s.pageOfMany(from, to)
            : s.page(from, to, sorted.length),
        pager,
        footnote: extras.footnote,
      },
    };
  };

  switch (intent.kind) {
    case 'personLookup': {
      const question: Question = { kind: 'personLookup', field: intent.field };
      const match = resolve(intent.person, question);
      if ('card' in match) {
        // "Eva Lindqvist at Gamleby HC", whom the directory lacks: the unit's card as well, a
        // number that works for reaching her.
        const at = intent.person.status === 'notFound' ? intent.at : undefined;
        const unit = at?.status === 'found' ? await unitView(deps, at.id) : undefined;
        return unit ? [match, unit] : [match];
      }
      const view = await personView(deps, match.id, intent.field, (p, u) =>
        turn.remember?.(factsOf(p, u)),
      );
      return view ? [view] : vanished(match, question);
    }

    case 'unitLookup': {
      const match = resolve(intent.unit, { kind: 'unitLookup' });
      if ('card' in match) return [match];
      const view = await unitView(deps, match.id);
      return view ? [view] : vanished(match, { kind: 'unitLookup' });
    }

    case 'groupContacts':
    case 'groupDetails': {
      const question: Question =
        intent.kind === 'groupDetails'
          ? { kind: 'groupDetails', aspect: intent.aspect }
          : { kind: 'groupContacts' };
      const match = resolve(intent.group, question);
      if ('card' in match) return [match];
      asked.record(match.id);
      const found = await groupWithContacts(directory, match.id);
      if (!found) return vanished(match, question);
      const { group, contacts } = found;
      // Asked for contacts and the group names some: the answer is them. Otherwise the group card,
      // which says who takes part and that no contact is named.
      // A group with its own contact paths (a line for home-care staff) gets its card, where
      // they are shown beside the people.
      const ownPaths = await services.register.pathsFor({ kind: 'group', id: group.id });
      if (intent.kind === 'groupContacts' && contacts.length > 0 && ownPaths.length === 0) {
        return [
          await peopleList(s.contactsFor(group.name), contacts, {
            intro: s.contactsForIntro(group.name),
            empty: s.groupNoContacts(group.name),
            footnote: sourceNote(group.source, now, s),
          }),
        ];
      }
      return [await groupCardView(deps, found)];
    }

    case 'roleAtUnit': {
      const match = resolve(intent.unit, { kind: 'roleAtUnit', role: intent.role });
      if ('card' in match) return [match];
      const [unit, people] = await Promise.all([
        directory.unit(match.id),
        directory.people({ unitId: match.id }),
      ]);
      const unitName = unit?.name ?? match.name;
      const roleName = s.roleName(intent.role);
      return [
        await peopleList(
          s.roleAtUnit(capitalised(roleName), unitName),
          people.filter((p) => hasRole(p, intent.role)),
          {
            empty: s.roleNone(roleName, unitName),
          },
        ),
      ];
    }

    case 'peopleByRole': {
      const roleName = s.roleName(intent.role);
      const role = capitalised(roleName);
      let within: Group | Unit | undefined;
      let candidates: Person[];
      let continues = false;
      if (intent.within) {
        const match = resolve(intent.within, { kind: 'peopleByRole', role: intent.role });
        if ('card' in match) return [match];
        within = (await directory.group(match.id)) ?? (await directory.unit(match.id));
      }
      if (within && 'contactPersonIds' in within) {
        const unitIds = within.participants.map((p) => p.unitId).filter((u): u is string => !!u);
        const [contacts, atUnits] = await Promise.all([
          peopleByIds(directory, within.contactPersonIds),
          Promise.all(unitIds.map((unitId) => directory.people({ unitId }))),
        ]);
        const byId = new Map([...contacts, ...atUnits.flat()].map((p) => [p.id, p]));
        candidates = [...byId.values()];
      } else if (within) {
        candidates = await directory.people({ unitId: within.id });
      } else {
        // Filtered by the directory, and read only as far as needed: WHOLE_LIST people, or up to
        // the page asked for, and one more to know whether the list goes on.
        const needed = Math.max(WHOLE_LIST, ((intent.page ?? 0) + 1) * PAGE_SIZE) + 1;
        candidates = await firstPeople(directory, { roleOrTitle: intent.role }, needed);
        continues = candidates.length === needed;
        if (continues) candidates = candidates.slice(0, -1);
      }
      const matching = candidates.filter((p) => hasRole(p, intent.role));
      return [
        await peopleList(
          within ? s.peopleWithRoleIn(role, within.name) : s.peopleWithRole(role),
          matching,
          {
            intro: continues ? s.manyWithRole(roleName) : undefined,
            continues,
            empty: s.roleNoneAnywhere(roleName),
            page: intent.page,
            pageAction: {
              action: 'rolePage',
              role: intent.role,
              ...(within ? { withinId: within.id } : {}),
            },
          },
        ),
      ];
    }
  }
};

/** The first n contacts of a listing, read a page at a time and no further than needed. */
async function firstPeople(
  directory: DirectoryClient,
  query: Omit<PeopleQuery, 'query'>,
  n: number,
): Promise<Person[]> {
  const people: Person[] = [];
  for await (const page of directory.peoplePages(n, query)) {
    people.push(...page);
    if (people.length >= n) break;
  }
  return people.slice(0, n);
}
