import { unitKinds } from '../clients/directorySchemas';
import type { IndicatorKey } from '../clients/metricsSchemas';

// What understand() returns. Pure data: skills decide what to fetch and show.

export type Language = 'sv' | 'en';

export type Candidate = { id: string; name: string; score: number };

/** The outcome of looking a name up in the lexicon: never a guess when the best is not clearly ahead. */
export type EntityMatch =
  | { status: 'found'; id: string; name: string; score: number }
  | { status: 'ambiguous'; query: string; candidates: Candidate[] }
  | { status: 'notFound'; query: string; closest: Candidate[] };

export type ContactField = 'phone' | 'mobile' | 'email' | 'all';
export type GroupAspect = 'focus' | 'targetGroups' | 'participants' | 'all';

/** Which unit a metrics question is about. */
export type UnitScope =
  | { kind: 'mine' }
  | { kind: 'region' }
  /** `ours`: the user said it is theirs ("jag är chef på Nybro HC … våra patienter"). */
  | { kind: 'unit'; match: EntityMatch; ours?: true };

export type Measure = 'patients' | 'withoutFastLakarkontakt' | 'withSip' | IndicatorKey;

/** A health centre in a comparison: the user's own, or one named. */
export type CompareUnit = Exclude<UnitScope, { kind: 'region' }>;

/** The kinds of unit the directory has (Unit.kind), as its contract names them. */
export { unitKinds };
export type UnitKind = (typeof unitKinds)[number];

/** Digest details typed into a request ("varje fredag kl 9 för Oskarshamn"): only what was said. */
export type TypedDigestDetails = {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** "HH:mm", Europe/Stockholm. */
  time?: string;
  /** "region", "area:<municipality>" or "units" (then unitIds). */
  scope?: string;
  unitIds?: string[];
};

export type IntentBody =
  // Always
  | { kind: 'help' }
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'unknown' }
  /** "svara på engelska", "in English please": only the language asked for (Intent.language). */
  | { kind: 'languageChoice' }
  // Contacts (issue 3)
  | { kind: 'groupContacts'; group: EntityMatch }
  | { kind: 'groupDetails'; group: EntityMatch; aspect: GroupAspect }
  | {
      kind: 'personLookup';
      person: EntityMatch;
      field: ContactField;
      /** The unit named beside a person the directory lacks ("Eva Lindqvist at Gamleby HC"). */
      at?: EntityMatch;
    }
  | { kind: 'unitLookup'; unit: EntityMatch }
  | { kind: 'roleAtUnit'; role: string; unit: EntityMatch }
  | { kind: 'peopleByRole'; role: string; within?: EntityMatch; page?: number }
  // Metrics and patients (issue 4)
  | { kind: 'rubSummary'; scope: UnitScope; level: number; period?: string; measure?: Measure }
  | { kind: 'rubDistribution'; measure: Measure; level: number; period?: string }
  /** "jämför Gripen med Kristineberg": the same figures side by side for a few health centres. */
  | { kind: 'rubCompare'; units: CompareUnit[]; level: number; period?: string; measure?: Measure }
  | {
      kind: 'rubTrend';
      measure: Measure;
      scope: UnitScope;
      level: number;
      from?: string;
      to?: string;
    }
  | {
      kind: 'patientList';
      scope: UnitScope;
      level: number;
      withoutFastLakarkontakt: boolean;
      /** From the list's own next/previous buttons: the page and the period it was shown for. */
      page?: number;
      period?: string;
    }
  | { kind: 'setMyUnit'; unit: EntityMatch }
  /** "vilka hälsocentraler finns i Nybro?": the units of a municipality (or all), of one kind. */
  | { kind: 'unitsInArea'; municipality?: string; unitKind?: UnitKind }
  // Digests (issue 5)
  // (the optional fields come from the digest cards' buttons, see bot/cardActions)
  | {
      kind: 'digestSubscribe';
      subscriptionId?: string;
      fresh?: boolean;
      settings?: DigestSettingsInput;
      /** Details typed into the request; the rest come from the defaults. */
      typed?: TypedDigestDetails;
      /** "flytta det till tisdagar 7.30": the channel's digest moved, not one more added. */
      moves?: boolean;
    }
  | { kind: 'digestList' }
  | { kind: 'digestPreview' }
  | { kind: 'digestPause'; subscriptionId?: string; resume?: boolean }
  | { kind: 'digestUnsubscribe'; subscriptionId?: string }
  | { kind: 'digestWithdraw' }
  // Contact proposals (issue 11): from the cards' buttons only, never typed (see bot/cardActions)
  | { kind: 'proposalForm'; target: ProposalTarget; mode: 'change' | 'wrong'; pathId?: string }
  | { kind: 'proposalSubmit'; submit: ProposalSubmitInput }
  | { kind: 'proposalDecide'; proposalId: string; decision: 'approve' | 'reject' }
  | { kind: 'factConfirm'; pathId: string };

/** A unit, group or person whose contact paths a proposal is about. */
export type ProposalTarget = { kind: 'unit' | 'group' | 'person'; id: string };

/** The proposal form's values as submitted (checked by the proposal skill). */
export type ProposalSubmitInput = {
  target: ProposalTarget;
  mode: 'change' | 'wrong';
  kind: string;
  value: string;
  label: string;
  hours: string;
  wrongValue: string;
};

/** The values of the digest settings card as submitted (checked by the digest skill). */
export type DigestSettingsInput = {
  weekday: number;
  time: string;
  /** "region", "area:<municipality>" or "units". */
  scope: string;
  unitIds: string[];
};

export type IntentKind = IntentBody['kind'];

/** Kinds only a card's button gives: understand() never builds them from text. */
export const buttonIntentKinds = [
  'proposalForm',
  'proposalSubmit',
  'proposalDecide',
  'factConfirm',
] as const satisfies readonly IntentKind[];

/** The kinds a typed question can have. */
export type TypedIntentKind = Exclude<IntentKind, (typeof buttonIntentKinds)[number]>;

/** The intents answered from the directory (who to contact). */
export const contactIntentKinds = [
  'personLookup',
  'unitLookup',
  'groupContacts',
  'groupDetails',
  'roleAtUnit',
  'peopleByRole',
] as const satisfies readonly IntentKind[];

/**
 * What understand() returns: the intent, the language to answer in, and whether the user asked for
 * that language ("svara på engelska"), which then holds for the conversation.
 */
export type Intent = IntentBody & { language: Language; languageChosen?: true };
