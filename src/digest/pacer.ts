import { LRUCache } from 'lru-cache';

// Keeps proactive sends within Teams' limits (30 requests per second per app, 7 messages per
// second per conversation), counted the way the receiver counts: by arrival, in any window.
// A request arrives some time between its start and its response, so a new one may start only
// while fewer than `limit` requests are in flight or answered within the last window. Then no
// window at the receiver can hold more than `limit` arrivals, whatever the network delays.

export type Rate = { limit: number; windowMs: number };

export type PacerOptions = {
  /** All requests of this app. */
  overall: Rate;
  /** Per conversation. */
  perConversation: Rate;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

/** Call when the request has its answer (or failed). */
export type Release = () => void;

/** What a sender needs of a pacer (this one, or the one shared by all instances). */
export type SendPacer = {
  acquire(conversationId: string): Promise<Release>;
  throttled(retryAfterMs?: number): void;
};

class Window {
  private inFlight = 0;
  private readonly ends: number[] = [];
  /** The limit in force: lowered when the receiver throttles, raised again while it does not. */
  private limit: number;
  private pausedUntil = 0;
  private changedAt = 0;

  constructor(private readonly rate: Rate) {
    this.limit = rate.limit;
  }

  /** 0 = may start now; > 0 = milliseconds until a slot frees; -1 = when a request in flight ends. */
  wait(now: number): number {
    if (now < this.pausedUntil) return this.pausedUntil - now;
    // Additive increase: one more per quiet window, up to the configured rate.
    if (this.limit < this.rate.limit && now - this.changedAt >= this.rate.windowMs) {
      const windows = Math.floor((now - this.changedAt) / this.rate.windowMs);
      this.limit = Math.min(this.rate.limit, this.limit + windows);
      this.changedAt = now;
    }
    while (this.ends.length > 0 && now - this.ends[0] >= this.rate.windowMs) this.ends.shift();
    if (this.inFlight + this.ends.length < this.limit) return 0;
    return this.ends.length > 0 ? Math.max(1, this.ends[0] + this.rate.windowMs - now) : -1;
  }

  /** The receiver said 429: halve the limit and start nothing until Retry-After has passed. */
  throttled(now: number, retryAfterMs: number): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    this.changedAt = this.pausedUntil;
  }

  start(): void {
    this.inFlight++;
  }

  finish(now: number): void {
    this.inFlight--;
    this.ends.push(now);
  }
}

export class Pacer {
  private readonly overall: Window;
  private readonly conversations: LRUCache<string, Window>;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  private released: { promise: Promise<void>; resolve: () => void };

  constructor(private readonly options: PacerOptions) {
    this.overall = new Window(options.overall);
    // Bounded: a release still finishes its own window if that was evicted meanwhile.
    this.conversations = new LRUCache({ max: 10_000 });
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.released = this.signal();
  }

  /** Resolves when one request to this conversation may start; callers are served in order. */
  acquire(conversationId: string): Promise<Release> {
    const turn = this.queue.then(() => this.take(conversationId));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The service throttled a request (HTTP 429): all sends slow down (multiplicative decrease). */
  throttled(retryAfterMs = 1_000): void {
    this.overall.throttled(this.now(), retryAfterMs);
  }

  private signal() {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  }

  private window(conversationId: string): Window {
    let w = this.conversations.get(conversationId);
    if (!w) {
      w = new Window(this.options.perConversation);
      this.conversations.set(conversationId, w);
    }
    return w;
  }

  private async take(conversationId: string): Promise<Release> {
    for (;;) {
      const conversation = this.window(conversationId);
      const now = this.now();
      const waits = [this.overall.wait(now), conversation.wait(now)];
      if (waits.every((w) => w === 0)) {
        this.overall.start();
        conversation.start();
        let done = false;
        return () => {
          if (done) return;
          done = true;
          const at = this.now();
          this.overall.finish(at);
          conversation.finish(at);
          const { resolve } = this.released;
          this.released = this.signal();
          resolve();
        };
      }
      const timed = waits.filter((w) => w > 0);
      const released = this.released.promise;
      await (timed.length > 0
        ? Promise.race([this.sleep(Math.max(...timed)), released])
        : released);
    }
  }
}
