import { randomUUID } from 'node:crypto';
import type { View } from '../../cards/cardModels';
import { roleMatches } from '../../access/roles';
import { composeDigest, scopeName } from '../../digest/digestComposer';
import type { DigestData } from '../../digest/digestData';
import type { DigestServices } from '../../digest/digests';
import { describeSchedule, formatSlot } from '../../digest/digestText';
import { parseWallTime } from '../../digest/schedule';
import {
  DigestSettingsSchema,
  type DigestScope,
  type DigestSettings,
  type Subscription,
} from '../../digest/subscriptions';
import { strings } from '../../i18n/strings';
import type {
  DigestSettingsInput,
  Intent,
  Language,
  TypedDigestDetails,
} from '../../understanding/intent';
import { unknownView } from '../helpSkill';
import type { Handler, IntentOf } from '../intentHandlers';
import type { Services, TurnInfo } from '../skill';
import {
  areasOf,
  defaultSettings,
  listView,
  message,
  nextText,
  settingsValues,
  settingsView,
} from './digestViews';

// Weekly digests in a channel: subscribe (settings card), list, change, pause, unsubscribe,
// preview, withdraw. Changing anything needs a coordinator or manager role in the directory.

type DigestIntent = Extract<Intent, { kind: `digest${string}` }>;
type Ctx = {
  intent: DigestIntent;
  turn: TurnInfo;
  services: Services;
  digests: DigestServices;
  language: Language;
};

export const digestSkill: Handler<DigestIntent> = async (intent, turn, services) => {
  const digests = services.digests;
  if (!digests) return [unknownView(intent.language)];
  const ctx: Ctx = {
    intent,
    turn,
    services,
    digests,
    language: intent.language,
  };
  const s = strings(intent.language).digest;

  if (intent.kind === 'digestPreview') return preview(ctx);
  const place = turn.place?.();
  if (turn.conversation !== 'channel' || !place) return [message(s.channelOnly)];
  if (intent.kind === 'digestList') return list(ctx, place.conversationId);
  if (!(await mayChange(ctx))) return [notAllowed(ctx)];
  switch (intent.kind) {
    case 'digestSubscribe':
      if (intent.settings) return save(ctx, intent.settings, intent.subscriptionId);
      // Day, time or scope typed into the request: subscribe with them, the defaults for the rest.
      // A follow-up to a request that saved one ("klockan 7 istället") changes that one.
      if (intent.typed && intent.moves) return move(ctx, intent.typed, intent.subscriptionId);
      if (intent.typed) return save(ctx, typedSettings(intent.typed), intent.subscriptionId);
      return settings(ctx, intent);
    case 'digestPause':
      return pause(ctx, intent.subscriptionId, intent.resume ?? false);
    case 'digestUnsubscribe':
      return unsubscribe(ctx, intent.subscriptionId);
    case 'digestWithdraw':
      return withdraw(ctx);
  }
};

/** What a request typed, over the defaults (Monday 08:00, the whole region) or other settings. */
export function typedSettings(
  typed: TypedDigestDetails,
  base: DigestSettings = defaultSettings,
): DigestSettingsInput {
  const defaults = settingsValues(base);
  return {
    weekday: typed.weekday ?? defaults.weekday,
    time: typed.time ?? defaults.time,
    scope: typed.scope ?? defaults.scope,
    unitIds: typed.unitIds ?? defaults.unitIds,
  };
}

/** A coordinator or manager role (DIGEST_ROLES) in the directory entry of this Teams user. */
async function mayChange({ turn, services }: Ctx): Promise<boolean> {
  const aad = turn.user.aadObjectId;
  if (!aad) return false;
  const person = await services.directory.personByAadObjectId(aad);
  return !!person && roleMatches(person.roles, services.config.DIGEST_ROLES);
}

function notAllowed({ services, language }: Ctx): View {
  const s = strings(language).digest;
  const roles = services.config.DIGEST_ROLES.map(strings(language).contacts.roleName);
  const names =
    roles.length > 1
      ? `${roles.slice(0, -1).join(', ')} ${s.or} ${roles[roles.length - 1]}`
      : roles.join('');
  services.log.info({ event: 'digestRefused' }, 'digest change refused: role');
  return message({ title: s.notAllowed.title, text: s.notAllowed.text(names) }, 'Warning');
}

