import { randomUUID } from 'node:crypto';
import {
  TeamsActivityHandler,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { View } from '../cards/cardModels';
import { strings } from '../i18n/strings';
import {
  internalErrorView,
  simpleMessageView,
  storeUnavailableView,
  upstreamErrorView,
} from '../skills/errorViews';
import { welcomeFor } from '../skills/helpSkill';
import { dispatch, type IntentHandlers } from '../skills/intentHandlers';
import type { Services, TurnInfo } from '../skills/skill';
import { UpstreamError, type UpstreamSource } from '../clients/upstreamErrors';
import { DatabaseError } from '../state/database';
import { firstDelivery } from '../state/processedActivities';
import { recordConversationUpdate, recordInstallationUpdate } from '../digest/installations';
import { contactIntentKinds, type Intent, type IntentKind } from '../understanding/intent';
import { stripTeamsMarkup } from '../understanding/teamsText';
import { understand } from '../understanding/understand';
import {
  contextAfter,
  type AnswerFacts,
  type ConversationContext,
} from '../understanding/conversationContext';
import { actionToIntent, CardActionSchema } from './cardActions';
import { searchContacts } from './messageExtension';
import { RateLimiter } from './rateLimiter';
import { tenantSignals, turnInfo } from './turnInfo';
import { tenantAllowed } from '../access/tenants';
import { timeLeft } from '../clients/turnDeadline';
import { UNREADABLE_FIELDS } from './activityEndpoint';
import { viewActivity } from './views';
import { recordTurn } from '../telemetry/telemetry';
import { currentTurnId } from '../telemetry/turnId';

/** Asked of the directory: without its names loaded these cannot be answered. */
const needsDirectory = (kind: IntentKind): boolean =>
  kind === 'unitsInArea' || (contactIntentKinds as readonly IntentKind[]).includes(kind);

/** The Teams bot: turns activities into intents, intents into skills, views into cards. */
export class NaraBot extends TeamsActivityHandler {
  private readonly rateLimiter: RateLimiter;
  // Teams sends both installationUpdate and conversationUpdate on install: welcome once.
  private readonly welcomed = new LRUCache<string, true>({ max: 5_000, ttl: 60_000 });

  constructor(
    private readonly services: Services,
    private readonly answerers: IntentHandlers,
    /** Resolves true when the directory's names are loaded (tries to load them, waiting ≤ ms). */
    private readonly lexiconReady: (waitMs: number) => Promise<boolean> = async () => true,
  ) {
    super();
    this.rateLimiter = new RateLimiter(services.config.RATE_LIMIT_PER_MINUTE);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });
    // Conversation references of every team, channel and chat (for digests): see src/digest.
    this.onInstallationUpdate(async (context, next) => {
      await recordInstallationUpdate(context, services);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await recordConversationUpdate(context, services);
      await next();
    });
  }

  /**
   * Every activity passes here first: the tenant allowlist is applied once, before any handler
   * (messages, invokes such as the message extension, installs, conversation updates).
   */
  override async run(context: TurnContext): Promise<void> {
    if (tenantAllowed(this.services.config.ALLOWED_TENANT_IDS, tenantSignals(context))) {
      return super.run(context);
    }
    this.services.log.info(
      { event: 'tenantRefused', type: context.activity.type },
      'tenant refused',
    );
    const s = strings(turnInfo(context).language);
    if (context.activity.type === 'message') {
      await context.sendActivity(viewActivity(simpleMessageView(s.tenantRefused)));
    } else if (context.activity.type === 'invoke') {
      // A polite answer with no directory data; the message extension shows the text.
      const body = context.activity.name?.startsWith('composeExtension/')
        ? { composeExtension: { type: 'message', text: s.tenantRefused.text } }
        : undefined;
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    }
  }

  /** The searchContacts message extension: search from the compose box, insert a contact card. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return searchContacts(query, turnInfo(context).language, this.services);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const id = context.activity.conversation?.id ?? '';
    if (this.welcomed.has(id)) return;
    this.welcomed.set(id, true);
    await context.sendActivity(viewActivity(await welcomeFor(turnInfo(context), this.services)));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = stripTeamsMarkup(context.activity.text ?? '');
    const turn = turnInfo(context, text);
    const s = strings(turn.language);
    // One after another, so several cards arrive in the order the skill gave them.
    const send = async (views: View[]) => {
      for (const view of views) await this.deliver(context, view);
    };

    // A real turn with a field the edge could not read (src/bot/activitySchema.ts): say so.
    if (context.turnState.get(UNREADABLE_FIELDS)) {
      return void (await send([simpleMessageView(s.unreadable, 'Warning')]));
    }
    const userKey = turn.user.aadObjectId ?? context.activity.from?.id ?? 'anonymous';
    if (!this.rateLimiter.allow(userKey)) {
      return void (await send([simpleMessageView(s.rateLimited, 'Warning')]));
    }

    // No names loaded yet (directory down at start): try now, waiting at most half the turn's
    // time left, so the rest of the budget still answers.
    const lexiconReady = await this.lexiconReady((timeLeft() ?? Infinity) / 2);
    const conversationId = context.activity.conversation?.id;
    const before = await this.conversationContext(conversationId);
    const intent = this.intentOf(context, text, turn, before);
    if (!intent) return void (await send([simpleMessageView(s.staleAction, 'Warning')]));
    // A re-delivered submit, or typed request that changes a channel's digests, acts once.
    if ((!text || changesDigests(intent)) && !(await this.firstDeliveryOfSubmit(context, turn))) {
      return;
    }
    const started = Date.now();
    // Without the directory's names a name cannot be understood: say the directory is down,
    // rather than "not found" or "not understood".
    const needsNames = needsDirectory(intent.kind) || intent.kind === 'unknown';
    let shown: AnswerFacts = {};
    const remember = (facts: AnswerFacts) => {
      shown = { ...shown, ...facts };
    };
    await send(
      !lexiconReady && needsNames
        ? [
            upstreamErrorView(
              new UpstreamError('directory', 'unavailable', 'no lexicon'),
              intent.language,
            ),
          ]
        : await this.answer(intent, { ...turn, remember }),
    );
    if (conversationId) {
      await this.saveContext(conversationId, contextAfter(before ?? {}, intent, shown));
    }
    // In the user's own chat: keep where to reach them, and show what waited for them (proposals
    // to review, outcomes of their own). Checked in memory: most turns make no query here.
    await this.services.proposals?.afterTurn({ ...turn, language: intent.language }, send);
    this.services.log.info(
      { event: 'turn', intent: intent.kind, language: intent.language, ms: Date.now() - started },
      'answered',
    );
    recordTurn(intent.kind);
  }

  /**
   * A card submit changes state (saves a subscription, withdraws a digest), and so does a digest
   * request typed with its details: Teams re-delivers an activity whose POST timed out, and the
   * second delivery must not act again.
   */
  private async firstDeliveryOfSubmit(context: TurnContext, turn: TurnInfo): Promise<boolean> {
    const activityId = context.activity.id;
    const conversationId = context.activity.conversation?.id;
    if (!activityId || !conversationId) return true;
    try {
      if (await firstDelivery(this.services.db, conversationId, activityId)) return true;
    } catch (error) {
      this.services.log.warn(
        { event: 'dedup', errorType: (error as Error).name },
        'could not check for a re-delivered submit',
      );
      await context.sendActivity(viewActivity(storeUnavailableView(turn.language)));
      return false;
    }
    this.services.log.info({ event: 'duplicateActivity' }, 're-delivered submit ignored');
    return false;
  }

  /** Sends a card; a `replace` view updates the card the user acted on (e.g. a list's next page). */
  private async deliver(context: TurnContext, view: View): Promise<unknown> {
    const replyToId = context.activity.replyToId;
    if (view.replace && replyToId) {
      return context.updateActivity({ ...viewActivity(view), id: replyToId });
    }
    return context.sendActivity(viewActivity(view));
  }

  /**
   * Typed text, read against the conversation so far, or the value of a card button (validated: a
   * stale or forged value gives undefined), answered in the conversation's language: a tap carries
   * no words to tell it, and the client's locale is often not the user's (PITFALLS.md).
   */
  private intentOf(
    context: TurnContext,
    text: string,
    turn: TurnInfo,
    conversation: ConversationContext | undefined,
  ): Intent | undefined {
    const value: unknown = context.activity.value;
    if (!text && value !== undefined) {
      const action = CardActionSchema.safeParse(value);
      return action.success
        ? actionToIntent(action.data, conversation?.language ?? turn.language)
        : undefined;
    }
    return understand(text, turn.locale, this.services.lexicon(), conversation);
  }

  /** What the conversation was about; a store that fails leaves the turn without it, not broken. */
  private async conversationContext(
    conversationId: string | undefined,
  ): Promise<ConversationContext | undefined> {
    if (!conversationId) return undefined;
    try {
      return await this.services.contexts.read(conversationId);
    } catch (error) {
      this.services.log.warn(
        { event: 'conversationContext', errorType: (error as Error).name },
        'could not read the conversation context',
      );
      return undefined;
    }
  }

  private async saveContext(conversationId: string, next: ConversationContext): Promise<void> {
    try {
      await this.services.contexts.save(conversationId, next);
    } catch (error) {
      this.services.log.warn(
        { event: 'conversationContext', errorType: (error as Error).name },
        'could not save the conversation context',
      );
    }
  }

  private async answer(intent: Intent, turn: TurnInfo): Promise<View[]> {
    try {
      return await withinBudget(
        dispatch(this.answerers, intent, { ...turn, language: intent.language }, this.services),
        needsDirectory(intent.kind) ? 'directory' : 'metrics',
      );
    } catch (error) {
      if (error instanceof UpstreamError) {
        this.services.log.warn(
          { event: 'upstream', source: error.source, reason: error.reason },
          'upstream failed',
        );
        return [upstreamErrorView(error, intent.language)];
      }
      if (error instanceof DatabaseError) {
        this.services.log.error(
          { event: 'database', code: error.code, errorType: error.name },
          'database failed during a turn',
        );
        return [storeUnavailableView(intent.language)];
      }
      throw error;
    }
  }
}

