import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { StoredReference } from './conversationReferences';
import { recordThrottled } from '../telemetry/telemetry';
import type { SendPacer } from './pacer';

// Proactive sends with adapter.continueConversationAsync and the stored reference. Each request
// waits for the pacer (Teams' limits). Failures that say nothing was done (429, 412, 503, a refused
// connection) are retried with exponential backoff and full jitter, never sooner than the
// Retry-After the service asked for. Failures after which the post may have arrived (500, 502,
// 504, a reset or timed-out connection) are retried only for deletes: Teams has no idempotency
// key, so a post is never repeated blindly; it is reported as ambiguous. For posts, the Bot
// Framework connector client's own retry policy (which repeats 5xx and timeouts unseen) is
// taken out of its pipeline for that one request.

export type ProactiveAdapter = {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
};

export type RetryOptions = {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After honoured; a longer one ends the attempts (tried again next tick). */
  maxRetryAfterMs: number;
  /** Total time one send may take, waits included. */
  budgetMs: number;
};

export const defaultRetry: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
  budgetMs: 4 * 60_000,
};

export type SendOutcome =
  | { ok: true; activityId?: string; attempts: number }
  | {
      ok: false;
      attempts: number;
      retryable: boolean;
      reason: string;
      status?: number;
      /** The caller's last check before the post said no: nothing was sent. */
      stoodDown?: true;
      /** The post may have arrived (a 5xx or a broken connection after the request went out). */
      ambiguous?: true;
    };

/** Nothing was done: safe to repeat. */
const RETRY_STATUS = new Set([412, 429, 503]);
const RETRY_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND']);
/** The request may have been carried out: repeat only what is idempotent. */
const AMBIGUOUS_STATUS = new Set([500, 502, 504]);
const AMBIGUOUS_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE']);

type HttpFailure = { status?: number; code?: string; retryAfterMs?: number };

/** What an error from the connector client says: status, error code, Retry-After. */
export function describeFailure(error: unknown, now = Date.now()): HttpFailure {
  if (!error || typeof error !== 'object') return {};
  const e = error as {
    statusCode?: unknown;
    code?: unknown;
    response?: { headers?: { get?: (name: string) => string | undefined } };
  };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const code = typeof e.code === 'string' ? e.code : undefined;
  let header: string | undefined;
  try {
    header = e.response?.headers?.get?.('retry-after') ?? undefined;
  } catch {
    header = undefined;
  }
  return { status, code, retryAfterMs: parseRetryAfter(header, now) };
}

/** Retry-After as seconds or an HTTP date. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (!header || header.trim() === '') return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.max(ms, 0) : undefined;
}

export function isRetryable(failure: HttpFailure): boolean {
  if (failure.status !== undefined) return RETRY_STATUS.has(failure.status);
  return failure.code !== undefined && RETRY_CODES.has(failure.code);
}

export function isAmbiguous(failure: HttpFailure): boolean {
  if (failure.status !== undefined) return AMBIGUOUS_STATUS.has(failure.status);
  return failure.code !== undefined && AMBIGUOUS_CODES.has(failure.code);
}

type PipelineOwner = { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } };

/**
 * Takes the retry policy out of the connector client of this turn (a new client per proactive
 * turn, so nothing else is affected). It sits in a private field of botbuilder's compat layer:
 * if a botbuilder update moves it, this throws and the send fails loudly rather than doubling.
 */
function withoutClientRetry(context: TurnContext): void {
  const adapter = context.adapter as { ConnectorClientKey?: symbol };
  const connector = adapter.ConnectorClientKey
    ? (context.turnState.get(adapter.ConnectorClientKey) as PipelineOwner | undefined)
    : undefined;
  const pipeline = connector?.client?.pipeline;
  if (!pipeline) throw new Error('connector client pipeline not found: cannot send exactly once');
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
}

export type SenderOptions = {
  adapter: ProactiveAdapter;
  botAppId: string;
  pacer: SendPacer;
  retry?: Partial<RetryOptions>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
};

