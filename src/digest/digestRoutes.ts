import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import { z } from 'zod';
import { sendError } from '../http/httpErrors';
import { jsonRoute } from '../http/jsonBody';
import type { Logger } from '../log';
import type { TickReport } from './digestScheduler';

// POST /api/digests/run: automation runs due digests now, or sends one subscription's digest.
// Bearer key from DIGEST_TRIGGER_KEY, compared in constant time; no key configured = always 401.

export type DigestTrigger = {
  tick: () => Promise<TickReport>;
  runOne: (subscriptionId: string) => Promise<TickReport | undefined>;
};

const RunBodySchema = z.object({ subscriptionId: z.string().min(1).max(300).optional() }).strict();

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Constant-time check of an Authorization header against the configured key. */
export function bearerMatches(header: string | undefined, key: string | undefined): boolean {
  if (!key) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const given = match?.[1].trim() ?? '';
  return timingSafeEqual(digest(given), digest(key)) && given.length > 0;
}

export function digestRoutes(options: {
  key: string | undefined;
  trigger: DigestTrigger;
  log: Logger;
}): (server: restify.Server) => void {
  return (server) => {
    server.post(
      '/api/digests/run',
      jsonRoute(async (req: restify.Request, res: restify.Response, raw: unknown) => {
        if (!bearerMatches(req.header('authorization'), options.key)) {
          return sendError(res, 'unauthorized');
        }
        const body = RunBodySchema.safeParse(raw ?? {});
        if (!body.success) return sendError(res, 'bad_request');
        try {
          if (body.data.subscriptionId) {
            const report = await options.trigger.runOne(body.data.subscriptionId);
            if (!report) return sendError(res, 'not_found');
            // Another instance is sending this subscription's digest: the trigger never races it.
            if (report.busy > 0 && report.due === 0) return sendError(res, 'busy');
            res.send(200, report);
            return;
          }
          res.send(200, await options.trigger.tick());
        } catch (error) {
          options.log.error(
            { event: 'digestTrigger', errorType: (error as Error).name },
            'trigger failed',
          );
          sendError(res, 'internal');
        }
      }),
    );
  };
}
