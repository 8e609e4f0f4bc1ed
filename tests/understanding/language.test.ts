import { detectLanguage, languageAsked } from '../../src/understanding/language';

describe('detectLanguage', () => {
  it.each([
    'vem kontaktar jag för Oskarsgruppen?',
    'vem kontaktar jag for oskarsgruppen',
    'RUB5 på Kristineberg',
    'rub5 pa kristineberg',
    'hjälp',
    'hej',
    'prenumerera på veckobrev',
    'andel med SIP på min HC',
    'Blå Kusten HC:n',
  ])('Swedish: %s', (text) => {
    expect(detectLanguage(text, 'en-US')).toBe('sv');
  });

  it.each([
    'who do I contact for Oskarsgruppen',
    'phone number for Åke Åkesson',
    'summary for Gripen',
    'help',
    'hello',
    'unsubscribe',
    'how do I reach Gripen HC',
    'nurse at Gripen HC',
    'Emmaboda health centre',
  ])('English: %s', (text) => {
    expect(detectLanguage(text, 'sv-SE')).toBe('en');
  });

  it('uses the Teams locale when the words do not tell', () => {
    expect(detectLanguage('Kristineberg', 'en-US')).toBe('en');
    expect(detectLanguage('Kristineberg', 'en-GB')).toBe('en');
    expect(detectLanguage('Kristineberg', 'sv-SE')).toBe('sv');
    expect(detectLanguage('Anna Dahl', 'en_US')).toBe('en');
  });

  it('defaults to Swedish', () => {
    expect(detectLanguage('Kristineberg')).toBe('sv');
    expect(detectLanguage('', undefined)).toBe('sv');
    expect(detectLanguage('12345', 'fr-FR')).toBe('sv');
  });

  it('reads words next to punctuation and beyond the Latin tables', () => {
    expect(detectLanguage('Hej!Vem,är...Anna?', 'en-US')).toBe('sv');
    expect(detectLanguage('who?is,Anna!', 'sv-SE')).toBe('en');
    expect(detectLanguage('Ω who is Ω', 'sv-SE')).toBe('en');
    expect(detectLanguage("Kristineberg HC's numbers?", 'sv-SE')).toBe('en');
    expect(detectLanguage('Kristineberg HC’s', 'sv-SE')).toBe('en');
  });

  it('lets the words win over the locale', () => {
    expect(detectLanguage('vem är Anna Dahl', 'en-US')).toBe('sv');
    expect(detectLanguage('who is Anna Dahl', 'sv-SE')).toBe('en');
  });
});

describe('languageAsked', () => {
  it.each([
    ['kan du svara på engelska?', 'en'],
    ['in English please', 'en'],
    ['på svenska tack', 'sv'],
  ])('"%s" asks for %s', (text, language) => {
    expect(languageAsked(text)).toBe(language);
  });

  it.each([
    // "M·in svenska": "in" inside a word asks for nothing
    'Min svenska är inte perfekt, vilket nummer har 1177?',
    'Jag skriver min engelska rapport',
  ])('"%s" asks for no language', (text) => {
    expect(languageAsked(text)).toBeUndefined();
  });
});
