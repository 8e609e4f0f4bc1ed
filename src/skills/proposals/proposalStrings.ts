import type { ProposalProblem } from '../../register/proposal';
import type { Language } from '../../understanding/intent';

// What the suggestion flow says (issue 11), Swedish first, English equally.

const sv = {
  formTitleChange: (name: string) => `Föreslå ändring – ${name}`,
  formTitleWrong: (name: string) => `Numret stämmer inte – ${name}`,
  formIntroChange:
    'Skriv det nya numret eller e-postadressen. Det visas på kortet först när det har granskats.',
  formIntroWrong:
    'Välj uppgiften som inte stämmer. Skriv det rätta numret om du vet det, annars lämna fältet tomt.',
  reviewedBy: (name: string) => `Granskas av ${name}.`,
  labels: {
    kind: 'Typ av uppgift',
    value: 'Nummer eller e-postadress',
    rightValue: 'Rätt nummer eller adress (om du vet det)',
    label: 'Vad gäller den? (valfritt)',
    hours: 'Öppettider (valfritt)',
    wrongValue: 'Vilken uppgift stämmer inte?',
  },
  placeholders: {
    value: 't.ex. 0480-123 45',
    label: 't.ex. för hemtjänstpersonal',
    hours: 't.ex. mån-fre 8-16',
  },
  required: 'Fyll i det här fältet.',
  submit: 'Skicka förslaget',
  problems: {
    kindMissing: 'Välj vilken typ av uppgift det är.',
    valueMissing: 'Skriv numret eller e-postadressen.',
    badPhone: 'Det där är inget telefonnummer. Skriv det som 0480-123 45 eller +46 480 123 45.',
    badEmail: 'Det där är ingen e-postadress. Skriv den som namn@regionkalmar.se.',
    badHours: 'Öppettiderna gick inte att läsa. Skriv dem som mån-fre 8-16 eller mån-sön 8-21.',
    tooLong: 'Texten är för lång. Skriv kortare.',
    wrongValueMissing: 'Välj uppgiften som inte stämmer.',
    nothingChanged: 'Det är samma uppgift som redan visas.',
  } satisfies Record<ProposalProblem, string>,
  thanks: 'Tack!',
  sent: (reviewer: string) => `Tack — skickat till ${reviewer} för granskning.`,
  sentDelivered: (reviewer: string) => `${reviewer} har fått förslaget i Teams.`,
  sentWaiting: (reviewer: string) =>
    `${reviewer} får se förslaget nästa gång hen skriver till Nära.`,
  sentOutcome: 'Du får besked här när förslaget är avgjort. Tills dess visas det inte som uppgift.',
  alreadySent: (reviewer: string) =>
    `Det här förslaget är redan skickat till ${reviewer} och väntar på granskning.`,
  noReviewer: (target: string) =>
    `Just nu finns ingen som kan granska förslag för ${target}, så förslaget sparades inte. Kontakta samordnare nära vård.`,
  notPersonal: 'Förslag tas emot i din egen chatt med Nära. Öppna chatten med Nära och fråga där.',
  noIdentity: 'Teams sa inte vem du är, så förslaget kan inte tas emot.',
  gone: 'Kortet är inaktuellt: uppgiften finns inte längre. Fråga igen.',
  reviewTitle: 'Förslag på ändrad kontaktuppgift',
  reviewIntro: (proposer: string, target: string) =>
    `${proposer} föreslår en ändring för ${target}.`,
  reviewWaiting: (date: string) => `Har väntat på dig sedan ${date}.`,
  rows: {
    target: 'Gäller',
    kind: 'Typ',
    old: 'Nu',
    new: 'Nytt',
    label: 'Vad',
    hours: 'Öppettider',
    proposer: 'Föreslaget av',
    when: 'När',
  },
  newNone: 'Inget nytt nummer – den gamla uppgiften tas bort',
  oldNone: '–',
  wrongNote: 'Anmält som fel',
  approve: 'Godkänn',
  reject: 'Avslå',
  reviewFootnote:
    'Bara du kan avgöra förslaget. Inget visas som uppgift förrän det är godkänt, och ett avslag sparar ingenting.',
  approvedBy: (name: string, date: string) => `Godkänt av ${name} ${date}.`,
  rejectedBy: (name: string, date: string) => `Avslaget av ${name} ${date}.`,
  alreadyApproved: (name: string, date: string) => `Redan godkänt av ${name} ${date}.`,
  alreadyRejected: (name: string, date: string) => `Redan avslaget av ${name} ${date}.`,
  notYours: (reviewer: string) =>
    `Bara ${reviewer} kan avgöra det här förslaget. Ditt tryck ändrade ingenting.`,
  unknownProposal: 'Förslaget finns inte längre.',
  outcomeApprovedTitle: 'Ditt förslag är godkänt',
  outcomeApproved: (reviewer: string, target: string, what: string) =>
    `${reviewer} godkände ditt förslag för ${target}: ${what}. Det visas nu på kortet.`,
  outcomeRejectedTitle: 'Ditt förslag avslogs',
  outcomeRejected: (reviewer: string, target: string, what: string) =>
    `${reviewer} avslog ditt förslag för ${target} (${what}). Ingenting ändrades.`,
  removed: 'tas bort',
  factConfirmed: (what: string, target: string, date: string) =>
    `Tack! ${what} för ${target} är bekräftad av dig ${date}.`,
  factNotYours: 'Bara den som ansvarar för uppgiften kan bekräfta den. Ingenting ändrades.',
  reviewListTitle: 'Stämmer de här uppgifterna?',
  reviewListIntro: (count: number) =>
    `En gång i månaden: ${count === 1 ? 'en uppgift' : `${count} uppgifter`} som du ansvarar för och som inte har bekräftats på länge. Stämmer de?`,
  factSince: (monthYear: string) => `Uppgift från ${monthYear}`,
  stillRight: 'Stämmer',
  change: 'Ändra',
  more: (n: number) => `… och ${n} till. De kommer nästa månad.`,
  reviewListFootnote:
    '"Stämmer" bekräftar uppgiften med ditt namn och dagens datum. "Ändra" öppnar ett förslag.',
};
export type ProposalStrings = typeof sv;

