import { readAuditLog } from '../../src/access/auditLog';
import type { Sent } from './connector';
import { cardText, cardsOf, startHarness, type Harness } from './harness';
import {
  conversationIdFor,
  installActivity,
  messageActivity,
  messageExtensionQuery,
  TENANT_ID,
} from './teamsActivity';

// The one access policy (src/access/), over the wire: where patient refs may appear (an
// allow-list), the tenant allowlist on every activity, and one way of matching roles.

const GRIPEN_CHIEF = '00000000-0000-4000-8000-000000000109';
const COORDINATOR = '00000000-0000-4000-8000-000000000301';
const LIST_QUESTION = 'vilka RUB5-patienter saknar fast läkare på min HC?';
const REF = /P-[0-9A-Z]{5,}/g;
const refsIn = (sent: Sent[]): string[] => JSON.stringify(sent).match(REF) ?? [];

type Activity = Record<string, unknown>;

describe('where patient refs may appear: only a real 1:1 chat', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  const ask = (change: (a: Activity) => Activity = (a) => a) =>
    h.post(
      change(
        messageActivity({
          serviceUrl: h.connector.url,
          text: LIST_QUESTION,
          aadObjectId: GRIPEN_CHIEF,
        }),
      ),
    );
  const conv = (a: Activity) => a.conversation as Activity;

  it('shows the right manager the list in a real 1:1 chat, audited with the conversation id', async () => {
    const activity = messageActivity({
      serviceUrl: h.connector.url,
      text: LIST_QUESTION,
      aadObjectId: GRIPEN_CHIEF,
    });
    const { sent } = await h.post(activity);
    expect(refsIn(sent).length).toBeGreaterThan(0);
    const records = await readAuditLog(h.app.db);
    expect(records.at(-1)).toMatchObject({
      conversation: 'personal',
      conversationId: conv(activity).id,
      user: { aadObjectId: GRIPEN_CHIEF },
    });
  });

  it.each<[string, (a: Activity) => Activity]>([
    [
      'a missing conversation type',
      (a) => ({ ...a, conversation: { ...conv(a), conversationType: undefined } }),
    ],
    [
      'the type "Channel"',
      (a) => ({ ...a, conversation: { ...conv(a), conversationType: 'Channel' } }),
    ],
    [
      'the type "meeting"',
      (a) => ({ ...a, conversation: { ...conv(a), conversationType: 'meeting' } }),
    ],
    [
      'the type "Personal"',
      (a) => ({ ...a, conversation: { ...conv(a), conversationType: 'Personal' } }),
    ],
    [
      "a personal type with a channel's id",
      (a) => ({ ...a, conversation: { ...conv(a), id: conversationIdFor('channel') } }),
    ],
    [
      "a personal type with a group chat's id",
      (a) => ({ ...a, conversation: { ...conv(a), id: conversationIdFor('groupChat') } }),
    ],
    [
      'a personal type whose channelData names a team',
      (a) => ({
        ...a,
        channelData: {
          tenant: { id: TENANT_ID },
          team: { id: '19:team@thread.tacv2', name: 'Team' },
        },
      }),
    ],
    [
      'a personal type whose channelData names a channel',
      (a) => ({
        ...a,
        channelData: { tenant: { id: TENANT_ID }, channel: { id: '19:c@thread.tacv2' } },
      }),
    ],
    [
      'a personal type marked isGroup',
      (a) => ({ ...a, conversation: { ...conv(a), isGroup: true } }),
    ],
  ])('gives the aggregate, never refs, for %s', async (_name, change) => {
    const before = (await readAuditLog(h.app.db)).length;
    const { status, sent } = await ask(change);
    expect(status).toBe(200);
    const cards = cardsOf(sent);
    expect(cards.length).toBeGreaterThan(0);
    expect(refsIn(sent)).toEqual([]);
    expect(cardText(cards[0])).toMatch(/RUB 5/);
    expect(await readAuditLog(h.app.db)).toHaveLength(before);
  });
});

