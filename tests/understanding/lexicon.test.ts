import type { Person } from '../../src/clients/directorySchemas';
import type { EntityMatch } from '../../src/understanding/intent';
import {
  buildLexicon,
  buildLexiconBetweenTurns,
  canonicalRole,
  lookup,
  municipalityOf,
  roleForTypo,
  type LookupType,
} from '../../src/understanding/lexicon';
import { fixtureDirectory } from './fixtureDirectory';
import { loadDirectory } from '../../dev/reference-api/directoryData';

const lexicon = buildLexicon(fixtureDirectory);

const idOf = (m: EntityMatch): string | undefined => (m.status === 'found' ? m.id : undefined);
const ids = (m: EntityMatch): string[] =>
  m.status === 'ambiguous'
    ? m.candidates.map((c) => c.id)
    : m.status === 'notFound'
      ? m.closest.map((c) => c.id)
      : [m.id];

describe('lookup: found', () => {
  it.each<[LookupType, string, string]>([
    ['group', 'Oskarsgruppen', 'oskarshamn-cluster'],
    ['group', 'oskarsgrupen', 'oskarshamn-cluster'],
    ['group', 'Oskarsgruppens', 'oskarshamn-cluster'],
    ['group', 'Oskarsmodellen', 'oskarsmodellen'],
    ['group', 'hemsjukhuset', 'hemsjukhuset-borgholm'],
    ['group', 'Hemsjukhuset i Borgholm', 'hemsjukhuset-borgholm'],
    ['group', 'högsby beroende', 'hogsby-beroende'],
    ['group', 'hultsfred', 'hultsfred-cluster'],
    ['group', 'coordination group', 'samordnande-arbetsgrupp'],
    ['group', 'samordnande arbetsgrupp', 'samordnande-arbetsgrupp'],
    ['unit', 'Kristineberg', 'hc-kristineberg'],
    ['unit', 'Kristinebergs', 'hc-kristineberg'],
    ['unit', 'kristinberg', 'hc-kristineberg'],
    ['unit', 'Kristinebergs hälsocentral', 'hc-kristineberg'],
    ['unit', 'Gripens HC', 'hc-gripen'],
    // a letter too many where the ending stems away ("gripen" → "grip")
    ['unit', 'Gripenn', 'hc-gripen'],
    ['unit', 'esplanadenn', 'hc-esplanaden'],
    ['unit', 'bla kusten', 'hc-bla-kusten'],
    ['unit', 'Blå Kustens vårdcentral', 'hc-bla-kusten'],
    ['unit', 'monsteras', 'hc-monsteras'],
    ['unit', 'Lottorp', 'hc-lottorp'],
    ['unit', 'stora tradgardsgatan', 'hc-stora-tradgardsgatan'],
    ['unit', 'hultsfred', 'hc-hultsfred'],
    ['person', 'Anna Dahl', 'anna-dahl'],
    ['person', 'Dahl Anna', 'anna-dahl'],
    ['person', 'dahl, anna', 'anna-dahl'],
    ['person', 'Anna D', 'anna-dahl'],
    ['person', 'ake akesson', 'ake-akesson'],
    ['person', 'Åkesson Åke', 'ake-akesson'],
    ['person', 'Helene Svenson', 'helene-svensson'],
    ['person', 'Alvinsson Hilberth', 'maria-alvinsson-hilberth'],
    ['person', 'Hilberth Maria Alvinsson', 'maria-alvinsson-hilberth'],
    ['person', 'Marie', 'marie-ragnarsson'],
    ['person', 'Dahl', 'anna-dahl'],
    ['any', 'Borgholm', 'hc-borgholm'],
    ['any', 'Hemsjukhuset Borgholm', 'hemsjukhuset-borgholm'],
    ['any', 'Hultsfred', 'hc-hultsfred'],
    ['any', 'Esplanaden', 'hc-esplanaden'],
    ['any', 'Västervik Esplanaden', 'vastervik-esplanaden'],
    ['any', 'Åke Åkesson', 'ake-akesson'],
  ])('%s %j → %s', (type, query, id) => {
    expect(idOf(lookup(lexicon, type, query))).toBe(id);
  });

  // Beside a word of the name, a three-letter word may be its start or one slip from it.
  it.each<[string, string]>([
    ['Emma Ryd', 'emma-rydh'],
    ['Anna Dal', 'anna-dahl'],
    ['Ryd Emma', 'emma-rydh'],
  ])('a short surname beside a first name: %j → %s', (query, id) => {
    expect(idOf(lookup(lexicon, 'person', query))).toBe(id);
  });

  it('scores an exact name or alias 1, anything else below', () => {
    expect(lookup(lexicon, 'person', 'Anna Dahl')).toMatchObject({ status: 'found', score: 1 });
    const typo = lookup(lexicon, 'unit', 'kristinberg');
    expect(typo.status === 'found' && typo.score > 0 && typo.score < 1).toBe(true);
  });
});

