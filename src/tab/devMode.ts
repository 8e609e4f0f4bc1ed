import { z } from 'zod';
import type { Config } from '../config';

// Local development mode for the tab: a plain browser, no Teams, no token. The page names a
// synthetic test user by its aadObjectId (`X-Nara-Dev-User` header or `?devUser=`). Honoured only
// when TAB_DEV_MODE=true AND the bot runs in local anonymous mode (no MicrosoftAppId), so a
// deployed bot can never be opened this way.

export const DEV_USER_HEADER = 'x-nara-dev-user';

const DevUserSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export function devModeEnabled(config: Pick<Config, 'TAB_DEV_MODE' | 'MicrosoftAppId'>): boolean {
  return config.TAB_DEV_MODE && !config.MicrosoftAppId;
}

/** The test user the request names (header first, then `devUser`), if it is well formed. */
export function devUserOf(header: string | undefined, query: URLSearchParams): string | undefined {
  const value = header ?? query.get('devUser') ?? undefined;
  const parsed = DevUserSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
