import type { LinkAction, Row, SubmitData } from '../../cards/cardModels';
import { mailtoUrl, teamsCallUrl, teamsChatUrl } from '../../cards/linkFormat';
import { telUrl } from '../../cards/phoneFormat';
import {
  factDate,
  isStale,
  PROPOSAL_SOURCE,
  mailKinds,
  phoneKinds,
  type ContactPath,
  type PathKind,
  type Target,
} from '../../register/contactPath';
import { formatOpeningHours, isOpen, parseOpeningHours } from '../../register/openingHours';
import type { RegisterStrings } from '../../register/registerStrings';
import { sourceDocuments } from './sourceDocuments';
import type { ContactField } from '../../understanding/intent';

// Contact-register paths → card rows and buttons: the path that fits the question first, opening
// hours (said plainly when closed now), who confirmed the fact and when, a stale marker.

/** What every contact view needs beside the directory data. */
export type PathContext = {
  now: Date;
  r: RegisterStrings;
  /** Register paths by targetKey ("unit:hc-borgholm"). */
  paths: ReadonlyMap<string, ContactPath[]>;
  /** tel: links do nothing in Teams desktop and web (AdaptiveCards#3905): offered elsewhere only. */
  telWorks: boolean;
  maxAgeMonths: number;
  /** Offer "suggest a change" / "wrong number" (not on cards inserted into other chats). */
  suggest: boolean;
};

const FIT: Record<Exclude<ContactField, 'all'>, ReadonlySet<PathKind>> = {
  phone: phoneKinds,
  mobile: new Set(['mobil']),
  email: mailKinds,
};

/** The asked-for kind first, then paths with a value before those the source gives none for. */
export function orderPaths(paths: ContactPath[], field: ContactField): ContactPath[] {
  const fits = (p: ContactPath) => (field !== 'all' && FIT[field].has(p.kind) ? 0 : 1);
  return [...paths].sort(
    (a, b) => fits(a) - fits(b) || Number(a.value === undefined) - Number(b.value === undefined),
  );
}

function sourceName(source: string): string {
  return sourceDocuments[source]?.title ?? source;
}

export function pathRow(path: ContactPath, ctx: PathContext): Row {
  const { r, now } = ctx;
  const notes: string[] = [];
  if (path.label) notes.push(path.label);
  const hours = parseOpeningHours(path.hours);
  if (hours.length > 0) {
    const text = formatOpeningHours(hours, r.days);
    notes.push(isOpen(hours, now) === false ? r.closedNow(text) : r.open(text));
  }
  const provenance = [r.source(sourceName(path.source))];
  if (path.source === PROPOSAL_SOURCE && path.addedBy) provenance.push(r.proposedBy(path.addedBy));
  provenance.push(
    path.confirmedBy && path.confirmedAt
      ? r.confirmed(path.confirmedBy, r.date(new Date(path.confirmedAt)))
      : r.added(r.date(new Date(path.createdAt))),
  );
  return {
    label: r.kinds[path.kind],
    value: path.value ?? r.noValue,
    note: [...notes, provenance.join(' · ')].join('\n\n'),
    warning:
      path.value === undefined
        ? r.noValueHint
        : isStale(path, now, ctx.maxAgeMonths)
          ? r.stale(r.monthYear(factDate(path)))
          : undefined,
  };
}

/** Buttons for the paths: tel: where it works, mailto, Teams call and chat for a Teams identity. */
export function pathActions(paths: ContactPath[], ctx: PathContext): LinkAction[] {
  const actions: LinkAction[] = [];
  for (const p of paths) {
    if (!p.value) continue;
    const tel = ctx.telWorks && phoneKinds.has(p.kind) ? telUrl(p.value) : undefined;
    const call = ctx.r.call[p.kind];
    if (tel && call) actions.push({ title: call, url: tel });
    const mail = mailKinds.has(p.kind) ? mailtoUrl(p.value) : undefined;
    if (mail) actions.push({ title: ctx.r.sendMail, url: mail });
    if (p.kind === 'teams') actions.push(...teamsActions(p.value, ctx.r));
  }
  return actions;
}

/** Teams call and chat deep links for a user principal name (work in every Teams client). */
export function teamsActions(upn: string, r: RegisterStrings): LinkAction[] {
  return [
    { title: r.callInTeams, url: teamsCallUrl(upn) },
    { title: r.chatInTeams, url: teamsChatUrl(upn) },
  ];
}

/** "Föreslå ändring" and, when there is a number to be wrong, "Numret stämmer inte". */
export function suggestActions(
  target: Target,
  hasNumber: boolean,
  ctx: PathContext,
): { title: string; data: SubmitData }[] {
  if (!ctx.suggest) return [];
  const data = (mode: 'change' | 'wrong'): SubmitData => ({
    action: 'contactSuggest',
    targetKind: target.kind,
    targetId: target.id,
    mode,
  });
  const out = [{ title: ctx.r.suggestChange, data: data('change') }];
  if (hasNumber) out.push({ title: ctx.r.wrongNumber, data: data('wrong') });
  return out;
}
