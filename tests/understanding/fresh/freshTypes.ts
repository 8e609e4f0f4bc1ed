import type {
  ContactField,
  GroupAspect,
  Language,
  Measure,
} from '../../../src/understanding/intent';

// The fresh corpus (issue 12): conversations written by someone who had not read the cue tables,
// scored before any tuning. Each case is one conversation of one or more turns; every turn has
// what the bot should understand at that point, with the conversation so far as context.
//
// Entities are ids of the real reference directory (dev/reference-api/data/directory.json), or
// 'ambiguous' / 'notFound'. A field left out of `expect` is not checked: write only what is
// unambiguous. Defaults that need not be written: level 5, field 'all', aspect 'all'.

/** Intent kinds: the existing ones (src/understanding/intent.ts) and those issue 12 adds. */
export type FreshKind =
  // existing
  | 'help'
  | 'greeting'
  | 'unknown'
  | 'groupContacts'
  | 'groupDetails'
  | 'personLookup'
  | 'unitLookup'
  | 'roleAtUnit'
  | 'peopleByRole'
  | 'rubSummary'
  | 'rubDistribution'
  | 'rubTrend'
  | 'patientList'
  | 'setMyUnit'
  | 'digestSubscribe'
  | 'digestList'
  | 'digestPreview'
  | 'digestPause'
  | 'digestUnsubscribe'
  | 'digestWithdraw'
  // new in issue 12
  /** "tack", "tack så mycket", "thanks!" */
  | 'thanks'
  /** "jämför Gripen med Kristineberg": the same figures for two or more health centres. */
  | 'rubCompare'
  /** "vilka hälsocentraler finns i Västervik?": the units in a municipality. */
  | 'unitsInArea';

export type FreshExpect = {
  kind: FreshKind;
  /** The language the answer should be in (the conversation's language, not the client's). */
  lang?: Language;
  // ---- contacts ----
  person?: string;
  unit?: string;
  group?: string;
  field?: ContactField;
  aspect?: GroupAspect;
  /** Canonical Swedish role as the directory writes it: 'basenhetschef', 'samordnare', 'analytiker', … */
  role?: string;
  /** peopleByRole narrowed to a group or unit id. */
  within?: string;
  // ---- metrics and patients ----
  /** 'mine' (the user's own health centre: "min HC", "vi", "hos oss", "våra"), 'region', or a unit id. */
  scope?: string;
  /** rubCompare: the health centres compared, in the order named ('mine' for the user's own). */
  units?: string[];
  level?: number;
  period?: string;
  from?: string;
  to?: string;
  measure?: Measure;
  /** patientList: only those without fast läkarkontakt. */
  without?: boolean;
  /** A list's page (0-based) after "nästa" / "next page" / "föregående". */
  page?: number;
  // ---- units in an area ----
  municipality?: string;
  unitKind?: 'halsocentral' | 'sjukhus' | 'psykiatri' | 'kommun' | 'ambulans' | 'region' | 'ovrig';
  // ---- digests typed with details ----
  /** ISO weekday 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** "HH:mm", Europe/Stockholm. */
  time?: string;
  /** digestPause: true when the user asks to resume a paused digest ("starta veckobrevet igen"). */
  resume?: boolean;
  /** 'region', 'area:<Municipality>' or 'units:<id>,<id>'. */
  digestScope?: string;
};

export type FreshTurn = {
  text: string;
  /** The Teams client's locale; Microsoft 365 Agents Playground always sends 'en-US'. Default 'sv-SE'. */
  locale?: string;
  expect: FreshExpect;
};

export type FreshClass =
  | 'followUp'
  | 'wordFormation'
  | 'ownWords'
  | 'longMessage'
  | 'spelling'
  | 'details'
  | 'language'
  | 'plain';

export type FreshCase = {
  id: string;
  class: FreshClass;
  /** Where the conversation happens (default personal, a 1:1 chat with the bot). */
  conversation?: 'personal' | 'channel' | 'groupChat';
  turns: FreshTurn[];
};
