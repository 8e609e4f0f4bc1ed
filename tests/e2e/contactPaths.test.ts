import { cardText, cardsOf, actionsOf, startHarness, type Harness } from './harness';
import { importCsv } from '../../src/register/csvImport';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import { messageActivity } from './teamsActivity';

// Issue 11: contact paths from the register on the cards. The model is Karlshamnspiloten's own
// line for home-care staff, open 8–21 every day: the source gives no number, and the card says so.

describe('contact paths on the cards, over the wire', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const ask = async (text: string, locale = 'sv-SE') => {
    const { sent } = await h.post(messageActivity({ serviceUrl: h.connector.url, text, locale }));
    const card = cardsOf(sent)[0];
    return { text: cardText(card), actions: actionsOf(card) };
  };

  it('Karlshamnspiloten shows the home-care line with its hours, and no invented number', async () => {
    const { text, actions } = await ask('vem kontaktar jag för Karlshamnspiloten');
    expect(text).toContain('Hemtjänstens telefonlinje till vårdcentralen');
    expect(text).toMatch(/(Öppet|Stängt nu – öppet) 8–21 alla dagar/);
    expect(text).toContain('Numret finns inte i källan');
    expect(text).toContain('Källa: Karlshamnspiloten');
    expect(text).not.toMatch(/\d{3,4}-\d/); // no number anywhere on the card
    // In the bot's own chat: the line can be given its number by someone who knows it.
    expect(actions.filter((a) => a.type === 'Action.Submit').map((a) => a.title)).toContain(
      'Föreslå ändring',
    );
  });

  it('stale facts say when they are from, and in a channel there are no suggest buttons', async () => {
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 14);
    await h.app.db.query(
      `INSERT INTO contact_paths (id, target_kind, target_id, kind, value, label, hours, source,
         created_at, updated_at)
       VALUES ('stale-test', 'person', 'emma-rydh', 'direkt', '0480-444 55', '', '', 'Intranät',
         $1, $1)`,
      [old],
    );
    const { text } = await ask('telefon till Emma Rydh');
    expect(text).toContain('0480-444 55');
    expect(text).toMatch(/Uppgift från [a-zåäö]+ \d{4}, kan vara inaktuell/);
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'telefon till Emma Rydh',
        scope: 'channel',
        mention: true,
      }),
    );
    const inChannel = actionsOf(cardsOf(sent)[0]);
    expect(inChannel.filter((a) => a.type === 'Action.Submit')).toHaveLength(0);
  });

  it('in English too', async () => {
    const { text } = await ask('who do I contact for the Karlshamn pilot', 'en-US');
    expect(text).toMatch(/(Open|Closed now – open) 8–21 every day/);
    expect(text).toContain('The source gives no number');
  });

  it('after a CSV import, "telefon till Borgholms hälsocentral" answers with that number', async () => {
    const csv =
      'target,kind,value,label,hours,source\n' +
      'Borgholms hälsocentral,växel,0485-100 00,,mon-fri 08:00-17:00,HSA-utdrag 2026-11\n';
    expect(await importCsv(csv, loadDirectory(), h.app.db)).toMatchObject({ errors: [], added: 1 });
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        text: 'telefon till Borgholms hälsocentral',
        platform: 'Android',
      }),
    );
    const card = cardsOf(sent)[0];
    const text = cardText(card);
    expect(text).toContain('0485-100 00');
    expect(text).toContain('Källa: HSA-utdrag 2026-11');
    expect(text).toMatch(/(Öppet|Stängt nu – öppet) mån–fre 8–17/);
    expect(actionsOf(card)).toContainEqual(
      expect.objectContaining({ title: 'Ring växeln', url: 'tel:+4648510000' }),
    );
  });
});
