import type { Queryable } from '../../state/database';
import { isoOrUndefined } from '../../state/database';

// Per-user settings (table user_settings), keyed by the Teams user's aadObjectId.

export type UserSettings = {
  /** The health centre "min HC" means, set by the user (never grants access to anything). */
  myUnitId?: string;
  myUnitSetAt?: string;
};

type SettingsRow = { my_unit_id: string | null; my_unit_set_at: Date | null };

export async function readUserSettings(db: Queryable, aadObjectId: string): Promise<UserSettings> {
  const [row] = await db.query<SettingsRow>(
    'SELECT my_unit_id, my_unit_set_at FROM user_settings WHERE aad_object_id = $1',
    [aadObjectId],
  );
  if (!row) return {};
  return {
    myUnitId: row.my_unit_id ?? undefined,
    myUnitSetAt: isoOrUndefined(row.my_unit_set_at),
  };
}

/** Sets "min HC" (one statement: two instances writing at once leave one of the two values). */
export async function saveMyUnit(
  db: Queryable,
  aadObjectId: string,
  unitId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.query(
    `INSERT INTO user_settings (aad_object_id, my_unit_id, my_unit_set_at, updated_at)
     VALUES ($1, $2, $3, $3)
     ON CONFLICT (aad_object_id)
     DO UPDATE SET my_unit_id = EXCLUDED.my_unit_id, my_unit_set_at = EXCLUDED.my_unit_set_at,
                   updated_at = EXCLUDED.updated_at`,
    [aadObjectId, unitId, now],
  );
}
