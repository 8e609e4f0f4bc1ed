import type { View } from '../../cards/cardModels';
import { plainUserText } from '../../cards/textFormat';
import type { Strings } from '../../i18n/strings';
import type { ChooseAction } from '../../bot/cardActions';
import type { Candidate, EntityMatch } from '../../understanding/intent';

type S = Strings['contacts'];

/** The question a choice answers, minus the entity the user picks. */
export type Question = Omit<ChooseAction, 'action' | 'id'>;

function choices(candidates: Candidate[], question: Question) {
  return candidates.slice(0, 8).map((c) => ({
    title: c.name,
    data: { action: 'choose', ...question, id: c.id },
  }));
}

/** Several close matches, or none: a choice, never a guess. */
export function unresolvedView(
  match: Exclude<EntityMatch, { status: 'found' }>,
  question: Question,
  s: S,
): View {
  const query = plainUserText(match.query);
  if (match.status === 'ambiguous') {
    return {
      card: 'choice',
      data: {
        title: s.choiceTitle(query),
        text: s.choiceText,
        choices: choices(match.candidates, question),
        hint: s.choiceHint,
      },
    };
  }
  return {
    card: 'choice',
    data: {
      title: s.notFoundTitle(query),
      text: match.closest.length > 0 ? s.notFoundWithClosest : s.notFoundNoClosest,
      choices: choices(match.closest, question),
      hint: s.notFoundHint,
    },
  };
}
