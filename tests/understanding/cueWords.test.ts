import { cueWords } from '../../src/understanding/cueWords';

describe('cueWords', () => {
  it.each([
    [
      'aterinlagg(?:ning|ningar)|readmissions?',
      ['aterinlaggning', 'aterinlaggningar', 'readmission', 'readmissions'],
    ],
    ['mejl(?:adress|en)?|e?mails', ['mejl', 'mejladress', 'mejlen', 'mails', 'emails']],
    ['vem (?:som )?(?:jobbar|arbetar) med', ['jobbar', 'arbetar']],
  ])('spells out every word of %s', (source, expected) => {
    expect(cueWords(source).sort()).toEqual([...expected].sort());
  });

  it('keeps the plain words of a part it cannot spell out', () => {
    expect(cueWords('rub[0-5]? niva|kvart (?:over|i) \\d{1,2}').sort()).toEqual([
      'kvart',
      'niva',
      'over',
    ]);
    expect(cueWords('(?:kor|satt) igang(?= (?:[a-z]+ )?igen)').sort()).toEqual([
      'igang',
      'igen',
      'satt',
    ]);
  });
});