/**
 * The skill's answer, or a "service not answering" error once the turn's deadline (its budget
 * less the time to send, see activityEndpoint.ts) has passed: the clients stop on their own by
 * then; this catches whatever else would still wait.
 */
async function withinBudget<T>(work: Promise<T>, source: UpstreamSource): Promise<T> {
  const left = timeLeft();
  if (left === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new UpstreamError(source, 'unavailable', 'turn budget spent')),
      left,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Last resort for a failed turn: log without content, and a short card, never a stack trace. */
export async function onTurnError(
  context: TurnContext,
  error: Error,
  services: Pick<Services, 'log'>,
): Promise<void> {
  // The turn's id: the same in the logs and the trace, so support finds the turn from the card.
  const reference = currentTurnId() ?? randomUUID().slice(0, 8);
  services.log.error(
    {
      event: 'turnError',
      reference,
      errorType: error.name,
      stack: error.stack?.split('\n').slice(1, 6).join('\n'),
    },
    'turn failed',
  );
  try {
    const language = turnInfo(context, stripTeamsMarkup(context.activity.text ?? '')).language;
    await context.sendActivity(viewActivity(internalErrorView(language, reference)));
  } catch {
    services.log.error({ event: 'turnErrorReplyFailed', reference }, 'could not send error card');
  }
}

/** A typed message that changes a channel's digests: saved with what it typed, paused, removed. */
function changesDigests(intent: Intent): boolean {
  if (intent.kind === 'digestSubscribe') return intent.typed !== undefined;
  return (
    intent.kind === 'digestPause' ||
    intent.kind === 'digestUnsubscribe' ||
    intent.kind === 'digestWithdraw'
  );
}
