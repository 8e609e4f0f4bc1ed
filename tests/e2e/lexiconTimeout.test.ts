import { loadDirectory } from '../../dev/reference-api/directoryData';
import { cardText, cardsOf, startHarness } from './harness';
import { startDirectoryServer } from './directoryServer';
import { messageActivity } from './teamsActivity';

// A directory so large that its full list of people takes longer than a turn's lookup may
// (API_TIMEOUT_MS): the lexicon loads it with its own timeout (LEXICON_TIMEOUT_MS), so the bot
// knows the names; a lookup is still cut off at API_TIMEOUT_MS.

describe("the lexicon's load of a slow, large directory", () => {
  it('loads within LEXICON_TIMEOUT_MS although every attempt outlasts API_TIMEOUT_MS', async () => {
    const directory = await startDirectoryServer(loadDirectory(), { fullPeopleListDelayMs: 600 });
    const h = await startHarness({
      DIRECTORY_API_URL: directory.url,
      DIRECTORY_API_KEY: 'x',
      API_TIMEOUT_MS: '200',
      LEXICON_TIMEOUT_MS: '5000',
    });
    try {
      const { sent } = await h.post(
        messageActivity({ serviceUrl: h.connector.url, text: 'telefon till Åke Åkesson' }),
      );
      const text = cardText(cardsOf(sent)[0]);
      expect(text).toContain('Åke Åkesson');
      expect(text).toContain('0485-151 44');
    } finally {
      await h.close();
      await directory.close();
    }
  });
  it('does not hold the start beyond one turn budget while the load goes on', async () => {
    const directory = await startDirectoryServer(loadDirectory(), {
      fullPeopleListDelayMs: 20_000,
    });
    const started = Date.now();
    const h = await startHarness({
      DIRECTORY_API_URL: directory.url,
      DIRECTORY_API_KEY: 'x',
      TURN_BUDGET_MS: '1000',
    });
    try {
      // The load waits 20 s for people and LEXICON_TIMEOUT_MS allows 60: the start took one budget.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
    } finally {
      await h.close();
      await directory.close();
    }
  }, 15_000);
});
