import { patientAccess } from '../access/patientAccess';
import type { HelpCard, View } from '../cards/cardModels';
import { shortUnitName } from '../cards/textFormat';
import { strings } from '../i18n/strings';
import type { IntentKind, Language } from '../understanding/intent';
import { helpExamples, managerExamples } from '../understanding/intentTable';
import { simpleMessageView } from './errorViews';
import type { Handler, IntentOf } from './intentHandlers';
import type { Services, TurnInfo } from './skill';

// The welcome and help card, built from the intent table (understanding/intentTable): every intent
// with a help example is a button. A manager of a health centre, in a 1:1 chat, first gets the
// questions about their own unit; everyone gets the contact examples.

/** The key-figure questions (a manager gets their own unit's instead). */
const METRIC_KINDS: ReadonlySet<IntentKind> = new Set([
  'rubSummary',
  'rubDistribution',
  'rubTrend',
]);

const asButtons = (texts: string[]) => texts.map((text) => ({ label: text, text }));

export function welcomeView(language: Language, manager?: { unit: string }): View {
  const s = strings(language).welcome;
  const data: HelpCard = manager
    ? {
        title: s.title,
        intro: s.intro,
        managerHeading: s.managerHeading(manager.unit),
        managerExamples: managerExamples(language, manager.unit).map((e) => ({ ...e })),
        examplesHeading: s.othersHeading,
        // The key-figure examples are the manager's own above; the rest stay.
        examples: asButtons(helpExamples(language, (kind) => METRIC_KINDS.has(kind))),
      }
    : {
        title: s.title,
        intro: s.intro,
        examplesHeading: s.examplesHeading,
        examples: asButtons(helpExamples(language)),
      };
  return { card: 'help', data };
}

/**
 * The welcome for this user: a manager (a PATIENT_LIST_ROLES role at a health centre in the
 * directory, found by aadObjectId) in a 1:1 chat gets their own unit's questions first.
 */
export async function welcomeFor(
  turn: TurnInfo,
  services: Pick<Services, 'directory' | 'config'>,
): Promise<View> {
  const aad = turn.user.aadObjectId;
  if (turn.conversation !== 'personal' || !aad) return welcomeView(turn.language);
  const person = await services.directory.personByAadObjectId(aad);
  if (!person?.unitId) return welcomeView(turn.language);
  const access = patientAccess({
    conversation: turn.conversation,
    person,
    unitId: person.unitId,
    roles: services.config.PATIENT_LIST_ROLES,
  });
  const unit = access.allowed ? await services.directory.unit(person.unitId) : undefined;
  if (unit?.kind !== 'halsocentral') return welcomeView(turn.language);
  return welcomeView(turn.language, { unit: shortUnitName(unit) });
}

/** Honest "I can't answer that (yet)", with the examples so the user can go on. */
export function unknownView(language: Language): View {
  const s = strings(language).unknown;
  return {
    card: 'message',
    data: {
      ...s,
      color: 'Default',
      suggestions: helpExamples(language)
        .slice(0, 3)
        .map((text) => ({ label: text, text })),
    },
  };
}

export const helpSkill: Handler<
  IntentOf<'help' | 'greeting' | 'thanks' | 'unknown' | 'languageChoice'>
> = async (intent, turn, services) => {
  if (intent.kind === 'unknown') return [unknownView(intent.language)];
  if (intent.kind === 'thanks') return [simpleMessageView(strings(intent.language).thanks, 'Good')];
  if (intent.kind === 'languageChoice') {
    return [simpleMessageView(strings(intent.language).languageChoice, 'Good')];
  }
  return [await welcomeFor(turn, services)];
};