const en: ProposalStrings = {
  formTitleChange: (name) => `Suggest a change – ${name}`,
  formTitleWrong: (name) => `Wrong number – ${name}`,
  formIntroChange:
    'Enter the new number or e-mail address. It is shown on the card only once it has been reviewed.',
  formIntroWrong:
    'Choose the detail that is wrong. Enter the right number if you know it, otherwise leave the field empty.',
  reviewedBy: (name) => `Reviewed by ${name}.`,
  labels: {
    kind: 'Kind of detail',
    value: 'Number or e-mail address',
    rightValue: 'Right number or address (if you know it)',
    label: 'What is it for? (optional)',
    hours: 'Opening hours (optional)',
    wrongValue: 'Which detail is wrong?',
  },
  placeholders: {
    value: 'e.g. 0480-123 45',
    label: 'e.g. for home-care staff',
    hours: 'e.g. mon-fri 8-16',
  },
  required: 'Fill in this field.',
  submit: 'Send the suggestion',
  problems: {
    kindMissing: 'Choose the kind of detail.',
    valueMissing: 'Enter the number or e-mail address.',
    badPhone: 'That is not a phone number. Write it as 0480-123 45 or +46 480 123 45.',
    badEmail: 'That is not an e-mail address. Write it as name@regionkalmar.se.',
    badHours: 'The opening hours could not be read. Write them as mon-fri 8-16 or mon-sun 8-21.',
    tooLong: 'The text is too long. Please shorten it.',
    wrongValueMissing: 'Choose the detail that is wrong.',
    nothingChanged: 'That is the same detail the card already shows.',
  },
  thanks: 'Thank you!',
  sent: (reviewer) => `Thank you — sent to ${reviewer} for review.`,
  sentDelivered: (reviewer) => `${reviewer} has received the suggestion in Teams.`,
  sentWaiting: (reviewer) =>
    `${reviewer} will see the suggestion the next time they write to Nära.`,
  sentOutcome:
    'You will be told here once it is decided. Until then it is not shown as a contact detail.',
  alreadySent: (reviewer) =>
    `This suggestion has already been sent to ${reviewer} and is waiting for review.`,
  noReviewer: (target) =>
    `Nobody can review suggestions for ${target} right now, so the suggestion was not saved. Please contact the Nära vård coordinators.`,
  notPersonal:
    'Suggestions are taken in your own chat with Nära. Open the chat with Nära and ask there.',
  noIdentity: 'Teams did not say who you are, so the suggestion cannot be taken.',
  gone: 'This card is out of date: the entry no longer exists. Please ask again.',
  reviewTitle: 'Suggested contact change',
  reviewIntro: (proposer, target) => `${proposer} suggests a change for ${target}.`,
  reviewWaiting: (date) => `Waiting for you since ${date}.`,
  rows: {
    target: 'For',
    kind: 'Kind',
    old: 'Now',
    new: 'New',
    label: 'What for',
    hours: 'Opening hours',
    proposer: 'Suggested by',
    when: 'When',
  },
  newNone: 'No new number – the old detail is removed',
  oldNone: '–',
  wrongNote: 'Reported as wrong',
  approve: 'Approve',
  reject: 'Reject',
  reviewFootnote:
    'Only you can decide this suggestion. Nothing is shown as a contact detail until it is approved, and a rejection stores nothing.',
  approvedBy: (name, date) => `Approved by ${name} on ${date}.`,
  rejectedBy: (name, date) => `Rejected by ${name} on ${date}.`,
  alreadyApproved: (name, date) => `Already approved by ${name} on ${date}.`,
  alreadyRejected: (name, date) => `Already rejected by ${name} on ${date}.`,
  notYours: (reviewer) => `Only ${reviewer} can decide this suggestion. Your tap changed nothing.`,
  unknownProposal: 'This suggestion no longer exists.',
  outcomeApprovedTitle: 'Your suggestion was approved',
  outcomeApproved: (reviewer, target, what) =>
    `${reviewer} approved your suggestion for ${target}: ${what}. It is now shown on the card.`,
  outcomeRejectedTitle: 'Your suggestion was rejected',
  outcomeRejected: (reviewer, target, what) =>
    `${reviewer} rejected your suggestion for ${target} (${what}). Nothing was changed.`,
  removed: 'removed',
  factConfirmed: (what, target, date) =>
    `Thank you! ${what} for ${target} is confirmed by you on ${date}.`,
  factNotYours: 'Only the person responsible for this detail can confirm it. Nothing was changed.',
  reviewListTitle: 'Are these details still right?',
  reviewListIntro: (count) =>
    `Once a month: ${count === 1 ? 'one detail' : `${count} details`} you are responsible for that have not been confirmed for a long time. Are they still right?`,
  factSince: (monthYear) => `Information from ${monthYear}`,
  stillRight: 'Still right',
  change: 'Change',
  more: (n) => `… and ${n} more. They come next month.`,
  reviewListFootnote:
    '"Still right" confirms the detail with your name and today\'s date. "Change" opens a suggestion.',
};

export function proposalStrings(language: Language): ProposalStrings {
  return language === 'en' ? en : sv;
}
