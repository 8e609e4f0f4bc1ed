import { inTurnScope, turnScope } from '../turnScope';

// Each turn's time budget (TURN_BUDGET_MS), carried implicitly through everything the turn awaits
// (src/turnScope.ts), so every API call made for the turn, however deep, can honour it without
// each skill passing it on: retries only while time is left, each attempt's timeout capped by
// what is left.
// Outside a turn (background refreshes, digests, the tab) there is no deadline.

/** Runs fn with a deadline (epoch ms) that timeLeft() reports inside it. */
export function withDeadline<T>(deadline: number, fn: () => Promise<T>): Promise<T> {
  return inTurnScope({ ...turnScope(), deadline }, fn);
}

/** Milliseconds left in the current turn (never negative), or undefined outside a turn. */
export function timeLeft(now = Date.now()): number | undefined {
  const deadline = turnScope()?.deadline;
  return deadline === undefined ? undefined : Math.max(0, deadline - now);
}

/** Resolves after ms (unref'd, so a pending budget never keeps the process alive). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
