import { z } from 'zod';
import type { AppStorage } from '../state/appStorage';
import { withoutEtag } from './storeItems';

// The conversation references of every team, channel and chat the bot is in: what a proactive
// message needs (service URL, conversation, bot), kept in the persistent store so that digests
// survive restarts. Plain data (zod), no botbuilder types: src/digest/installations.ts converts.

const id = z.string().min(1).max(500);

export const StoredReferenceSchema = z.object({
  channelId: z.string().min(1).max(50),
  serviceUrl: z.url(),
  conversation: z.object({
    id,
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().max(100).optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id, name: z.string().max(200).optional() }),
  locale: z.string().max(20).optional(),
});
export type StoredReference = z.infer<typeof StoredReferenceSchema>;

export const ConversationKindSchema = z.enum(['personal', 'channel', 'groupChat']);

export const ConversationRecordSchema = z.object({
  conversationId: id,
  kind: ConversationKindSchema,
  teamId: id.optional(),
  tenantId: z.string().max(100).optional(),
  /** Names as Teams gives them: shown to the team's own members only (subscription lists). */
  teamName: z.string().max(300).optional(),
  channelName: z.string().max(300).optional(),
  reference: StoredReferenceSchema,
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

/** Where a turn happened, as plain data: what the digest skill needs to subscribe this channel. */
export type TurnPlace = Omit<ConversationRecord, 'updatedAt'>;

const PREFIX = 'conversation/';

/** A channel's own id: a thread's conversation id carries ";messageid=…", which is not the channel. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';')[0];
}

export class ConversationStore {
  constructor(
    private readonly storage: AppStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static key(conversationId: string): string {
    return `${PREFIX}${conversationId}`;
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const key = ConversationStore.key(conversationId);
    const item = (await this.storage.read([key]))[key];
    if (!item) return undefined;
    const parsed = ConversationRecordSchema.safeParse(withoutEtag(item).rest);
    return parsed.success ? parsed.data : undefined;
  }

  async remember(place: TurnPlace): Promise<void> {
    const record: ConversationRecord = { ...place, updatedAt: this.now().toISOString() };
    await this.storage.write({ [ConversationStore.key(place.conversationId)]: record });
  }

  /** Every stored conversation (bounded by the number of places the bot is installed in). */
  async all(): Promise<ConversationRecord[]> {
    const keys = await this.storage.keys(PREFIX);
    const out: ConversationRecord[] = [];
    for (let i = 0; i < keys.length; i += 200) {
      const items = await this.storage.read(keys.slice(i, i + 200));
      for (const item of Object.values(items)) {
        const parsed = ConversationRecordSchema.safeParse(withoutEtag(item).rest);
        if (parsed.success) out.push(parsed.data);
      }
    }
    return out;
  }

  async forTeam(teamId: string): Promise<ConversationRecord[]> {
    return (await this.all()).filter((c) => c.teamId === teamId);
  }

  async forget(conversationIds: string[]): Promise<void> {
    if (conversationIds.length > 0) {
      await this.storage.delete(conversationIds.map((c) => ConversationStore.key(c)));
    }
  }

  /** Applies a change to the records of a team (e.g. a new team name). */
  async updateTeam(teamId: string, change: (r: ConversationRecord) => ConversationRecord) {
    for (const record of await this.forTeam(teamId)) {
      await this.storage.write({
        [ConversationStore.key(record.conversationId)]: {
          ...change(record),
          updatedAt: this.now().toISOString(),
        },
      });
    }
  }
}
