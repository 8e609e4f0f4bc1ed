import { cardText, cardsOf, startHarness, type Harness } from './harness';
import { messageActivity } from './teamsActivity';

// A user who sends more than RATE_LIMIT_PER_MINUTE messages in a burst gets a friendly card in
// their language instead of an answer; other users are not affected.

describe('the per-user rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => h.close());

  const ask = async (text: string, aadObjectId: string, locale = 'sv-SE') =>
    cardText(
      cardsOf(
        (
          await h.post(
            messageActivity({
              serviceUrl: h.connector.url,
              text,
              aadObjectId,
              conversationId: `a:1${aadObjectId}`,
              locale,
            }),
          )
        ).sent,
      )[0],
    );

  it('answers three questions, then asks the fourth to wait a minute, in Swedish', async () => {
    const anna = '00000000-0000-4000-8000-00000000a001';
    for (let i = 0; i < 3; i++) {
      expect(await ask('telefon till Åke Åkesson', anna)).toContain('0485-151 44');
    }
    const fourth = await ask('telefon till Åke Åkesson', anna);
    expect(fourth).toContain('Vänta en minut');
    expect(fourth).not.toContain('0485-151 44');
  });

  it('does not hold back another user, and says it in English to an English user', async () => {
    const bo = '00000000-0000-4000-8000-00000000b002';
    expect(await ask('phone number for Åke Åkesson', bo, 'en-US')).toContain('0485-151 44');
    await ask('phone number for Åke Åkesson', bo, 'en-US');
    await ask('phone number for Åke Åkesson', bo, 'en-US');
    expect(await ask('phone number for Åke Åkesson', bo, 'en-US')).toContain('Wait a minute');
  });
});
