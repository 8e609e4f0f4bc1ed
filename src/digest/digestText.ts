import { strings } from '../i18n/strings';
import type { Language } from '../understanding/intent';
import { DIGEST_TIME_ZONE, localParts, type Weekday } from './schedule';
import type { DigestSettings } from './subscriptions';

// Schedules and slots as a reader sees them, in Europe/Stockholm: "varje måndag kl. 08:00".

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function weekdayName(weekday: Weekday, language: Language): string {
  return strings(language).digest.weekdays[weekday - 1];
}

export function describeSchedule(
  settings: Pick<DigestSettings, 'weekday' | 'time'>,
  language: Language,
) {
  return strings(language).digest.schedule(weekdayName(settings.weekday, language), settings.time);
}

/** Made once: a formatter costs far more to make than to use. */
const slotDay = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: DIGEST_TIME_ZONE });
const slotDays: Record<Language, Intl.DateTimeFormat> = {
  sv: slotDay(locales.sv),
  en: slotDay(locales.en),
};

/** An instant as "måndag 6 maj kl. 08:00" / "Monday 6 May at 08:00" (Swedish time). */
export function formatSlot(instant: Date | string, language: Language): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const local = localParts(date, DIGEST_TIME_ZONE);
  const day = slotDays[language].format(date);
  const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return strings(language).digest.slot(weekdayName(local.weekday, language), day, time);
}
