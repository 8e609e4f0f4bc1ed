import { AsyncLocalStorage } from 'node:async_hooks';

// What a turn carries implicitly through everything it awaits: its id (src/telemetry/turnId.ts)
// and its deadline (src/clients/turnDeadline.ts). One store for both: every AsyncLocalStorage in
// use adds its own work to each promise the process creates, turn or not.

export type TurnScope = { turnId?: string; deadline?: number };

const current = new AsyncLocalStorage<TurnScope>();

export function inTurnScope<T>(scope: TurnScope, fn: () => Promise<T>): Promise<T> {
  return current.run(scope, fn);
}

/** The current turn's scope, or undefined outside a turn. */
export function turnScope(): TurnScope | undefined {
  return current.getStore();
}
