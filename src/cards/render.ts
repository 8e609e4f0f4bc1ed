import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CompiledTemplate } from './compiledTemplate';
import type { CardModels, CardName, View } from './cardModels';

export type AdaptiveCardJson = { type: 'AdaptiveCard'; version: string; [key: string]: unknown };

export const cardsDir = path.resolve(__dirname, '../../cards');

const templates = new Map<CardName, CompiledTemplate>();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Replaces `{ "$partial": "name" }` with cards/partials/name.json (an element or a list of elements),
 * so shared pieces such as the contact list are written once.
 */
export function expandPartials(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.flatMap((item) => {
      const expanded = expandPartials(item);
      return isPartial(item) && Array.isArray(expanded) ? expanded : [expanded];
    });
  }
  if (isPartial(node)) {
    return expandPartials(readJson(path.join(cardsDir, 'partials', `${node.$partial}.json`)));
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expandPartials(v)]));
  }
  return node;
}

function isPartial(node: unknown): node is { $partial: string } {
  return (
    !!node &&
    typeof node === 'object' &&
    typeof (node as { $partial?: unknown }).$partial === 'string'
  );
}

/** A card's template with its partials in place, as JSON (what adaptivecards-templating reads). */
export function templateJson(name: CardName): unknown {
  return expandPartials(readJson(path.join(cardsDir, `${name}.json`)));
}

function template(name: CardName): CompiledTemplate {
  let parsed = templates.get(name);
  if (!parsed) {
    parsed = new CompiledTemplate(templateJson(name));
    templates.set(name, parsed);
  }
  return parsed;
}

/**
 * Expands a template with its view model, as adaptivecards-templating's
 * `new Template(json).expand({ $root: data })` does (compiled: src/cards/compiledTemplate.ts).
 * Data is bound, never concatenated into the template.
 */
export function render<K extends CardName>(name: K, data: CardModels[K]): AdaptiveCardJson {
  return template(name).expand(data) as AdaptiveCardJson;
}

export function renderView(view: View): AdaptiveCardJson {
  return render<CardName>(view.card, view.data);
}
