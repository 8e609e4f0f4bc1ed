import { randomUUID } from 'node:crypto';
import { actionsOf, cardText, cardsOf, startHarness, type Harness } from './harness';
import type { Sent } from './connector';
import { conversationIdFor, installActivity, messageActivity } from './teamsActivity';

// Issue 11, "from the people who know": a nurse suggests a number in her own chat with the bot;
// it reaches the samordnare as a card in the samordnare's own chat, is approved in one tap, the
// nurse is told, and from then on "telefon till …" answers with it and who confirmed it.
// Over the wire: activities POSTed to /api/messages, cards read from the recording connector.

const NURSE = {
  aadObjectId: '00000000-0000-4000-8000-000000000401',
  userName: 'Testa Sjuksköterska',
};
const SAMORDNARE = {
  aadObjectId: '00000000-0000-4000-8000-000000000301',
  userName: 'Testa Samordnare Ett',
};
const MANAGER = {
  aadObjectId: '00000000-0000-4000-8000-000000000109',
  userName: 'Testa Gripenchef',
};

type User = { aadObjectId: string; userName: string };
type Card = ReturnType<typeof cardsOf>[number];

describe('suggested contact changes, over the wire', () => {
  let h: Harness;
  const chats = new Map<string, string>();
  const chatOf = (user: User) => {
    if (!chats.has(user.aadObjectId)) chats.set(user.aadObjectId, conversationIdFor('personal'));
    return chats.get(user.aadObjectId) ?? '';
  };

  beforeAll(async () => {
    // One user writes many times a minute here: the rate limit is not what is tested.
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => h.close());

  /** What the bot sent into this user's own chat during the POST (not proactive posts elsewhere). */
  const own = async (user: User, posting: Promise<{ sent: Sent[] }>) => ({
    sent: (await posting).sent.filter((s) => s.conversationId === chatOf(user)),
  });
  const say = (user: User, text: string, locale = 'sv-SE') =>
    own(
      user,
      h.post(
        messageActivity({
          serviceUrl: h.connector.url,
          text,
          locale,
          conversationId: chatOf(user),
          ...user,
        }),
      ),
    );
  /** A card button pressed (inputs beside the button's data, as Teams sends them). */
  const tap = (user: User, value: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    own(
      user,
      h.post({
        ...messageActivity({
          serviceUrl: h.connector.url,
          value,
          conversationId: chatOf(user),
          ...user,
        }),
        ...extra,
      }),
    );
  const submitOf = (card: Card, title: string) => {
    const action = actionsOf(card).find((a) => a.type === 'Action.Submit' && a.title === title);
    if (!action) throw new Error(`no button "${title}" on the card`);
    return action.data as Record<string, unknown>;
  };
  const sentTo = (user: User, since: number) =>
    h.connector.sent.slice(since).filter((s) => s.conversationId === chatOf(user));

  /** The nurse opens "Föreslå ändring" on a person's card and submits a mobile number. */
  const suggestMobile = async (who: string, number: string) => {
    const { sent } = await say(NURSE, `telefon till ${who}`);
    const form = cardsOf((await tap(NURSE, submitOf(cardsOf(sent)[0], 'Föreslå ändring'))).sent)[0];
    expect(cardText(form)).toContain(`Föreslå ändring – ${who}`);
    const data = { ...submitOf(form, 'Skicka förslaget'), kind: 'mobil', value: number };
    return tap(NURSE, data);
  };

  it('a nurse’s number reaches the samordnare, is approved in one tap, and is the answer from then on', async () => {
    // Both have written to the bot before: their own chats are known.
    await say(SAMORDNARE, 'hej');
    await say(NURSE, 'hej');
    const before = await say(NURSE, 'telefon till Marie Ragnarsson');
    expect(cardText(cardsOf(before.sent)[0])).not.toContain('070-111 22 33');

    const mark = h.connector.sent.length;
    const { sent } = await suggestMobile('Marie Ragnarsson', '070-111 22 33');
    const thanks = cardText(cardsOf(sent)[0]);
    expect(thanks).toContain('Tack — skickat till Testa Samordnare Ett för granskning.');
    expect(thanks).toContain('har fått förslaget i Teams');

    // The proposal card arrived in the samordnare's own chat, proactively.
    const [review] = cardsOf(sentTo(SAMORDNARE, mark));
    const text = cardText(review);
    expect(text).toContain('Marie Ragnarsson');
    expect(text).toContain('070-111 22 33');
    expect(text).toContain('Testa Sjuksköterska');
    // Not yet a fact: nobody sees it before the approval.
    const meanwhile = await say(MANAGER, 'telefon till Marie Ragnarsson');
    expect(cardText(cardsOf(meanwhile.sent)[0])).not.toContain('070-111 22 33');

    const tapped = h.connector.sent.length;
    const approved = await tap(SAMORDNARE, submitOf(review, 'Godkänn'));
    expect(cardText(cardsOf(approved.sent)[0])).toContain('Godkänt av Testa Samordnare Ett');
    // The nurse is told, in her own chat.
    const told = cardsOf(sentTo(NURSE, tapped)).map(cardText).join('\n');
    expect(told).toContain('Ditt förslag är godkänt');
    expect(told).toContain('070-111 22 33');

    // From anyone, from now on: the number, who proposed it, who confirmed it and when.
    const after = cardText(cardsOf((await say(MANAGER, 'telefon till Marie Ragnarsson')).sent)[0]);
    expect(after).toContain('070-111 22 33');
    expect(after).toMatch(/Bekräftad av Testa Samordnare Ett \d{1,2} [a-z]{3} \d{4}/);
    expect(after).toContain('Föreslagen av Testa Sjuksköterska');

    // A second tap on the same card: already decided, nothing changes.
    const again = await tap(SAMORDNARE, submitOf(review, 'Avslå'));
    expect(cardText(cardsOf(again.sent)[0])).toContain('Redan godkänt av Testa Samordnare Ett');
    const still = cardText(cardsOf((await say(MANAGER, 'telefon till Marie Ragnarsson')).sent)[0]);
    expect(still).toContain('070-111 22 33');
  });

  it('someone else’s tap is refused, and a rejection stores nothing', async () => {
    const mark = h.connector.sent.length;
    await suggestMobile('Mathias Karlsson', '070-222 33 44');
    const [review] = cardsOf(sentTo(SAMORDNARE, mark));
    // The card is forwarded, or its data forged: the server checks who taps.
    const refused = await tap(MANAGER, submitOf(review, 'Godkänn'));
    expect(cardText(cardsOf(refused.sent)[0])).toContain(
      'Bara Testa Samordnare Ett kan avgöra det här förslaget',
    );
    const notYet = cardText(cardsOf((await say(NURSE, 'telefon till Mathias Karlsson')).sent)[0]);
    expect(notYet).not.toContain('070-222 33 44');

    const tapped = h.connector.sent.length;
    const rejected = await tap(SAMORDNARE, submitOf(review, 'Avslå'));
    expect(cardText(cardsOf(rejected.sent)[0])).toContain('Avslaget av Testa Samordnare Ett');
    expect(cardsOf(sentTo(NURSE, tapped)).map(cardText).join('\n')).toContain(
      'Ditt förslag avslogs',
    );
    const after = cardText(cardsOf((await say(NURSE, 'telefon till Mathias Karlsson')).sent)[0]);
    expect(after).not.toContain('070-222 33 44');
    const rows = await h.app.db.query(
      "SELECT 1 FROM contact_paths WHERE target_id = 'mathias-karlsson'",
    );
    expect(rows).toHaveLength(0);
  });

  it('a submit delivered twice makes one proposal, and a double tap too', async () => {
    const { sent } = await say(NURSE, 'telefon till Julia Ström');
    const formData = submitOf(cardsOf(sent)[0], 'Föreslå ändring');
    const form = cardsOf((await tap(NURSE, formData)).sent)[0];
    const data = { ...submitOf(form, 'Skicka förslaget'), kind: 'direkt', value: '0480-123 45' };
    const id = randomUUID();
    const mark = h.connector.sent.length;
    await tap(NURSE, data, { id });
    // Teams re-delivers the same activity (its POST timed out): nothing happens a second time.
    const redelivered = await tap(NURSE, data, { id });
    expect(redelivered.sent).toHaveLength(0);
    // A second tap is a new activity with the same values: still one proposal.
    const doubleTap = await tap(NURSE, data);
    expect(cardText(cardsOf(doubleTap.sent)[0])).toContain(
      'redan skickat till Testa Samordnare Ett',
    );
    expect(cardsOf(sentTo(SAMORDNARE, mark))).toHaveLength(1);
    const rows = await h.app.db.query(
      "SELECT 1 FROM contact_proposals WHERE target_id = 'julia-strom'",
    );
    expect(rows).toHaveLength(1);
  });

  it('bad input gets a clear answer in the user’s language, and the form again', async () => {
    const { sent } = await say(NURSE, 'phone number for Emma Rydh', 'en-US');
    const form = cardsOf(
      (await tap(NURSE, submitOf(cardsOf(sent)[0], 'Suggest a change'))).sent,
    )[0];
    const data = { ...submitOf(form, 'Send the suggestion'), kind: 'mobil', value: '12' };
    const answer = cardsOf((await tap(NURSE, data)).sent)[0];
    expect(cardText(answer)).toContain('That is not a phone number');
    expect(actionsOf(answer).map((a) => a.title)).toContain('Send the suggestion');
    const rows = await h.app.db.query(
      "SELECT 1 FROM contact_proposals WHERE target_id = 'emma-rydh'",
    );
    expect(rows).toHaveLength(0);
  });

  it('a reviewer without a known chat sees the proposal the next time they write, and the proposer is told so', async () => {
    const reviewer = {
      aadObjectId: '00000000-0000-4000-8000-000000000112',
      userName: 'Testa Kristinebergschef',
    };
    const { sent } = await say(NURSE, 'telefon till Helene Svensson');
    const form = cardsOf((await tap(NURSE, submitOf(cardsOf(sent)[0], 'Föreslå ändring'))).sent)[0];
    expect(cardText(form)).toContain('Granskas av Testa Kristinebergschef.');
    const data = { ...submitOf(form, 'Skicka förslaget'), kind: 'mobil', value: '070-555 66 77' };
    const thanks = cardText(cardsOf((await tap(NURSE, data)).sent)[0]);
    expect(thanks).toContain('Tack — skickat till Testa Kristinebergschef för granskning.');
    expect(thanks).toContain('får se förslaget nästa gång hen skriver till Nära');

    const first = await say(reviewer, 'hej');
    const cards = cardsOf(first.sent);
    const review = cards.find((c) => cardText(c).includes('070-555 66 77'));
    expect(review).toBeDefined();
    expect(cardText(review)).toContain('Har väntat på dig sedan');
    // Shown once: the next turn does not repeat it.
    const second = await say(reviewer, 'hej');
    expect(cardsOf(second.sent).some((c) => cardText(c).includes('070-555 66 77'))).toBe(false);
  });

  it('"Numret stämmer inte" on a number: approved without a replacement, the number is gone', async () => {
    await say(SAMORDNARE, 'hej');
    const { sent } = await say(NURSE, 'telefon till Maria Alvinsson Hilberth');
    const card = cardsOf(sent)[0];
    expect(cardText(card)).toContain('0480-840 29');
    const form = cardsOf((await tap(NURSE, submitOf(card, 'Numret stämmer inte'))).sent)[0];
    expect(cardText(form)).toContain('Direkt: 0480-840 29');
    const data = { ...submitOf(form, 'Skicka förslaget'), wrongValue: 'direkt|0480-840 29' };
    const mark = h.connector.sent.length;
    await tap(NURSE, data);
    const [review] = cardsOf(sentTo(SAMORDNARE, mark));
    expect(cardText(review)).toContain('Inget nytt nummer');
    await tap(SAMORDNARE, submitOf(review, 'Godkänn'));
    const after = cardText(
      cardsOf((await say(NURSE, 'telefon till Maria Alvinsson Hilberth')).sent)[0],
    );
    expect(after).not.toContain('0480-840 29');
    expect(after).toContain('070-644 92 28');
  });

  it('once a month the responsible person gets one card of old facts: "Stämmer" confirms', async () => {
    const chief = {
      aadObjectId: '00000000-0000-4000-8000-000000000110',
      userName: 'Testa Högsbychef',
    };
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 13);
    for (const [id, kind, targetId, value] of [
      ['review-1', 'person', 'susanna-althini', '0456-100 01'],
      ['review-2', 'unit', 'hc-hogsby', '0456-100 00'],
    ]) {
      await h.app.db.query(
        `INSERT INTO contact_paths (id, target_kind, target_id, kind, value, label, hours, source,
           added_by, created_at, updated_at)
         VALUES ($1, $2, $3, 'direkt', $4, '', '', 'Intranätet', 'import', $5, $5)`,
        [id, kind, targetId, value, old],
      );
    }
    const stale = cardText(cardsOf((await say(NURSE, 'telefon till Susanna Althini')).sent)[0]);
    expect(stale).toMatch(/Uppgift från [a-zåäö]+ \d{4}, kan vara inaktuell/);

    await say(chief, 'hej');
    const mark = h.connector.sent.length;
    await h.app.factReviews.tick();
    await h.app.factReviews.tick(); // a second run (or instance) the same month sends nothing
    const cards = cardsOf(sentTo(chief, mark));
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    expect(text).toContain('Stämmer de här uppgifterna?');
    expect(text).toContain('Susanna Althini');
    expect(text).toContain('Högsby hälsocentral');
    expect(actionsOf(cards[0]).map((a) => a.title)).toEqual([
      'Stämmer',
      'Ändra',
      'Stämmer',
      'Ändra',
    ]);

    const confirmSusanna = actionsOf(cards[0]).find(
      (a) => a.title === 'Stämmer' && (a.data as { pathId?: string }).pathId === 'review-1',
    )?.data as Record<string, unknown>;
    // Not the nurse's to confirm.
    const refused = await tap(NURSE, confirmSusanna);
    expect(cardText(cardsOf(refused.sent)[0])).toContain('Bara den som ansvarar för uppgiften');
    const confirmed = await tap(chief, confirmSusanna);
    expect(cardText(cardsOf(confirmed.sent)[0])).toContain('är bekräftad av dig');
    const fresh = cardText(cardsOf((await say(NURSE, 'telefon till Susanna Althini')).sent)[0]);
    expect(fresh).toContain('0456-100 01');
    expect(fresh).toContain('Bekräftad av Testa Högsbychef');
    expect(fresh).not.toContain('kan vara inaktuell');

    // "Ändra" opens the suggestion form for that fact.
    const change = actionsOf(cards[0]).find(
      (a) => a.title === 'Ändra' && (a.data as { pathId?: string }).pathId === 'review-2',
    )?.data as Record<string, unknown>;
    const form = cardsOf((await tap(chief, change)).sent)[0];
    expect(cardText(form)).toContain('Föreslå ändring – Högsby hälsocentral');
  });

  it('a reviewer who only installed the app gets the proposal card in that chat', async () => {
    const chief = {
      aadObjectId: '00000000-0000-4000-8000-000000000103',
      userName: 'Testa Blåkustchef',
    };
    // Another proposer, from another health centre.
    const ASSISTANT = {
      aadObjectId: '00000000-0000-4000-8000-000000000403',
      userName: 'Testa Undersköterska',
    };
    const install = installActivity({ serviceUrl: h.connector.url, scope: 'personal' });
    const conversation = install.conversation as { id: string };
    await h.post({ ...install, from: { id: '29:chief', aadObjectId: chief.aadObjectId } });
    const mark = h.connector.sent.length;
    const { sent } = await say(ASSISTANT, 'telefon till Anna Dahl');
    const form = cardsOf(
      (await tap(ASSISTANT, submitOf(cardsOf(sent)[0], 'Föreslå ändring'))).sent,
    )[0];
    const data = { ...submitOf(form, 'Skicka förslaget'), kind: 'mobil', value: '070-777 88 99' };
    expect(cardText(cardsOf((await tap(ASSISTANT, data)).sent)[0])).toContain(
      'Testa Blåkustchef har fått förslaget i Teams.',
    );
    const delivered = h.connector.sent
      .slice(mark)
      .filter((s) => s.conversationId === conversation.id);
    expect(cardsOf(delivered).map(cardText).join('\n')).toContain('070-777 88 99');
  });
  it('a monthly card that Teams may have posted (502) is not posted again that month', async () => {
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 13);
    await h.app.db.query(
      `INSERT INTO contact_paths (id, target_kind, target_id, kind, value, label, hours, source,
         added_by, created_at, updated_at)
       VALUES ('review-gripen', 'unit', 'hc-gripen', 'vaxel', '0491-100 00', '', '', 'Intranätet',
         'import', $1, $1)`,
      [old],
    );
    await say(MANAGER, 'hej');
    const mark = h.connector.sent.length;
    // The post of the card is answered 502: it may have arrived.
    h.connector.failNext(1, 502);
    const first = await h.app.factReviews.tick();
    expect(first).toMatchObject({ unknown: 1, sent: 0 });
    const again = await h.app.factReviews.tick();
    expect(again).toMatchObject({ unknown: 0, sent: 0 });
    // The one attempt got the 502 (the connector keeps only what it accepted): none came after.
    expect(sentTo(MANAGER, mark)).toHaveLength(0);
    const [row] = await h.app.db.query<{ status: string }>(
      `SELECT status FROM fact_reviews WHERE reviewer_aad_object_id = $1`,
      [MANAGER.aadObjectId],
    );
    expect(row.status).toBe('unknown');
  });
});
