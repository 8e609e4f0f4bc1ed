import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { conversationKindOf } from '../access/conversationKind';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Database } from '../state/database';
import {
  channelConversationId,
  ConversationStore,
  StoredReferenceSchema,
  type TurnPlace,
} from './conversationReferences';
import { SubscriptionStore } from './subscriptions';
import { UserConversationStore } from './userConversations';

// Bookkeeping of where the bot is: installationUpdate and conversationUpdate events keep the
// conversation reference of every team, channel and chat, and removals delete subscriptions.

export type InstallationDeps = {
  db: Database;
  log: Logger;
  config: Pick<Config, 'ALLOWED_TENANT_IDS'>;
};

const named = z.object({ id: z.string().min(1), name: z.string().optional() });
const TeamsChannelDataSchema = z.looseObject({
  eventType: z.string().optional(),
  team: named.optional(),
  channel: named.optional(),
  tenant: z.object({ id: z.string() }).optional(),
});
type TeamsChannelData = z.infer<typeof TeamsChannelDataSchema>;

function channelData(context: TurnContext): TeamsChannelData {
  const parsed = TeamsChannelDataSchema.safeParse(context.activity.channelData ?? {});
  return parsed.success ? parsed.data : {};
}

/** Where this turn happened, with the reference a proactive message to it needs. */
export function turnPlace(context: TurnContext): TurnPlace | undefined {
  const activity = context.activity;
  const data = channelData(context);
  // The one allow-list of src/access: odd or missing types are shared spaces, never personal.
  const kind = conversationKindOf({
    conversationType: activity.conversation?.conversationType,
    conversationId: activity.conversation?.id,
    isGroup: activity.conversation?.isGroup,
    teamId: data.team?.id,
    channelId: data.channel?.id,
  });
  const raw = activity.conversation?.id;
  if (!raw) return undefined;
  const conversationId = kind === 'channel' ? channelConversationId(raw) : raw;
  const full = TurnContext.getConversationReference(activity);
  const tenantId = activity.conversation?.tenantId ?? data.tenant?.id;
  const reference = StoredReferenceSchema.safeParse({
    channelId: full.channelId,
    serviceUrl: full.serviceUrl,
    conversation: {
      id: conversationId,
      conversationType: full.conversation?.conversationType,
      tenantId,
      isGroup: full.conversation?.isGroup,
    },
    bot: { id: full.bot?.id, name: full.bot?.name },
    locale: full.locale,
  });
  if (!reference.success) return undefined;
  return {
    conversationId,
    kind,
    teamId: data.team?.id,
    tenantId,
    teamName: data.team?.name,
    // In the General channel Teams sends no channel name.
    channelName:
      kind === 'channel' && data.channel?.id === conversationId ? data.channel?.name : undefined,
    reference: reference.data,
  };
}

/** A channel of the same team: the turn's reference pointed at another conversation id. */
function channelOf(place: TurnPlace, channel: { id: string; name?: string }): TurnPlace {
  return {
    ...place,
    kind: 'channel',
    conversationId: channel.id,
    channelName: channel.name,
    reference: {
      ...place.reference,
      conversation: { ...place.reference.conversation, id: channel.id },
    },
  };
}

/** The bot left a team or chat: its references and subscriptions go. */
async function forgetInstallation(place: TurnPlace, deps: InstallationDeps): Promise<void> {
  const conversations = new ConversationStore(deps.db);
  const ids = new Set([place.conversationId]);
  if (place.teamId) {
    for (const record of await conversations.forTeam(place.teamId)) ids.add(record.conversationId);
  }
  await conversations.forget([...ids]);
  const removed = await new SubscriptionStore(deps.db).deleteForPlaces([...ids], place.teamId);
  deps.log.info(
    {
      event: 'installation',
      action: 'removed',
      kind: place.kind,
      conversations: ids.size,
      subscriptions: removed,
    },
    'installation removed',
  );
}

async function forgetChannel(channelId: string, deps: InstallationDeps): Promise<void> {
  await new ConversationStore(deps.db).forget([channelId]);
  const removed = await new SubscriptionStore(deps.db).deleteForPlaces([channelId]);
  deps.log.info(
    { event: 'installation', action: 'channelDeleted', subscriptions: removed },
    'channel deleted',
  );
}

async function safely(deps: InstallationDeps, what: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    deps.log.warn(
      { event: 'installation', what, errorType: (error as Error).name },
      'conversation bookkeeping failed',
    );
  }
}

/** Installed in a 1:1 chat: that is where cards for this user go (proposals to review). */
async function rememberUser(
  context: TurnContext,
  place: TurnPlace,
  deps: InstallationDeps,
): Promise<void> {
  const aad = context.activity.from?.aadObjectId;
  if (place.kind !== 'personal' || !aad) return;
  await new UserConversationStore(deps.db).remember(aad, place.reference, undefined);
}

/** installationUpdate: add remembers the conversation; remove forgets it and its subscriptions. */
export async function recordInstallationUpdate(
  context: TurnContext,
  deps: InstallationDeps,
): Promise<void> {
  const place = turnPlace(context);
  // Other tenants never get here: NaraBot.run() refuses them before any handler.
  if (!place) return;
  const action = context.activity.action ?? '';
  await safely(deps, `installation-${action}`, async () => {
    if (action === 'add' || action === 'add-upgrade') {
      await new ConversationStore(deps.db).remember(place);
      await rememberUser(context, place, deps);
      deps.log.info({ event: 'installation', action: 'added', kind: place.kind }, 'installed');
    } else if (action === 'remove' || action === 'remove-upgrade') {
      await forgetInstallation(place, deps);
    }
  });
}

/** conversationUpdate: bot added or removed, team renamed or deleted, channels created, renamed, deleted. */
export async function recordConversationUpdate(
  context: TurnContext,
  deps: InstallationDeps,
): Promise<void> {
  const place = turnPlace(context);
  // Other tenants never get here: NaraBot.run() refuses them before any handler.
  if (!place) return;
  const activity = context.activity;
  const botId = activity.recipient?.id;
  const data = channelData(context);
  const conversations = new ConversationStore(deps.db);
  await safely(deps, data.eventType ?? 'members', async () => {
    if (botId && activity.membersRemoved?.some((m) => m.id === botId)) {
      return forgetInstallation(place, deps);
    }
    if (botId && activity.membersAdded?.some((m) => m.id === botId)) {
      await conversations.remember(place);
      await rememberUser(context, place, deps);
    }
    switch (data.eventType) {
      case 'channelCreated':
      case 'channelRenamed':
      case 'channelRestored':
        if (data.channel) await conversations.remember(channelOf(place, data.channel));
        return;
      case 'channelDeleted':
        if (data.channel) await forgetChannel(data.channel.id, deps);
        return;
      case 'teamRenamed':
        if (data.team) {
          const teamName = data.team.name;
          await conversations.renameTeam(data.team.id, teamName);
        }
        return;
      case 'teamDeleted':
      case 'teamHardDeleted':
        return forgetInstallation(place, deps);
    }
  });
}
