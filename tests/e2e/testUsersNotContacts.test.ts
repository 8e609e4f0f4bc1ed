import { cardText, cardsOf, startHarness, type Harness } from './harness';
import { messageActivity, messageExtensionQuery } from './teamsActivity';

// Issue 11: synthetic test users are identities, never contacts. Every way a contact can be
// offered is asked here; none may name a test user ("Testa …", "testanvändare").

const TEST_USER = /Testa |testanvändare|test user/i;
const GRIPEN_MANAGER_AAD = '00000000-0000-4000-8000-000000000109'; // test-bec-gripen

describe('test users are never contacts, over the wire', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const ask = async (text: string, aadObjectId?: string) => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text, aadObjectId }),
    );
    return cardsOf(sent).map(cardText).join('\n');
  };

  it.each([
    'basenhetschef på Gripen',
    'basenhetschef Blå Kusten',
    'vem är samordnare?',
    'verksamhetschef',
    'Gripens hälsocentral',
    'telefon till Testa Gripenchef',
    'vem kontaktar jag för samordnande arbetsgruppen',
    'mobil till testa',
  ])('"%s" names no test user', async (question) => {
    const text = await ask(question);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(TEST_USER);
  });

  it('a real manager is still found next to where the test users were', async () => {
    expect(await ask('basenhetschef Blå Kusten')).toContain('Anna Dahl');
  });

  it.each(['testa', 'Testa Gripenchef', 'gripen', 'samordnare'])(
    'the message extension offers no test user for "%s"',
    async (query) => {
      const { body } = await h.post(messageExtensionQuery({ serviceUrl: h.connector.url, query }));
      const result = (body as { composeExtension: { attachments?: unknown[]; text?: string } })
        .composeExtension;
      expect(JSON.stringify(result)).not.toMatch(TEST_USER);
    },
  );

  it('a test user still works as an identity: the Gripen manager gets their own unit', async () => {
    const text = await ask('RUB5 på min HC', GRIPEN_MANAGER_AAD);
    expect(text).toContain('Gripen');
  });
});
