import { LRUCache } from 'lru-cache';

// Keeps proactive sends within Teams' limits: at most `limit` starts in any window of `windowMs`,
// overall and per conversation. A sliding window (not a token bucket with a burst) so the receiver,
// counting in any 1-second window, never sees more than the limit.

export type Rate = { limit: number; windowMs: number };

export type PacerOptions = {
  /** All requests of this app (Teams: 30 requests per second). */
  overall: Rate;
  /** Per conversation (Teams: 7 messages per second). */
  perConversation: Rate;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

class Window {
  private readonly starts: number[] = [];
  constructor(private readonly rate: Rate) {}

  /** Milliseconds until a start is allowed (0 = now). */
  wait(now: number): number {
    while (this.starts.length > 0 && now - this.starts[0] >= this.rate.windowMs) this.starts.shift();
    if (this.starts.length < this.rate.limit) return 0;
    return this.starts[0] + this.rate.windowMs - now;
  }

  record(now: number): void {
    this.starts.push(now);
  }
}

export class Pacer {
  private readonly overall: Window;
  private readonly conversations: LRUCache<string, Window>;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: PacerOptions) {
    this.overall = new Window(options.overall);
    this.conversations = new LRUCache({ max: 10_000 });
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Resolves when one request to this conversation may start; callers are served in order. */
  acquire(conversationId: string): Promise<void> {
    const turn = this.queue.then(() => this.take(conversationId));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(conversationId: string): Promise<void> {
    let perConversation = this.conversations.get(conversationId);
    if (!perConversation) {
      perConversation = new Window(this.options.perConversation);
      this.conversations.set(conversationId, perConversation);
    }
    for (;;) {
      const now = this.now();
      const wait = Math.max(this.overall.wait(now), perConversation.wait(now));
      if (wait <= 0) {
        this.overall.record(now);
        perConversation.record(now);
        return;
      }
      await this.sleep(wait);
    }
  }
}
