import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import { DigestSender, describeFailure, parseRetryAfter } from '../../src/digest/digestSender';
import { Pacer } from '../../src/digest/pacer';
import type { StoredReference } from '../../src/digest/conversationReferences';
import { startConnector, type Connector } from '../e2e/connector';

// The sender against the real CloudAdapter (local anonymous mode) and a recording connector.

const unpaced = () =>
  new Pacer({
    overall: { limit: 1000, windowMs: 1000 },
    perConversation: { limit: 1000, windowMs: 1000 },
  });

describe('DigestSender', () => {
  let connector: Connector;
  let reference: StoredReference;
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }),
  );

  beforeEach(async () => {
    connector = await startConnector();
    reference = {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: '19:samverkan@thread.tacv2', conversationType: 'channel', isGroup: true },
      bot: { id: '28:nara-bot', name: 'Nära' },
    };
  });
  afterEach(() => connector.close());

  function sender(waits: number[] = []) {
    return new DigestSender({
      adapter,
      botAppId: '',
      pacer: unpaced(),
      random: () => 1,
      sleep: async (ms) => void waits.push(ms),
    });
  }

  it('posts a new message to the channel with the stored reference', async () => {
    const outcome = await sender().send(reference, MessageFactory.text('veckobrev'));
    expect(outcome).toEqual({ ok: true, activityId: 'activity-1', attempts: 1 });
    expect(connector.sent).toHaveLength(1);
    expect(connector.sent[0]).toMatchObject({
      method: 'POST',
      path: '/v3/conversations/19:samverkan@thread.tacv2/activities',
      conversationId: '19:samverkan@thread.tacv2',
    });
  });

  it('retries 412 with backoff, honouring Retry-After', async () => {
    const waits: number[] = [];
    connector.failNext(1, 412, 3);
    const outcome = await sender(waits).send(reference, MessageFactory.text('x'));
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(waits[0]).toBeGreaterThanOrEqual(3000);
    connector.failNext(2, 412);
    const again = await sender(waits).send(reference, MessageFactory.text('x'));
    expect(again).toMatchObject({ ok: true, attempts: 3 });
    // Exponential with full jitter (random = 1 here): 500 ms, then 1 000 ms.
    expect(waits.slice(1)).toEqual([500, 1000]);
    expect(connector.sent).toHaveLength(2);
  });

  it('keeps going through throttling: nothing is lost', async () => {
    // Five 429s in a row (the connector client's own retry is out for posts: ours does it).
    connector.failNext(5, 429, 0);
    const outcome = await sender().send(reference, MessageFactory.text('x'));
    expect(outcome.ok).toBe(true);
    expect(connector.sent).toHaveLength(1);
  });

  it('does not retry what retrying cannot fix', async () => {
    connector.failNext(1, 403);
    const outcome = await sender().send(reference, MessageFactory.text('x'));
    expect(outcome).toMatchObject({ ok: false, attempts: 1, retryable: false, status: 403 });
  });

  it('gives up after the last attempt and says it may be retried later', async () => {
    connector.failNext(10, 412);
    const s = new DigestSender({
      adapter,
      botAppId: '',
      pacer: unpaced(),
      retry: { maxAttempts: 3 },
      sleep: async () => undefined,
    });
    expect(await s.send(reference, MessageFactory.text('x'))).toMatchObject({
      ok: false,
      attempts: 3,
      retryable: true,
    });
  });

  it.each([500, 502, 504])(
    'never repeats a post that may have arrived (%i): one request, reported as ambiguous',
    async (status) => {
      // The connector client's own retry would repeat it unseen (and the retry would succeed).
      connector.failNext(1, status);
      const outcome = await sender().send(reference, MessageFactory.text('x'));
      expect(outcome).toMatchObject({ ok: false, attempts: 1, ambiguous: true, status });
      expect(connector.sent).toHaveLength(0);
    },
  );

  it('repeats a delete after a 502 (deleting twice is harmless)', async () => {
    connector.failNext(1, 502);
    const outcome = await sender().delete(reference, 'activity-7');
    expect(outcome.ok).toBe(true);
    expect(connector.sent).toHaveLength(1);
  });

  it('reports a failed send even when the adapter has an onTurnError (which would swallow it)', async () => {
    const withHandler = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }),
    );
    let handled = 0;
    withHandler.onTurnError = async () => void handled++;
    connector.failNext(1, 403);
    const s = new DigestSender({ adapter: withHandler, botAppId: '', pacer: unpaced() });
    expect(await s.send(reference, MessageFactory.text('x'))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(handled).toBe(0);
  });

  it('deletes an activity (withdraw)', async () => {
    const outcome = await sender().delete(reference, 'activity-7');
    expect(outcome.ok).toBe(true);
    expect(connector.sent[0]).toMatchObject({
      method: 'DELETE',
      path: '/v3/conversations/19:samverkan@thread.tacv2/activities/activity-7',
    });
  });

  it('reads status and Retry-After from errors', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('2015-10-21T07:28:00Z')),
    ).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    const error = { statusCode: 429, response: { headers: { get: () => '4' } } };
    expect(describeFailure(error)).toEqual({ status: 429, code: undefined, retryAfterMs: 4000 });
  });
});

