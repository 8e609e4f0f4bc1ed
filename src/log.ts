import pino from 'pino';

// Structured JSON logs. Never log message text, names, phone numbers or patient refs.
export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'nara' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['*.text', '*.authorization', 'req.headers.authorization'], remove: true },
  });
}
