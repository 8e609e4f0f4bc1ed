import type { FactReviewCard, MessageCard, Row, SubmitData, View } from '../../cards/cardModels';
import type { ContactPath, PathKind } from '../../register/contactPath';
import { factDate } from '../../register/contactPath';
import {
  proposableKinds,
  shownValueKey,
  type Proposal,
  type ProposalMode,
  type ProposalProblem,
  type ShownValue,
} from '../../register/proposal';
import { formatOpeningHours, parseOpeningHours } from '../../register/openingHours';
import { registerStrings } from '../../register/registerStrings';
import type { Language } from '../../understanding/intent';
import { proposalStrings } from './proposalStrings';

// Proposals → view models (pure): the form, the reviewer's card, the messages either side gets.

export type FormInput = {
  target: { kind: 'unit' | 'group' | 'person'; id: string; name: string };
  mode: ProposalMode;
  shown: readonly ShownValue[];
  reviewerName?: string;
  /** Values to keep when the form comes back with a problem, or from the path to change. */
  values?: { kind?: string; value?: string; label?: string; hours?: string; wrongValue?: string };
  problem?: ProposalProblem;
};

export function formView(input: FormInput, language: Language): View {
  const s = proposalStrings(language);
  const r = registerStrings(language);
  const { target, mode, values = {} } = input;
  const data: SubmitData = {
    action: 'proposalSubmit',
    targetKind: target.kind,
    targetId: target.id,
    mode,
  };
  return {
    card: 'proposalForm',
    data: {
      title: mode === 'wrong' ? s.formTitleWrong(target.name) : s.formTitleChange(target.name),
      intro: mode === 'wrong' ? s.formIntroWrong : s.formIntroChange,
      reviewer: input.reviewerName ? s.reviewedBy(input.reviewerName) : undefined,
      error: input.problem ? s.problems[input.problem] : undefined,
      mode,
      labels: {
        kind: s.labels.kind,
        value: mode === 'wrong' ? s.labels.rightValue : s.labels.value,
        label: s.labels.label,
        hours: s.labels.hours,
        wrongValue: s.labels.wrongValue,
      },
      placeholders: s.placeholders,
      required: s.required,
      kinds: proposableKinds.map((k) => ({ title: r.kinds[k], value: k })),
      kind: values.kind ?? (target.kind === 'unit' ? 'vaxel' : 'direkt'),
      shown: input.shown.map((v) => ({
        title: `${r.kinds[v.kind]}: ${v.value}`,
        value: shownValueKey(v),
      })),
      wrongValue:
        values.wrongValue ?? (input.shown.length === 1 ? shownValueKey(input.shown[0]) : ''),
      value: values.value ?? '',
      label: values.label ?? '',
      hours: values.hours ?? '',
      submitTitle: s.submit,
      data,
    },
  };
}

export function message(
  title: string,
  text: string,
  color: MessageCard['color'] = 'Default',
): View {
  return { card: 'message', data: { title, text, color, suggestions: [] } };
}

/** "Mobil 070-123 45 67" / "Mobil 070-123 45 67 tas bort". */
export function describeChange(p: Proposal, language: Language): string {
  const r = registerStrings(language);
  const s = proposalStrings(language);
  const kind = r.kinds[p.kind];
  if (p.newValue) return `${kind} ${p.newValue}`;
  return `${kind} ${p.oldValue ?? ''} ${s.removed}`.replace(/\s+/g, ' ').trim();
}

