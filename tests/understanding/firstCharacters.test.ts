import { firstCharacters } from '../../src/understanding/firstCharacters';
import { CUES } from '../../src/understanding/intentTable';
import { normalize } from '../../src/understanding/normalize';
import { corpus, holdout } from './corpus';
import { freshCases } from './fresh/freshCorpus';

const letters = (source: string) => {
  const first = firstCharacters(source);
  return first && [...first].sort().join('');
};

describe('firstCharacters', () => {
  it.each([
    ['telefon|tel|phone', 'pt'],
    ['(?:min|mitt) (?:egen )?enhet', 'm'],
    ['(?:varje |every )?(?:mandag|monday)', 'emv'],
    ['rub[0-5]?', 'r'],
    ['[0-2]\\d', '012'],
    ['(ja|nej)+', 'jn'],
    ['x{0,2}y', 'xy'],
  ])('%s can begin with %s', (source, expected) => {
    expect(letters(source)).toBe(expected);
  });

  it.each([
    ['a look-behind', '(?<=^| )till'],
    ['a look-ahead', '(?=a)b'],
    ['any character', '.+'],
    ['an escape it does not read', '\\w+'],
    ['a negated class', '[^a]b'],
    ['a pattern that may match nothing', '(?:a)?'],
    ['an unbalanced group', '(a|b'],
  ])('cannot tell for %s, so the pattern always runs', (_, source) => {
    expect(firstCharacters(source)).toBeUndefined();
  });

  it('never leaves out a letter a cue matches with, over every question of the corpora', () => {
    const texts = [
      ...corpus.map((r) => r.text),
      ...holdout.map((r) => r.text),
      ...freshCases.flatMap((c) => c.turns.map((t) => t.text)),
    ].map((t) => normalize(t).text);
    let checked = 0;
    for (const def of Object.values(CUES)) {
      const source = def.patterns.join('|');
      const first = firstCharacters(source);
      if (!first) continue;
      const regex = new RegExp(`(?:^| )(?:${source})(?= |$)`, 'g');
      for (const text of texts) {
        for (const m of text.matchAll(regex)) {
          const begins = m[0].startsWith(' ') ? m[0][1] : m[0][0];
          expect([source, begins, first.has(begins)]).toEqual([source, begins, true]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
