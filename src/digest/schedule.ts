// When a weekly digest is due: a weekday and a wall-clock time in Europe/Stockholm, turned into UTC
// instants with daylight saving time handled. Pure: no clock, no I/O.

export const DIGEST_TIME_ZONE = 'Europe/Stockholm';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type WallTime = { hour: number; minute: number };

const DAY_MS = 86_400_000;
const WEEKDAYS: Record<string, Weekday> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

type LocalParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
};

/** The wall-clock reading of an instant in a time zone. */
export function localParts(instant: Date, timeZone = DIGEST_TIME_ZONE): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday] ?? 1,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (CET +1 h, CEST +2 h). */
function offsetMs(instantMs: number, timeZone: string): number {
  const p = localParts(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The UTC instant of a local date and wall time. A time that does not exist (skipped when clocks
 * go forward) is read with the offset before the change, so 02:30 becomes 03:30; a time that
 * occurs twice (clocks go back) is its first occurrence.
 */
export function zonedTimeToUtc(
  date: { year: number; month: number; day: number },
  time: WallTime,
  timeZone = DIGEST_TIME_ZONE,
): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const before = offsetMs(asUtc - DAY_MS, timeZone);
  const after = offsetMs(asUtc + DAY_MS, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((t) => offsetMs(t, timeZone) === asUtc - t);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(asUtc - before);
}

function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "08:00" → { hour: 8, minute: 0 }; undefined when not a valid 24-hour time. */
export function parseWallTime(text: string): WallTime | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/.exec(text.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

export function formatWallTime(time: WallTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The latest slot (weekday at time, local) at or before `now`. */
export function latestSlot(
  now: Date,
  weekday: Weekday,
  time: WallTime,
  timeZone = DIGEST_TIME_ZONE,
): Date {
  const local = localParts(now, timeZone);
  const back = (local.weekday - weekday + 7) % 7;
  let date = addDays(local, -back);
  let slot = zonedTimeToUtc(date, time, timeZone);
  if (slot.getTime() > now.getTime()) {
    date = addDays(date, -7);
    slot = zonedTimeToUtc(date, time, timeZone);
  }
  return slot;
}

/** The first slot strictly after `now`. */
export function nextSlot(
  now: Date,
  weekday: Weekday,
  time: WallTime,
  timeZone = DIGEST_TIME_ZONE,
): Date {
  const local = localParts(now, timeZone);
  const ahead = (weekday - local.weekday + 7) % 7;
  let date = addDays(local, ahead);
  let slot = zonedTimeToUtc(date, time, timeZone);
  if (slot.getTime() <= now.getTime()) {
    date = addDays(date, 7);
    slot = zonedTimeToUtc(date, time, timeZone);
  }
  return slot;
}
