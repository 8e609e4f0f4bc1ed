import type { Response } from 'restify';

// Every HTTP error this server answers, from one table: a stable code, its status and a short
// generic message. Nothing a request caused (parser text, stack, upstream detail) goes in a body.

export const HTTP_ERRORS = {
  bad_request: { status: 400, message: 'the request could not be read' },
  bad_activity: { status: 400, message: 'the request is not a valid activity' },
  unauthorized: { status: 401, message: 'authentication required' },
  forbidden: { status: 403, message: 'not allowed' },
  not_found: { status: 404, message: 'not found' },
  method_not_allowed: { status: 405, message: 'method not allowed' },
  busy: { status: 409, message: 'that is being done already' },
  payload_too_large: { status: 413, message: 'the request body is too large' },
  unsupported_media_type: {
    status: 415,
    message: 'only application/json with identity encoding is accepted',
  },
  internal: { status: 500, message: 'something went wrong' },
  upstream: { status: 502, message: 'a service behind this one did not answer' },
  unavailable: { status: 503, message: 'temporarily unavailable' },
} as const satisfies Record<string, { status: number; message: string }>;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

/** Thrown inside a route; the route's catch (or the server's error hook) answers from the table. */
export class HttpError extends Error {
  constructor(readonly code: HttpErrorCode) {
    super(code);
  }
  get status(): number {
    return HTTP_ERRORS[this.code].status;
  }
}

export function errorBody(code: HttpErrorCode): { error: HttpErrorCode; message: string } {
  return { error: code, message: HTTP_ERRORS[code].message };
}

/** Answers an error from the table; safe on a response that is already sent or a closed socket. */
export function sendError(
  res: Response,
  code: HttpErrorCode,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  const entry = HTTP_ERRORS[code];
  res.header('Cache-Control', 'no-store');
  res.header('X-Content-Type-Options', 'nosniff');
  if (code === 'unauthorized') res.header('WWW-Authenticate', 'Bearer');
  res.send(entry.status, { ...errorBody(code), ...extra });
}

/** The table entry for a status restify itself produced (404, 405, …); anything else is internal. */
export function codeForStatus(status: number | undefined): HttpErrorCode {
  const found = (Object.keys(HTTP_ERRORS) as HttpErrorCode[]).find(
    (code) => HTTP_ERRORS[code].status === status,
  );
  return found ?? 'internal';
}
