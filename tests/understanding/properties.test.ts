import fc from 'fast-check';
import type { EntityMatch, Intent, IntentKind } from '../../src/understanding/intent';
import { INTENTS } from '../../src/understanding/intentTable';
import { buildLexicon, lookup } from '../../src/understanding/lexicon';
import { normalize } from '../../src/understanding/normalize';
import { MAX_TEXT_LENGTH, stripTeamsMarkup } from '../../src/understanding/teamsText';
import { understand } from '../../src/understanding/understand';
import { corpus } from './corpus';
import { fixtureDirectory } from './fixtureDirectory';

// understand() is total: whatever arrives, it returns a well-formed Intent and never throws.

const lexicon = buildLexicon(fixtureDirectory);
const KINDS = new Set<IntentKind>(INTENTS.map((d) => d.kind));

function validMatch(m: EntityMatch): boolean {
  switch (m.status) {
    case 'found':
      return m.id.length > 0 && m.score > 0 && m.score <= 1;
    case 'ambiguous':
      return m.candidates.length >= 2 && m.candidates.length <= 8;
    case 'notFound':
      return m.closest.length <= 3;
  }
}

function valid(intent: Intent): boolean {
  if (!KINDS.has(intent.kind) || (intent.language !== 'sv' && intent.language !== 'en'))
    return false;
  const matches = Object.values(intent).flatMap((v: unknown): EntityMatch[] => {
    if (typeof v !== 'object' || v === null) return [];
    if ('status' in v) return [v as EntityMatch];
    if ('match' in v) return [(v as { match: EntityMatch }).match];
    return [];
  });
  return matches.every(validMatch);
}

let slowest = 0;
function timed(text: string, locale?: string): Intent {
  const start = performance.now();
  const intent = understand(text, locale, lexicon);
  slowest = Math.max(slowest, performance.now() - start);
  return intent;
}

/** Words from the corpus, so that random texts hit many cue and name paths at once. */
const words = [...new Set(corpus.flatMap((r) => r.text.split(/\s+/)).filter(Boolean))];

describe('understand() on arbitrary input', () => {
  afterAll(() => console.log(`slowest understand() in property runs: ${slowest.toFixed(2)} ms`));

  it('never throws and returns a valid intent for any code points (up to 10 000)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 10_000 }),
        fc.option(fc.string()),
        (text, locale) => valid(timed(text, locale ?? undefined)),
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on printable graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => valid(timed(text))),
      { numRuns: 300 },
    );
  });

  it('never throws on jumbles of real question words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) =>
        valid(timed(ws.join(' '), 'sv-SE')),
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on Teams markup and long repeated words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '<at>Nära</at> ',
          '&nbsp;',
          'RUB 5 ',
          'hälsocentral ',
          'HC:n ',
          'Anna ',
          'a',
        ),
        fc.integer({ min: 1, max: 3000 }),
        (piece, n) => valid(timed(stripTeamsMarkup(piece.repeat(n)))),
      ),
      { numRuns: 60 },
    );
  });

  it('survives inputs that are not strings at run time', () => {
    const bad = [undefined, null, 42, {}] as unknown as string[];
    bad.forEach((b) =>
      expect(understand(b, undefined, lexicon)).toEqual({ kind: 'unknown', language: 'sv' }),
    );
  });
});

describe('the parts on arbitrary input', () => {
  it('lookup never throws and returns a well-formed match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('unit', 'group', 'person', 'any') as fc.Arbitrary<
          'unit' | 'group' | 'person' | 'any'
        >,
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (type, q) => validMatch(lookup(lexicon, type, q)),
      ),
      { numRuns: 300 },
    );
  });

  it('stripTeamsMarkup never returns more than 2 000 characters or a mention', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6000 }), fc.string({ maxLength: 20 }), (a, name) => {
        const out = stripTeamsMarkup(`<at>${name.replace(/</g, '')}</at>${a}`);
        return Array.from(out).length <= MAX_TEXT_LENGTH && !out.includes('<at>');
      }),
      { numRuns: 200 },
    );
  });

  it('normalize gives tokens without spaces or upper case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) =>
        normalize(text).tokens.every(
          (t) => t.text.length > 0 && !/\s/.test(t.text) && t.text === t.text.toLowerCase(),
        ),
      ),
      { numRuns: 300 },
    );
  });
});
