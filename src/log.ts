import pino from 'pino';
import { currentTurnId } from './telemetry/turnId';

// Structured JSON logs. Never log message text, names, phone numbers or patient refs.
export type Logger = pino.Logger;

/** The process's log (stdout), or one written to `destination` (tests read what operations would). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'nara' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line written during a turn carries its id (the reference users see on an error card).
      mixin: () => {
        const turnId = currentTurnId();
        return turnId ? { turnId } : {};
      },
      redact: { paths: ['*.text', '*.authorization', 'req.headers.authorization'], remove: true },
    },
    destination,
  );
}
