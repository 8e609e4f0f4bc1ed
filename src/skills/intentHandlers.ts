import type { View } from '../cards/cardModels';
import type { Intent, IntentKind } from '../understanding/intent';
import type { Services, TurnInfo } from './skill';

// Routing by type, once (teams.ts keys its activity handlers the same way): one handler per intent
// kind, each given exactly its own kind, so a kind without a handler fails to compile and no
// handler re-checks or casts what it gets.

/** The intent of one kind (or of several: a skill that answers a few kinds takes their union). */
export type IntentOf<K extends IntentKind> = Extract<Intent, { kind: K }>;

/** A capability: from an understood intent of its kinds to the cards to send. */
export type Handler<I extends Intent> = (
  intent: I,
  turn: TurnInfo,
  services: Services,
) => Promise<View[]>;

export type IntentHandlers = { [K in IntentKind]: Handler<IntentOf<K>> };

/** Answers an intent with the handler of its kind. */
export function dispatch<K extends IntentKind>(
  handlers: IntentHandlers,
  intent: IntentOf<K>,
  turn: TurnInfo,
  services: Services,
): Promise<View[]> {
  const handler: Handler<IntentOf<K>> = handlers[intent.kind];
  return handler(intent, turn, services);
}
