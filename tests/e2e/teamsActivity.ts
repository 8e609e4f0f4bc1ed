import { randomUUID } from 'node:crypto';

// Teams-shaped activities, as Teams posts them to /api/messages.

export type Scope = 'personal' | 'channel' | 'groupChat';

export const TENANT_ID = '72f988bf-0000-4000-8000-000000000001';
export const BOT = { id: '28:nara-bot', name: 'Nära' };

export type ActivityOptions = {
  serviceUrl: string;
  text?: string;
  value?: unknown;
  scope?: Scope;
  conversationId?: string;
  aadObjectId?: string;
  userName?: string;
  locale?: string;
  mention?: boolean;
  /** clientInfo.platform: 'Web' unless given ('Android', 'iOS', 'Desktop'). */
  platform?: string;
};

function conversation(scope: Scope, id: string) {
  if (scope === 'channel') {
    return {
      conversation: { id, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
      channelData: {
        tenant: { id: TENANT_ID },
        team: { id: '19:team-nara@thread.tacv2', name: 'Nära vård Oskarshamn' },
        channel: { id, name: 'Samverkan' },
      },
    };
  }
  if (scope === 'groupChat') {
    return {
      conversation: { id, conversationType: 'groupChat', isGroup: true, tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID } },
    };
  }
  return {
    conversation: { id, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
  };
}

/** Conversation ids of the shapes Teams uses: "a:…" (1:1 with the bot), "19:…@thread.…". */
export function conversationIdFor(scope: Scope): string {
  const unique = randomUUID().replace(/-/g, '');
  if (scope === 'personal') return `a:1${unique}`;
  if (scope === 'channel') return `19:${unique}@thread.tacv2`;
  return `19:${unique}@thread.v2`;
}

export function messageActivity(o: ActivityOptions): Record<string, unknown> {
  const scope = o.scope ?? 'personal';
  const conversationId = o.conversationId ?? conversationIdFor(scope);
  const mentionText = `<at>${BOT.name}</at>`;
  const text = o.text === undefined ? undefined : o.mention ? `${mentionText} ${o.text}` : o.text;
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'sv-SE',
    text,
    value: o.value,
    textFormat: 'plain',
    from: {
      id: `29:${o.aadObjectId ?? 'user-1'}`,
      name: o.userName ?? 'Test Användare',
      aadObjectId: o.aadObjectId ?? '11111111-0000-4000-8000-000000000001',
    },
    recipient: BOT,
    entities: o.mention
      ? [{ type: 'mention', text: mentionText, mentioned: BOT }]
      : [
          {
            type: 'clientInfo',
            locale: o.locale ?? 'sv-SE',
            country: 'SE',
            platform: o.platform ?? 'Web',
          },
        ],
    ...conversation(scope, conversationId),
  };
}

export function installActivity(o: {
  serviceUrl: string;
  scope?: Scope;
  locale?: string;
}): Record<string, unknown> {
  const scope = o.scope ?? 'personal';
  return {
    type: 'installationUpdate',
    action: 'add',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    locale: o.locale ?? 'sv-SE',
    from: { id: '29:installer', aadObjectId: '11111111-0000-4000-8000-000000000009' },
    recipient: BOT,
    ...conversation(scope, conversationIdFor(scope)),
  };
}

export function botAddedActivity(o: {
  serviceUrl: string;
  scope?: Scope;
}): Record<string, unknown> {
  const scope = o.scope ?? 'personal';
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    membersAdded: [{ id: BOT.id }],
    from: { id: '29:installer', aadObjectId: '11111111-0000-4000-8000-000000000009' },
    recipient: BOT,
    ...conversation(scope, conversationIdFor(scope)),
  };
}

/** The compose-box search Teams sends for a search-based message extension. */
export function messageExtensionQuery(o: {
  serviceUrl: string;
  query?: string;
  initialRun?: boolean;
  locale?: string;
}): Record<string, unknown> {
  const parameters = o.initialRun
    ? [{ name: 'initialRun', value: 'true' }]
    : [{ name: 'query', value: o.query ?? '' }];
  return {
    type: 'invoke',
    name: 'composeExtension/query',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    locale: o.locale ?? 'sv-SE',
    from: { id: '29:user-1', aadObjectId: '11111111-0000-4000-8000-000000000001' },
    recipient: BOT,
    value: { commandId: 'searchContacts', parameters, queryOptions: { skip: 0, count: 25 } },
    ...conversation('groupChat', conversationIdFor('groupChat')),
  };
}
