import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppOptions } from '../../src/app';
import type { Sent } from './connector';
import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { installActivity, messageActivity } from './teamsActivity';

// Issue 5's "done when", over the wire: the real app, the test connector, a clock the test moves.
// A coordinator subscribes a non-General channel through the settings card; the digest arrives
// at the chosen time exactly once, through restarts, two instances and throttling.

const TRIGGER_KEY = 'e2e-digest-trigger-key';
const CHANNEL = '19:samverkan-oskarshamn@thread.tacv2';
const SUBSCRIBED_AT = '2024-05-06T10:00:00.000Z'; // Monday
const DUE = '2024-05-08T07:30:00.000Z'; // Wednesday 09:30 in Stockholm (CEST)
const MINUTE = 60_000;

type Clock = { now: Date; fn: () => Date };
const clock = (): Clock => {
  const c: Clock = { now: new Date(SUBSCRIBED_AT), fn: () => c.now };
  return c;
};

async function start(dataDir: string, c: Clock, extra: AppOptions = {}): Promise<Harness> {
  return startHarness(
    { DATA_DIR: dataDir, DIGEST_TRIGGER_KEY: TRIGGER_KEY },
    { clock: c.fn, ...extra, digest: { autoStart: false, ...extra.digest } },
  );
}

async function aadOf(h: Harness, role: string): Promise<string> {
  const res = await fetch(`${h.app.directoryUrl}/v1/people?role=${role}`, {
    headers: { authorization: 'Bearer e2e-reference-key' },
  });
  const { items } = (await res.json()) as { items: { aadObjectId?: string; synthetic: boolean }[] };
  const person = items.find((p) => p.aadObjectId && p.synthetic);
  if (!person?.aadObjectId) throw new Error(`no synthetic ${role} in the directory`);
  return person.aadObjectId;
}

/** A message in the channel, as Teams sends it (a thread's id carries ";messageid="). */
function inChannel(
  h: Harness,
  aadObjectId: string,
  {
    thread = '1715000000000',
    ...o
  }: { text?: string; value?: unknown; locale?: string; thread?: string },
) {
  return messageActivity({
    serviceUrl: h.connector.url,
    scope: 'channel',
    conversationId: `${CHANNEL};messageid=${thread}`,
    aadObjectId,
    mention: o.text !== undefined,
    ...o,
  });
}

const digestsIn = (sent: Sent[]) =>
  sent.filter(
    (s) =>
      s.method === 'POST' &&
      s.conversationId === CHANNEL &&
      cardsOf([s]).some((c) => /^(Veckobrev|Weekly digest) –/.test(cardText(c))),
  );

/** Subscribes the channel through the settings card: Wednesdays 09:30, the Oskarshamn area. */
async function subscribe(h: Harness, aad: string): Promise<string> {
  const { sent } = await h.post(inChannel(h, aad, { text: 'prenumerera på veckobrev' }));
  const [card] = cardsOf(sent);
  expect(cardText(card)).toContain('Prenumerera på veckobrev');
  const submit = actionsOf(card).find((a) => a.type === 'Action.Submit');
  expect(submit?.data).toEqual({ action: 'digestSave' });
  const filled = {
    ...(submit?.data as object),
    weekday: '3',
    time: '09:30',
    scope: 'area:Oskarshamn',
    unitIds: '',
  };
  const saved = await h.post(inChannel(h, aad, { value: filled }));
  const text = cardText(cardsOf(saved.sent)[0]);
  expect(text).toContain('Veckobrevet är sparat');
  expect(text).toContain('varje onsdag kl. 09:30');
  expect(text).toContain('Området Oskarshamn');
  return text;
}

const run = (h: Harness, body: unknown = {}, key: string | null = TRIGGER_KEY) =>
  fetch(`${h.app.url}/api/digests/run`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify(body),
  });

