import type { CardModels, CardName, View } from '../../src/cards/cardModels';
import { composeDigest } from '../../src/digest/digestComposer';
import type { Subscription } from '../../src/digest/subscriptions';
import { listView, settingsView } from '../../src/skills/digest/digestViews';
import { digestData } from '../digest/digestTestData';

// Realistic data for the digest cards, built with the digest's own view builders (synthetic figures).

function dataOf<K extends CardName>(view: View, card: K): CardModels[K] {
  if (view.card !== card) throw new Error(`expected a ${card} view, got ${view.card}`);
  return view.data as CardModels[K];
}

const data = digestData();
const rule = { threshold: 5 };
const now = new Date('2024-05-06T09:00:00Z');

const subscription: Subscription = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  conversationId: '19:samverkan@thread.tacv2',
  teamId: '19:team@thread.tacv2',
  weekday: 1,
  time: '08:00',
  scope: { kind: 'area', area: 'Oskarshamn' },
  language: 'sv',
  paused: false,
  createdAt: '2024-04-01T10:00:00.000Z',
  updatedAt: '2024-04-01T10:00:00.000Z',
  activeFrom: '2024-04-01T10:00:00.000Z',
};

export const digestFixtures: Pick<
  { [K in keyof CardModels]: CardModels[K][] },
  'digest' | 'digestSettings' | 'digestList'
> = {
  digest: [
    composeDigest({
      data,
      scope: { kind: 'region' },
      language: 'sv',
      rule,
      schedule: 'varje måndag kl. 08:00',
    }),
    composeDigest({
      data,
      scope: { kind: 'units', unitIds: ['hc-tiny'] },
      language: 'en',
      rule,
      preview: true,
      failedSlots: ['2024-04-29T06:00:00.000Z'],
      formatSlot: () => 'Monday 29 April at 08:00',
    }),
  ],
  digestSettings: [
    dataOf(
      settingsView({
        language: 'sv',
        data,
        values: { weekday: 1, time: '08:00', scope: 'region', unitIds: [] },
      }),
      'digestSettings',
    ),
    dataOf(
      settingsView({
        language: 'en',
        data,
        values: { weekday: 5, time: '25:00', scope: 'units', unitIds: ['hc-gripen', 'hc-lottorp'] },
        subscriptionId: subscription.id,
        error: 'Enter the time as HH:MM, for example 08:00.',
      }),
      'digestSettings',
    ),
  ],
  digestList: [
    dataOf(
      listView({ language: 'sv', data, subscriptions: [subscription], now, canChange: true }),
      'digestList',
    ),
    dataOf(
      listView({
        language: 'en',
        data,
        subscriptions: [{ ...subscription, paused: true }],
        now,
        canChange: false,
      }),
      'digestList',
    ),
    dataOf(
      listView({ language: 'sv', data, subscriptions: [], now, canChange: true }),
      'digestList',
    ),
  ],
};
