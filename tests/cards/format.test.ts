import { mailtoUrl, teamsChatUrl } from '../../src/cards/linkFormat';
import { capitalised, plainUserText } from '../../src/cards/textFormat';
import { telUrl, toE164 } from '../../src/cards/phoneFormat';

describe('toE164', () => {
  it.each([
    ['0480-840 29', '+4648084029'],
    ['070-644 92 28', '+46706449228'],
    ['0485-151 44', '+4648515144'],
    ['08-123 456 78', '+46812345678'],
    ['+46 480 840 29', '+4648084029'],
    ['0046 70 644 92 28', '+46706449228'],
    ['070-174 06 05', '+46701740605'],
  ])('%s → %s', (written, e164) => {
    expect(toE164(written)).toBe(e164);
  });

  it.each(['', 'ring växeln', '12', '0480-840 29 eller 0480-840 30', 'javascript:alert(1)'])(
    'refuses %p',
    (text) => {
      expect(toE164(text)).toBeUndefined();
    },
  );

  it('makes tap-to-call links', () => {
    expect(telUrl('0480-840 29')).toBe('tel:+4648084029');
  });
});

describe('links', () => {
  it('mailto only for e-mail addresses', () => {
    expect(mailtoUrl('anna.dahl@regionkalmar.se')).toBe('mailto:anna.dahl@regionkalmar.se');
    expect(mailtoUrl('not an address')).toBeUndefined();
  });

  it('encodes the Teams chat deep link', () => {
    expect(teamsChatUrl('test.bec@nara.example')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=test.bec%40nara.example',
    );
  });

  it('capitalises headings, å/ä/ö included', () => {
    expect(capitalised('basenhetschef')).toBe('Basenhetschef');
    expect(capitalised('återinläggning')).toBe('Återinläggning');
    expect(capitalised('')).toBe('');
  });

  it('strips markdown from echoed user text and cuts it', () => {
    expect(plainUserText('[klick](http://x) **Anna**')).toBe('klickhttp://x Anna');
    expect(plainUserText('x'.repeat(200))).toHaveLength(80);
  });
});
