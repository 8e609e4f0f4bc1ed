import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/log';

// The app's structured log, captured line by line, so a test can read what operations would.

export type LogLine = { level: number; event?: string; msg?: string; [key: string]: unknown };

export function captureLog(): { log: Logger; lines: LogLine[]; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return { log: pino({ level: 'debug', base: { app: 'nara' } }, stream), lines, raw };
}
