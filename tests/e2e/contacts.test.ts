import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { directoryWithChiefs, startDirectoryServer } from './directoryServer';
import { loadDirectory } from '../../dev/reference-api/directoryData';
import { messageActivity } from './teamsActivity';

// Issue 3's "done when", as a user would try it: Swedish and English, with typos.

describe('who to contact, over the wire', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const ask = async (text: string, locale = 'sv-SE', platform?: string) => {
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, text, locale, platform }),
    );
    const cards = cardsOf(sent);
    expect(cards).toHaveLength(1);
    return { card: cards[0], text: cardText(cards[0]), actions: actionsOf(cards[0]) };
  };

  it('vem kontaktar jag för Oskarsgruppen → the cluster contacts, with their source', async () => {
    const { text } = await ask('vem kontaktar jag för Oskarsgruppen?');
    expect(text).toContain('Kontaktpersoner för Oskarshamnsklustret');
    expect(text).toContain('Helene Svensson');
    expect(text).toContain('Anna Dahl');
    expect(text).toContain('Kristinebergs hälsocentral');
    expect(text).toContain('Källa: Regionen kraftsamlar för omställning');
    // The source gives them no numbers: the card says so instead of leaving a blank.
    expect(text).toContain('Inget telefonnummer eller e-post i katalogen.');
  });

  it('tolerates a typo: "vem kontaktar jag för oskarsgrupen"', async () => {
    const { text } = await ask('vem kontaktar jag för oskarsgrupen');
    expect(text).toContain('Helene Svensson');
  });

  it('telefon till Åke Åkesson → the number as copyable text, old-source note', async () => {
    const { text, actions } = await ask('telefon till Åke Åkesson');
    expect(text).toContain('Telefon till Åke Åkesson');
    expect(text).toContain('0485-151 44');
    // Teams web and desktop do nothing with tel: (AdaptiveCards#3905): no button that fails.
    expect(text).not.toContain('tel:');
    expect(actions.filter((a) => a.url?.startsWith('tel:'))).toHaveLength(0);
    expect(text).toMatch(/Källa: Nära vård – Landstingets äldre webbsida \(\d+ år gammal\)/);
  });

  it('without diacritics: "telefon till ake akesson"', async () => {
    const { text } = await ask('telefon till ake akesson');
    expect(text).toContain('0485-151 44');
  });

  it('on a phone: tap-to-call in E.164', async () => {
    const { actions } = await ask('telefon till Åke Åkesson', 'sv-SE', 'Android');
    expect(actions).toContainEqual(
      expect.objectContaining({ type: 'Action.OpenUrl', url: 'tel:+4648515144' }),
    );
  });

  it('mobilnummer till Maria Alvinsson Hilberth → the mobile first', async () => {
    const { text, actions } = await ask(
      'mobilnummer till maria alvinsson hilberth',
      'sv-SE',
      'iOS',
    );
    expect(text).toContain('Mobilnummer till Maria Alvinsson Hilberth');
    expect(actions[0]).toMatchObject({ title: 'Ring mobil', url: 'tel:+46706449228' });
    expect(actions).toContainEqual(expect.objectContaining({ url: 'tel:+4648084029' }));
  });

  it('says plainly when the directory has no number', async () => {
    const { text, actions } = await ask('telefon till Helene Svensson');
    expect(text).toContain('Katalogen har inget telefonnummer till Helene Svensson.');
    expect(actions.filter((a) => a.url?.startsWith('tel:'))).toHaveLength(0);
  });

  it('basenhetschef Blå Kusten → Anna Dahl, and no test user (issue 11)', async () => {
    const { text } = await ask('basenhetschef Blå Kusten');
    expect(text).toContain('Basenhetschef på Blå Kustens hälsocentral');
    expect(text).toContain('Anna Dahl');
    expect(text).not.toContain('Testa');
  });

  it('vem är basenhetschef på Kristinebergs HC:n? → Helene Svensson', async () => {
    const { text } = await ask('vem är basenhetschef på Kristinebergs HC:n?');
    expect(text).toContain('Helene Svensson');
  });

  it('who is the analyst in the coordination group → Mathias Karlsson, in English', async () => {
    const { text } = await ask('who is the analyst in the coordination group', 'en-US');
    expect(text).toContain('Mathias Karlsson');
    expect(text).toContain('Analyst in Samordnande arbetsgruppen nära vård');
    expect(text).not.toContain('Marie Ragnarsson');
  });

  it('vilka deltar i Hemsjukhuset → the group card with participants and its contact', async () => {
    const { text } = await ask('vilka deltar i Hemsjukhuset');
    expect(text).toContain('Hemsjukhuset Borgholm');
    expect(text).toContain('Vilka deltar');
    expect(text).toContain('Borgholms hälsocentral');
    expect(text).toContain('Åke Åkesson');
  });

  it('how do I reach Kristineberg HC → the unit card in English, named people with roles', async () => {
    const { text } = await ask('how do I reach Kristineberg HC', 'en-US');
    expect(text).toContain('Kristinebergs hälsocentral');
    expect(text).toContain('Helene Svensson');
    expect(text).toContain('Health centre');
    expect(text).toContain('Named people at the unit');
  });

  it('samordnare nära vård → people by role', async () => {
    const { text } = await ask('samordnare nära vård');
    expect(text).toContain('Marie Ragnarsson');
    expect(text).toContain('Maria Alvinsson Hilberth');
  });

  it('Karlshamnspiloten is labelled as another region', async () => {
    const { text } = await ask('vem kontaktar jag för Karlshamnspiloten');
    expect(text).toContain('Region Blekinge – annan region');
  });

  it('says "another region" once on Karlshamnspiloten, not again for each of its contacts', async () => {
    const { text } = await ask('vem kontaktar jag för Karlshamnspiloten');
    expect(text.match(/annan region/g)).toHaveLength(1);
    // Each contact's own organisation is still on its line.
    expect(text).toContain('chef för socialförvaltningen · Karlshamns kommun');
    expect(text).toContain('mottagningschef · Region Blekinge');
  });

  it('a contact of another region found alone still says so', async () => {
    const { text } = await ask('telefon till Lina Öhlin');
    expect(text).toContain('Region Blekinge – annan region');
  });

  it('an ambiguous name gives a choice, and tapping a choice answers like a typed question', async () => {
    const { text, actions } = await ask('telefon till Svensson');
    expect(text).toContain('Flera träffar på "Svensson"');
    const helene = actions.find((a) => a.title === 'Helene Svensson');
    expect(helene?.type).toBe('Action.Submit');
    const { sent } = await h.post(
      messageActivity({ serviceUrl: h.connector.url, value: helene?.data }),
    );
    const card = cardsOf(sent)[0];
    expect(cardText(card)).toContain('Helene Svensson');
    expect(cardText(card)).toContain('Kristinebergs hälsocentral');
  });

  it('a name not in the directory is "not found", with the closest real names as buttons', async () => {
    const { text, actions } = await ask('telefon till Kalle Anka');
    expect(text).toContain('Jag hittade inget som heter');
    expect(text).not.toMatch(/tel:/);
    for (const a of actions) expect(a.type).toBe('Action.Submit');
  });

  it('long lists are paged by 8 with a working next button', async () => {
    // The reference directory has no role with more than 8 real people (test users are not
    // contacts): a directory API with 12 named basenhetschefer, served locally.
    const directory = await startDirectoryServer(directoryWithChiefs(12));
    const big = await startHarness({ DIRECTORY_API_URL: directory.url, DIRECTORY_API_KEY: 'x' });
    try {
      const { sent: first } = await big.post(
        messageActivity({ serviceUrl: big.connector.url, text: 'vilka är basenhetschefer' }),
      );
      expect(cardText(cardsOf(first)[0])).toMatch(/Visar 1–8 av 12/);
      const next = actionsOf(cardsOf(first)[0]).find((a) => a.title === 'Nästa');
      expect(next).toBeDefined();
      const { sent } = await big.post(
        messageActivity({ serviceUrl: big.connector.url, value: next?.data }),
      );
      expect(cardText(cardsOf(sent)[0])).toMatch(/Visar 9–12 av 12/);
    } finally {
      await big.close();
      await directory.close();
    }
  });

  it('a role with no place is asked of the directory, filtered, and a title names it too', async () => {
    // A whole country's directory cannot be read in a turn: the turn asks for the role only.
    const directory = await startDirectoryServer(loadDirectory());
    const h = await startHarness({ DIRECTORY_API_URL: directory.url, DIRECTORY_API_KEY: 'x' });
    try {
      const before = directory.requests.length;
      const { sent } = await h.post(
        messageActivity({ serviceUrl: h.connector.url, text: 'vilka är analytiker' }),
      );
      // Mathias Karlsson's role list does not say analytiker; his title does.
      expect(cardText(cardsOf(sent)[0])).toContain('Mathias Karlsson');
      const people = directory.requests.slice(before).filter((r) => r.startsWith('/v1/people'));
      expect(people).toEqual(['/v1/people?roleOrTitle=analytiker&pageSize=101']);
    } finally {
      await h.close();
      await directory.close();
    }
  });

  it('a role many people have is read only as far as the page shown, and asks for a place', async () => {
    // 250 basenhetschefer in a directory that pages: the bot reads the first 101, not everyone.
    const directory = await startDirectoryServer(directoryWithChiefs(250), { pages: true });
    const h = await startHarness({ DIRECTORY_API_URL: directory.url, DIRECTORY_API_KEY: 'x' });
    const peopleRequests = () => directory.requests.filter((r) => r.startsWith('/v1/people?'));
    try {
      const before = peopleRequests().length;
      const { sent: first } = await h.post(
        messageActivity({ serviceUrl: h.connector.url, text: 'vilka är basenhetschefer' }),
      );
      const text = cardText(cardsOf(first)[0]);
      expect(text).toContain('Visar 1–8 av många');
      expect(text).toContain('Fråga med en enhet eller ort');
      // In the directory's order, not sorted by name ("Chef Nummer 10" would come second).
      const names = (t: string) => t.match(/Chef Nummer \d+/g);
      expect(names(text)).toEqual(Array.from({ length: 8 }, (_, i) => `Chef Nummer ${i + 1}`));
      expect(peopleRequests().slice(before)).toEqual([
        '/v1/people?roleOrTitle=basenhetschef&pageSize=101',
      ]);
      const next = actionsOf(cardsOf(first)[0]).find((a) => a.title === 'Nästa');
      const { sent } = await h.post(
        messageActivity({ serviceUrl: h.connector.url, value: next?.data }),
      );
      const second = cardText(cardsOf(sent)[0]);
      expect(second).toContain('Visar 9–16 av många');
      expect(names(second)).toEqual(Array.from({ length: 8 }, (_, i) => `Chef Nummer ${i + 9}`));
    } finally {
      await h.close();
      await directory.close();
    }
  });

  it('an upstream outage gives a friendly card naming the source', async () => {
    const down = await startHarness({
      DIRECTORY_API_URL: 'http://127.0.0.1:9/directory',
      DIRECTORY_API_KEY: 'x',
      API_TIMEOUT_MS: '500',
    });
    try {
      const { sent } = await down.post(
        messageActivity({ serviceUrl: down.connector.url, text: 'telefon till Åke Åkesson' }),
      );
      const text = cardText(cardsOf(sent)[0]);
      expect(text).toContain('Katalogen med kontaktuppgifter går inte att nå just nu');
      expect(JSON.stringify(sent)).not.toMatch(/ECONNREFUSED|Error|at .*\(/);
    } finally {
      await down.close();
    }
  });
});
