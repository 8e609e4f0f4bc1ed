import type { Request, Response } from 'restify';
import { HttpError, sendError } from './httpErrors';

// Reads a JSON request body ourselves instead of restify's bodyParser (PITFALLS.md: its gunzip
// stream can crash the process, its limit counts compressed bytes, its multipart parser writes
// files). Here: identity encoding only, application/json only, the limit counts the bytes
// actually received, nothing is written anywhere, and every failure is an HttpError.

export const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Strict: a byte that is not UTF-8 is refused, not replaced (one decoder, made once). */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown when the client went away mid-body: there is nobody left to answer. */
export class ClientGone extends Error {}

function isIdentity(encoding: string | undefined): boolean {
  if (encoding === undefined) return true;
  const codings = encoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  return codings.every((c) => c === 'identity');
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === 'application/json';
}

/** The request body as parsed JSON; undefined when there is none (no bytes at all). */
export async function readJsonBody(req: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  // 1. Refuse before reading a byte: encodings we do not decode, and declared sizes over the limit.
  if (!isIdentity(req.headers['content-encoding'])) throw new HttpError('unsupported_media_type');
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared === 0) return undefined;
  if (!isJson(req.headers['content-type'])) {
    // No declared length and no chunked transfer: a body-less request.
    if (Number.isNaN(declared) && !req.headers['transfer-encoding']) return undefined;
    throw new HttpError('unsupported_media_type');
  }
  if (declared > limit) throw new HttpError('payload_too_large');

  // 2. Read, counting the bytes that really arrive (a wrong Content-Length or chunked body too).
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (error) {
        // Stop buffering; jsonRoute drains and discards the rest.
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(new HttpError('payload_too_large'));
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('error', () => finish(new ClientGone('request error')));
    req.once('close', () => {
      if (!req.complete) finish(new ClientGone('client aborted'));
    });
  });
  if (bytes.length === 0) return undefined;

  // 3. Strict UTF-8, then JSON.
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError('bad_request');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError('bad_request');
  }
}

export type JsonHandler = (req: Request, res: Response, body: unknown) => Promise<void>;

/** A POST route whose body is read by readJsonBody; a refused body is answered from the table. */
export function jsonRoute(
  handler: JsonHandler,
  limit = DEFAULT_BODY_LIMIT,
): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    let body: unknown;
    try {
      body = await readJsonBody(req, limit);
    } catch (error) {
      if (error instanceof ClientGone) return;
      // Whatever is still coming is read and thrown away (never buffered), so the client can
      // finish sending and read the answer; Node's request timeout bounds a body that never ends.
      req.resume();
      sendError(res, error instanceof HttpError ? error.code : 'bad_request');
      return;
    }
    await handler(req, res, body);
  };
}
