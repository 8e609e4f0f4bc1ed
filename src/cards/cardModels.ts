// The view model of each card template in cards/. Skills build these; templates decide the look.

export type Suggestion = { label: string; text: string };

export type HelpCard = {
  title: string;
  intro: string;
  /** A manager's own health centre's questions, shown first. */
  managerHeading?: string;
  managerExamples?: Suggestion[];
  examplesHeading: string;
  examples: Suggestion[];
};

export type MessageCard = {
  title: string;
  text: string;
  color: 'Default' | 'Attention' | 'Warning' | 'Good';
  footnote?: string;
  suggestions: Suggestion[];
};

/** A link button: tap-to-call (tel:), e-mail (mailto:) or a Teams deep link. */
export type LinkAction = { title: string; url: string };

/**
 * Label and value on one row. A number is plain text (easy to select and copy: a tel: link does
 * nothing in Teams desktop and web). note: what it is for, hours, provenance; warning: stale etc.
 */
export type Row = { label: string; value: string; note?: string; warning?: string };

/** Our own Action.Submit buttons (suggest a change, approve …). */
export type SubmitAction = { title: string; data: SubmitData };

/** One person in a compact list: who, where, and how to reach them. */
export type ContactLine = {
  name: string;
  subtitle: string;
  note?: string;
  rows: Row[];
  /** Said when the directory has no phone or e-mail, so a missing number is never a puzzle. */
  missing?: string;
  actions: LinkAction[];
  submits: SubmitAction[];
};

export type PersonCard = {
  heading?: string;
  name: string;
  subtitle: string;
  organisationNote?: string;
  rows: Row[];
  missing?: string;
  actions: LinkAction[];
  submits: SubmitAction[];
  footnote?: string;
};

export type UnitCard = {
  name: string;
  subtitle: string;
  organisationNote?: string;
  rows: Row[];
  missing?: string;
  actions: LinkAction[];
  submits: SubmitAction[];
  contactsHeading: string;
  contacts: ContactLine[];
  footnote?: string;
};

export type GroupCard = {
  name: string;
  subtitle: string;
  organisationNote?: string;
  description?: string;
  /** The group's own contact paths (e.g. a line for home-care staff). */
  rows: Row[];
  actions: LinkAction[];
  submits: SubmitAction[];
  sections: { heading: string; text: string }[];
  contactsHeading: string;
  contacts: ContactLine[];
  noContacts?: string;
  footnote?: string;
};

/** Action.Submit data of our own buttons (validated again when it comes back, see bot/cardActions). */
export type SubmitData = Record<string, string | number | boolean | undefined>;

export type PeopleListCard = {
  title: string;
  intro?: string;
  contacts: ContactLine[];
  empty?: string;
  pageText?: string;
  pager: { title: string; data: SubmitData }[];
  footnote?: string;
};

export type ChoiceCard = {
  title: string;
  text: string;
  choices: { title: string; data: SubmitData }[];
  hint?: string;
};

/** A choice from a compact drop-down (e.g. all health centres), sent with one button. */
export type UnitPickerCard = {
  title: string;
  text: string;
  label: string;
  placeholder: string;
  errorMessage: string;
  choices: { title: string; value: string }[];
  submitTitle: string;
  /** Action.Submit data; the chosen value arrives as `unitId`. */
  data: SubmitData;
  hint?: string;
};

/** One measure on the RUB summary: count and share here, and the region's beside it. */
export type MetricRow = { label: string; count: string; share: string; region?: string };

export type RubSummaryCard = {
  title: string;
  subtitle: string;
  /** The answer to a question about one measure, as a sentence. */
  headline?: string;
  /** Why a patient list is not shown, and where it can be asked (one sentence). */
  notice?: string;
  /** Whether the region column is present (a unit's summary). */
  compare: boolean;
  headers: { measure: string; count: string; share: string; region: string };
  rows: MetricRow[];
  /** The small-number rule, when it was applied. */
  note?: string;
  footnote: string;
};

/** A bar's colour: a container style, so each Teams theme (light, dark, contrast) maps it. */
export type BarStyle = 'accent' | 'good' | 'warning' | 'attention';

/**
 * One row of a bar chart drawn with columns: `bar` and `rest` are the weights of the filled and
 * empty parts (bar + rest is the scale), `value` the figure as printed, `extra` a second figure.
 * A `gap` row stands for the rows left out between two parts of a ranking.
 */
export type BarRow =
  | {
      kind: 'bar';
      label: string;
      value: string;
      bar: number;
      rest: number;
      style: BarStyle;
      strong: boolean;
      separator: boolean;
      extra?: string;
    }
  | { kind: 'gap'; label: string; separator: boolean };

