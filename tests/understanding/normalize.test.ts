import fc from 'fast-check';
import {
  entityTerms,
  foldText,
  mentionsUnitWord,
  nameKey,
  normalize,
  splitWords,
  stem,
} from '../../src/understanding/normalize';

const texts = (input: string): string[] => normalize(input).tokens.map((t) => t.text);

describe('foldText', () => {
  it.each([
    ['Blå Kustens', 'bla kustens'],
    ['Mönsterås', 'monsteras'],
    ['HÄLSOCENTRAL', 'halsocentral'],
    ['Åke Åkesson', 'ake akesson'],
    ['Ærø Øst', 'aero ost'],
    ['Café', 'cafe'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

/** The rule as written for any text: lower case, NFD, marks dropped, the four extra folds. */
const foldByRule = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøßœ]/g, (c) => ({ æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe' })[c] ?? c);

describe('the tabled fast path (text below U+0250) gives what the Unicode rule gives', () => {
  // Mostly Latin characters, now and then a combining mark or a character beyond the table.
  const char = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 0x24f }) },
    { weight: 1, arbitrary: fc.integer({ min: 0x250, max: 0x3ff }) },
    { weight: 1, arbitrary: fc.constantFrom(0x20, 0x3a, 0x2d) },
  );
  const text = fc.array(char, { maxLength: 24 }).map((codes) => String.fromCharCode(...codes));

  it('every character of the table folds as the rule folds it', () => {
    for (let code = 0; code < 0x250; code++) {
      const c = String.fromCharCode(code);
      expect([code, foldText(c)]).toEqual([code, foldByRule(c)]);
    }
  });

  it('folding a text', () => {
    fc.assert(
      fc.property(text, (t) => foldText(t) === foldByRule(t)),
      { numRuns: 2000 },
    );
  });

  it('splitWords gives the words the Unicode rule gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        const words = t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
        return JSON.stringify(splitWords(t)) === JSON.stringify(words);
      }),
      { numRuns: 2000 },
    );
  });

  it('splitting a text into words', () => {
    fc.assert(
      fc.property(text, (t) => {
        const words = t
          .normalize('NFC')
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length > 0);
        // Rewrites aside (none of them fires without these letters), tokens are the words.
        fc.pre(
          !/rub|hc|cent|e-|:|=|fast|municip|hospital|emergency|&|service|outpatient|planning|director|^\s*å\s/i.test(
            t,
          ),
        );
        fc.pre(!/(?<![\p{L}\p{N}])E[RD](?![\p{L}\p{N}])/u.test(t));
        fc.pre(
          !/projekt|omrad|filial|andel|fordelning|siffrorna|samverkan|satsning/.test(foldByRule(t)),
        );
        return (
          JSON.stringify(normalize(t).tokens.map((x) => x.lower)) ===
          JSON.stringify(words.map((w) => w.toLowerCase()))
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalize', () => {
  it('lower-cases, folds and drops punctuation, keeping an unfolded copy', () => {
    const n = normalize('Vem är basenhetschef på Kristineberg?!');
    expect(n.text).toBe('vem ar basenhetschef pa kristineberg');
    expect(n.tokens.map((t) => t.lower)).toEqual([
      'vem',
      'är',
      'basenhetschef',
      'på',
      'kristineberg',
    ]);
    expect(n.tokens[4].orig).toBe('Kristineberg');
  });

  it.each([
    ['Gripen HC', 'gripen halsocentral'],
    ['Blå Kusten HC:n', 'bla kusten halsocentral'],
    ['HC:s personal', 'halsocentral personal'],
    ['hälsocentralen i Vimmerby', 'halsocentral i vimmerby'],
    ['halsocentralens', 'halsocentral'],
    ['Kristinebergs vårdcentral', 'kristinebergs halsocentral'],
    ['vårdcentralen', 'halsocentral'],
    ['Gripen health centre', 'gripen halsocentral'],
    ['Nybro health center', 'nybro halsocentral'],
    ['primary care centre', 'halsocentral'],
  ])('unit word: %s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each([
    ['hälsocentralerna', 'halsocentraler'],
    ['vårdcentraler', 'halsocentraler'],
    ['HC:arna', 'halsocentraler'],
    ['health centres', 'halsocentraler'],
    ['health centers', 'halsocentraler'],
  ])('plural unit word: %s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each([
    ['RUB5', 'rub5'],
    ['RUB 5', 'rub5'],
    ['rub-5', 'rub5'],
    ['RUB-nivå 5', 'rub5'],
    ['RUB nivå 4', 'rub4'],
    ['RUB level 3', 'rub3'],
    ['rub5:or', 'rub5'],
    ['RUB5-patienter', 'rub5 patienter'],
    ['andel RUB 5 utan', 'andel rub5 utan'],
  ])('RUB level: %s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps "RUB" without a level, and does not read a year as a level', () => {
    expect(texts('RUB-nivå')).toEqual(['rub', 'niva']);
    expect(texts('rub 2023')).toEqual(['rub', '2023']);
  });

  it('joins e-post and e-mail, and drops colon suffixes', () => {
    expect(normalize('e-post till Anna').text).toBe('epost till anna');
    expect(normalize('E-mail').text).toBe('email');
    expect(normalize('SIP:ar och SIP:en').text).toBe('sip och sip');
  });

  it.each([
    ['the emergency department in Västervik', 'akutmottagningen in vastervik'],
    ['the ER in Västervik', 'akutmottagningen in vastervik'],
    ['A&E', 'akutmottagningen'],
    // "er" in lower case is Swedish ("your")
    ['har ni er chef här', 'har ni er chef har'],
  ])('emergency department: %s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('gives no tokens for empty text or punctuation only', () => {
    expect(normalize('').tokens).toEqual([]);
    expect(normalize(' ?!… — ').tokens).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['kristinebergs', 'kristineberg'],
    ['kustens', 'kust'],
    ['kusten', 'kust'],
    ['hemsjukhuset', 'hemsjukhu'],
    ['sjukhus', 'sjukhu'],
    ['oskarsgruppen', 'oskarsgrupp'],
    ['oskarsgruppens', 'oskarsgrupp'],
    ['svensson', 'svensson'],
    ['dahl', 'dahl'],
    ['anna', 'anna'],
    ['rub5', 'rub5'],
  ])('%s → %s', (input, expected) => {
    expect(stem(input)).toBe(expected);
  });

  it('never leaves fewer than four letters', () => {
    expect(stem('helen')).toBe('helen');
    expect(stem('lars')).toBe('lars');
  });
});

describe('entityTerms and nameKey', () => {
  it('drops the unit word and function words, and stems', () => {
    expect(entityTerms('Kristinebergs hälsocentral')).toEqual(['kristineberg']);
    expect(entityTerms('Högsby – samverkan vid beroendeproblem')).toEqual([
      'hogsby',
      'samverkan',
      'beroendeproblem',
    ]);
  });

  it('gives the same key for names in any order, case and diacritics', () => {
    expect(nameKey('Anna Dahl')).toBe(nameKey('dahl ANNA'));
    expect(nameKey('Blå Kustens HC')).toBe(nameKey('bla kusten'));
    expect(nameKey('Åke Åkesson')).toBe(nameKey('ake akesson'));
  });

  it('tells when a text names the unit word', () => {
    expect(mentionsUnitWord('Gripen HC')).toBe(true);
    expect(mentionsUnitWord('Gripen')).toBe(false);
  });
});