describe('Pacer', () => {
  it('never starts more than the limit in any window, overall and per conversation', async () => {
    let now = 0;
    const pacer = new Pacer({
      overall: { limit: 5, windowMs: 1000 },
      perConversation: { limit: 2, windowMs: 1000 },
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    const starts: { at: number; conversation: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const conversation = i % 10 === 0 ? 'busy' : `c${i}`;
      const release = await pacer.acquire(conversation);
      starts.push({ at: now, conversation });
      now += 20; // the answer comes 20 ms later
      release();
    }
    for (const s of starts) {
      const window = starts.filter((o) => o.at >= s.at && o.at < s.at + 1000);
      expect(window.length).toBeLessThanOrEqual(5);
      expect(window.filter((o) => o.conversation === 'busy').length).toBeLessThanOrEqual(2);
    }
    // 40 starts at 5 per (second + answer time): the last one about 7 s after the first.
    expect(starts[39].at).toBeGreaterThanOrEqual(7000);
    expect(starts[39].at).toBeLessThan(7500);
  });

  it('counts requests in flight: a slow answer holds its slot until it comes', async () => {
    let now = 0;
    const pacer = new Pacer({
      overall: { limit: 2, windowMs: 1000 },
      perConversation: { limit: 7, windowMs: 1000 },
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    const first = await pacer.acquire('a');
    await pacer.acquire('b');
    let third = false;
    const waiting = pacer.acquire('c').then(() => (third = true));
    await new Promise((r) => setImmediate(r));
    expect(third).toBe(false);
    now = 5000;
    first();
    await waiting;
    // Answered at 5 s, so it may have arrived as late as that: the next waits a full window.
    expect(now).toBe(6000);
  });

  it('slows everything down after a 429 and recovers while no more come', async () => {
    let now = 0;
    const pacer = new Pacer({
      overall: { limit: 8, windowMs: 1000 },
      perConversation: { limit: 8, windowMs: 1000 },
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    pacer.throttled(2000);
    (await pacer.acquire('a'))();
    expect(now).toBe(2000); // nothing starts before Retry-After has passed
    const startsIn = async (ms: number) => {
      const until = now + ms;
      let n = 0;
      while (now < until) {
        (await pacer.acquire(`c${n}`))();
        n++;
      }
      return n;
    };
    expect(await startsIn(1000)).toBeLessThanOrEqual(5); // halved: 4 (+1 as the first window ends)
    now += 10_000;
    expect(await startsIn(1000)).toBeGreaterThanOrEqual(8); // back to the full rate
  });
});
