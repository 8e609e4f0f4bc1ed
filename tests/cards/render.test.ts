import { readdirSync } from 'node:fs';
import type { CardName } from '../../src/cards/cardModels';
import { cardsDir, render } from '../../src/cards/render';
import { cardProblems, chartsWithoutFallback } from './adaptiveCardParser';
import { fixtures } from './fixtures';
import { schemaProblems } from './teamsSchema';

const templateNames = readdirSync(cardsDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('card templates', () => {
  it('every template in cards/ has fixtures, and every fixture a template', () => {
    expect(templateNames.sort()).toEqual(Object.keys(fixtures).sort());
  });

  for (const name of Object.keys(fixtures) as CardName[]) {
    describe(name, () => {
      const cases = fixtures[name] as never[];
      it.each(cases.map((data, i) => [i, data]))(
        'renders fixture %i to a valid card',
        (_i, data) => {
          const card = render(name, data as never);
          const json = JSON.stringify(card);
          expect(json).not.toContain('${');
          expect(card.version).toBe('1.5');
          expect(cardProblems(card)).toEqual([]);
          expect(chartsWithoutFallback(card)).toEqual([]);
          expect(schemaProblems(card)).toEqual([]);
        },
      );
    });
  }

  it('the Teams schema check rejects a property renderers ignore', () => {
    // Table.firstRowAsHeader (singular) is not a Teams property; the Adaptive Cards parser lets it by.
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Table', firstRowAsHeader: true, columns: [{ width: 1 }], rows: [] }],
    };
    expect(cardProblems(card)).toEqual([]);
    expect(schemaProblems(card).join(' ')).toContain('firstRowAsHeader');
  });

  it('binds user text as data: template syntax in it is shown, not evaluated', () => {
    const card = render('message', {
      title: 'Jag hittade ingen som heter ${title}',
      text: "${json(concat('x'))}",
      color: 'Default',
      suggestions: [],
    });
    const json = JSON.stringify(card);
    expect(json).toContain('Jag hittade ingen som heter ${title}');
    expect(json).toContain("${json(concat('x'))}");
  });

  it('drops optional parts when their data is absent', () => {
    const card = render('message', { title: 't', text: 'x', color: 'Default', suggestions: [] });
    expect(JSON.stringify(card)).not.toContain('ActionSet');
    const [box] = card.body as { items: unknown[] }[];
    expect(box.items).toHaveLength(2);
  });
});
