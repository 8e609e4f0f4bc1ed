import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { messageActivity, type Scope } from './teamsActivity';

// The welcome and help card: a manager (basenhetschef/verksamhetschef at a health centre in the
// directory) in a 1:1 chat is offered their own unit's questions first; everyone gets the contact
// examples; every button asks a question the bot understands.

const GRIPEN_MANAGER = '00000000-0000-4000-8000-000000000109';
const NURSE = '00000000-0000-4000-8000-000000000401';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the welcome card', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => h.close());

  const ask = async (
    text: string,
    aadObjectId: string,
    scope: Scope = 'personal',
    locale?: string,
  ) =>
    cardsOf(
      (
        await h.post(
          messageActivity({
            serviceUrl: h.connector.url,
            text,
            aadObjectId,
            scope,
            mention: scope !== 'personal',
            locale,
          }),
        )
      ).sent,
    );
  const buttons = (card: unknown) =>
    actionsOf(card).map((a) => ({
      title: a.title ?? '',
      text: (a.data as { msteams: { value: string } }).msteams.value,
    }));

  it("offers a manager their own unit's questions first, then the contact examples", async () => {
    const [card] = await ask('hjälp', GRIPEN_MANAGER);
    const text = cardText(card);
    expect(text).toContain('Om Gripen:');
    const all = buttons(card);
    expect(all.slice(0, 4).map((b) => b.title)).toEqual([
      'RUB 5 på Gripen',
      'Gripen bland hälsocentralerna',
      'Förändring på Gripen sedan 2022',
      'Mina patienter utan fast läkare',
    ]);
    expect(all.map((b) => b.title)).toContain('Vem kontaktar jag för Oskarsgruppen?');
    expect(text.indexOf('Om Gripen:')).toBeLessThan(text.indexOf('Eller fråga om kontakter:'));
  });

  it('each of those buttons asks what it says, about the unit', async () => {
    const [card] = await ask('hjälp', GRIPEN_MANAGER);
    const titles: string[] = [];
    for (const b of buttons(card).slice(0, 4)) {
      const [answer] = await ask(b.text, GRIPEN_MANAGER);
      titles.push(plain(cardText(answer)).split('\n')[0]);
    }
    expect(titles).toEqual([
      'RUB 5 – Gripens hälsocentral',
      'Utan fast läkarkontakt – RUB 5 per hälsocentral',
      'Utan fast läkarkontakt – RUB 5, Gripens hälsocentral',
      'RUB 5 utan fast läkarkontakt – Gripens hälsocentral',
    ]);
  });

  it('in English too', async () => {
    const [card] = await ask('help', GRIPEN_MANAGER, 'personal', 'en-US');
    expect(cardText(card)).toContain('About Gripen:');
    const [first] = buttons(card);
    const [answer] = await ask(first.text, GRIPEN_MANAGER, 'personal', 'en-US');
    expect(cardText(answer)).toContain('RUB 5 – Gripens hälsocentral');
  });

  it('gives everyone else, and a manager in a channel, the general examples', async () => {
    for (const [aad, scope] of [
      [NURSE, 'personal'],
      [GRIPEN_MANAGER, 'channel'],
    ] as const) {
      const [card] = await ask('hjälp', aad, scope);
      const text = cardText(card);
      expect(text).not.toContain('Om Gripen');
      expect(text).toContain('Prova att fråga:');
      expect(buttons(card).map((b) => b.title)).toContain('RUB 5 utan fast läkarkontakt på Gripen');
    }
  });
});