describe('a note in brackets after an alias', () => {
  // "Överum (filial till Gamleby hälsocentral)", "Löttorp (filial till Borgholms hälsocentral)"
  const real = buildLexicon(loadDirectory());

  it.each([
    ['gamlebyy', 'hc-gamleby'],
    ['gamelby', 'hc-gamleby'],
    ['gamlby', 'hc-gamleby'],
  ])('gives no other unit to "%s": the name in the note is not that unit\'s', (typed, id) => {
    expect(lookup(real, 'unit', typed)).toMatchObject({ status: 'found', id });
  });

  it("keeps the note's own words: a filial is still found as one", () => {
    expect(lookup(real, 'unit', 'Löttorpsfilialen')).toMatchObject({ id: 'hc-lottorp' });
    expect(lookup(real, 'unit', 'Överum filial')).toMatchObject({ id: 'hc-overum' });
  });
});

describe('lookup: ambiguous', () => {
  it.each<[string, string[]]>([
    ['Anna', ['anna-dahl', 'anna-testsson']],
    ['Maria', ['maria-svensson', 'maria-alvinsson-hilberth']],
    ['Svensson', ['helene-svensson', 'maria-svensson']],
  ])('a name several people share: %s', (query, expected) => {
    const m = lookup(lexicon, 'person', query);
    expect(m.status).toBe('ambiguous');
    expect(ids(m)).toEqual(expect.arrayContaining(expected));
    if (m.status === 'ambiguous') expect(m.query).toBe(query);
  });

  it('reads a municipality as its units, below a unit named after it', () => {
    const kalmar = lookup(lexicon, 'unit', 'Kalmar');
    expect(kalmar.status).toBe('ambiguous');
    expect(ids(kalmar)).toEqual(expect.arrayContaining(['hc-berga', 'hc-stenso', 'hc-norrliden']));
    expect(idOf(lookup(lexicon, 'unit', 'Borgholm'))).toBe('hc-borgholm');
    expect(idOf(lookup(lexicon, 'unit', 'Mörbylånga'))).toBe('hc-morbylanga');
  });

  it('does not tell Oskarshamns sjukhus from Oskarshamns kommun', () => {
    const m = lookup(lexicon, 'unit', 'Oskarshamn');
    expect(m.status).toBe('ambiguous');
    expect(ids(m)).toEqual(expect.arrayContaining(['sjukhus-oskarshamn', 'oskarshamns-kommun']));
  });

  it('offers at most 8 candidates, scores normalised and sorted', () => {
    const annas: Person[] = Array.from({ length: 20 }, (_, i) => ({
      id: `anna-${i}`,
      name: `Anna Efternamn${String.fromCharCode(97 + i)}son`,
      title: '',
      organisation: 'Region Kalmar län',
      phones: [],
      roles: [],
      synthetic: true,
    }));
    const big = buildLexicon({
      ...fixtureDirectory,
      people: [...fixtureDirectory.people, ...annas],
    });
    const m = lookup(big, 'person', 'Anna');
    expect(m.status).toBe('ambiguous');
    if (m.status !== 'ambiguous') return;
    expect(m.candidates).toHaveLength(8);
    const scores = m.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    scores.forEach((s) => {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
    });
  });

  it('lists people with the same full name as a choice', () => {
    const twin: Person = { ...fixtureDirectory.people[1], id: 'anna-dahl-2' };
    const twins = buildLexicon({ ...fixtureDirectory, people: [...fixtureDirectory.people, twin] });
    const m = lookup(twins, 'person', 'Anna Dahl');
    expect(m.status).toBe('ambiguous');
    expect(ids(m).sort()).toEqual(['anna-dahl', 'anna-dahl-2']);
  });
});

describe('lookup: notFound', () => {
  it('gives up to 3 closest real names', () => {
    const m = lookup(lexicon, 'person', 'Kalle Anka');
    expect(m.status).toBe('notFound');
    if (m.status !== 'notFound') return;
    expect(m.query).toBe('Kalle Anka');
    expect(m.closest.length).toBeGreaterThan(0);
    expect(m.closest.length).toBeLessThanOrEqual(3);
    const names = new Set(fixtureDirectory.people.map((p) => p.name));
    m.closest.forEach((c) => expect(names.has(c.name)).toBe(true));
  });

  it('names the people who share part of the name', () => {
    const m = lookup(lexicon, 'person', 'Anna Karlsson');
    expect(m.status).toBe('notFound');
    expect(ids(m)).toEqual(expect.arrayContaining(['mathias-karlsson']));
  });

  it('never matches on the word "hälsocentral" alone', () => {
    expect(lookup(lexicon, 'unit', 'hälsocentral').status).toBe('notFound');
    expect(lookup(lexicon, 'unit', 'HC').status).toBe('notFound');
    expect(lookup(lexicon, 'any', 'vårdcentralen').status).toBe('notFound');
  });

  it('handles empty and noise queries', () => {
    expect(lookup(lexicon, 'any', '')).toEqual({ status: 'notFound', query: '', closest: [] });
    expect(lookup(lexicon, 'any', '?!').status).toBe('notFound');
    expect(lookup(lexicon, 'person', 'qqqqqqqq').status).toBe('notFound');
  });

  it('takes a three-letter word alone, with no other word of a name, as typed', () => {
    expect(lookup(lexicon, 'person', 'Ryd').status).toBe('notFound');
    expect(lookup(lexicon, 'person', 'Dal').status).toBe('notFound');
  });

  it('looks only at the type asked for', () => {
    expect(lookup(lexicon, 'person', 'Kristineberg').status).toBe('notFound');
    expect(lookup(lexicon, 'unit', 'Oskarsgruppen').status).toBe('notFound');
  });

  it('works on an empty directory', () => {
    const empty = buildLexicon({ units: [], people: [], groups: [] });
    expect(lookup(empty, 'any', 'Anna')).toEqual({
      status: 'notFound',
      query: 'Anna',
      closest: [],
    });
  });
});

