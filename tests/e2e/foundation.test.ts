import type { Handler } from '../../src/skills/intentHandlers';
import type { Intent } from '../../src/understanding/intent';
import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { botAddedActivity, installActivity, messageActivity } from './teamsActivity';

// The bot as Teams meets it: real HTTP, real Bot Framework activities, a recording connector.

describe('foundation over the wire', () => {
  let h: Harness;
  const failingSkill: Handler<Intent> = async () => {
    throw new Error('injected failure at /secret/path.ts:42');
  };
  beforeAll(async () => {
    // The digest skill is replaced by one that throws, to see what a failed turn looks like.
    h = await startHarness({}, { handlers: { digestPreview: failingSkill } });
  });
  afterAll(() => h.close());

  it('is healthy and ready with both APIs answering', async () => {
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { directory: true, metrics: true } });
  });

  it('welcomes on install with example questions as buttons, in Swedish', async () => {
    const { status, sent } = await h.post(installActivity({ serviceUrl: h.connector.url }));
    expect(status).toBe(200);
    const [card] = cardsOf(sent);
    expect(cardText(card)).toContain('Hej! Jag är Nära');
    const examples = actionsOf(card);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples.map((a) => a.title)).toContain('Vem kontaktar jag för Oskarsgruppen?');
  });

  it('welcomes once when the bot is added to a team (conversationUpdate)', async () => {
    const { sent } = await h.post(
      botAddedActivity({ serviceUrl: h.connector.url, scope: 'channel' }),
    );
    expect(cardsOf(sent)).toHaveLength(1);
    expect(sent[0].conversationId).toMatch(/@thread.tacv2$/);
  });

  it.each(['hjälp', 'hej', 'Hej!'])(
    'answers "%s" in a 1:1 chat with the help card',
    async (text) => {
      const { sent } = await h.post(messageActivity({ serviceUrl: h.connector.url, text }));
      expect(cardText(cardsOf(sent)[0])).toContain('Hej! Jag är Nära');
    },
  );

  it.each(['help', 'hello'])('answers "%s" in English', async (text) => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text, locale: 'en-US' }),
    );
    const text0 = cardText(cardsOf(sent)[0]);
    expect(text0).toContain("Hi! I'm Nära");
    expect(text0).toContain('Try asking:');
  });

  it('uses the Teams locale as tie-breaker for a language-neutral word', async () => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: '?', locale: 'en-GB' }),
    );
    expect(cardText(cardsOf(sent)[0])).toContain("I can't answer that yet");
  });

  it('strips the @mention in a channel and answers there', async () => {
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'hjälp',
        scope: 'channel',
        mention: true,
      }),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0].conversationId).toMatch(/@thread.tacv2$/);
    expect(cardText(cardsOf(sent)[0])).toContain('Hej! Jag är Nära');
  });

  it('answers in a group chat', async () => {
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'hej',
        scope: 'groupChat',
        mention: true,
      }),
    );
    expect(sent[0].conversationId).toMatch(/@thread.v2$/);
    expect(cardText(cardsOf(sent)[0])).toContain('Hej! Jag är Nära');
  });

  it('is honest about what it cannot answer, and offers examples', async () => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'qwzx plorf blubb' }),
    );
    const card = cardsOf(sent)[0];
    expect(cardText(card)).toContain('Det kan jag inte svara på än');
    expect(actionsOf(card).length).toBeGreaterThan(0);
  });

  it('answers a failed turn with a short error card, never a stack trace', async () => {
    const { status, sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'visa veckobrev nu' }),
    );
    expect(status).toBeLessThan(500);
    const text = cardText(cardsOf(sent)[0]);
    expect(text).toContain('Något gick fel');
    expect(text).toMatch(/Felkod: [0-9a-f]{8}/);
    expect(JSON.stringify(sent)).not.toMatch(/secret|\.ts:\d+|at .*\(/);
  });

  it('says a forged or stale button value is out of date', async () => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, value: { action: 'selfDestruct' } }),
    );
    expect(cardText(cardsOf(sent)[0])).toContain('Knappen är inaktuell');
  });
});

describe('with a Bot Framework app id configured', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      MicrosoftAppId: '00000000-0000-4000-8000-00000000abcd',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
    });
  });
  afterAll(() => h.close());

  it('refuses a request without a token with 401, and sends nothing', async () => {
    const { status, sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'hjälp' }),
    );
    expect(status).toBe(401);
    expect(sent).toHaveLength(0);
  });

  it('refuses a forged token with 401', async () => {
    const { status, sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'hjälp' }),
      { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    );
    expect(status).toBe(401);
    expect(sent).toHaveLength(0);
  });
});