describe('the tenant allowlist on every activity', () => {
  let h: Harness;
  const OTHER = '99999999-0000-4000-8000-000000000999';
  beforeAll(async () => {
    h = await startHarness({ ALLOWED_TENANT_IDS: TENANT_ID });
  });
  afterAll(() => h.close());

  const inTenant = (a: Activity, tenant: string): Activity => ({
    ...a,
    conversation: { ...(a.conversation as Activity), tenantId: tenant },
    channelData: { ...(a.channelData as Activity), tenant: { id: tenant } },
  });
  const withoutContacts = (body: unknown) => {
    const text = JSON.stringify(body ?? {});
    expect(text).not.toMatch(/tel:|mailto:|0485-151|Åke Åkesson/);
  };

  it('answers the message extension for the allowed tenant with contact cards', async () => {
    const { body } = await h.post(
      messageExtensionQuery({ serviceUrl: h.connector.url, query: 'åke åkesson' }),
    );
    expect(JSON.stringify(body)).toContain('tel:');
  });

  it.each([
    ['a named query', { query: 'åke åkesson' }],
    ['the initial run', { initialRun: true }],
  ])("gives another tenant's %s no contact data", async (_name, o) => {
    const { status, body, sent } = await h.post(
      inTenant(messageExtensionQuery({ serviceUrl: h.connector.url, ...o }), OTHER),
    );
    expect(status).toBe(200);
    expect(sent).toHaveLength(0);
    withoutContacts(body);
    expect(body).toEqual({
      composeExtension: {
        type: 'message',
        text: 'Nära är bara tillgänglig för Region Kalmar läns organisation.',
      },
    });
  });

  it('refuses a tenant named only in channelData, or two tenants that disagree', async () => {
    const query = messageExtensionQuery({ serviceUrl: h.connector.url, query: 'åke åkesson' });
    const split = {
      ...query,
      conversation: { ...(query.conversation as Activity), tenantId: TENANT_ID },
      channelData: { tenant: { id: OTHER } },
    };
    withoutContacts((await h.post(split)).body);
    const none = {
      ...query,
      conversation: { ...(query.conversation as Activity), tenantId: undefined },
      channelData: {},
    };
    withoutContacts((await h.post(none)).body);
  });

  it("answers another tenant's message politely, and does not welcome its installs", async () => {
    const message = await h.post(
      inTenant(
        messageActivity({ serviceUrl: h.connector.url, text: 'telefon till Åke Åkesson' }),
        OTHER,
      ),
    );
    expect(cardText(cardsOf(message.sent)[0])).toContain('Inte tillgänglig här');
    withoutContacts(message.sent);
    const install = await h.post(inTenant(installActivity({ serviceUrl: h.connector.url }), OTHER));
    expect(install.sent).toHaveLength(0);
    const allowed = await h.post(installActivity({ serviceUrl: h.connector.url }));
    expect(allowed.sent).toHaveLength(1);
  });
});

describe('one way to match a role, in patient lists, digests and the tab', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      // The configured roles written differently from the directory's "basenhetschef" etc.
      PATIENT_LIST_ROLES: 'Basenhetschef',
      DIGEST_ROLES: 'SAMORDNARE',
      TAB_CONFIG_ROLES: ' Samordnare ',
      TAB_DEV_MODE: 'true',
    });
  });
  afterAll(() => h.close());

  it('patient lists: "Basenhetschef" matches the directory\'s basenhetschef', async () => {
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: LIST_QUESTION,
        aadObjectId: GRIPEN_CHIEF,
      }),
    );
    expect(refsIn(sent).length).toBeGreaterThan(0);
  });

  it('digest management: "SAMORDNARE" lets the coordinator subscribe', async () => {
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'prenumerera på veckobrev',
        scope: 'channel',
        mention: true,
        aadObjectId: COORDINATOR,
      }),
    );
    const text = cardText(cardsOf(sent)[0]);
    expect(text).toContain('Prenumerera på veckobrev');
    expect(text).not.toContain('Bara den som har rollen');
  });

  it('tab configuration: " Samordnare " lets the coordinator configure the channel tab', async () => {
    const res = await fetch(`${h.app.url}/tab/api/me`, {
      headers: { 'x-nara-dev-user': COORDINATOR },
    });
    const body = (await res.json()) as { user: { mayConfigure: boolean } };
    expect(body.user.mayConfigure).toBe(true);
    const nurse = await fetch(`${h.app.url}/tab/api/me`, {
      headers: { 'x-nara-dev-user': '00000000-0000-4000-8000-000000000401' },
    });
    expect(((await nurse.json()) as { user: { mayConfigure: boolean } }).user.mayConfigure).toBe(
      false,
    );
  });
});
