import { askedParts, besidesSender, pointsOnlyToPlace } from '../../src/understanding/askedPart';

// What a long message asks, apart from what it says about the sender (issue 12, long messages).

describe('besidesSender', () => {
  it.each([
    [
      'Hej, jag jobbar som sjuksköterska på Gripens HC i Oskarshamn och vi ska ha ett möte med Kristinberg nästa vecka.',
      'vi ska ha ett möte med Kristinberg nästa vecka.',
    ],
    // the "jag" left out, as in a chat
    [
      'Jobbar som usk på Nybro HC och min chef bad mig kolla upp numret till Åke',
      'min chef bad mig kolla upp numret till Åke',
    ],
    ["Hi, I'm a nurse at Gripen, who is the coordinator?", 'who is the coordinator?'],
    // the sender's workplace as "vi på …", then its verb
    [
      'Vi på hemtjänsten i Oskarshamn har många gemensamma patienter med Kristineberg.',
      'har många gemensamma patienter med Kristineberg.',
    ],
    ['We at Nybro home care need to reach Gripen', 'need to reach Gripen'],
  ])('%s → what else it says', (text, rest) => {
    expect(besidesSender(text)).toBe(rest);
  });

  it.each([
    // still the sender after "och": name, then role and workplace
    'Jag heter Olle och är kurator på Högsby hälsocentral.',
    'I am a nurse at Gripen.',
    // not about the sender at all
    'Vem är basenhetschef på Gripen och vad har hon för nummer?',
  ])('%s → nothing besides the sender', (text) => {
    expect(besidesSender(text)).toBeUndefined();
  });
});

describe('askedParts', () => {
  it.each([
    [
      'vad har ambulansverksamheten för telefonnummer? alltså inte 112 utan till kontoret',
      'vad har ambulansverksamheten för telefonnummer?',
      'alltså inte 112 utan till kontoret',
    ],
    [
      'who is the basenhetschef at kristineberg? hope i spelled that right',
      'who is the basenhetschef at kristineberg?',
      'hope i spelled that right',
    ],
  ])('a question, then a remark about it: the question asks (%s)', (text, question, before) => {
    expect(askedParts(text)).toEqual({ question, before });
  });

  it.each([
    // a second question, its mark left out
    'vem är bec på Gripen? och vem är det på Kristineberg',
    'vem är bec på Gripen? vem är det på Kristineberg då',
    // a short remark may say what is asked
    'telefon till Gripen? mobilen alltså',
  ])('not a remark: read whole (%s)', (text) => {
    expect(askedParts(text)).toEqual({ question: text });
  });
  it('one long sentence: what follows the sender’s own clause', () => {
    expect(
      askedParts(
        'Hejsan! Jobbar som usk på Nybro HC och min chef bad mig kolla upp numret till Åke Åkesson på Borgholm',
      ),
    ).toEqual({ question: 'min chef bad mig kolla upp numret till Åke Åkesson på Borgholm' });
  });

  it('"vi" after the sender’s clause points back to it', () => {
    expect(
      askedParts(
        'jag är på stensö, hur ligger vi till jämfört med berga och norrliden när det gäller återinläggningar',
      ),
    ).toEqual({
      question:
        'hur ligger vi till jämfört med berga och norrliden när det gäller återinläggningar',
      reference: 'jag är på stensö, ',
    });
  });

  it('"hos oss" points back to the sentence that names the sender’s unit', () => {
    const asked = askedParts(
      'Hej. Jag är basenhetschef på Färjestadens HC och vi ska ha verksamhetsdialog på torsdag. Kan du ge mig en sammanfattning för RUB 5 hos oss?',
    );
    expect(asked.question).toBe('Kan du ge mig en sammanfattning för RUB 5 hos oss?');
    expect(asked.reference).toContain('Färjestadens HC');
  });

  it('a question that points nowhere keeps what was said before it, without the sender', () => {
    const asked = askedParts(
      "Hi, I'm verksamhetschef at Löttorp and I'm writing up our part of the Hemsjukhuset project for the annual report. Can you remind me what the target group is?",
    );
    expect(asked.question).toBe('Can you remind me what the target group is?');
    expect(asked.reference).toBeUndefined();
    expect(asked.before).toContain('Hemsjukhuset');
    expect(asked.before).not.toContain('Löttorp');
  });

  it('a request without its mark keeps a wish said after it ("…, gärna för mars")', () => {
    const text =
      'hej, sitter och förbereder apt imorgon. kan du ta fram hur stor andel av våra rub5 som har sip, gärna för mars, har bråttom';
    expect(askedParts(text).question).toBe(
      'kan du ta fram hur stor andel av våra rub5 som har sip, gärna för mars',
    );
  });
});

describe("a title's point", () => {
  it('ends no sentence ("Dr. Peter Lundgren")', () => {
    const text = "I'm looking for Dr. Peter Lundgren at Nybro health centre";
    expect(askedParts(text).question).toBe(text);
  });
});

describe('pointsOnlyToPlace', () => {
  it('is true when "där"/"there" is the only pointer', () => {
    expect(pointsOnlyToPlace('behöver nå chefen på Gripen, vem är BEC där?')).toBe(true);
    expect(pointsOnlyToPlace("who's the BEC there at Gripen")).toBe(true);
  });

  it('is false with another pointer, or none', () => {
    expect(pointsOnlyToPlace('vem är hennes chef där?')).toBe(false);
    expect(pointsOnlyToPlace('hur ligger vi till där?')).toBe(false);
    expect(pointsOnlyToPlace('vem är BEC på Gripen?')).toBe(false);
  });
});