describe('roles', () => {
  it.each([
    ['basenhetschef', 'basenhetschef'],
    ['basenhetschefen', 'basenhetschef'],
    ['basenhetschefer', 'basenhetschef'],
    ['bec', 'basenhetschef'],
    ['head of unit', 'basenhetschef'],
    ['samordnarna', 'samordnare'],
    ['coordinators', 'samordnare'],
    ['samordnare nara vard', 'samordnare'],
    ['analyst', 'analytiker'],
    ['analytikern', 'analytiker'],
    ['kommunikator', 'kommunikatör'],
    ['gp', 'allmänläkare'],
    ['mottagningschef', 'mottagningschef'],
  ])('%s → %s', (form, role) => {
    expect(canonicalRole(lexicon, form)).toBe(role);
  });

  it('adds single-word titles from the directory', () => {
    expect(
      canonicalRole(lexicon, 'kvalitetsundersköterska'.normalize('NFD').replace(/\p{M}/gu, '')),
    ).toBe('kvalitetsundersköterska');
  });

  it('reads a typo as the role it is closest to, but not a name', () => {
    expect(roleForTypo(lexicon, 'basenhetchef')).toBe('basenhetschef');
    expect(roleForTypo(lexicon, 'verksamhetchef')).toBe('verksamhetschef');
    // in the plural or definite: read as the singular's typo
    expect(roleForTypo(lexicon, 'basenhetchefer')).toBe('basenhetschef');
    expect(roleForTypo(lexicon, 'verksamhetchefen')).toBe('verksamhetschef');
    expect(roleForTypo(lexicon, 'samordnande')).toBeUndefined();
    expect(roleForTypo(lexicon, 'kristinberg')).toBeUndefined();
  });

  it('does not take a word of a group name as a role', () => {
    expect(canonicalRole(lexicon, 'halsolots')).toBeUndefined();
    expect(canonicalRole(lexicon, 'kontaktperson')).toBeUndefined();
  });
});

describe('buildLexiconBetweenTurns', () => {
  // A directory big enough for many slices: the fixture and 12 000 more (synthetic) people.
  const big = {
    ...fixtureDirectory,
    people: [
      ...fixtureDirectory.people,
      ...Array.from({ length: 12_000 }, (_, i): Person => ({
        ...fixtureDirectory.people[0],
        id: `gen-${i}`,
        name: `Förnamn${i % 131} Efternamn${i % 89}`,
        roles: [i % 2 ? 'samordnare' : 'sjuksköterska'],
        synthetic: true,
      })),
    ],
  };

  it('lets other work run while it builds', async () => {
    let ran = 0;
    const other = setInterval(() => ran++, 0);
    await new Promise((resolve) => setImmediate(resolve));
    ran = 0;
    try {
      await buildLexiconBetweenTurns(big);
    } finally {
      clearInterval(other);
    }
    // The build yields every few thousand items: the timer ran between the slices.
    expect(ran).toBeGreaterThan(5);
  });

  it('builds the same lexicon as buildLexicon', async () => {
    const sliced = await buildLexiconBetweenTurns(big);
    const whole = buildLexicon(big);
    expect(sliced.entries).toEqual(whole.entries);
    expect([...sliced.exact]).toEqual([...whole.exact]);
    expect([...sliced.postings]).toEqual([...whole.postings]);
    expect(sliced.termList).toEqual(whole.termList);
    expect([...sliced.roles.canonical]).toEqual([...whole.roles.canonical]);
    for (const q of ['Förnamn7 Efternamn7', 'Oskarsgruppen', 'efternamn12', 'Åke Åkesson']) {
      expect([q, lookup(sliced, 'any', q)]).toEqual([q, lookup(whole, 'any', q)]);
    }
  });
});

describe('municipalityOf', () => {
  it.each([
    ['oskarshamn', 'Oskarshamn'],
    // One letter left out, changed or added, in a long name
    ['oskarhamn', 'Oskarshamn'],
    ['vastevik', 'Västervik'],
    ['vimmerbyy', 'Vimmerby'],
  ])('"%s" is %s', (word, name) => {
    expect(municipalityOf(lexicon, word)).toBe(name);
  });

  it.each(['kalmr', 'nybo', 'oskarsvik', 'vaster'])(
    '"%s" is no municipality: too short or too far',
    (word) => {
      expect(municipalityOf(lexicon, word)).toBeUndefined();
    },
  );
});