export class DigestSender {
  private readonly retry: RetryOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: SenderOptions) {
    this.retry = { ...defaultRetry, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /**
   * Posts an activity (a new message) to the conversation of the reference. `ready`, if given, is
   * asked once the pace allows the first attempt, right before the request: false sends nothing.
   */
  send(
    reference: StoredReference,
    activity: Partial<Activity>,
    ready?: () => Promise<boolean>,
  ): Promise<SendOutcome> {
    return this.withRetry(reference, ready, 'post', async (context) => {
      withoutClientRetry(context);
      // A new post in the channel, not a reply to the continuation activity's made-up id.
      context.onSendActivities(async (_context, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      const response = await context.sendActivity(activity);
      return response?.id;
    });
  }

  /** Deletes an activity the bot posted (withdraws a digest). */
  delete(reference: StoredReference, activityId: string): Promise<SendOutcome> {
    return this.withRetry(reference, undefined, 'idempotent', async (context) => {
      await context.deleteActivity(activityId);
      return activityId;
    });
  }

  /** The wait before attempt n+1: Retry-After (plus a little jitter), or capped exponential with full jitter. */
  delayFor(attempt: number, failure: HttpFailure): number {
    if (failure.retryAfterMs !== undefined) {
      return (
        failure.retryAfterMs + this.random() * Math.min(1000, failure.retryAfterMs * 0.1 + 100)
      );
    }
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return this.random() * ceiling;
  }

  private async withRetry(
    stored: StoredReference,
    ready: (() => Promise<boolean>) | undefined,
    kind: 'post' | 'idempotent',
    operation: (context: TurnContext) => Promise<string | undefined>,
  ): Promise<SendOutcome> {
    const reference = toConversationReference(stored);
    const started = this.now();
    for (let attempt = 1; ; attempt++) {
      const release = await this.options.pacer.acquire(stored.conversation.id);
      if (attempt === 1 && ready) {
        let go = false;
        try {
          go = await ready();
        } finally {
          if (!go) release();
        }
        if (!go) {
          return {
            ok: false,
            attempts: 0,
            retryable: false,
            reason: 'stood down',
            stoodDown: true,
          };
        }
      }
      // The error is kept inside the turn: thrown out of it, the adapter's onTurnError would
      // swallow it (and post an error card to the channel).
      let caught: { error: unknown } | undefined;
      let activityId: string | undefined;
      try {
        await this.options.adapter.continueConversationAsync(
          this.options.botAppId,
          reference,
          async (context) => {
            try {
              activityId = await operation(context);
            } catch (error) {
              caught = { error };
            }
          },
        );
      } catch (error) {
        caught = { error };
      } finally {
        release();
      }
      if (!caught) return { ok: true, activityId, attempts: attempt };
      const failure = describeFailure(caught.error, this.now());
      if (failure.status === 429) {
        recordThrottled('teams');
        this.options.pacer.throttled(failure.retryAfterMs);
      }
      const reason =
        failure.status !== undefined ? `http ${failure.status}` : (failure.code ?? 'error');
      const status = failure.status;
      if (kind === 'post' && isAmbiguous(failure)) {
        return { ok: false, attempts: attempt, retryable: false, reason, status, ambiguous: true };
      }
      const retryable = isRetryable(failure) || isAmbiguous(failure);
      if (!retryable || attempt >= this.retry.maxAttempts) {
        return { ok: false, attempts: attempt, retryable, reason, status };
      }
      if (failure.retryAfterMs !== undefined && failure.retryAfterMs > this.retry.maxRetryAfterMs) {
        return {
          ok: false,
          attempts: attempt,
          retryable,
          reason: `${reason}, long retry-after`,
          status,
        };
      }
      const delay = this.delayFor(attempt, failure);
      if (this.now() - started + delay > this.retry.budgetMs) {
        return {
          ok: false,
          attempts: attempt,
          retryable,
          reason: `${reason}, out of time`,
          status,
        };
      }
      await this.sleep(delay);
    }
  }
}

/** The stored plain-data reference as botbuilder wants it. */
export function toConversationReference(stored: StoredReference): Partial<ConversationReference> {
  return {
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    locale: stored.locale,
    conversation: {
      id: stored.conversation.id,
      conversationType: stored.conversation.conversationType ?? '',
      tenantId: stored.conversation.tenantId,
      isGroup: stored.conversation.isGroup ?? false,
      name: '',
    },
    bot: { id: stored.bot.id, name: stored.bot.name ?? '' },
  };
}
