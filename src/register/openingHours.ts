import { z } from 'zod';

// Opening hours in the register's short form: "mon-sun 08:00-21:00", "mon-fri 08:00-16:30;
// sat 10:00-14:00", Swedish day names too ("mån-fre 8-16"). Parsed once (CSV import, cards);
// "open now" is decided in Europe/Stockholm, whatever the server's time zone.

const DAYS: Record<string, number> = {
  mon: 1,
  man: 1,
  tue: 2,
  tis: 2,
  wed: 3,
  ons: 3,
  thu: 4,
  tor: 4,
  fri: 5,
  fre: 5,
  sat: 6,
  lor: 6,
  sun: 7,
  son: 7,
};
const ZONE = 'Europe/Stockholm';

export type Span = { fromDay: number; toDay: number; open: number; close: number };
export type OpeningHours = Span[];

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** "8" or "08:30" → minutes after midnight (24:00 allowed as the end of a day). */
function minutes(text: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * 60 + Number(m[2] ?? 0);
  return Number(m[2] ?? 0) < 60 && value <= 24 * 60 ? value : undefined;
}

/** Parses hours; '' (not stated) gives []. Throws a readable message for anything else. */
export function parseOpeningHours(text: string): OpeningHours {
  const spans: Span[] = [];
  for (const part of fold(text)
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(\S+?)\s*[-–]\s*(\S+)$/.exec(part);
    const fromDay = m ? DAYS[m[1]] : undefined;
    const toDay = m ? (m[2] ? DAYS[m[2]] : fromDay) : undefined;
    const open = m ? minutes(m[3]) : undefined;
    const close = m ? minutes(m[4]) : undefined;
    if (!fromDay || !toDay || open === undefined || close === undefined || close <= open) {
      throw new Error(`opening hours "${part}" are not like "mon-fri 08:00-16:30"`);
    }
    spans.push({ fromDay, toDay, open, close });
  }
  return spans;
}

export const OpeningHoursText = z.string().superRefine((text, ctx) => {
  try {
    parseOpeningHours(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

const weekdayNumber: Record<string, number> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

/** Made once: a formatter costs far more to make than to use. */
const STOCKHOLM_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday (1 = Monday) and minute of the day in Stockholm at `now`. */
export function stockholmClock(now: Date): { day: number; minute: number } {
  const parts = STOCKHOLM_CLOCK.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: weekdayNumber[get('weekday')] ?? 1,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

const inDays = (span: Span, day: number): boolean =>
  span.fromDay <= span.toDay
    ? day >= span.fromDay && day <= span.toDay
    : day >= span.fromDay || day <= span.toDay;

/** Open at `now`? Undefined when no hours are stated. */
export function isOpen(hours: OpeningHours, now: Date): boolean | undefined {
  if (hours.length === 0) return undefined;
  const { day, minute } = stockholmClock(now);
  return hours.some((s) => inDays(s, day) && minute >= s.open && minute < s.close);
}

const clock = (m: number): string => {
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? String(h) : `${h}.${String(rest).padStart(2, '0')}`;
};

export type DayNames = { short: readonly string[]; everyDay: string };

/** "8–21 alla dagar", "mån–fre 8–16.30" in the reader's language. */
export function formatOpeningHours(hours: OpeningHours, names: DayNames): string {
  return hours
    .map((s) => {
      const time = `${clock(s.open)}–${clock(s.close)}`;
      if (s.fromDay === 1 && s.toDay === 7) return `${time} ${names.everyDay}`;
      const days =
        s.fromDay === s.toDay
          ? names.short[s.fromDay - 1]
          : `${names.short[s.fromDay - 1]}–${names.short[s.toDay - 1]}`;
      return `${days} ${time}`;
    })
    .join(', ');
}
