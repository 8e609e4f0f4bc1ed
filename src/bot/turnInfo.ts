import type { TurnContext } from 'botbuilder';
import type { ConversationKind, TurnInfo } from '../skills/skill';
import { detectLanguage } from '../understanding/language';
import { turnPlace } from '../digest/installations';

export function conversationKind(context: TurnContext): ConversationKind {
  const type = context.activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || context.activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** The Teams locale: activity.locale, or the entity Teams adds with the client's locale. */
export function teamsLocale(context: TurnContext): string | undefined {
  const fromEntity = context.activity.entities?.find((e) => e.type === 'clientInfo')?.locale;
  return context.activity.locale ?? (typeof fromEntity === 'string' ? fromEntity : undefined);
}

export function turnInfo(context: TurnContext, text = ''): TurnInfo {
  const locale = teamsLocale(context);
  return {
    language: detectLanguage(text, locale),
    conversation: conversationKind(context),
    user: { aadObjectId: context.activity.from?.aadObjectId, name: context.activity.from?.name },
    locale,
    place: turnPlace(context),
  };
}
