import { randomUUID } from 'node:crypto';
import { turnScope } from '../turnScope';

// One id per turn, carried implicitly through everything the turn awaits (src/turnScope.ts):
// every log line of the turn carries it (src/log.ts), its trace has it as an attribute, and the
// error card shows it as the reference a user gives support, so one id finds the user's report,
// the logs and the trace.

/**
 * 12 hex characters: short enough to read out, unique enough for a region's turns. The last 12
 * of a v4 UUID are all random; randomUUID draws from a pool, where randomBytes asks the system
 * on every call (a tenth of a turn's own time, measured).
 */
export function newTurnId(): string {
  return randomUUID().slice(-12);
}

/** The current turn's id, or undefined outside a turn. */
export function currentTurnId(): string | undefined {
  return turnScope()?.turnId;
}
