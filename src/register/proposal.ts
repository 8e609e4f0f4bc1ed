import { z } from 'zod';
import { mailtoUrl } from '../cards/linkFormat';
import { toE164 } from '../cards/phoneFormat';
import {
  mailKinds,
  PathKindSchema,
  phoneKinds,
  TargetKindSchema,
  type PathKind,
} from './contactPath';
import { OpeningHoursText } from './openingHours';

// A suggested change to the contact register (table contact_proposals, migration 006): what the
// proposer typed, checked here (pure), and the stored proposal with its reviewer and outcome.

export const proposalModes = ['change', 'wrong'] as const;
export const ProposalModeSchema = z.enum(proposalModes);
export type ProposalMode = z.infer<typeof ProposalModeSchema>;

/** The kinds the form offers: numbers and mailboxes (a Teams identity comes from the directory). */
export const proposableKinds = [
  'vaxel',
  'direkt',
  'mobil',
  'funktionsbrevlada',
  'epost',
] as const satisfies readonly PathKind[];

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * The proposal form as submitted: the button's own data beside the inputs (strings; an input
 * left empty may be missing). Bounded, so a forged submit cannot store a novel.
 */
export const ProposalSubmitSchema = z.object({
  action: z.literal('proposalSubmit'),
  targetKind: TargetKindSchema,
  targetId: z.string().min(1).max(200),
  mode: ProposalModeSchema,
  kind: text(40),
  value: text(200),
  label: text(200),
  hours: text(200),
  /** Wrong mode: which shown value is wrong, as "kind|value" (checked against the card's target). */
  wrongValue: text(300),
});
export type ProposalSubmit = z.infer<typeof ProposalSubmitSchema>;

/** A value the target's card shows now, that a "wrong number" can point at. */
export type ShownValue = { kind: PathKind; value: string; pathId?: string };

/** The choice value of a shown value on the form. */
export const shownValueKey = (v: Pick<ShownValue, 'kind' | 'value'>): string =>
  `${v.kind}|${v.value}`;

export type ProposalProblem =
  | 'kindMissing'
  | 'valueMissing'
  | 'badPhone'
  | 'badEmail'
  | 'badHours'
  | 'tooLong'
  | 'wrongValueMissing'
  | 'nothingChanged';

/** What a checked submit proposes (values as the proposer wrote them, trimmed). */
export type ProposalDraft = {
  mode: ProposalMode;
  kind: PathKind;
  oldValue?: string;
  oldPathId?: string;
  newValue?: string;
  label: string;
  hours: string;
};

const MAX_LABEL = 100;

/** Whether a value fits its kind: a Swedish phone number, or an e-mail address. */
export function valueProblem(kind: PathKind, value: string): ProposalProblem | undefined {
  if (phoneKinds.has(kind)) return toE164(value) ? undefined : 'badPhone';
  if (mailKinds.has(kind)) return mailtoUrl(value) ? undefined : 'badEmail';
  return undefined;
}

/**
 * Checks a submit against what the target shows now. A "wrong" report names one shown value and
 * may give the right one (of the same kind); a change needs a kind and a value that fit.
 */
export function checkProposal(
  submit: ProposalSubmit,
  shown: readonly ShownValue[],
): { ok: true; draft: ProposalDraft } | { ok: false; problem: ProposalProblem } {
  const fail = (problem: ProposalProblem) => ({ ok: false as const, problem });
  if (submit.label.length > MAX_LABEL || submit.value.length > 100) return fail('tooLong');
  if (submit.mode === 'wrong') {
    const old = shown.find((v) => shownValueKey(v) === submit.wrongValue);
    if (!old) return fail('wrongValueMissing');
    const newValue = submit.value || undefined;
    if (newValue !== undefined) {
      const problem = valueProblem(old.kind, newValue);
      if (problem) return fail(problem);
      if (sameNumber(newValue, old.value)) return fail('nothingChanged');
    }
    return {
      ok: true,
      draft: {
        mode: 'wrong',
        kind: old.kind,
        oldValue: old.value,
        oldPathId: old.pathId,
        newValue,
        label: '',
        hours: '',
      },
    };
  }
  if (!submit.kind) return fail('kindMissing');
  const kind = PathKindSchema.safeParse(submit.kind);
  if (!kind.success || !(proposableKinds as readonly string[]).includes(kind.data)) {
    return fail('kindMissing');
  }
  if (!submit.value) return fail('valueMissing');
  const problem = valueProblem(kind.data, submit.value);
  if (problem) return fail(problem);
  if (!OpeningHoursText.safeParse(submit.hours).success) return fail('badHours');
  if (shown.some((v) => v.kind === kind.data && sameNumber(v.value, submit.value))) {
    return fail('nothingChanged');
  }
  return {
    ok: true,
    draft: {
      mode: 'change',
      kind: kind.data,
      newValue: submit.value,
      label: submit.label,
      hours: submit.hours,
    },
  };
}

function sameNumber(a: string, b: string): boolean {
  const ea = toE164(a);
  return ea !== undefined ? ea === toE164(b) : a.trim().toLowerCase() === b.trim().toLowerCase();
}

export const proposalStatuses = ['pending', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const ProposalSchema = z.object({
  id: z.string(),
  target: z.object({ kind: TargetKindSchema, id: z.string() }),
  targetName: z.string(),
  mode: ProposalModeSchema,
  kind: PathKindSchema,
  oldValue: z.string().optional(),
  oldPathId: z.string().optional(),
  newValue: z.string().optional(),
  label: z.string(),
  hours: z.string(),
  proposer: z.object({ aadObjectId: z.string(), name: z.string() }),
  proposerLanguage: z.enum(['sv', 'en']),
  reviewer: z.object({ aadObjectId: z.string(), name: z.string() }),
  status: z.enum(proposalStatuses),
  decidedBy: z.string().optional(),
  decidedAt: z.iso.datetime({ offset: true }).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  reviewerNotifiedAt: z.iso.datetime({ offset: true }).optional(),
  proposerNotifiedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;
