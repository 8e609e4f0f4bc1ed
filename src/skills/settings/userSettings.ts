import { z } from 'zod';
import type { AppStorage } from '../../state/appStorage';

// Per-user settings in the persistent store under `user/<aadObjectId>`. Other features may keep
// their own fields in the same item: a write keeps them and is guarded by the item's eTag.

export const UserSettingsSchema = z.looseObject({
  /** The health centre "min HC" means, set by the user (never grants access to anything). */
  myUnitId: z.string().min(1).optional(),
  myUnitSetAt: z.string().optional(),
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;

export const userKey = (aadObjectId: string): string => `user/${aadObjectId}`;

export async function readUserSettings(
  storage: AppStorage,
  aadObjectId: string,
): Promise<UserSettings> {
  const key = userKey(aadObjectId);
  const items = await storage.read([key]);
  const parsed = UserSettingsSchema.safeParse(items[key] ?? {});
  return parsed.success ? parsed.data : {};
}

/** Sets "min HC", keeping any other fields; retries when another write got there first. */
export async function saveMyUnit(
  storage: AppStorage,
  aadObjectId: string,
  unitId: string,
  now: Date = new Date(),
): Promise<void> {
  const key = userKey(aadObjectId);
  for (let attempt = 0; ; attempt++) {
    const current = (await storage.read([key]))[key] as Record<string, unknown> | undefined;
    const eTag = typeof current?.eTag === 'string' ? current.eTag : '*';
    try {
      await storage.write({
        [key]: { ...current, myUnitId: unitId, myUnitSetAt: now.toISOString(), eTag },
      });
      return;
    } catch (error) {
      if (attempt >= 2 || (error as { code?: unknown }).code !== 'EtagConflict') throw error;
    }
  }
}
