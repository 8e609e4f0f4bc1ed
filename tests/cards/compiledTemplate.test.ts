import { Template } from 'adaptivecards-templating';
import type { CardName } from '../../src/cards/cardModels';
import { CompiledTemplate } from '../../src/cards/compiledTemplate';
import { render, templateJson } from '../../src/cards/render';
import { fixtures } from './fixtures';

// The compiled templates must render exactly what adaptivecards-templating renders: every card,
// every fixture, and the data shapes a view model may come in (fields missing, null, empty).

/** The card, or the error the expansion threw (the library throws on some data; so must we). */
const outcome = (expand: () => unknown): unknown => {
  try {
    return { card: expand() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const library = (json: unknown, data: unknown) =>
  outcome(() => new Template(json).expand({ $root: data }));
const compiled = (json: unknown, data: unknown) =>
  outcome(() => new CompiledTemplate(json).expand(data));

describe('compiled card templates', () => {
  for (const name of Object.keys(fixtures) as CardName[]) {
    const cases = fixtures[name] as unknown[];
    it.each(cases.map((data, i) => [i, data]))(
      `${name}: fixture %i renders as adaptivecards-templating renders it`,
      (_i, data) => {
        // As JSON: the same card to the byte, its fields in the same order.
        expect(JSON.stringify(outcome(() => render(name, data as never)))).toBe(
          JSON.stringify(library(templateJson(name), data)),
        );
      },
    );
  }

  const template = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', $when: '${exists(heading)}', text: '${heading}' },
      { type: 'TextBlock', text: '${name}', size: 'Large' },
      { type: 'TextBlock', text: '${place.city}' },
      { type: 'TextBlock', text: '${count}' },
      {
        type: 'Container',
        $when: '${count(rows) > 0}',
        items: [{ $data: '${rows}', text: '${label}', n: '${$data}' }],
      },
      { type: 'TextBlock', $when: '${mode == "x"}', text: '${toLower(mode)}' },
      { type: 'TextBlock', $when: '${exists(flag)}', weight: "${if(flag, 'Bolder', 'Default')}" },
      { type: 'TextBlock', $when: true, text: 'dropped: $when is not an expression' },
      { type: 'ActionSet', actions: [{ $data: '${actions}', title: '${title}', data: '${data}' }] },
      { nested: { $when: '${exists(missing)}', text: 'x' } },
      [['flattened', '${name}']],
    ],
  };
  const shapes: Record<string, unknown> = {
    full: {
      heading: 'H',
      name: 'Åke',
      place: { city: 'Kalmar' },
      count: 3,
      rows: [{ label: 'a' }, { label: 'b' }],
      mode: 'x',
      flag: true,
      actions: [{ title: 't', data: { verb: 'v', page: 1 } }],
    },
    empty: {},
    nulls: { heading: null, name: null, place: null, rows: null, flag: null, actions: null },
    falsy: { heading: '', name: '', count: 0, rows: [], mode: '', flag: false, actions: [] },
    'one item': { rows: [{ label: 'only' }], actions: { title: 'single', data: 'd' } },
    'a row without its field': { rows: [{}, { label: 'b' }], place: { town: 'x' } },
    'user text with template syntax': { name: '${name}', heading: "${json(concat('x'))}" },
    'fields in another case': {
      Heading: 'H',
      NAME: 'n',
      Rows: [{ LABEL: 'x' }],
      Place: { CITY: 'c' },
    },
    'a list with a hole': { rows: [{ label: 'a' }, undefined, { label: 'b' }] },
    'wrong types': { rows: 'not a list', place: 'Kalmar', count: { n: 1 }, flag: 'yes' },
  };
  // Text around a binding (none of our cards has one: the library's own evaluation renders it).
  const greeting = { type: 'TextBlock', text: 'Hej ${name}, ${place.city}!' };
  it.each(Object.entries(shapes))(
    'renders %s data as adaptivecards-templating does',
    (_n, data) => {
      expect(compiled(template, data)).toEqual(library(template, data));
      expect(compiled(greeting, data)).toEqual(library(greeting, data));
    },
  );

  it('refuses a template that reads $root, $index or $host (they are not compiled)', () => {
    for (const text of ['${$root.name}', '${$index}', '${$host.x}']) {
      expect(() => new CompiledTemplate({ text })).toThrow(/reads \$root, \$index or \$host/);
    }
  });
});
