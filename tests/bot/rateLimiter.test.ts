import { RateLimiter } from '../../src/bot/rateLimiter';

describe('RateLimiter: perMinute messages a minute per user', () => {
  const clock = (start = 0) => {
    let t = start;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('allows a burst of perMinute, then refuses the next', () => {
    const c = clock();
    const limiter = new RateLimiter(30, c.now);
    const answers = Array.from({ length: 31 }, () => limiter.allow('anna'));
    expect(answers.filter(Boolean)).toHaveLength(30);
    expect(answers[30]).toBe(false);
  });

  it('gives one message back every 60/perMinute seconds, and all of them after a minute', () => {
    const c = clock();
    const limiter = new RateLimiter(30, c.now);
    for (let i = 0; i < 30; i++) limiter.allow('anna');
    c.advance(1_000);
    expect(limiter.allow('anna')).toBe(false);
    c.advance(1_000); // 2 s: one message's worth
    expect(limiter.allow('anna')).toBe(true);
    expect(limiter.allow('anna')).toBe(false);
    c.advance(60_000);
    expect(Array.from({ length: 31 }, () => limiter.allow('anna')).filter(Boolean)).toHaveLength(
      30,
    );
  });

  it('counts each user apart, and a refused message does not count', () => {
    const c = clock();
    const limiter = new RateLimiter(2, c.now);
    expect([limiter.allow('anna'), limiter.allow('anna'), limiter.allow('anna')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.allow('bo')).toBe(true);
    // Refused ones spent nothing: 30 s later (one message's worth) exactly one is allowed.
    for (let i = 0; i < 10; i++) limiter.allow('anna');
    c.advance(30_000);
    expect([limiter.allow('anna'), limiter.allow('anna')]).toEqual([true, false]);
  });
});
