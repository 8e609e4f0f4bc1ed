import type { ConversationKind } from '../skills/skill';

// Where a turn happens, decided as an allow-list: a conversation counts as a 1:1 chat with the
// bot only when every signal agrees (Teams' own type, the shape of its id, and no team or channel
// named anywhere). Anything else, including a missing or misspelt type, is a shared space, so a
// new or odd kind of conversation gets aggregates only, never patient refs.

export type ConversationSignals = {
  conversationType?: string;
  conversationId?: string;
  isGroup?: boolean;
  /** channelData.team.id / channelData.channel.id, when Teams names them. */
  teamId?: string;
  channelId?: string;
};

/**
 * Teams gives a personal (bot 1:1) chat an id of the form "a:…"; channels are
 * "19:…@thread.tacv2" (";messageid=…" on replies), group chats and meetings "19:…@thread.v2".
 */
const PERSONAL_ID = /^a:[^\s@;:]+$/;

export function isPersonalChat(s: ConversationSignals): boolean {
  return (
    s.conversationType === 'personal' &&
    typeof s.conversationId === 'string' &&
    PERSONAL_ID.test(s.conversationId) &&
    s.isGroup !== true &&
    !s.teamId &&
    !s.channelId
  );
}

/** personal only by the allow-list above; channel when Teams says so or names a team/channel. */
export function conversationKindOf(s: ConversationSignals): ConversationKind {
  if (isPersonalChat(s)) return 'personal';
  if (s.conversationType === 'channel' || s.teamId || s.channelId) return 'channel';
  return 'groupChat';
}
