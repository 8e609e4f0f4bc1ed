import type { Queryable } from './database';

// Teams re-delivers an activity whose POST timed out. A state-changing card submit must act once:
// the first delivery records its id here, a second one finds it and does nothing.

/** True the first time this activity is seen; false when it is a re-delivery. */
export async function firstDelivery(
  db: Queryable,
  conversationId: string,
  activityId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO processed_activities (conversation_id, activity_id, received_at)
     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING activity_id`,
    [conversationId, activityId, now],
  );
  return rows.length === 1;
}

/** Re-deliveries come within minutes; a week of history is plenty. */
export async function forgetProcessedActivities(db: Queryable, now: Date = new Date()) {
  await db.query('DELETE FROM processed_activities WHERE received_at < $1', [
    new Date(now.getTime() - 7 * 86_400_000),
  ]);
}
