import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { directoryWithChiefs, startDirectoryServer, type DirectoryServer } from './directoryServer';
import { conversationIdFor, messageActivity, type Scope } from './teamsActivity';

// Issue 12 over the wire: follow-ups read what the conversation was about (stored in the database
// between turns), and the conversation keeps its language after a one-word message or a button tap.

describe('conversations, over the wire', () => {
  let h: Harness;
  // Lists long enough to page: the reference data has no role with more than 8 real people.
  let directory: DirectoryServer;
  let paged: Harness;
  beforeAll(async () => {
    h = await startHarness();
    directory = await startDirectoryServer(directoryWithChiefs(12));
    paged = await startHarness({ DIRECTORY_API_URL: directory.url, DIRECTORY_API_KEY: 'x' });
  });
  afterAll(async () => {
    await h.close();
    await paged.close();
    await directory.close();
  });

  /** One conversation: every message goes to the same conversation id. */
  const conversation = (
    scope: Scope = 'personal',
    id = conversationIdFor(scope),
    app = () => h,
  ) => {
    const h = app();
    const say = async (o: { text?: string; value?: unknown; locale?: string }) => {
      const { sent } = await h.post(
        messageActivity({
          serviceUrl: h.connector.url,
          scope,
          conversationId: id,
          locale: o.locale ?? 'sv-SE',
          text: o.text,
          value: o.value,
        }),
      );
      const cards = cardsOf(sent);
      expect(cards).toHaveLength(1);
      return { text: cardText(cards[0]), actions: actionsOf(cards[0]) };
    };
    return say;
  };

  it('a person, then "och mobilnumret?" and "och hennes mejl?" (Swedish)', async () => {
    const say = conversation();
    expect((await say({ text: 'Vem är Maria Alvinsson Hilberth?' })).text).toContain(
      'Maria Alvinsson Hilberth',
    );
    const mobile = await say({ text: 'och mobilnumret?' });
    expect(mobile.text).toContain('Mobilnummer till Maria Alvinsson Hilberth');
    expect(mobile.text).toContain('070-644 92 28');
    expect((await say({ text: 'och hennes mejl?' })).text).toContain(
      'E-post till Maria Alvinsson Hilberth',
    );
  });

  it('a role at a unit, then "vad har han för nummer" means the one person it found', async () => {
    const say = conversation();
    expect(
      (await say({ text: 'vem är verksamhetschef på Borgholms hälsocentral?' })).text,
    ).toContain('Åke Åkesson');
    const number = await say({ text: 'vad har han för nummer' });
    expect(number.text).toContain('Telefon till Åke Åkesson');
    expect(number.text).toContain('0485-151 44');
  });

  it('a person, then "what about her mobile?" (English)', async () => {
    const say = conversation();
    await say({ text: 'phone number for Maria Alvinsson Hilberth', locale: 'en-US' });
    const mobile = await say({ text: 'what about her mobile?', locale: 'en-US' });
    expect(mobile.text).toContain('Maria Alvinsson Hilberth');
    expect(mobile.text).toContain('070-644 92 28');
  });

  it('a metric, then "och på Kristineberg?" keeps the measure for the new unit', async () => {
    const say = conversation();
    const gripen = await say({ text: 'andel RUB5 med SIP på Gripen' });
    expect(gripen.text).toContain('Gripen');
    const kristineberg = await say({ text: 'och på Kristineberg?' });
    expect(kristineberg.text).toContain('Kristineberg');
    expect(kristineberg.text).not.toContain('Gripen');
    expect(kristineberg.text).toContain('SIP');
  });

  it('a metric, then "and at Kristineberg?" (English)', async () => {
    const say = conversation();
    await say({ text: 'share of RUB 5 patients with a SIP at Gripen', locale: 'en-US' });
    const next = await say({ text: 'and at Kristineberg?', locale: 'en-US' });
    expect(next.text).toContain('Kristineberg');
    expect(next.text).toContain('SIP');
  });

  it('typed paging: "nästa" and "föregående" turn the last list', async () => {
    const say = conversation('personal', undefined, () => paged);
    const first = await say({ text: 'lista alla basenhetschefer' });
    expect(first.actions.map((a) => a.title)).toContain('Nästa');
    const second = await say({ text: 'nästa' });
    expect(second.actions.map((a) => a.title)).toContain('Föregående');
    expect(second.text).not.toEqual(first.text);
    const back = await say({ text: 'föregående' });
    expect(back.text).toEqual(first.text);
  });

  it('typed paging in English: "next page"', async () => {
    const say = conversation('personal', undefined, () => paged);
    const first = await say({ text: 'list all basenhetschefer', locale: 'en-US' });
    expect(first.actions.map((a) => a.title)).toContain('Next');
    const second = await say({ text: 'next page', locale: 'en-US' });
    expect(second.actions.map((a) => a.title)).toContain('Previous');
  });

  it('keeps Swedish after a button tap from an English client', async () => {
    const say = conversation('personal', undefined, () => paged);
    const first = await say({ text: 'lista alla basenhetschefer', locale: 'en-US' });
    expect(first.actions.map((a) => a.title)).toContain('Nästa');
    const next = first.actions.find((a) => a.title === 'Nästa');
    const tapped = await say({ value: next?.data, locale: 'en-US' });
    expect(tapped.actions.map((a) => a.title)).toContain('Föregående');
    // A one-word message ("Gripen" is no word of either language) keeps it too.
    await say({ text: 'vem är basenhetschef på Kristineberg?', locale: 'en-US' });
    const gripen = await say({ text: 'Gripen', locale: 'en-US' });
    expect(gripen.text).toContain('Basenhetschef på Gripens hälsocentral');
  });

  it('keeps English after a button tap from a Swedish client', async () => {
    const say = conversation('personal', undefined, () => paged);
    const first = await say({ text: 'list all basenhetschefer' });
    const next = first.actions.find((a) => a.title === 'Next');
    expect(next).toBeDefined();
    const tapped = await say({ value: next?.data });
    expect(tapped.actions.map((a) => a.title)).toContain('Previous');
  });

  it('thanks are answered, in the language they are written in', async () => {
    const say = conversation();
    expect((await say({ text: 'tack så mycket!' })).text).toContain('Varsågod');
    expect((await say({ text: 'thanks a lot!' })).text).toContain('welcome');
  });

  it('in a channel, each thread has its own context', async () => {
    const channel = conversationIdFor('channel');
    const threadA = conversation('channel', `${channel};messageid=1001`);
    const threadB = conversation('channel', `${channel};messageid=1002`);
    await threadA({ text: 'telefon till Åke Åkesson' });
    expect((await threadA({ text: 'och hans mejl?' })).text).toContain('E-post till Åke Åkesson');
    expect((await threadB({ text: 'och hans mejl?' })).text).toContain(
      'Det kan jag inte svara på än',
    );
  });
});