export type BarChart = {
  title: string;
  header?: { label: string; bar: string; value: string; extra?: string };
  rows: BarRow[];
  /** Scale labels under the bars, one per equal step from 0 ("0", "10", …), and its end ("50 %"). */
  ticks: string[];
  scaleEnd: string;
  legend?: string;
};

export type RubDistributionCard = {
  title: string;
  subtitle: string;
  /** Why a patient list is not shown here, when the question was for one. */
  notice?: string;
  keyFacts: string;
  chart: BarChart;
  note?: string;
  /** Where the full ranking is (the tab), with a link when the app's id is known. */
  more?: { text: string; title?: string; url?: string };
  footnote: string;
};

export type RubTrendCard = {
  title: string;
  subtitle: string;
  notice?: string;
  change: string;
  chart: BarChart;
  note?: string;
  footnote: string;
};

export type PatientRow = {
  ref: string;
  birthYear: string;
  sex: string;
  sip: string;
  flags: string;
};

export type PatientListCard = {
  title: string;
  total: string;
  subtitle: string;
  headers: PatientRow;
  rows: PatientRow[];
  empty?: string;
  legend: string;
  pageText?: string;
  pager: { title: string; data: SubmitData }[];
  truncated?: string;
  synthetic?: string;
  footnote: string;
};

/** The weekly digest posted to a channel: aggregates only, small counts protected. */
export type DigestCard = {
  title: string;
  subtitle: string;
  /** An earlier digest that could not be delivered. */
  notice?: string;
  facts: Row[];
  moversHeading: string;
  /** The health centres that moved most, as bars of their change (the same chart as the cards'). */
  chart?: BarChart;
  moversEmpty?: string;
  questionsHeading: string;
  questions: Suggestion[];
  footnote: string;
};

export type ChoiceOption = { title: string; value: string };

/** Weekday, time and scope of a channel's digest; submitted values come back with `data`. */
export type DigestSettingsCard = {
  title: string;
  intro: string;
  labels: { weekday: string; time: string; scope: string; units: string };
  weekday: string;
  weekdays: ChoiceOption[];
  time: string;
  timeError: string;
  scope: string;
  scopes: ChoiceOption[];
  /** Chosen health centre ids, comma-separated (a multi-select's value). */
  unitIds: string;
  units: ChoiceOption[];
  unitsPlaceholder: string;
  error?: string;
  submitTitle: string;
  data: SubmitData;
};

export type DigestListCard = {
  title: string;
  empty?: string;
  items: { title: string; text: string; actions: { title: string; data: SubmitData }[] }[];
  actions: { title: string; data: SubmitData }[];
};

/** The suggestion form: a new path (change) or which shown value is wrong (wrong). */
export type ProposalFormCard = {
  title: string;
  intro: string;
  /** Who will review, said before anything is sent. */
  reviewer?: string;
  error?: string;
  mode: 'change' | 'wrong';
  labels: {
    kind: string;
    value: string;
    label: string;
    hours: string;
    wrongValue: string;
  };
  placeholders: { value: string; label: string; hours: string };
  required: string;
  kinds: ChoiceOption[];
  kind: string;
  shown: ChoiceOption[];
  wrongValue: string;
  value: string;
  label: string;
  hours: string;
  submitTitle: string;
  data: SubmitData;
};

/** A suggestion as its reviewer sees it: what changes, who asked, and one tap to decide. */
export type ProposalReviewCard = {
  title: string;
  intro: string;
  waiting?: string;
  rows: Row[];
  /** Once decided: who decided and when (the buttons are gone). */
  outcome?: { text: string; color: 'Good' | 'Attention' | 'Warning' };
  decisions: SubmitAction[];
  footnote: string;
};

/** The monthly card: the facts a responsible person should confirm or correct. */
export type FactReviewCard = {
  title: string;
  intro: string;
  /** Each unit, group or person once, with its facts to confirm. */
  targets: { heading: string; facts: { rows: Row[]; submits: SubmitAction[] }[] }[];
  more?: string;
  footnote: string;
};

export type CardModels = {
  proposalForm: ProposalFormCard;
  proposalReview: ProposalReviewCard;
  factReview: FactReviewCard;
  digest: DigestCard;
  digestSettings: DigestSettingsCard;
  digestList: DigestListCard;
  help: HelpCard;
  message: MessageCard;
  person: PersonCard;
  unit: UnitCard;
  group: GroupCard;
  peopleList: PeopleListCard;
  choice: ChoiceCard;
  unitPicker: UnitPickerCard;
  rubSummary: RubSummaryCard;
  rubDistribution: RubDistributionCard;
  rubTrend: RubTrendCard;
  patientList: PatientListCard;
};

export type CardName = keyof CardModels;

/**
 * A card to send: which template, with what data. `replace`: update the card the user acted on
 * (e.g. the next page of a list) instead of sending a new one.
 */
export type View = {
  [K in CardName]: { card: K; data: CardModels[K]; replace?: boolean };
}[CardName];
