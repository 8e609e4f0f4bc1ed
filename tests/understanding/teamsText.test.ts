import { MAX_TEXT_LENGTH, stripTeamsMarkup } from '../../src/understanding/teamsText';

describe('stripTeamsMarkup', () => {
  it.each([
    ['<at>Nära</at> telefon till Åke', 'telefon till Åke'],
    ['<at id="0">Nära</at>&nbsp;hjälp', 'hjälp'],
    ['<p>vem är <b>basenhetschef</b></p><p>på Gripen?</p>', 'vem är basenhetschef på Gripen?'],
    ['RUB5 &amp; SIP', 'RUB5 & SIP'],
    ['Bl&aring; Kusten', 'Blå Kusten'],
    ['Bl&#229; Kusten &#x48;C', 'Blå Kusten HC'],
    ['  many\n\n spaces\t here ', 'many spaces here'],
    ['a<br/>b', 'a b'],
    ['1 &lt; 2', '1 < 2'],
    ['&unknown; stays', '&unknown; stays'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripTeamsMarkup(input)).toBe(expected);
  });

  it('removes several mentions', () => {
    expect(stripTeamsMarkup('<at>Nära</at> fråga <at>Anna Dahl</at> om SIP')).toBe('fråga om SIP');
  });

  it(`cuts text to ${MAX_TEXT_LENGTH} characters`, () => {
    expect(stripTeamsMarkup('x'.repeat(5000))).toHaveLength(MAX_TEXT_LENGTH);
    expect(Array.from(stripTeamsMarkup('å😀'.repeat(3000)))).toHaveLength(MAX_TEXT_LENGTH);
  });

  it('does not fail on invalid character references', () => {
    expect(stripTeamsMarkup('a &#9999999; b')).toBe('a b');
  });
});
