import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { barsOf } from './cardReading';
import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import { conversationIdFor, messageActivity, type Scope } from './teamsActivity';

// Issue 12's new answers over the wire: a comparison of health centres, the units of a
// municipality, a digest subscribed with the day, time and area typed in the request, and a
// Swedish conversation on an English client (one-word messages, typed paging, a button tap)
// that never flips to English.

/** Testa Gripenchef: the synthetic basenhetschef of Gripens hälsocentral (README). */
const GRIPEN_CHIEF = '00000000-0000-4000-8000-000000000109';
/** Testa Samordnare Ett: may subscribe a channel to the digest. */
const COORDINATOR = '00000000-0000-4000-8000-000000000301';

describe('issue 12 answers, over the wire', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** One conversation: every message to the same conversation id, one card back each. */
  const conversation = (o: { scope?: Scope; aadObjectId?: string; id?: string } = {}) => {
    const scope = o.scope ?? 'personal';
    const id = o.id ?? conversationIdFor(scope);
    return async (m: { text?: string; value?: unknown; locale?: string }) => {
      const { sent } = await h.post(
        messageActivity({
          serviceUrl: h.connector.url,
          scope,
          conversationId: id,
          aadObjectId: o.aadObjectId,
          mention: scope === 'channel' && m.text !== undefined,
          locale: m.locale ?? 'sv-SE',
          text: m.text,
          value: m.value,
        }),
      );
      const cards = cardsOf(sent);
      expect(cards).toHaveLength(1);
      return { card: cards[0], text: cardText(cards[0]), actions: actionsOf(cards[0]) };
    };
  };

  it('"jämför Gripen med Kristineberg": both health centres side by side with the region', async () => {
    const say = conversation();
    const { card, text } = await say({ text: 'jämför Gripen med Kristineberg' });
    expect(text).toContain('jämförelse');
    const labels = barsOf(card).map((b) => b.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Gripen'),
        expect.stringContaining('Kristineberg'),
        'Hela regionen',
      ]),
    );
    // Only the two named (and the region): not the ranking of every health centre.
    expect(labels).toHaveLength(3);
    // A follow-up keeps the two and changes the measure.
    const sip = await say({ text: 'och andelen med SIP?' });
    expect(sip.text).toContain('SIP');
    expect(barsOf(sip.card)).toHaveLength(3);
  });

  it('"compare Nybro and Emmaboda on ambulance rides" (English)', async () => {
    const say = conversation();
    const { card, text } = await say({
      text: 'compare Nybro and Emmaboda on ambulance rides',
      locale: 'en-US',
    });
    expect(text).toContain('comparison');
    expect(text).toContain('mbulance');
    const labels = barsOf(card).map((b) => b.label);
    expect(labels).toHaveLength(3);
    expect(labels.join(' ')).toMatch(/Nybro/);
    expect(labels.join(' ')).toMatch(/Emmaboda/);
  });

  it('"vilka hälsocentraler finns i Västervik?": the five health centres there, not a chart', async () => {
    const say = conversation();
    const { text, actions } = await say({ text: 'vilka hälsocentraler finns i Västervik?' });
    expect(text).toContain('Hälsocentraler i Västervik');
    for (const name of ['Ankarsrum', 'Esplanaden', 'Gamleby', 'Stora Trädgårdsgatan', 'Överum']) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('Gripen');
    expect(text).not.toContain('Västerviks sjukhus');
    expect(barsOf((await say({ text: 'och i Kalmar?' })).card)).toHaveLength(0);
    // Each unit opens its card.
    const berga = (await say({ text: 'och i Kalmar?' })).actions[0];
    expect(berga?.title).toBe(sv.unitsInArea.open);
    const unit = await say({ value: berga?.data });
    expect(unit.text).toContain('Berga hälsocentral');
    expect(actions).toHaveLength(5);
  });

  it('"which hospitals are there in the county?" (English)', async () => {
    const say = conversation();
    const { text } = await say({
      text: 'which hospitals are there in the county?',
      locale: 'en-US',
    });
    expect(text).toContain('Hospitals in the directory');
    expect(text).toContain('Kalmar länssjukhus');
    expect(text).toContain('Västerviks sjukhus');
    expect(text).not.toContain('hälsocentral');
  });

  it('"veckobrev varje fredag kl 9 för Oskarshamn" subscribes the channel with that day, time and area', async () => {
    const say = conversation({
      scope: 'channel',
      aadObjectId: COORDINATOR,
      id: '19:issue12-digest@thread.tacv2;messageid=1715000000001',
    });
    const saved = await say({ text: 'veckobrev varje fredag kl 9 för Oskarshamn' });
    expect(saved.text).toContain(sv.digest.saved.title);
    expect(saved.text).toMatch(/fredag/i);
    expect(saved.text).toContain('09:00');
    expect(saved.text).toContain('Oskarshamn');
    const list = await say({ text: 'vilka prenumerationer finns här?' });
    expect(list.text).toContain('Oskarshamn');
    expect(list.text).toContain('09:00');
  });

  it('"subscribe this channel for Kalmar" subscribes (English), it does not preview', async () => {
    const say = conversation({
      scope: 'channel',
      aadObjectId: COORDINATOR,
      id: '19:issue12-digest-en@thread.tacv2;messageid=1715000000002',
    });
    const saved = await say({ text: 'subscribe this channel for Kalmar', locale: 'en-US' });
    expect(saved.text).toContain(en.digest.saved.title);
    expect(saved.text).toContain('Kalmar');
  });

  it('never flips to English in a Swedish conversation on an en-US client', async () => {
    const say = conversation({ aadObjectId: GRIPEN_CHIEF });
    const locale = 'en-US';
    const english = [en.patients.next, en.patients.previous, en.metrics.region, en.thanks.title];
    const swedish = (t: { text: string; actions: { title?: string }[] }) => {
      for (const word of english) expect(t.text).not.toContain(word);
      for (const a of t.actions) expect(english).not.toContain(a.title ?? '');
    };
    const list = await say({ text: 'vilka rub5 saknar fast läkare hos oss?', locale });
    expect(list.text).toContain('RUB 5 utan fast läkarkontakt – Gripens hälsocentral');
    swedish(list);
    const typed = await say({ text: 'Nästa', locale });
    expect(typed.actions.map((a) => a.title)).toContain(sv.patients.previous);
    swedish(typed);
    const tapped = await say({
      value: typed.actions.find((a) => a.title === sv.patients.previous)?.data,
      locale,
    });
    expect(tapped.actions.map((a) => a.title)).toContain(sv.patients.next);
    swedish(tapped);
    const one = await say({ text: 'Kristineberg', locale });
    swedish(one);
    const thanks = await say({ text: 'tack', locale });
    expect(thanks.text).toContain(sv.thanks.title);
  });

  it("someone the directory lacks, at a unit it has: not found, and the unit's card", async () => {
    const { sent } = await h.post(
      messageActivity({
        serviceUrl: h.connector.url,
        aadObjectId: '00000000-0000-4000-8000-00000000e12b',
        text: 'telefon till Eva Lindqvist på Gamleby hälsocentral',
      }),
    );
    const [missing, unit, ...rest] = cardsOf(sent).map(cardText);
    expect(rest).toHaveLength(0);
    expect(missing.split('\n')[0]).toBe(sv.contacts.notFoundTitle('Eva Lindqvist'));
    expect(unit?.split('\n')[0]).toBe('Gamleby hälsocentral');
    expect(unit).toContain('Västervik');
  });

  it('"kan du svara på engelska?": English from then on, though the words are Swedish', async () => {
    // A user of their own: the file's other turns share the anonymous user's rate limit.
    const say = conversation({ aadObjectId: '00000000-0000-4000-8000-00000000e12a' });
    const asked = await say({ text: 'kan du svara på engelska?' });
    expect(asked.text).toContain(en.languageChoice.title);
    const unit = await say({ text: 'telefon till Borgholms hälsocentral' });
    expect(unit.text.split('\n')[0]).toBe('Borgholms hälsocentral');
    expect(unit.text).toContain('Health centre');
    const thanks = await say({ text: 'tack' });
    expect(thanks.text).toContain(en.thanks.title);
    const back = await say({ text: 'på svenska tack' });
    expect(back.text).toContain(sv.languageChoice.title);
    const again = await say({ text: 'thanks' });
    expect(again.text).toContain(sv.thanks.title);
  });

  it('"which Maria?" answered "den på Planeringsenheten": that Maria\'s card', async () => {
    const say = conversation({ aadObjectId: '00000000-0000-4000-8000-00000000e12b' });
    const which = await say({ text: 'har du numret till maria?' });
    expect(which.text).toContain('Maria Alvinsson Hilberth');
    expect(which.text).toContain('Maria Svensson');
    const chosen = await say({ text: 'den på planeringsenheten' });
    expect(chosen.text.split('\n')[0]).toBe('Telefon till Maria Alvinsson Hilberth');
    const mobile = await say({ text: 'mobilen också' });
    expect(mobile.text.split('\n')[0]).toBe('Mobilnummer till Maria Alvinsson Hilberth');
  });

  it('"hur når jag den på Blå Kusten?" after a group\'s contacts: that one of them', async () => {
    const say = conversation({ aadObjectId: '00000000-0000-4000-8000-00000000e12c' });
    const first = await say({ text: 'vem håller i oskarsgruppen?' });
    expect(first.text).toContain('Helene Svensson');
    expect(first.text).toContain('Anna Dahl');
    const chosen = await say({ text: 'hur når jag den på blå kusten' });
    expect(chosen.text.split('\n')[0]).toBe('Anna Dahl');
    expect(chosen.text).not.toContain('Helene Svensson');
  });

  it('"and their emails?" after a group\'s contacts: the group\'s contacts again, not "not understood"', async () => {
    const say = conversation();
    const first = await say({ text: 'who should I call about Oskarsgruppen?', locale: 'en-US' });
    expect(first.text).toContain('Contact persons for Oskarshamnsklustret');
    const next = await say({ text: 'and their emails?', locale: 'en-US' });
    expect(next.text).toContain('Contact persons for Oskarshamnsklustret');
    expect(next.text).toContain('Helene Svensson');
    expect(next.text).toContain('Anna Dahl');
  });

  it('a short message that opens about the sender answers what is asked, not who is asking', async () => {
    const say = conversation();
    const { text } = await say({
      text: 'hi, I am a nurse at Gripen. who is the coordinator for nära vård?',
      locale: 'en-US',
    });
    expect(text).toContain('Coordinator – people in the directory');
    expect(text).toContain('Marie Ragnarsson');
    expect(text).not.toContain('Gripens hälsocentral');
  });

  it('"jag behöver nå någon på ambulansen i Västervik": the county\'s ambulance service', async () => {
    const { text } = await conversation()({
      text: 'jag behöver nå någon på ambulansen i Västervik',
    });
    // The service's own card, not "found nothing" with it among the closest names.
    expect(text).toContain('Ambulanssjukvården\nAmbulanssjukvård · Kalmar län');
    expect(text).not.toContain('Jag hittade inget');
  });

  it("English cards name the directory's roles in English", async () => {
    const { text } = await conversation()({
      text: 'who is the analyst for the coordination group?',
      locale: 'en-US',
    });
    expect(text).toContain('Analyst in Samordnande arbetsgruppen nära vård');
    expect(text).not.toContain('Analytiker in');
    // The person's own title stays as the directory writes it.
    expect(text).toContain('Mathias Karlsson');
  });

  it('"och i december?" after a distribution: December 2022, the one December with figures', async () => {
    const say = conversation();
    const first = await say({ text: 'fördelning RUB 5' });
    expect(first.text).toContain('Mars 2023');
    const december = await say({ text: 'och i december?' });
    expect(december.text).toContain('per hälsocentral');
    expect(december.text).toContain('December 2022');
    // A month with no figures in any year is named as asked, with the months there are.
    const june = await say({ text: 'och i juni?' });
    expect(june.text).toContain(sv.metrics.noSuchPeriodTitle);
    expect(june.text).toContain('juni');
    expect(june.text).toContain('augusti 2022 till mars 2023');
  });

  it('"Region Blekinge" is the unit of that name, not the whole region and a Blekinge', async () => {
    const { text } = await conversation()({
      text: 'who is the clinic manager at Region Blekinge?',
      locale: 'en-US',
    });
    expect(text).toContain('Clinic manager at Region Blekinge');
    expect(text).toContain('Lina Öhlin');
  });

  it('"öppettider?" after a unit: that unit\'s card again, not "not understood"', async () => {
    const say = conversation();
    const first = await say({ text: 'Borgholms hälsocentral' });
    const next = await say({ text: 'öppettider?' });
    expect(next.text).not.toContain(sv.unknown.title);
    expect(next.text.split('\n')[0]).toBe(first.text.split('\n')[0]);
    expect(next.text).toContain('Borgholms hälsocentral');
    // After a person, where the unit is and when it is open are their unit's.
    const person = conversation();
    await person({ text: 'Åke Åkesson' });
    const hours = await person({ text: 'öppettider?' });
    expect(hours.text.split('\n')[0]).toBe('Borgholms hälsocentral');
  });

  it('"vem jobbar med Oskarsgruppen?": the group\'s contacts, not what it works on', async () => {
    const { text } = await conversation()({ text: 'vem jobbar med Oskarsgruppen?' });
    expect(text).toContain(sv.contacts.contactsFor('Oskarshamnsklustret'));
    const work = await conversation()({ text: 'vad jobbar Oskarsgruppen med?' });
    expect(work.text).not.toContain(sv.contacts.contactsFor('Oskarshamnsklustret'));
  });

  it('misspelt English ("contcat person for oskarsgrupen??", "waht do they work with")', async () => {
    const say = conversation();
    const first = await say({ text: 'contcat person for oskarsgrupen??', locale: 'en-US' });
    expect(first.text).toContain('Contact persons for Oskarshamnsklustret');
    const work = await say({ text: 'waht do they work with', locale: 'en-US' });
    expect(work.text.split('\n')[0]).toBe(
      'Oskarshamnsklustret – Blå Kusten, Gripen och Kristineberg',
    );
    expect(work.text).not.toContain(en.unknown.title);
  });

  it('a message that only greets and says who the sender is gets the greeting', async () => {
    const { text } = await conversation()({
      text: 'Morning! Jenny here, district nurse out in Ankarsrum 🙂',
      locale: 'en-US',
    });
    expect(text.split('\n')[0]).toBe(en.welcome.title);
  });

  it('a long message about a person it names asks for that person, found or not', async () => {
    const { text } = await conversation()({
      text:
        'Hej, jag sitter och läser en gammal artikel från 2017 om patientkontrakt på ortopeden i ' +
        'Oskarshamn. Där nämns en projektledare som heter Ragnhild Holmberg. Har ni kontaktuppgifter till henne?',
    });
    expect(text).toContain(sv.contacts.notFoundTitle('Ragnhild Holmberg'));
  });

  it('a name spelt as it sounds ("Mathias Carlson") finds Mathias Karlsson', async () => {
    const { text } = await conversation()({ text: 'Mathias Carlson' });
    expect(text.split('\n')[0]).toBe('Mathias Karlsson');
  });

  it('a long message whose question points back to the unit the sender works at', async () => {
    const { text } = await conversation()({
      text:
        'Hej! Jag heter Sara och har precis börjat som distriktssköterska på Gamleby hälsocentral. ' +
        'Jag försöker lära mig vem som är vem och hur man når olika ställen. Vad har den för telefonnummer och mejl?',
    });
    expect(text.split('\n')[0]).toBe('Gamleby hälsocentral');
  });
});
