import { type ReferenceApi } from '../../dev/reference-api/server';
import { API_KEY, startTestApi } from '../reference-api/client';
import { cardText, cardsOf, startHarness, type Harness } from './harness';
import { startSwitchableUpstream, type SwitchableUpstream } from './switchableUpstream';
import { messageActivity } from './teamsActivity';

// Every answer within the turn's budget (TURN_BUDGET_MS, default 3 s), whatever the upstream
// APIs do; and names reload as soon as a directory that was down at start answers again.

// The key the reference API of tests/reference-api/client.ts checks.
const KEY = API_KEY;
const NOT_ANSWERING = 'Tjänsten svarar inte';

async function harnessBehind(upstream: SwitchableUpstream, env: Record<string, string> = {}) {
  return startHarness({
    DIRECTORY_API_URL: `${upstream.url}/directory`,
    DIRECTORY_API_KEY: KEY,
    METRICS_API_URL: `${upstream.url}/metrics`,
    METRICS_API_KEY: KEY,
    ...env,
  });
}

describe('the turn budget with a hanging upstream', () => {
  let api: ReferenceApi;
  let upstream: SwitchableUpstream;
  let h: Harness;
  beforeAll(async () => {
    api = (await startTestApi()).api;
    upstream = await startSwitchableUpstream(api.url);
    h = await harnessBehind(upstream); // API_TIMEOUT_MS and TURN_BUDGET_MS at their defaults
  });
  afterAll(async () => {
    await h.close();
    await upstream.close();
    await api.close();
  });
  afterEach(() => {
    upstream.set('/directory', 'pass');
    upstream.set('/metrics', 'pass');
  });

  const timed = async (text: string) => {
    const started = Date.now();
    const activity = messageActivity({ serviceUrl: h.connector.url, text });
    const result = await h.post(activity);
    // Turns may run in parallel: read only what was sent to this turn's conversation.
    const id = (activity.conversation as { id: string }).id;
    const own = result.sent.filter((s) => s.conversationId === id);
    const shown = cardText(cardsOf(own)[0]).replace(/[\u00a0\u202f]/g, ' ');
    return { ...result, ms: Date.now() - started, text: shown };
  };

  it('answers normally when everything answers (the control case)', async () => {
    // RUB 4: aggregates are cached once read, and the cases below must reach the upstream.
    const { text, ms } = await timed('RUB 4 i regionen mars 2023');
    expect(text).toContain('RUB 4');
    expect(text).not.toContain(NOT_ANSWERING);
    expect(ms).toBeLessThan(3000);
  });

  it('gives the "not answering" card within 3 s when the metrics API hangs', async () => {
    upstream.set('/metrics', 'hang');
    const { text, ms, status } = await timed('RUB 5 på Gripen mars 2023');
    expect(status).toBe(200);
    expect(text).toContain(NOT_ANSWERING);
    expect(text).toContain('Nyckeltalstjänsten');
    expect(ms).toBeLessThan(3000);
    expect(ms).toBeGreaterThan(2000); // it did wait for the API, as long as the budget allowed
  });

  it('gives the "not answering" card within 3 s when the directory hangs', async () => {
    upstream.set('/directory', 'hang');
    const { text, ms } = await timed('telefon till Åke Åkesson');
    expect(text).toContain(NOT_ANSWERING);
    expect(text).toContain('Katalogen');
    expect(ms).toBeLessThan(3000);
  });

  it('answers a batch of questions in parallel, each within 3 s', async () => {
    upstream.set('/metrics', 'hang');
    const results = await Promise.all(
      [
        'RUB 5 på Kristinebergs hälsocentral',
        'RUB 5 på Gripens hälsocentral',
        'RUB 5 på Blå Kustens hälsocentral',
        'rangordna hälsocentralerna',
      ].map(timed),
    );
    for (const r of results) {
      expect(r.text).toContain(NOT_ANSWERING);
      expect(r.ms).toBeLessThan(3000);
    }
  });

  it('retries a failing API only while the budget allows', async () => {
    upstream.set('/metrics', 'fail');
    const before = upstream.requests.length;
    const { text, ms } = await timed('RUB 5 på Lottorp');
    expect(text).toContain(NOT_ANSWERING);
    expect(ms).toBeLessThan(3000);
    // It did retry (three attempts per call), but a failing API is not hammered.
    const metricsCalls = upstream.requests.slice(before).filter((p) => p.startsWith('/metrics'));
    expect(metricsCalls.length).toBeGreaterThanOrEqual(3);
    expect(metricsCalls.length).toBeLessThanOrEqual(12);
  });
});

describe('a shorter configured budget', () => {
  it('answers within TURN_BUDGET_MS=1500', async () => {
    const api = (await startTestApi()).api;
    const upstream = await startSwitchableUpstream(api.url);
    const h = await harnessBehind(upstream, { TURN_BUDGET_MS: '1500' });
    try {
      upstream.set('/metrics', 'hang');
      const started = Date.now();
      const { sent } = await h.post(
        messageActivity({ serviceUrl: h.connector.url, text: 'RUB 5 på Gripen' }),
      );
      expect(Date.now() - started).toBeLessThan(1500);
      expect(cardText(cardsOf(sent)[0])).toContain(NOT_ANSWERING);
    } finally {
      await h.close();
      await upstream.close();
      await api.close();
    }
  });
});

describe('a directory that is down at start', () => {
  let api: ReferenceApi;
  let upstream: SwitchableUpstream;
  let h: Harness;
  beforeAll(async () => {
    api = (await startTestApi()).api;
    upstream = await startSwitchableUpstream(api.url);
    upstream.set('/directory', 'fail');
    h = await harnessBehind(upstream);
  });
  afterAll(async () => {
    await h.close();
    await upstream.close();
    await api.close();
  });

  it('says the directory is down while it is, and knows the names as soon as it answers', async () => {
    const ask = () =>
      h.post(messageActivity({ serviceUrl: h.connector.url, text: 'telefon till Åke Åkesson' }));
    const down = await ask();
    expect(cardText(cardsOf(down.sent)[0])).toContain(
      'Katalogen med kontaktuppgifter går inte att nå',
    );

    upstream.set('/directory', 'pass');
    const started = Date.now();
    const back = await ask();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(cardText(cardsOf(back.sent)[0])).toContain('0485-151 44');
  });
});

describe('concurrent turns while the directory is down share one reload', () => {
  it('loads the names once for many waiting turns', async () => {
    const api = (await startTestApi()).api;
    const upstream = await startSwitchableUpstream(api.url);
    upstream.set('/directory', 'fail');
    const h = await harnessBehind(upstream);
    try {
      // Let the start's own failed load finish its retries (Promise.all gave up on the first).
      await new Promise((r) => setTimeout(r, 1000));
      upstream.set('/directory', 'pass');
      const before = upstream.requests.length;
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          h.post(
            messageActivity({ serviceUrl: h.connector.url, text: 'telefon till Åke Åkesson' }),
          ),
        ),
      );
      for (const r of results) expect(cardText(cardsOf(r.sent)[0])).toContain('0485-151 44');
      // The lexicon's load asks for every unit (no query): once for all six turns.
      const unitLists = upstream.requests.slice(before).filter((p) => p === '/directory/v1/units');
      expect(unitLists).toHaveLength(1);
    } finally {
      await h.close();
      await upstream.close();
      await api.close();
    }
  });
});
