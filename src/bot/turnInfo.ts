import type { TurnContext } from 'botbuilder';
import { conversationKindOf, type ConversationSignals } from '../access/conversationKind';
import type { TenantSignals } from '../access/tenants';
import type { ConversationKind, TurnInfo } from '../skills/skill';
import { detectLanguage } from '../understanding/language';
import { turnPlace } from '../digest/installations';
import { once } from '../once';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The signals src/access reads, from an activity already checked at the edge (activitySchema). */
export function conversationSignals(context: TurnContext): ConversationSignals {
  const { conversation, channelData } = context.activity;
  return {
    conversationType: text(conversation?.conversationType),
    conversationId: text(conversation?.id),
    isGroup: conversation?.isGroup === true,
    teamId: text(channelData?.team?.id),
    channelId: text(channelData?.channel?.id),
  };
}

export function tenantSignals(context: TurnContext): TenantSignals {
  const { conversation, channelData } = context.activity;
  return {
    conversationTenantId: text(conversation?.tenantId),
    channelDataTenantId: text(channelData?.tenant?.id),
  };
}

export function conversationKind(context: TurnContext): ConversationKind {
  return conversationKindOf(conversationSignals(context));
}

/** The Teams locale: activity.locale, or the entity Teams adds with the client's locale. */
export function teamsLocale(context: TurnContext): string | undefined {
  const fromEntity = context.activity.entities?.find((e) => e.type === 'clientInfo')?.locale;
  return context.activity.locale ?? (typeof fromEntity === 'string' ? fromEntity : undefined);
}

/** The client Teams says it is (clientInfo.platform: Web, Desktop, Android, iOS, …). */
export function teamsPlatform(context: TurnContext): TurnInfo['platform'] {
  const platform = context.activity.entities?.find((e) => e.type === 'clientInfo')?.platform;
  if (typeof platform !== 'string') return undefined;
  const p = platform.toLowerCase();
  if (p === 'web') return 'web';
  if (p === 'desktop' || p === 'windows' || p === 'mac') return 'desktop';
  if (p === 'android' || p === 'ios') return 'mobile';
  return undefined;
}

export function turnInfo(context: TurnContext, text = ''): TurnInfo {
  const locale = teamsLocale(context);
  return {
    language: detectLanguage(text, locale),
    conversation: conversationKind(context),
    user: { aadObjectId: context.activity.from?.aadObjectId, name: context.activity.from?.name },
    locale,
    platform: teamsPlatform(context),
    conversationId: context.activity.conversation?.id,
    place: once(() => turnPlace(context)),
  };
}