describe('weekly digests, end to end', () => {
  let dataDir: string;
  const harnesses: Harness[] = [];
  const open = async (c: Clock, extra: AppOptions = {}) => {
    const h = await start(dataDir, c, extra);
    harnesses.push(h);
    return h;
  };

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'nara-digest-e2e-'));
  });
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.close().catch(() => undefined)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a coordinator subscribes a non-General channel; the digest arrives on time, once; it can be withdrawn', async () => {
    const c = clock();
    const h = await open(c);
    await h.post(installActivity({ serviceUrl: h.connector.url, scope: 'channel' }));
    const aad = await aadOf(h, 'samordnare');
    await subscribe(h, aad);

    const list = await h.post(inChannel(h, aad, { text: 'vilka prenumerationer finns här?' }));
    expect(cardText(cardsOf(list.sent)[0])).toContain(
      'Postas varje onsdag kl. 09:30. Nästa: onsdag 8 maj kl. 09:30.',
    );

    c.now = new Date(Date.parse(DUE) - MINUTE);
    await h.app.digests.tick();
    expect(digestsIn(h.connector.sent)).toHaveLength(0);

    c.now = new Date(DUE);
    expect(await h.app.digests.tick()).toMatchObject({ sent: 1 });
    c.now = new Date(Date.parse(DUE) + MINUTE);
    await h.app.digests.tick();
    await h.app.digests.tick();
    const digests = digestsIn(h.connector.sent);
    expect(digests).toHaveLength(1);
    const text = cardText(cardsOf(digests)[0]);
    expect(text).toContain('Veckobrev – Området Oskarshamn');
    expect(text).toContain('Patienter med RUB 5');
    expect(text).toContain('Förändring sedan augusti 2022');
    expect(text).not.toMatch(/P-[0-9A-Z]{5,}/);

    // Withdraw: the posted activity is deleted in the channel.
    const { sent } = await h.post(inChannel(h, aad, { text: 'dra tillbaka senaste veckobrevet' }));
    expect(cardText(cardsOf(sent)[0])).toContain('Veckobrevet är borttaget');
    const deleted = h.connector.sent.filter((s) => s.method === 'DELETE');
    expect(deleted).toHaveLength(1);
    // The connector numbers what it accepts: the digest was the n-th.
    const digestId = `activity-${h.connector.sent.indexOf(digests[0]) + 1}`;
    expect(deleted[0].path).toBe(`/v3/conversations/${CHANNEL}/activities/${digestId}`);
    expect(deleted[0].conversationId).toBe(CHANNEL);
  });

  /** A coordinator typing in the channel the bot is installed in: the text of each answer. */
  const coordinator = async () => {
    const h = await open(clock());
    await h.post(installActivity({ serviceUrl: h.connector.url, scope: 'channel' }));
    const aad = await aadOf(h, 'samordnare');
    const say = async (text: string, thread?: string) =>
      cardText(cardsOf((await h.post(inChannel(h, aad, { text, thread }))).sent)[0]);
    return say;
  };

  it('details typed over several turns change the one subscription the request saved', async () => {
    const say = await coordinator();

    expect(await say('kan vi få ett veckobrev här i kanalen varje fredag?')).toContain(
      'varje fredag kl. 08:00',
    );
    const scoped = await say('för hälsocentralerna i Oskarshamn');
    expect(scoped).toContain('Veckobrevet är sparat');
    expect(scoped).toContain('Området Oskarshamn');
    const timed = await say('klockan 7 på morgonen');
    expect(timed).toContain('varje fredag kl. 07:00');
    expect(timed).toContain('Området Oskarshamn');

    const list = await say('vilka prenumerationer finns här?');
    expect(list.match(/Postas varje/g)).toHaveLength(1);
    expect(list).toContain('Postas varje fredag kl. 07:00.');
  });

  it('"flytta det till tisdagar 7.30" moves the channel\'s one digest, its area kept', async () => {
    const say = await coordinator();

    // A request said as a change, in a channel with none yet: the first one.
    expect(
      await say('prenumerera på veckobrev varje fredag kl 9 istället för måndagar, för Oskarshamn'),
    ).toContain('Veckobrevet är sparat');
    // In another thread of the channel: no follow-up to the request that saved it.
    const moved = await say('flytta det till tisdagar 7.30', '1715000999999');
    expect(moved).toContain('varje tisdag kl. 07:30');
    expect(moved).toContain('Området Oskarshamn');

    const list = await say('vilka prenumerationer finns här?');
    expect(list.match(/Postas varje/g)).toHaveLength(1);
    expect(list).toContain('Postas varje tisdag kl. 07:30.');
  });

  it('"byt till bara Stensö och Berga" after the list changes the one digest\'s health centres', async () => {
    const say = await coordinator();

    expect(await say('veckobrev här varje torsdag kl 8 för Kalmar')).toContain(
      'Veckobrevet är sparat',
    );
    const thread = '1715000888888';
    expect(await say('vad får den här kanalen för veckobrev?', thread)).toContain(
      'Postas varje torsdag kl. 08:00.',
    );
    const changed = await say('byt till bara Stensö och Berga', thread);
    expect(changed).toContain('Veckobrevet är sparat');
    expect(changed).toContain('Omfattning: Stensö hälsocentral, Berga hälsocentral');
    expect(changed).toContain('varje torsdag kl. 08:00');

    const list = await say('vilka prenumerationer finns här?');
    expect(list.match(/Postas varje/g)).toHaveLength(1);
    expect(list).toContain('Stensö hälsocentral, Berga hälsocentral');
    expect(list).not.toContain('Området Kalmar');
  });

  it('previews the digest now, in this conversation', async () => {
    const c = clock();
    const h = await open(c);
    const aad = await aadOf(h, 'samordnare');
    const { sent } = await h.post(inChannel(h, aad, { text: 'visa veckobrev nu' }));
    const text = cardText(cardsOf(sent)[0]);
    expect(text).toContain('Förhandsvisning');
    expect(text).toContain('Veckobrev – Hela regionen');
    expect(text).toContain('Syntetiska testdata');
    expect(text).not.toMatch(/P-[0-9A-Z]{5,}/);
  });

  it('a graceful restart hands its claims back: the next instance sends at once, exactly once', async () => {
    const c = clock();
    let claimed: () => void = () => undefined;
    const claim = new Promise<void>((resolve) => (claimed = resolve));
    const a = await open(c, {
      digest: {
        // The first instance hangs right after its claim and is then shut down (SIGTERM). Waiting
        // for the claim itself, not a fixed time: on a busy machine 300 ms was sometimes too short.
        hooks: {
          afterClaim: () => {
            claimed();
            return new Promise<void>(() => undefined);
          },
        },
      },
    });
    const aad = await aadOf(a, 'samordnare');
    await subscribe(a, aad);
    c.now = new Date(DUE);
    void a.app.digests.tick();
    await claim;
    await a.app.close(); // the connector (Teams) stays up

    const b = await open(c);
    expect(await b.app.digests.tick()).toMatchObject({ sent: 1 }); // no waiting for a lease
    expect(await b.app.digests.tick()).toMatchObject({ due: 0, sent: 0 });
    expect(digestsIn(a.connector.sent)).toHaveLength(1);
  });

  it('a second instance on the same embedded database is refused with a clear message', async () => {
    await open(clock());
    await expect(start(dataDir, clock())).rejects.toThrow(
      /in use by process \d+\. PGlite serves one process.*DATABASE_URL/,
    );
  });

  // Teams re-delivers an activity whose POST timed out: what changes state acts once.
  it.each([
    [
      'the settings submit',
      {
        value: { action: 'digestSave', weekday: '3', time: '09:30', scope: 'region', unitIds: '' },
      },
    ],
    ['a typed request with its details', { text: 'prenumerera på veckobrev varje fredag kl 9' }],
  ])('%s, delivered twice, saves one subscription', async (_, message) => {
    const h = await open(clock());
    const aad = await aadOf(h, 'samordnare');
    const activity = inChannel(h, aad, message);
    const first = await h.post(activity);
    const second = await h.post(activity);
    expect(cardText(cardsOf(first.sent)[0])).toContain('Veckobrevet är sparat');
    expect(second.status).toBe(200);
    expect(second.sent).toHaveLength(0);
    const rows = await h.app.db.query('SELECT id FROM digest_subscriptions');
    expect(rows).toHaveLength(1);
  });

  it('the connector answers 429 with Retry-After: delivered after the wait, nothing lost', async () => {
    const c = clock();
    const h = await open(c);
    const aad = await aadOf(h, 'samordnare');
    await subscribe(h, aad);
    c.now = new Date(DUE);
    h.connector.failNext(2, 429, 1);
    const started = Date.now();
    expect(await h.app.digests.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(digestsIn(h.connector.sent)).toHaveLength(1);
  });

  it('uninstall: the subscription is gone', async () => {
    const c = clock();
    const h = await open(c);
    await h.post(installActivity({ serviceUrl: h.connector.url, scope: 'channel' }));
    const aad = await aadOf(h, 'samordnare');
    await subscribe(h, aad);
    const removal = {
      ...installActivity({ serviceUrl: h.connector.url, scope: 'channel' }),
      action: 'remove',
    };
    expect((await h.post(removal)).status).toBe(200);
    const { sent } = await h.post(inChannel(h, aad, { text: 'vilka prenumerationer finns här?' }));
    expect(cardText(cardsOf(sent)[0])).toContain('Den här kanalen har inga veckobrev ännu.');
    c.now = new Date(DUE);
    expect(await h.app.digests.tick()).toMatchObject({ due: 0 });
    expect(digestsIn(h.connector.sent)).toHaveLength(0);
  });

  it('refuses a user without a coordinator or manager role, and says who can', async () => {
    const c = clock();
    const h = await open(c);
    const nurse = '00000000-0000-4000-8000-000000000401'; // a synthetic nurse, no roles
    const { sent } = await h.post(inChannel(h, nurse, { text: 'prenumerera på veckobrev' }));
    const text = cardText(cardsOf(sent)[0]);
    expect(text).toContain(
      'Bara den som har rollen samordnare, basenhetschef eller verksamhetschef',
    );
    // A forged or forwarded settings card does not help either.
    const forged = {
      action: 'digestSave',
      weekday: '1',
      time: '08:00',
      scope: 'region',
      unitIds: '',
    };
    const again = await h.post(inChannel(h, nurse, { value: forged }));
    expect(cardText(cardsOf(again.sent)[0])).toContain('Bara den som har rollen');
    c.now = new Date('2024-05-13T06:00:00.000Z');
    expect(await h.app.digests.tick()).toMatchObject({ due: 0 });
  });

  it('subscribing outside a channel: ask in the channel', async () => {
    const h = await open(clock());
    const aad = await aadOf(h, 'samordnare');
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'subscribe to the weekly digest',
        aadObjectId: aad,
        locale: 'en-US',
      }),
    );
    expect(cardText(cardsOf(sent)[0])).toContain('Digests are posted in channels');
  });

  it('the HTTP trigger: 401 without the key, runs due digests with it', async () => {
    const c = clock();
    const h = await open(c);
    expect((await run(h, {}, null)).status).toBe(401);
    expect((await run(h, {}, 'wrong-key')).status).toBe(401);
    const aad = await aadOf(h, 'samordnare');
    await subscribe(h, aad);
    c.now = new Date(DUE);
    const res = await run(h);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ due: 1, sent: 1 });
    expect((await run(h, { subscriptionId: 'no-such-id' })).status).toBe(404);
    expect((await run(h, { bad: true })).status).toBe(400);
  });
});
