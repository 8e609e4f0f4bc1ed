import { LRUCache } from 'lru-cache';
import type { View } from '../../cards/cardModels';
import type { StoredReference } from '../../digest/conversationReferences';
import { UserConversationStore } from '../../digest/userConversations';
import type { Logger } from '../../log';
import { ProposalStore } from '../../register/proposalStore';
import type { Database } from '../../state/database';
import type { TurnInfo } from '../skill';
import { outcomeView, reviewView } from './proposalViews';

// What the suggestion flow needs beside the skill: its store, each user's 1:1 chat, a proactive
// sender, and the users something waits for. That set is held in memory (refreshed from the
// database every minute, so other instances' proposals arrive too): an ordinary contact turn
// checks it without a query.

/**
 * Posts a card to a stored conversation (built in app.ts from the digest sender). ambiguous: the
 * post failed in a way after which it may still have arrived (a 5xx, a broken connection).
 */
export type CardSender = (
  reference: StoredReference,
  view: View,
) => Promise<{ ok: boolean; ambiguous?: true }>;

/** What became of cards posted to a user: sent, not sent, or perhaps (Teams cannot tell). */
export type Delivery = 'sent' | 'notSent' | 'unknown';

export class WaitingUsers {
  private users = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly load: () => Promise<string[]>,
    private readonly log: Logger,
  ) {}

  has = (aadObjectId: string): boolean => this.users.has(aadObjectId);
  add = (aadObjectId: string): void => void this.users.add(aadObjectId);
  delete = (aadObjectId: string): void => void this.users.delete(aadObjectId);

  async refresh(): Promise<void> {
    try {
      this.users = new Set(await this.load());
    } catch (error) {
      this.log.warn(
        { event: 'proposalsWaiting', errorType: (error as Error).name },
        'could not read who has proposals waiting',
      );
    }
  }

  start(everyMs: number): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export type ProposalServices = {
  store: ProposalStore;
  conversations: UserConversationStore;
  waiting: WaitingUsers;
  now: () => Date;
  /** Posts cards to the user's own 1:1 chat: notSent when none is known or a post failed. */
  sendTo: (aadObjectId: string, views: (language: 'sv' | 'en') => View[]) => Promise<Delivery>;
  /** Keeps the user's 1:1 chat (once per process per user and chat: no query on most turns). */
  rememberConversation: (turn: TurnInfo) => Promise<void>;
  /** After a turn in the user's 1:1 chat: shows what waited for them there. */
  afterTurn: (turn: TurnInfo, send: (views: View[]) => Promise<void>) => Promise<void>;
  stop: () => void;
};

export function createProposalServices(deps: {
  db: Database;
  log: Logger;
  clock: () => Date;
  send: CardSender;
  refreshMs?: number;
}): ProposalServices {
  const { db, log, clock, send } = deps;
  const store = new ProposalStore(db, clock);
  const conversations = new UserConversationStore(db, clock);
  const waiting = new WaitingUsers(() => store.waitingUsers(), log);
  waiting.start(deps.refreshMs ?? 60_000);
  const known = new LRUCache<string, string>({ max: 50_000 });

  const rememberConversation = async (turn: TurnInfo): Promise<void> => {
    const aad = turn.user.aadObjectId;
    // A 1:1 chat's id is the one Teams sends: compared without reading the whole place.
    if (turn.conversation !== 'personal' || !aad || !turn.conversationId) return;
    if (known.get(aad) === turn.conversationId) return;
    const place = turn.place?.();
    if (!place) return;
    await conversations.remember(aad, place.reference, turn.language);
    known.set(aad, place.conversationId);
  };

  const sendTo: ProposalServices['sendTo'] = async (aadObjectId, views) => {
    const conversation = await conversations.get(aadObjectId);
    if (!conversation) return 'notSent';
    for (const view of views(conversation.language ?? 'sv')) {
      const outcome = await send(conversation.reference, view);
      if (!outcome.ok) {
        log.warn(
          { event: 'proposalNotify', ambiguous: outcome.ambiguous === true },
          'could not post a proposal card',
        );
        return outcome.ambiguous ? 'unknown' : 'notSent';
      }
    }
    return 'sent';
  };

  const afterTurn: ProposalServices['afterTurn'] = async (turn, post) => {
    const aad = turn.user.aadObjectId;
    if (turn.conversation !== 'personal' || !aad) return;
    try {
      await rememberConversation(turn);
      if (!waiting.has(aad)) return;
      waiting.delete(aad);
      const { toReview, outcomes } = await store.waitingFor(aad);
      await post([
        ...outcomes.map(outcomeView),
        ...toReview.map((p) => reviewView(p, turn.language, { waiting: true })),
      ]);
      await store.markProposerNotified(outcomes.map((p) => p.id));
      await store.markReviewerNotified(toReview.map((p) => p.id));
    } catch (error) {
      log.warn(
        { event: 'proposalsWaiting', errorType: (error as Error).name },
        'could not show waiting proposals',
      );
    }
  };

  return {
    store,
    conversations,
    waiting,
    now: clock,
    sendTo,
    rememberConversation,
    afterTurn,
    stop: () => waiting.stop(),
  };
}