async function channelSubscriptions(ctx: Ctx): Promise<Subscription[]> {
  const conversationId = ctx.turn.place?.()?.conversationId ?? '';
  return ctx.digests.subscriptions.forConversation(conversationId);
}

async function list(ctx: Ctx, conversationId: string): Promise<View[]> {
  const [subscriptions, data] = await Promise.all([
    ctx.digests.subscriptions.forConversation(conversationId),
    ctx.digests.data(),
  ]);
  const canChange = subscriptions.length === 0 ? true : await mayChange(ctx);
  return [
    listView({ language: ctx.language, data, subscriptions, now: ctx.digests.now(), canChange }),
  ];
}

async function preview(ctx: Ctx): Promise<View[]> {
  const data = await ctx.digests.data();
  const conversationId = ctx.turn.place?.()?.conversationId;
  const own = conversationId
    ? (await ctx.digests.subscriptions.forConversation(conversationId)).at(-1)
    : undefined;
  const card = composeDigest({
    data,
    scope: own?.scope ?? { kind: 'region' },
    language: ctx.language,
    rule: { threshold: ctx.services.config.SMALL_COUNT_THRESHOLD },
    preview: true,
  });
  return [{ card: 'digest', data: card }];
}

/** The settings card: for a chosen subscription, the channel's latest, or defaults for a new one. */
async function settings(ctx: Ctx, intent: IntentOf<'digestSubscribe'>): Promise<View[]> {
  const data = await ctx.digests.data();
  const existing = await channelSubscriptions(ctx);
  let chosen: Subscription | undefined;
  if (intent.subscriptionId) {
    chosen = existing.find((s) => s.id === intent.subscriptionId);
    if (!chosen) return [message(strings(ctx.language).digest.unknownSubscription, 'Warning')];
  } else if (!intent.fresh) {
    chosen = existing.at(-1);
  }
  const values = settingsValues(chosen ?? defaultSettings);
  return [settingsView({ language: ctx.language, data, values, subscriptionId: chosen?.id })];
}

/** The submitted card, checked: a valid time, a known area, at least one known health centre. */
function parseSettings(
  input: DigestSettingsInput,
  data: DigestData,
  language: Language,
): { settings: DigestSettings } | { error: string } {
  const s = strings(language).digest.invalid;
  const time = parseWallTime(input.time);
  if (!time) return { error: s.time };
  let scope: DigestScope;
  if (input.scope.startsWith('area:')) {
    const area = input.scope.slice('area:'.length);
    if (!areasOf(data).includes(area)) return { error: s.area };
    scope = { kind: 'area', area };
  } else if (input.scope === 'units') {
    const known = new Set(data.healthCentres.map((u) => u.id));
    const unitIds = [...new Set(input.unitIds)].filter((u) => known.has(u));
    if (unitIds.length === 0) return { error: s.units };
    scope = { kind: 'units', unitIds };
  } else {
    scope = { kind: 'region' };
  }
  const parsed = DigestSettingsSchema.safeParse({
    weekday: input.weekday,
    time: `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`,
    scope,
  });
  return parsed.success ? { settings: parsed.data } : { error: s.units };
}

async function save(
  ctx: Ctx,
  input: DigestSettingsInput,
  subscriptionId?: string,
): Promise<View[]> {
  const { digests, turn, language } = ctx;
  const place = turn.place?.();
  if (!place) return [message(strings(language).digest.channelOnly)];
  const s = strings(language).digest;
  const data = await digests.data();
  const parsed = parseSettings(input, data, language);
  if ('error' in parsed) {
    return [settingsView({ language, data, values: input, subscriptionId, error: parsed.error })];
  }
  const now = digests.now().toISOString();
  // The reference this channel's digests will be sent with.
  await digests.conversations.remember(place);
  let saved: Subscription | undefined;
  if (subscriptionId) {
    saved = await digests.subscriptions.update(subscriptionId, (cur) =>
      cur.conversationId === place.conversationId
        ? { ...cur, ...parsed.settings, language, updatedAt: now, activeFrom: now }
        : undefined,
    );
    if (!saved) return [message(s.unknownSubscription, 'Warning')];
  } else {
    saved = {
      id: randomUUID(),
      conversationId: place.conversationId,
      teamId: place.teamId,
      tenantId: place.tenantId,
      ...parsed.settings,
      language,
      paused: false,
      createdBy: turn.user.aadObjectId,
      createdAt: now,
      updatedAt: now,
      activeFrom: now,
    };
    await digests.subscriptions.create(saved);
  }
  ctx.services.log.info(
    {
      event: 'digestSaved',
      subscriptionId: saved.id,
      created: !subscriptionId,
      scope: saved.scope.kind,
    },
    'digest subscription saved',
  );
  turn.remember?.({ subscription: saved.id });
  const text = s.saved.text(
    describeSchedule(saved, language),
    scopeName(saved.scope, data, language),
    nextText(saved, digests.now(), language),
  );
  return [message({ title: s.saved.title, text }, 'Good', [s.suggestPreview, s.suggestList])];
}

