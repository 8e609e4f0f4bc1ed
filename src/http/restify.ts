import type restifyModule from 'restify';

// restify 11 loads spdy → http-deceiver, which calls process.binding('http_parser') at require
// time and prints DEP0111 twice on every start. It is harmless (HTTP/2 is not used here), so
// only that warning, and only while restify loads, is dropped; every other warning still prints.
// Import restify through this module, never directly, so the first load happens here.

function loadQuietly(): typeof restifyModule {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const [typeOrOptions, code] = rest;
    const named =
      code ??
      (typeof typeOrOptions === 'object' && typeOrOptions
        ? (typeOrOptions as { code?: string }).code
        : undefined);
    if (named === 'DEP0111') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('restify') as typeof restifyModule;
  } finally {
    process.emitWarning = emitWarning;
  }
}

const restify = loadQuietly();
export default restify;
