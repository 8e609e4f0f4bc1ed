import { cardText, cardsOf, actionsOf, startHarness, type Harness } from './harness';
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
    // The way to add what the source lacks.
    expect(actions).toContainEqual(
      expect.objectContaining({ type: 'Action.Submit', title: 'Föreslå ändring' }),
    );
  });

  it('in English too', async () => {
    const { text } = await ask('who do I contact for the Karlshamn pilot', 'en-US');
    expect(text).toMatch(/(Open|Closed now – open) 8–21 every day/);
    expect(text).toContain('The source gives no number');
  });

  it('every contact card has "Föreslå ändring", and "Numret stämmer inte" where there is a number', async () => {
    const ake = await ask('telefon till Åke Åkesson');
    const titles = ake.actions.map((a) => a.title);
    expect(titles).toContain('Föreslå ändring');
    expect(titles).toContain('Numret stämmer inte');
    const unit = await ask('Borgholms hälsocentral');
    expect(unit.actions.map((a) => a.title)).toContain('Föreslå ändring');
  });
});
