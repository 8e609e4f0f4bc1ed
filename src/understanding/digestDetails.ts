import type { TypedDigestDetails } from './intent';

// The day and time typed into a digest request: "varje fredag kl 9", "måndagar 07:30",
// "halv nio", "kvart över sju", "every Tuesday at 8am", "at 3 pm", "Saturdays at noon".
// Pure functions over folded tokens (see normalize.ts), precomputed tables, no regex per call.

const WEEKDAY_STEMS: readonly [string, number][] = [
  ['mandag', 1],
  ['tisdag', 2],
  ['onsdag', 3],
  ['torsdag', 4],
  ['fredag', 5],
  ['lordag', 6],
  ['sondag', 7],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
];

/** Every form of a weekday people type: "fredag", "fredagar", "fredagen", "fredags", "fridays". */
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_STEMS.flatMap(([day, n]) =>
    ['', 'ar', 'en', 's', 'arna'].map((ending): [string, number] => [day + ending, n]),
  ),
);

/**
 * Short forms typed in a hurry ("tisd 7.30"). Not those that are everyday words too: "mån"
 * (folded "man"), "lör", "sön", "sat", "sun".
 */
const WEEKDAY_SHORT: ReadonlyMap<string, number> = new Map([
  ['tis', 2],
  ['tisd', 2],
  ['ons', 3],
  ['onsd', 3],
  ['tors', 4],
  ['torsd', 4],
  ['fre', 5],
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
]);

/** "istället", "instead": what is said just before is the new choice. */
export const INSTEAD: ReadonlySet<string> = new Set(['istallet', 'instead']);
const REPLACED: ReadonlySet<string> = new Set(['for', 'of']);

/** Hours written as words, Swedish and English. */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map(
  (
    'ett:1 en:1 tva:2 tre:3 fyra:4 fem:5 sex:6 sju:7 atta:8 nio:9 tio:10 elva:11 tolv:12 ' +
    'one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12'
  )
    .split(' ')
    .map((pair): [string, number] => {
      const [word, hour] = pair.split(':');
      return [word, Number(hour)];
    }),
);

/** Words that say "at (time)" before an hour. */
const AT = new Set(['kl', 'klockan', 'at', 'around', 'runt', 'vid']);
const NOON = new Map([
  ['noon', 12],
  ['lunch', 12],
  ['lunchtid', 12],
  ['midday', 12],
  ['midnight', 0],
  ['midnatt', 0],
]);
const DIGITS = /^\d{1,2}$/;
const AM_PM = /^(\d{1,2})(am|pm)$/;
/** Minutes with the marker joined: "30am" in "7:30am". */
const MINUTE_AM_PM = /^(\d{2})(am|pm)$/;

/** The weekday a token names, if any. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS.get(word) ?? WEEKDAY_SHORT.get(word);
}

function hourOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (DIGITS.test(word)) {
    const h = Number(word);
    return h <= 23 ? h : undefined;
  }
  return HOUR_WORDS.get(word);
}

function minuteOf(word: string | undefined): number | undefined {
  if (word === undefined || !/^\d{2}$/.test(word)) return undefined;
  const m = Number(word);
  return m <= 59 ? m : undefined;
}

const clock = (hour: number, minute = 0): string =>
  `${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

const withMeridiem = (hour: number, marker: string | undefined): number =>
  marker === 'pm' && hour < 12 ? hour + 12 : marker === 'am' && hour === 12 ? 0 : hour;

/** The time of day at token i, if one starts there, and how many tokens it takes. */
function timeAt(words: readonly string[], i: number): string | undefined {
  const w = words[i];
  const next = words[i + 1];
  const ampm = AM_PM.exec(w);
  if (ampm && Number(ampm[1]) <= 12) return clock(withMeridiem(Number(ampm[1]), ampm[2]));
  const noon = NOON.get(w);
  if (noon !== undefined) return clock(noon);
  // "halv nio" = 8:30, "kvart över sju" = 7:15, "kvart i åtta" = 7:45
  if (w === 'halv') {
    const h = hourOf(next);
    return h !== undefined ? clock((h + 23) % 24, 30) : undefined;
  }
  if (w === 'kvart' && (next === 'over' || next === 'i')) {
    const h = hourOf(words[i + 2]);
    if (h === undefined) return undefined;
    return next === 'over' ? clock(h, 15) : clock((h + 23) % 24, 45);
  }
  const at = AT.has(w);
  const h = hourOf(at ? next : w);
  if (h === undefined) return undefined;
  const after = at ? i + 2 : i + 1;
  const joined = MINUTE_AM_PM.exec(words[after] ?? '');
  const minute = joined ? minuteOf(joined[1]) : minuteOf(words[after]);
  const marker = joined ? joined[2] : words[minute === undefined ? after : after + 1];
  const meridiem = marker === 'am' || marker === 'pm' ? marker : undefined;
  // A bare number is a time only with minutes or am/pm ("07 30", "3 pm"); "kl 9", "at 7" need none.
  if (!at && minute === undefined && !meridiem) return undefined;
  if (!at && !DIGITS.test(w)) return undefined;
  return clock(withMeridiem(h, meridiem), minute ?? 0);
}

/**
 * The weekday and time of day in a digest request (the last of each wins: "actually 7:30"). A day
 * in its definite form tells of one day, not a schedule ("varje söndag … innan måndagens möte"):
 * it counts only when no other day is named.
 */
export function scheduleOf(words: readonly string[]): Pick<TypedDigestDetails, 'weekday' | 'time'> {
  let day: number | undefined;
  let oneDay: number | undefined;
  let instead: number | undefined;
  let time: string | undefined;
  for (let i = 0; i < words.length; i++) {
    // ("fredag kl 9 istället för måndagar": the day replaced is not the one meant)
    const replaced = INSTEAD.has(words[i - 2] ?? '') && REPLACED.has(words[i - 1] ?? '');
    // ("veckobrev oskarshamn mån 08.00": "mån", folded "man", is Monday only before a time)
    const monday = words[i] === 'man' && timeAt(words, i + 1) !== undefined ? 1 : undefined;
    const d = replaced ? undefined : (weekdayOf(words[i]) ?? monday);
    if (d !== undefined && /ens?$/.test(words[i])) oneDay = d;
    else day = d ?? day;
    // "på tisdagar istället, vi har APT på måndagar": the day said instead is the one meant.
    if (d !== undefined && words.slice(i + 1, i + 3).some((w) => INSTEAD.has(w))) instead = d;
    time = timeAt(words, i) ?? time;
  }
  const weekday = instead ?? day ?? oneDay;
  return {
    ...(weekday !== undefined ? { weekday } : {}),
    ...(time !== undefined ? { time } : {}),
  };
}
