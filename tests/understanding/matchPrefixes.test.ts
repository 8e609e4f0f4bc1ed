import { matchPrefixes, PREFIX_LENGTH } from '../../src/understanding/matchPrefixes';
import { CUES } from '../../src/understanding/intentTable';
import { normalize } from '../../src/understanding/normalize';
import { corpus, holdout } from './corpus';
import { freshCases } from './fresh/freshCorpus';

const beginnings = (source: string) => {
  const found = matchPrefixes(source);
  return found && [...found].sort();
};

describe('matchPrefixes', () => {
  it.each([
    ['telefon|tel|phone', ['pho', 'tel']],
    ['nu|now', ['now', 'nu']],
    ['(?:min|mitt) (?:egen )?enhet', ['min', 'mit']],
    ['(?:varje |every )?(?:mandag|monday)', ['eve', 'man', 'mon', 'var']],
    ['rub[0-5]?', ['rub']],
    [
      '[0-2]\\d',
      ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09']
        .flatMap((d) => [d, `1${d[1]}`, `2${d[1]}`])
        .sort(),
    ],
    ['(ja|nej)+', ['ja', 'jaj', 'jan', 'nej']],
    ['x{0,2}y', ['xxy', 'xy', 'y']],
    ['a{2,}', ['aa', 'aaa']],
    ['ab{2}', ['abb']],
    // A look-ahead matches no characters of its own.
    ['(?:kor|dra) igang(?= (?:[a-z]+ )?igen)', ['dra', 'kor']],
    ['(?=a)b', ['b']],
    ['(?!x)yz', ['yz']],
    // Nor does a look-behind, nor an anchor.
    ['(?<=^| )till', ['til']],
    ['figures|(?<!phone )numbers', ['fig', 'num']],
    ['can you help$', ['can']],
  ])('%s begins as %j', (source, expected) => {
    expect(beginnings(source)).toEqual(expected);
  });

  it.each([
    ['any character', '.+'],
    ['an escape it does not read', '\\w+'],
    ['a negated class', '[^a]b'],
    ['a pattern that may match nothing', '(?:a)?'],
    ['an unbalanced group', '(a|b'],
    ['too many beginnings to index', '[0-9]{3}'],
  ])('cannot tell for %s, so the pattern always runs', (_, source) => {
    expect(matchPrefixes(source)).toBeUndefined();
  });

  it('never leaves out how a cue match begins, over every question of the corpora', () => {
    const texts = [
      ...corpus.map((r) => r.text),
      ...holdout.map((r) => r.text),
      ...freshCases.flatMap((c) => c.turns.map((t) => t.text)),
    ].map((t) => normalize(t).text);
    let checked = 0;
    let indexed = 0;
    for (const def of Object.values(CUES)) {
      const source = def.patterns.join('|');
      const found = matchPrefixes(source);
      if (!found) continue;
      indexed++;
      const regex = new RegExp(`(?:^| )(?:${source})(?= |$)`, 'g');
      for (const text of texts) {
        for (const m of text.matchAll(regex)) {
          const begins = (m[0].startsWith(' ') ? m[0].slice(1) : m[0]).slice(0, PREFIX_LENGTH);
          expect([source, begins, found.has(begins)]).toEqual([source, begins, true]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    // The index is worth having only if it reads nearly every cue.
    expect(indexed).toBeGreaterThan(Object.keys(CUES).length - 3);
  });
});
