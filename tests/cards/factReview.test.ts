import { renderView } from '../../src/cards/render';
import { cardText } from '../e2e/harness';
import type { ContactPath } from '../../src/register/contactPath';
import { factReviewView, REVIEW_CARD_MAX } from '../../src/skills/proposals/proposalViews';

// The monthly card of old facts, read as its reader reads it: each unit or person once, its facts
// under it, the date of each fact, and no more than a card's worth.

const path = (i: number, target: ContactPath['target']): ContactPath => ({
  id: `path-${i}`,
  target,
  kind: i % 2 ? 'direkt' : 'vaxel',
  value: `0485-100 0${i}`,
  label: i === 1 ? 'för hemtjänstpersonal' : '',
  hours: '',
  source: 'HSA-utdrag 2024-11',
  createdAt: '2025-03-01T08:00:00.000Z',
});
const borgholm = { kind: 'unit' as const, id: 'hc-borgholm' };
const akesson = { kind: 'person' as const, id: 'ake-akesson' };

/** Every text of the card, in reading order. */
const texts = (card: unknown): string[] => cardText(card).split('\n');

describe('the monthly card of facts to confirm', () => {
  it('names each unit or person once, with its facts under it in the order given', () => {
    const facts = [
      { path: path(0, borgholm), targetName: 'Borgholms hälsocentral' },
      { path: path(1, akesson), targetName: 'Åke Åkesson' },
      { path: path(2, borgholm), targetName: 'Borgholms hälsocentral' },
    ];
    const t = texts(renderView(factReviewView(facts, 'sv')).body);
    expect(t.filter((x) => x === 'Borgholms hälsocentral')).toHaveLength(1);
    expect(t.filter((x) => x === 'Åke Åkesson')).toHaveLength(1);
    const at = (x: string) => t.indexOf(x);
    expect(at('Borgholms hälsocentral')).toBeLessThan(at('0485-100 00'));
    expect(at('0485-100 00')).toBeLessThan(at('0485-100 02'));
    expect(at('0485-100 02')).toBeLessThan(at('Åke Åkesson'));
    expect(at('Åke Åkesson')).toBeLessThan(at('0485-100 01'));
    expect(t).toContain('för hemtjänstpersonal · Uppgift från mars 2025');
    expect(t.filter((x) => x === 'Stämmer')).toHaveLength(3);
  });

  it(`shows at most ${REVIEW_CARD_MAX} facts and says how many wait`, () => {
    const facts = Array.from({ length: REVIEW_CARD_MAX + 2 }, (_, i) => ({
      path: path(i, borgholm),
      targetName: 'Borgholms hälsocentral',
    }));
    const t = texts(renderView(factReviewView(facts, 'en')).body);
    expect(t.filter((x) => x === 'Still right')).toHaveLength(REVIEW_CARD_MAX);
    expect(t).toContain('… and 2 more. They come next month.');
    expect(t).toContain('Information from March 2025');
  });
});
