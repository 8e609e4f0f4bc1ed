import { isIP } from 'node:net';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Config } from '../config';
import { sendError } from '../http/httpErrors';
import type { Logger } from '../log';
import { inTurnSpan } from '../telemetry/telemetry';
import { newTurnId } from '../telemetry/turnId';
import { inTurnScope } from '../turnScope';
import { parseActivity, type ActivityEnvelope } from './activitySchema';

// POST /api/messages behind the HTTP edge: the body (already read by src/http/jsonBody.ts) is
// parsed with zod, the service URL checked in local anonymous mode, the turn given its time
// budget, and botbuilder's authentication run without its own error handling (which answers 500
// with internal text and prints stacks): a rejected request is a bare 401 and one log line.

/** Time of the budget kept back for sending the answer (the connector call). */
const SEND_RESERVE_MS = 500;

/** Fields of the activity that were removed as unreadable (turnState key; see NaraBot). */
export const UNREADABLE_FIELDS = Symbol('unreadableFields');

/** CloudAdapter with its authenticated processing reachable without `process()`'s req/res. */
export class EdgeAdapter extends CloudAdapter {
  handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** 127.0.0.0/8, ::1 and localhost: the only service URLs local anonymous mode posts to. */
export function isLoopbackUrl(serviceUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serviceUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return isIP(host) === 6 && host === '::1';
}

/**
 * What botbuilder's own validateAndFixActivity does: timestamps become Dates, raw kept. In place:
 * the envelope is zod's own copy of the body (a spread of it cost more than the rest of this).
 */
function withDates(envelope: ActivityEnvelope): Activity {
  const activity = envelope as Record<string, unknown>;
  for (const [key, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof activity[key] === 'string') {
      activity[raw] = activity[key];
      activity[key] = new Date(activity[key] as string);
    }
  }
  // The envelope schema checked every field botbuilder needs; the rest passes through as sent.
  return activity as unknown as Activity;
}

const isAuthFailure = (error: unknown): boolean => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
};

export type ActivityEndpointDeps = {
  adapter: EdgeAdapter;
  config: Pick<Config, 'MicrosoftAppId' | 'TURN_BUDGET_MS' | 'ALLOW_ANY_SERVICE_URL'>;
  log: Logger;
  run: (context: TurnContext) => Promise<void>;
};

export function activityEndpoint(
  deps: ActivityEndpointDeps,
): (req: Request, res: Response, body: unknown) => Promise<void> {
  const { adapter, config, log, run } = deps;
  const anonymous = !config.MicrosoftAppId;
  return async (req, res, body) => {
    const started = Date.now();
    const parsed = parseActivity(body);
    if (!parsed.ok) {
      log.warn(
        { event: 'http', route: '/api/messages', status: 400, field: parsed.field },
        'bad activity',
      );
      return sendError(res, 'bad_activity');
    }
    const { activity, odd } = parsed;
    // Without authentication, whoever posts chooses where the replies go: only to this machine.
    if (anonymous && !config.ALLOW_ANY_SERVICE_URL && !isLoopbackUrl(activity.serviceUrl)) {
      log.warn(
        { event: 'http', route: '/api/messages', status: 403 },
        'service URL refused in local anonymous mode',
      );
      return sendError(res, 'forbidden');
    }
    if (odd.length > 0)
      log.info({ event: 'activityOdd', fields: odd }, 'unreadable fields removed');

    const header = req.headers.authorization;
    const authHeader = typeof header === 'string' ? header : '';
    let invoke: InvokeResponse | undefined;
    try {
      // The turn's deadline keeps back time to send the answer card itself.
      const reserve = Math.min(SEND_RESERVE_MS, config.TURN_BUDGET_MS / 4);
      // One id and one span per turn (src/telemetry/): in every log line, the trace, the error card.
      const turnId = newTurnId();
      const span = { turnId, activityType: activity.type, channelId: activity.channelId };
      const deadline = started + config.TURN_BUDGET_MS - reserve;
      invoke = await inTurnScope({ turnId, deadline }, () =>
        inTurnSpan(span, () =>
          adapter.handle(authHeader, withDates(activity), async (context) => {
            if (odd.length > 0) context.turnState.set(UNREADABLE_FIELDS, odd);
            await run(context);
          }),
        ),
      );
    } catch (error) {
      if (isAuthFailure(error)) {
        log.warn(
          { event: 'auth', status: 401, ms: Date.now() - started },
          'request not authenticated',
        );
        return sendError(res, 'unauthorized');
      }
      log.error(
        { event: 'http', route: '/api/messages', status: 500, errorType: (error as Error)?.name },
        'activity failed',
      );
      return sendError(res, 'internal');
    }
    if (res.headersSent) return;
    if (invoke) res.send(invoke.status, invoke.body);
    else {
      res.status(200);
      res.end();
    }
  };
}
