import { cardsOf, cardText, startHarness, type Harness } from './harness';
import { captureLog, type LogLine } from './logCapture';
import { messageActivity } from './teamsActivity';

// Activities with wrongly typed or oversized fields, over HTTP: a broken envelope (no way to
// address an answer) is a 400 from the error table; a real Teams turn with an odd content field
// gets the friendly "could not read" card in the user's language. Never silence, never a 500.

type Activity = Record<string, unknown>;
const UNREADABLE_SV = 'Jag kunde inte läsa meddelandet';
const UNREADABLE_EN = 'I could not read that message';
const LONG_ID = `a:${'x'.repeat(298)}`;

describe('wrongly typed activity fields', () => {
  let h: Harness;
  let lines: LogLine[];
  const base = (o: Partial<Parameters<typeof messageActivity>[0]> = {}) =>
    messageActivity({ serviceUrl: h.connector.url, text: 'hjälp', ...o });

  beforeAll(async () => {
    const captured = captureLog();
    lines = captured.lines;
    h = await startHarness({}, { log: captured.log });
  });
  afterAll(() => h.close());

  it('answers a well-formed message (the control case)', async () => {
    const { status, sent } = await h.post(base());
    expect(status).toBe(200);
    expect(cardText(cardsOf(sent)[0])).toContain('Hej! Jag är Nära');
  });

  const odd: [string, (a: Activity) => Activity][] = [
    ['a number as text', (a) => ({ ...a, text: 42 })],
    ['an object as text', (a) => ({ ...a, text: { value: 'hjälp' } })],
    ['an array as text', (a) => ({ ...a, text: ['hjälp'] })],
    ['a lone high surrogate in text', (a) => ({ ...a, text: 'hj\uD800lp' })],
    ['a lone low surrogate in text', (a) => ({ ...a, text: '\uDC00 hjälp' })],
    ['non-array entities', (a) => ({ ...a, entities: 'mention' })],
    ['entities that are not objects', (a) => ({ ...a, entities: [1, 2] })],
    ['a number as from.name', (a) => ({ ...a, from: { ...(a.from as Activity), name: 7 } })],
    [
      'a number as from.aadObjectId',
      (a) => ({ ...a, from: { ...(a.from as Activity), aadObjectId: 12345 } }),
    ],
    [
      'a number as conversationType',
      (a) => ({ ...a, conversation: { ...(a.conversation as Activity), conversationType: 1 } }),
    ],
    [
      'a string as isGroup',
      (a) => ({ ...a, conversation: { ...(a.conversation as Activity), isGroup: 'no' } }),
    ],
    ['a string as channelData', (a) => ({ ...a, channelData: 'tenant' })],
    ['a number as the tenant id', (a) => ({ ...a, channelData: { tenant: { id: 5 } } })],
    ['a 300-character replyToId', (a) => ({ ...a, replyToId: LONG_ID })],
    ['a number as textFormat', (a) => ({ ...a, textFormat: 1 })],
  ];

  it.each(odd)('answers %s with the "could not read" card', async (_name, change) => {
    const { status, sent } = await h.post(change(base()));
    expect(status).toBe(200);
    const cards = cardsOf(sent);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain(UNREADABLE_SV);
  });

  it('answers in English when the locale says so', async () => {
    const { sent } = await h.post({ ...base({ locale: 'en-US' }), text: 42 });
    expect(cardText(cardsOf(sent)[0])).toContain(UNREADABLE_EN);
  });

  it('answers in Swedish when the locale itself is odd', async () => {
    const { sent } = await h.post({ ...base(), locale: 5 });
    expect(cardText(cardsOf(sent)[0])).toContain(UNREADABLE_SV);
  });

  it('logs which fields were odd, never their content', () => {
    const odd = lines.filter((l) => l.event === 'activityOdd');
    expect(odd.length).toBeGreaterThan(0);
    expect(odd.map((l) => l.fields)).toContainEqual(['text']);
    expect(JSON.stringify(lines)).not.toContain('hj\\ud800lp');
  });

  const broken: [string, (a: Activity) => unknown][] = [
    [
      'a 300-character conversation id',
      (a) => ({ ...a, conversation: { ...(a.conversation as Activity), id: LONG_ID } }),
    ],
    ['a 300-character activity id', (a) => ({ ...a, id: 'x'.repeat(300) })],
    [
      'a 300-character from.id',
      (a) => ({ ...a, from: { ...(a.from as Activity), id: `29:${'x'.repeat(297)}` } }),
    ],
    ['a 300-character recipient.id', (a) => ({ ...a, recipient: { id: `28:${'x'.repeat(297)}` } })],
    ['a number as the activity id', (a) => ({ ...a, id: 12345 })],
    [
      'a number as the conversation id',
      (a) => ({ ...a, conversation: { ...(a.conversation as Activity), id: 19 } }),
    ],
    [
      'a lone surrogate in the conversation id',
      (a) => ({ ...a, conversation: { ...(a.conversation as Activity), id: 'a:1\uD800' } }),
    ],
    ['a number as channelId', (a) => ({ ...a, channelId: 5 })],
    ['a number as serviceUrl', (a) => ({ ...a, serviceUrl: 443 })],
    ['no from', (a) => ({ ...a, from: undefined })],
    ['a string as from', (a) => ({ ...a, from: '29:user' })],
    ['no type', (a) => ({ ...a, type: undefined })],
    ['an array body', (a) => [a]],
  ];

  it.each(broken)('refuses %s with 400 and sends nothing', async (_name, change) => {
    const { status, sent, body } = await h.post(change(base()) as Activity);
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'bad_activity', message: 'the request is not a valid activity' });
    expect(sent).toHaveLength(0);
  });
});

describe('rejected tokens (an app id configured)', () => {
  let h: Harness;
  let lines: LogLine[];
  let raw: string[];
  beforeAll(async () => {
    const captured = captureLog();
    ({ lines, raw } = captured);
    h = await startHarness(
      {
        MicrosoftAppId: '00000000-0000-4000-8000-00000000abcd',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'MultiTenant',
      },
      { log: captured.log },
    );
  });
  afterAll(() => h.close());

  const jwt = (payload: Record<string, unknown>) =>
    [{ alg: 'RS256', typ: 'JWT', kid: 'k1' }, payload]
      .map((p) => Buffer.from(JSON.stringify(p)).toString('base64url'))
      .join('.') + '.c2lnbmF0dXJl';

  it.each([
    ['no Authorization header', undefined],
    ['a garbage bearer token', 'Bearer garbage'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an unsigned token', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'],
    ['a token from an unknown issuer', `Bearer ${jwt({ iss: 'https://evil.example', aud: 'x' })}`],
    ['three words', 'Bearer a b'],
  ])('answers %s with a bare 401 and exactly one log line', async (_name, authorization) => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warns = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = lines.length;
    const { status, sent, body } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text: 'hjälp' }),
      authorization ? { authorization } : {},
    );
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'unauthorized', message: 'authentication required' });
    expect(sent).toHaveLength(0);
    const logged = lines.slice(before);
    expect(logged.map((l) => l.event)).toEqual(['auth']);
    expect(raw.slice(before).every((l) => !l.includes('\\n'))).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    expect(warns).not.toHaveBeenCalled();
    errors.mockRestore();
    warns.mockRestore();
  });
});
