import { Template } from 'adaptivecards-templating';

// adaptivecards-templating, compiled. The library walks the whole template and evaluates every
// binding through Adaptive Expressions on each expand: a new memory, options and closure per
// `${…}`, a path rebuilt from the expression tree, ~1.6 µs a binding hot and three times that
// within a turn, where its code is cold. Here the template is walked once, at load, into one
// closure per node, with the library's own parser (Template.parseInterpolatedString) for every
// string; a render runs only those closures. The bindings our cards use most (a field, `exists`,
// `count(…) > 0`) are read directly; every other expression, and any field that is missing,
// goes to the library's own evaluation, so what it would render is what this renders.
// tests/cards/compiledTemplate.test.ts expands every card with every fixture both ways and
// requires the same card.

/** An Adaptive Expression, as the library's parser gives it. */
type Expression = Exclude<ReturnType<typeof Template.parseInterpolatedString>, string>;

/** The expression a template string holds, or undefined for plain text (and any other value). */
function expressionIn(value: unknown): Expression | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = Template.parseInterpolatedString(value);
  return typeof parsed === 'string' ? undefined : parsed;
}

/** A constant's value (string, number, …); undefined for any other expression. */
const constantOf = (expression: Expression | undefined): unknown =>
  expression?.type === 'Constant' ? (expression as { value?: unknown }).value : undefined;

/** What a compiled node renders in a data scope; `null` drops it from its array. */
type Render = (data: unknown) => unknown;

/** Fields Adaptive Cards templating reserves (the library skips them in its output). */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `a.b.c` as ['a', 'b', 'c'] when the accessor names plain fields of the current data only. */
function plainPath(expression: Expression): string[] | undefined {
  if (expression.type !== 'Accessor') return undefined;
  const [name, parent] = expression.children;
  const field = constantOf(name);
  if (typeof field !== 'string' || field.startsWith('$')) return undefined;
  if (!parent) return [field];
  const rest = plainPath(parent);
  return rest && [...rest, field];
}

/**
 * The field at a path, undefined when a step is missing. By name, and, like Adaptive Expressions,
 * in another case when no field has the exact name (which of two names differing only in case the
 * library would take is not copied: no view model has such a pair).
 */
function read(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    if (Object.hasOwn(value, key)) {
      value = value[key];
      continue;
    }
    const lower = key.toLowerCase();
    const other = Object.keys(value).find((k) => k.toLowerCase() === lower);
    if (other === undefined) return undefined;
    value = value[other];
  }
  return value;
}

/** Expressions that look at something other than the current data: only the library reads them. */
function readsBeyondData(expression: Expression): boolean {
  if (expression.type === 'Accessor' && expression.children.length === 1) {
    const name = constantOf(expression.children[0]);
    if (typeof name === 'string' && name.startsWith('$') && name !== '$data') return true;
  }
  return expression.children.some(readsBeyondData);
}

/** The library's evaluation of an expression in a data scope (what a binding falls back to). */
function byLibrary(expression: Expression, substitute: boolean) {
  if (readsBeyondData(expression)) {
    throw new Error(`card template: ${expression} reads $root, $index or $host`);
  }
  return (data: unknown) =>
    Template.tryEvaluateExpression(expression, { $root: data }, substitute) as {
      value: unknown;
      error?: string;
    };
}

/**
 * A binding's value (a field, $data): read directly when it is a field that is there, otherwise
 * the library's, with its substitution of a missing field (`${path}`) and its errors.
 */
function compileValue(expression: Expression): (data: unknown) => unknown {
  const evaluate = byLibrary(expression, true);
  const library = (data: unknown) => {
    const { value, error } = evaluate(data);
    if (error) throw new Error(error);
    return value;
  };
  const path = plainPath(expression);
  if (!path) return library;
  return (data) => {
    const value = read(data, path);
    return value === undefined || value === null ? library(data) : value;
  };
}

/** A $when: true only when the library (without substitutions) would give exactly true. */
function compileTest(expression: Expression): (data: unknown) => boolean {
  const evaluate = byLibrary(expression, false);
  const library = (data: unknown) => {
    const { value, error } = evaluate(data);
    return !error && value === true;
  };
  const [argument, limit] = expression.children;
  const field = argument && plainPath(argument);
  if (expression.type === 'exists' && field) {
    return (data) => {
      const value = read(data, field);
      return value !== undefined && value !== null;
    };
  }
  const counted =
    argument?.type === 'count' && argument.children[0] && plainPath(argument.children[0]);
  const least = constantOf(limit);
  if (expression.type === '>' && counted && typeof least === 'number') {
    return (data) => {
      const value = read(data, counted);
      return Array.isArray(value) ? value.length > least : library(data);
    };
  }
  return library;
}

/** A node's parts for a loop: each one's render, none for a plain value (kept in `values`). */
function compileParts(nodes: readonly unknown[]): {
  renders: (Render | undefined)[];
  values: unknown[];
} {
  return { renders: nodes.map(compileNode), values: [...nodes] };
}

function compileObject(node: Record<string, unknown>): Render {
  const keys = Object.keys(node).filter((key) => !RESERVED.has(key));
  const { renders, values } = compileParts(keys.map((key) => node[key]));
  // As the library prepares a template: every string may be an expression, $when and $data too.
  const when = node.$when;
  const whenExpression = expressionIn(when);
  const test = whenExpression && compileTest(whenExpression);
  const dataNode = node.$data;
  const dataExpression = expressionIn(dataNode);
  const data = dataExpression && compileValue(dataExpression);

  const one = (scope: unknown): Record<string, unknown> | null => {
    // A $when that is not an expression, or is anything but true, drops the element.
    if (when !== undefined && !test?.(scope)) return null;
    const result: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const render = renders[i];
      const value = render ? render(scope) : values[i];
      if (value !== undefined) result[keys[i]] = value;
    }
    return result;
  };

  return (scope) => {
    const contexts = data ? data(scope) : dataNode;
    if (dataNode === undefined) return one(scope);
    if (!Array.isArray(contexts)) return one(contexts === undefined ? scope : contexts);
    // An array of data repeats the element, once per item ($index is never read: see above).
    const results: Record<string, unknown>[] = [];
    let current = scope;
    for (const context of contexts) {
      // As the library does: an undefined item keeps the data the previous one set.
      if (context !== undefined) current = context;
      const result = one(current);
      if (result !== null) results.push(result);
    }
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  };
}

/**
 * A node's render, or none when the node is a plain value that renders as itself (most of a
 * card: "type", "wrap", "size", text without a binding, …).
 */
function compileNode(node: unknown): Render | undefined {
  if (typeof node === 'string') {
    const expression = expressionIn(node);
    return expression && compileValue(expression);
  }
  if (Array.isArray(node)) {
    const { renders, values } = compileParts(node);
    return (scope) => {
      const out: unknown[] = [];
      for (let i = 0; i < renders.length; i++) {
        const render = renders[i];
        const value = render ? render(scope) : values[i];
        if (value === null) continue;
        if (Array.isArray(value)) out.push(...value);
        else out.push(value);
      }
      return out;
    };
  }
  return isRecord(node) ? compileObject(node) : undefined;
}

/** A card template compiled once; `expand` gives what `new Template(json).expand({ $root })` does. */
export class CompiledTemplate {
  private readonly render: Render;

  constructor(json: unknown) {
    this.render = compileNode(json) ?? (() => json);
  }

  expand(root: unknown): unknown {
    return this.render(root);
  }
}
