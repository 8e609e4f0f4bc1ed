import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from './teams-schema/schema.json';

// Validation against the Teams card schema (tests/cards/teams-schema), which, unlike the
// Adaptive Cards parser, rejects properties it does not know (e.g. `firstRowAsHeader`).

const ajv = new Ajv({ allErrors: true, strict: false });
const validateCard = ajv.compile(schema);
const definitions = (schema as { definitions: Record<string, unknown> }).definitions;

const byType = new Map<string, ValidateFunction>();
function validatorFor(type: string): ValidateFunction | undefined {
  if (!(type in definitions)) return undefined;
  let v = byType.get(type);
  if (!v) {
    v = ajv.compile({ $ref: `#/definitions/${type}`, definitions });
    byType.set(type, v);
  }
  return v;
}

const describeError = (path: string, e: ErrorObject) =>
  `${path}${e.instancePath} ${e.message ?? ''}${
    'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''
  }`;

/** Whether an error lies inside a nested element (checked on its own), not in this node. */
function inNestedElement(node: unknown, instancePath: string): boolean {
  let at: unknown = node;
  for (const key of instancePath.split('/').slice(1, -1)) {
    at = (at as Record<string, unknown>)?.[key];
    if (at && typeof at === 'object' && typeof (at as { type?: unknown }).type === 'string') {
      return true;
    }
  }
  return false;
}

/**
 * Schema problems of a card. The schema lists elements as `anyOf`s, whose failures name every
 * branch; so each element is also checked against its own type's definition, and the errors that
 * belong to it (not to an element inside it) are the ones reported.
 */
export function schemaProblems(card: unknown): string[] {
  if (validateCard(card)) return [];
  const problems: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const validate = typeof o.type === 'string' ? validatorFor(o.type) : undefined;
    if (validate && !validate(o)) {
      for (const e of validate.errors ?? []) {
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
        if (!inNestedElement(o, e.instancePath)) problems.push(describeError(path, e));
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v, `${path}/${k}`);
  };
  walk(card, '');
  return problems.length > 0 ? [...new Set(problems)] : ['the card does not match the schema'];
}
