import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

// One id per turn, carried implicitly through everything the turn awaits: every log line of the
// turn carries it (src/log.ts), its trace has it as an attribute, and the error card shows it as
// the reference a user gives support, so one id finds the user's report, the logs and the trace.

const current = new AsyncLocalStorage<string>();

/** 12 hex characters: short enough to read out, unique enough for a region's turns. */
export function newTurnId(): string {
  return randomBytes(6).toString('hex');
}

export function withTurnId<T>(turnId: string, fn: () => Promise<T>): Promise<T> {
  return current.run(turnId, fn);
}

/** The current turn's id, or undefined outside a turn. */
export function currentTurnId(): string | undefined {
  return current.getStore();
}
