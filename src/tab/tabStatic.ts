import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';

// The tab's static files, read once at start and kept in memory (a fixed, small set: bounded),
// each with an ETag and a gzip copy. Vendor bundles come from node_modules: no CDN, no build step.

export type StaticFile = { body: Buffer; gzip: Buffer; type: string; etag: string };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Where Teams may frame the tab (Teams web, desktop and Microsoft 365 hosts); everything else only
 * from this origin: no inline script, no remote code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // teams-js fetches Microsoft's list of valid Teams origins from this CDN (with a built-in fallback).
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com " +
    'https://*.teams.microsoft.us https://*.skype.com https://*.office.com https://outlook.office.com ' +
    'https://*.office365.com https://*.microsoft365.com https://*.cloud.microsoft',
].join('; ');

function load(file: string): StaticFile {
  const body = readFileSync(file);
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    type: TYPES[path.extname(file)] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/** Every file directly in `dir` with a known type, by name. */
export function loadDirectory(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(dir)) {
    if (TYPES[path.extname(name)]) files.set(name, load(path.join(dir, name)));
  }
  return files;
}

/** Named files from anywhere (the vendor bundles). */
export function loadFiles(named: Record<string, string>): Map<string, StaticFile> {
  return new Map(Object.entries(named).map(([name, file]) => [name, load(file)]));
}

/** Sends a static file: 304 on a matching ETag, gzip when the client accepts it. */
export function sendStatic(req: Request, res: Response, file: StaticFile): void {
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    ETag: file.etag,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (file.type.startsWith('text/html'))
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  if (req.header('if-none-match') === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
  const body = gzip ? file.gzip : file.body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
