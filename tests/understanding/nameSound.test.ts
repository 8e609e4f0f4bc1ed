import { nameSound } from '../../src/understanding/nameSound';
import { buildLexicon } from '../../src/understanding/lexicon';
import { understand } from '../../src/understanding/understand';
import { loadDirectory } from '../../dev/reference-api/directoryData';

describe('nameSound', () => {
  it.each([
    ['carlson', 'karlsson'],
    ['sussana', 'susanna'],
    ['mathias', 'mattias'],
    ['philip', 'filip'],
    ['zackarias', 'sakarias'],
  ])('%s sounds as %s', (a, b) => {
    expect(nameSound(a)).toBe(nameSound(b));
  });

  it('keeps names apart that sound different', () => {
    expect(nameSound('karlsson')).not.toBe(nameSound('karlstrom'));
    expect(nameSound('anna')).not.toBe(nameSound('hanna'));
  });
});

describe('a name spelt as it sounds', () => {
  const real = buildLexicon(loadDirectory());

  it('finds the one person of that name', () => {
    expect(understand('Mathias Carlson', 'sv-SE', real)).toMatchObject({
      kind: 'personLookup',
      person: { status: 'found', id: 'mathias-karlsson' },
    });
    expect(understand('mejl till Sussana Althini', 'sv-SE', real)).toMatchObject({
      person: { status: 'found', id: 'susanna-althini' },
    });
  });

  it('finds nobody for a name that only looks alike', () => {
    expect(understand('telefon till Kalle Dahl', 'sv-SE', real)).toMatchObject({
      person: { status: 'notFound' },
    });
  });
});
