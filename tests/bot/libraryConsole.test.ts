import { routeConsoleToLog } from '../../src/bot/libraryConsole';
import { captureLog } from '../e2e/logCapture';

describe('routeConsoleToLog', () => {
  it('turns a multi-line console.error into one structured line with the first line only', () => {
    const { log, lines, raw } = captureLog();
    const original = console.error;
    const restore = routeConsoleToLog(log);
    try {
      const error = new Error('jwt expired');
      error.name = 'TokenExpiredError';
      console.error(error);
      console.warn(
        'Error finding key for token. Available keys: -----BEGIN KEY-----\nMIIB\n-----END',
      );
    } finally {
      restore();
    }
    expect(lines.map((l) => [l.event, l.summary])).toEqual([
      ['library', 'TokenExpiredError: jwt expired'],
      ['library', 'Error finding key for token. Available keys: -----BEGIN KEY-----'],
    ]);
    expect(raw.join('')).not.toContain('MIIB');
    expect(raw.join('')).not.toMatch(/\s+at /);
    expect(console.error).toBe(original);
  });
});