/**
 * "flytta det till tisdagar 7.30": the channel's digest on the new day and time, what was not
 * typed kept. Never a second one: with several, the channel chooses; with none, the request is
 * a new one ("prenumerera på fredagar istället").
 */
async function move(
  ctx: Ctx,
  typed: TypedDigestDetails,
  subscriptionId: string | undefined,
): Promise<View[]> {
  const existing = await channelSubscriptions(ctx);
  if (!subscriptionId && existing.length === 0) return save(ctx, typedSettings(typed));
  const found = await target(ctx, subscriptionId, existing);
  if (Array.isArray(found)) return found;
  return save(ctx, typedSettings(typed, found), found.id);
}

/** The one subscription an action is about; several in the channel and none chosen: the list. */
async function target(
  ctx: Ctx,
  subscriptionId?: string,
  read?: Subscription[],
): Promise<Subscription | View[]> {
  const s = strings(ctx.language).digest;
  const existing = read ?? (await channelSubscriptions(ctx));
  if (subscriptionId) {
    return (
      existing.find((x) => x.id === subscriptionId) ?? [message(s.unknownSubscription, 'Warning')]
    );
  }
  if (existing.length === 0) return [message(s.none, 'Default', [s.suggestSubscribe])];
  if (existing.length === 1) return existing[0];
  return list(ctx, ctx.turn.place?.()?.conversationId ?? '');
}

async function pause(
  ctx: Ctx,
  subscriptionId: string | undefined,
  resume: boolean,
): Promise<View[]> {
  const s = strings(ctx.language).digest;
  const found = await target(ctx, subscriptionId);
  if (Array.isArray(found)) return found;
  const now = ctx.digests.now().toISOString();
  const saved = await ctx.digests.subscriptions.update(found.id, (cur) => ({
    ...cur,
    paused: !resume,
    updatedAt: now,
    // Resuming never sends what fell due while paused.
    activeFrom: resume && cur.paused ? now : cur.activeFrom,
  }));
  if (!saved) return [message(s.unknownSubscription, 'Warning')];
  ctx.services.log.info(
    { event: 'digestPaused', subscriptionId: saved.id, paused: saved.paused },
    'digest paused',
  );
  if (resume) {
    return [
      message(
        {
          title: s.resumed.title,
          text: s.resumed.text(nextText(saved, ctx.digests.now(), ctx.language)),
        },
        'Good',
      ),
    ];
  }
  return [message(s.paused, 'Default', [s.suggestList])];
}

async function unsubscribe(ctx: Ctx, subscriptionId: string | undefined): Promise<View[]> {
  const s = strings(ctx.language).digest;
  const found = await target(ctx, subscriptionId);
  if (Array.isArray(found)) return found;
  await ctx.digests.subscriptions.delete([found.id]);
  ctx.services.log.info(
    { event: 'digestUnsubscribed', subscriptionId: found.id },
    'digest unsubscribed',
  );
  return [message(s.unsubscribed, 'Good')];
}

/** Deletes the latest digest posted in this channel. */
async function withdraw(ctx: Ctx): Promise<View[]> {
  const s = strings(ctx.language).digest;
  const conversationId = ctx.turn.place?.()?.conversationId ?? '';
  const latest = (await ctx.digests.deliveries.forConversation(conversationId))
    .filter((d) => d.status === 'sent' && d.activityId)
    .sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''))[0];
  if (!latest) return [message(s.nothingToWithdraw)];
  const ok = await ctx.digests.withdraw(latest);
  if (!ok) return [message(s.withdrawFailed, 'Warning')];
  const when = formatSlot(latest.sentAt ?? latest.dueAt, ctx.language);
  return [message({ title: s.withdrawn.title, text: s.withdrawn.text(when) }, 'Good')];
}
