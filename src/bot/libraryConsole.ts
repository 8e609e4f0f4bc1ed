import type { Logger } from '../log';

// botbuilder writes some events straight to the console, with stacks or key material spread over
// many lines (e.g. botframework-connector's token validation: `console.error(err)` on an expired
// token, the signing keys on a bad signature). Requests that trigger these are answered at the
// edge (src/bot/activityEndpoint.ts); here their console output becomes one structured log line
// each: the first line only, bounded, never the rest.

const MAX_SUMMARY = 160;

function summaryOf(args: unknown[]): string {
  const [first] = args;
  const text = first instanceof Error ? `${first.name}: ${first.message}` : String(first ?? '');
  return text.split('\n')[0].slice(0, MAX_SUMMARY);
}

/** Routes console.error and console.warn into the logger; returns the function that undoes it. */
export function routeConsoleToLog(log: Logger): () => void {
  const { error, warn } = console;
  console.error = (...args: unknown[]) =>
    log.error({ event: 'library', summary: summaryOf(args) }, 'library console.error');
  console.warn = (...args: unknown[]) =>
    log.warn({ event: 'library', summary: summaryOf(args) }, 'library console.warn');
  return () => {
    console.error = error;
    console.warn = warn;
  };
}