/** The reviewer's card: pending with the two buttons, or decided (who and when, no buttons). */
export function reviewView(
  p: Proposal,
  language: Language,
  options: { waiting?: boolean; replace?: boolean } = {},
): View {
  const s = proposalStrings(language);
  const r = registerStrings(language);
  const rows: Row[] = [
    { label: s.rows.target, value: p.targetName },
    { label: s.rows.kind, value: r.kinds[p.kind] },
    {
      label: s.rows.old,
      value: p.oldValue ?? s.oldNone,
      warning: p.mode === 'wrong' ? s.wrongNote : undefined,
    },
    { label: s.rows.new, value: p.newValue ?? s.newNone },
  ];
  if (p.label) rows.push({ label: s.rows.label, value: p.label });
  const hours = p.hours ? parseOpeningHours(p.hours) : [];
  if (hours.length > 0)
    rows.push({ label: s.rows.hours, value: formatOpeningHours(hours, r.days) });
  rows.push({ label: s.rows.proposer, value: p.proposer.name });
  rows.push({ label: s.rows.when, value: r.date(new Date(p.createdAt)) });
  const decided = p.status !== 'pending' && p.decidedBy && p.decidedAt;
  const decision = (d: 'approve' | 'reject'): SubmitData => ({
    action: 'proposalDecide',
    proposalId: p.id,
    decision: d,
  });
  return {
    card: 'proposalReview',
    replace: options.replace,
    data: {
      title: s.reviewTitle,
      intro: s.reviewIntro(p.proposer.name, p.targetName),
      waiting: options.waiting ? s.reviewWaiting(r.date(new Date(p.createdAt))) : undefined,
      rows,
      outcome: decided
        ? p.status === 'approved'
          ? {
              text: s.approvedBy(p.decidedBy ?? '', r.date(new Date(p.decidedAt ?? ''))),
              color: 'Good',
            }
          : {
              text: s.rejectedBy(p.decidedBy ?? '', r.date(new Date(p.decidedAt ?? ''))),
              color: 'Attention',
            }
        : undefined,
      decisions: decided
        ? []
        : [
            { title: s.approve, data: decision('approve') },
            { title: s.reject, data: decision('reject') },
          ],
      footnote: s.reviewFootnote,
    },
  };
}

/** A second tap on a decided proposal: who decided it, and when. */
export function alreadyDecidedView(p: Proposal, language: Language): View {
  const s = proposalStrings(language);
  const date = registerStrings(language).date(new Date(p.decidedAt ?? p.createdAt));
  const by = p.decidedBy ?? p.reviewer.name;
  const text = p.status === 'approved' ? s.alreadyApproved(by, date) : s.alreadyRejected(by, date);
  return message(s.reviewTitle, text, 'Warning');
}

/** What the proposer is told once their proposal is decided. */
export function outcomeView(p: Proposal): View {
  const language = p.proposerLanguage;
  const s = proposalStrings(language);
  const what = describeChange(p, language);
  const by = p.decidedBy ?? p.reviewer.name;
  return p.status === 'approved'
    ? message(s.outcomeApprovedTitle, s.outcomeApproved(by, p.targetName, what), 'Good')
    : message(s.outcomeRejectedTitle, s.outcomeRejected(by, p.targetName, what), 'Warning');
}

/** One fact on the monthly card: what it says, how old, and "still right" / "change". */
export type ReviewFact = { path: ContactPath; targetName: string };

export const REVIEW_CARD_MAX = 10;

export function factReviewView(facts: readonly ReviewFact[], language: Language): View {
  const s = proposalStrings(language);
  const r = registerStrings(language);
  const shown = facts.slice(0, REVIEW_CARD_MAX);
  // One heading per unit, group or person with its facts under it: read target by target, and
  // not as tall as a card that repeated the name and "may be out of date" on every fact.
  const targets = new Map<string, FactReviewCard['targets'][number]>();
  for (const { path, targetName } of shown) {
    const key = `${path.target.kind}:${path.target.id}`;
    let target = targets.get(key);
    if (!target) targets.set(key, (target = { heading: targetName, facts: [] }));
    target.facts.push({
      rows: [
        {
          label: r.kinds[path.kind as PathKind],
          value: path.value ?? r.noValue,
          note: [path.label, s.factSince(r.monthYear(factDate(path)))].filter(Boolean).join(' · '),
        },
      ],
      submits: [
        { title: s.stillRight, data: { action: 'factConfirm', pathId: path.id } },
        {
          title: s.change,
          data: {
            action: 'contactSuggest',
            targetKind: path.target.kind,
            targetId: path.target.id,
            mode: 'change',
            pathId: path.id,
          },
        },
      ],
    });
  }
  const data: FactReviewCard = {
    title: s.reviewListTitle,
    intro: s.reviewListIntro(facts.length),
    targets: [...targets.values()],
    more: facts.length > shown.length ? s.more(facts.length - shown.length) : undefined,
    footnote: s.reviewListFootnote,
  };
  return { card: 'factReview', data };
}
