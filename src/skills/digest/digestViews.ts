import type { DigestListCard, DigestSettingsCard, View } from '../../cards/cardModels';
import { capitalised } from '../../cards/textFormat';
import type { DigestData } from '../../digest/digestData';
import { scopeName } from '../../digest/digestComposer';
import { describeSchedule, formatSlot, weekdayName } from '../../digest/digestText';
import { nextSlot, parseWallTime, type Weekday } from '../../digest/schedule';
import type { DigestScope, DigestSettings, Subscription } from '../../digest/subscriptions';
import { strings } from '../../i18n/strings';
import type { Language } from '../../understanding/intent';

// View models of the digest skill's cards: settings, the channel's list, confirmations.

export const defaultSettings: DigestSettings = {
  weekday: 1,
  time: '08:00',
  scope: { kind: 'region' },
};

export function scopeValue(scope: DigestScope): string {
  if (scope.kind === 'area') return `area:${scope.area}`;
  return scope.kind;
}

export function areasOf(data: DigestData): string[] {
  return [...new Set(data.healthCentres.map((u) => u.municipality).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
}

export function settingsView(input: {
  language: Language;
  data: DigestData;
  values: { weekday: number; time: string; scope: string; unitIds: string[] };
  subscriptionId?: string;
  error?: string;
}): View {
  const { language, data, values } = input;
  const s = strings(language).digest;
  const weekdays = ([1, 2, 3, 4, 5, 6, 7] as const).map((d) => ({
    title: capitalised(weekdayName(d, language)),
    value: String(d),
  }));
  const scopes = [
    { title: s.scopeRegion, value: 'region' },
    ...areasOf(data).map((area) => ({ title: s.scopeArea(area), value: `area:${area}` })),
    { title: s.settings.chosenUnits, value: 'units' },
  ];
  const units = [...data.healthCentres]
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((u) => ({ title: u.name, value: u.id }));
  const card: DigestSettingsCard = {
    title: input.subscriptionId ? s.settings.titleEdit : s.settings.titleNew,
    intro: s.settings.intro,
    labels: {
      weekday: s.settings.weekday,
      time: s.settings.time,
      scope: s.settings.scope,
      units: s.settings.units,
    },
    weekday: String(values.weekday),
    weekdays,
    time: values.time,
    timeError: s.settings.timeRequired,
    scope: values.scope,
    scopes,
    unitIds: values.unitIds.join(','),
    units,
    unitsPlaceholder: s.settings.unitsPlaceholder,
    error: input.error,
    submitTitle: s.settings.save,
    data: input.subscriptionId
      ? { action: 'digestSave', subscriptionId: input.subscriptionId }
      : { action: 'digestSave' },
  };
  return { card: 'digestSettings', data: card };
}

export function settingsValues(settings: DigestSettings) {
  return {
    weekday: settings.weekday,
    time: settings.time,
    scope: scopeValue(settings.scope),
    unitIds: settings.scope.kind === 'units' ? settings.scope.unitIds : [],
  };
}

export function nextText(
  sub: Pick<Subscription, 'weekday' | 'time'>,
  now: Date,
  language: Language,
) {
  const time = parseWallTime(sub.time) ?? { hour: 8, minute: 0 };
  return formatSlot(nextSlot(now, sub.weekday as Weekday, time), language);
}

export function listView(input: {
  language: Language;
  data: DigestData;
  subscriptions: Subscription[];
  now: Date;
  canChange: boolean;
}): View {
  const { language, data, now } = input;
  const s = strings(language).digest;
  const items = input.subscriptions.map((sub) => {
    const schedule = describeSchedule(sub, language);
    const op = (o: string) => ({ action: 'digestManage', op: o, subscriptionId: sub.id });
    return {
      title: scopeName(sub.scope, data, language),
      text: sub.paused
        ? s.list.paused(schedule)
        : s.list.active(schedule, nextText(sub, now, language)),
      actions: input.canChange
        ? [
            { title: s.list.edit, data: op('edit') },
            sub.paused
              ? { title: s.list.resume, data: op('resume') }
              : { title: s.list.pause, data: op('pause') },
            { title: s.list.unsubscribe, data: op('unsubscribe') },
          ]
        : [],
    };
  });
  const card: DigestListCard = {
    title: s.list.title,
    empty: items.length === 0 ? s.list.empty : undefined,
    items,
    actions: [
      ...(input.canChange
        ? [{ title: s.list.add, data: { action: 'digestManage', op: 'new' } }]
        : []),
      { title: s.list.preview, data: { action: 'digestManage', op: 'preview' } },
    ],
  };
  return { card: 'digestList', data: card };
}

export function message(
  text: { title: string; text: string },
  color: 'Default' | 'Attention' | 'Warning' | 'Good' = 'Default',
  suggestions: string[] = [],
): View {
  return {
    card: 'message',
    data: { ...text, color, suggestions: suggestions.map((t) => ({ label: t, text: t })) },
  };
}
