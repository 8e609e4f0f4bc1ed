import type { View } from '../cards/cardModels';
import { strings } from '../i18n/strings';
import type { Language } from '../understanding/intent';
import { helpExamples } from '../understanding/intentTable';
import type { Skill } from './skill';

export function welcomeView(language: Language): View {
  const s = strings(language).welcome;
  return {
    card: 'help',
    data: { ...s, examples: helpExamples(language).map((text) => ({ label: text, text })) },
  };
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

export const helpSkill: Skill = async (intent) =>
  intent.kind === 'unknown' ? [unknownView(intent.language)] : [welcomeView(intent.language)];
