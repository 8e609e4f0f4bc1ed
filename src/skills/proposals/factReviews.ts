import { Cron } from 'croner';
import type { Logger } from '../../log';
import { targetKey } from '../../register/contactRegister';
import type { Database } from '../../state/database';
import type { Services } from '../skill';
import type { ProposalServices } from './proposalServices';
import { loadTarget, reviewerOf } from './proposalTarget';
import { factReviewView, type ReviewFact } from './proposalViews';

// Keep it fresh (issue 11): once a month each responsible person gets one card with the facts
// they answer for that have not been confirmed within CONTACT_FACT_MAX_AGE_MONTHS. Exactly once
// across instances: a row per person and month (table fact_reviews) is claimed before the post,
// as digest deliveries are. Someone whose 1:1 chat is not known yet is not claimed, so their card
// goes on a later day of the month, once they have written to the bot.

export type FactReviewReport = {
  reviewers: number;
  sent: number;
  /** Perhaps posted (Teams answered 5xx or the connection broke): not posted again this month. */
  unknown: number;
  busy: number;
  noChat: number;
};

/** The month a review belongs to, in Europe/Stockholm ("2026-12"). */
export function reviewMonth(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .slice(0, 7);
}

/** The instant before which a fact is stale: maxAgeMonths before now. */
export function staleBefore(now: Date, maxAgeMonths: number): Date {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - maxAgeMonths);
  return limit;
}

export class FactReviews {
  private cron?: Cron;

  constructor(
    private readonly deps: {
      db: Database;
      services: Pick<Services, 'directory' | 'register' | 'config'>;
      proposals: ProposalServices;
      log: Logger;
      clock: () => Date;
      instanceId: string;
    },
  ) {}

  /** Daily at 09:00 Stockholm time: the month's cards not yet sent go out. */
  start(): void {
    if (this.cron) return;
    this.cron = new Cron('0 9 * * *', { timezone: 'Europe/Stockholm', protect: true }, async () => {
      await this.tick().catch((error: Error) =>
        this.deps.log.error(
          { event: 'factReview', errorType: error.name },
          'fact review tick failed',
        ),
      );
    });
  }

  stop(): void {
    this.cron?.stop();
    this.cron = undefined;
  }

  async tick(): Promise<FactReviewReport> {
    const { db, services, proposals, clock, log } = this.deps;
    const now = clock();
    const month = reviewMonth(now);
    const stale = await services.register.staleFacts(
      staleBefore(now, services.config.CONTACT_FACT_MAX_AGE_MONTHS),
    );
    // Each target once: its name and its reviewer (from the directory, cached by the client).
    const byReviewer = new Map<string, ReviewFact[]>();
    const targets = new Map<string, Promise<{ name: string; aad?: string } | undefined>>();
    for (const path of stale) {
      const key = targetKey(path.target);
      if (!targets.has(key)) {
        targets.set(
          key,
          loadTarget(services, path.target).then(async (info) =>
            info
              ? { name: info.name, aad: (await reviewerOf(services, info, undefined))?.aadObjectId }
              : undefined,
          ),
        );
      }
      const target = await targets.get(key);
      if (!target?.aad) continue;
      byReviewer.set(target.aad, [
        ...(byReviewer.get(target.aad) ?? []),
        { path, targetName: target.name },
      ]);
    }
    const report: FactReviewReport = {
      reviewers: byReviewer.size,
      sent: 0,
      unknown: 0,
      busy: 0,
      noChat: 0,
    };
    for (const [aad, facts] of byReviewer) {
      if (!(await proposals.conversations.get(aad))) {
        report.noChat++;
        continue;
      }
      const claimed = await db.query(
        `INSERT INTO fact_reviews (reviewer_aad_object_id, month, status, claimed_by, facts,
           created_at, updated_at)
         VALUES ($1, $2, 'sending', $3, $4, $5, $5) ON CONFLICT DO NOTHING RETURNING month`,
        [aad, month, this.deps.instanceId, facts.length, now],
      );
      if (claimed.length === 0) {
        report.busy++;
        continue;
      }
      const delivery = await proposals.sendTo(aad, (language) => [factReviewView(facts, language)]);
      if (delivery !== 'notSent') {
        // Perhaps posted is kept as such: Teams has no idempotency key, so posting again could
        // give the reviewer the month's card twice; the next month's card comes in any case.
        await db.query(
          `UPDATE fact_reviews SET status = $3, updated_at = $4
           WHERE reviewer_aad_object_id = $1 AND month = $2`,
          [aad, month, delivery, clock()],
        );
        report[delivery]++;
      } else {
        // Not posted (as far as Teams said): free the month's row, so a later tick tries again.
        await db.query(
          'DELETE FROM fact_reviews WHERE reviewer_aad_object_id = $1 AND month = $2',
          [aad, month],
        );
      }
    }
    log.info({ event: 'factReview', month, ...report }, 'fact review run');
    return report;
  }
}
