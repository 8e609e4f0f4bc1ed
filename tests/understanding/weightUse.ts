import type { Intent } from '../../src/understanding/intent';
import { INTENTS, type IntentDef } from '../../src/understanding/intentTable';
import { buildLexicon } from '../../src/understanding/lexicon';
import { understandWith } from '../../src/understanding/understand';
import { corpus, holdout } from './corpus';
import { fixtureDirectory } from './fixtureDirectory';
import { freshIntents } from './fresh/freshScore';

// Which weights of the intent table some corpus row depends on: each weight is zeroed in turn
// (a cue weight or an entity weight), every row of the corpora is understood again, and a weight
// whose zeroing changes no row's intent is unused (issue 12: drop it, or pin it with a row).

export type Weight = { kind: string; table: 'cues' | 'entity'; key: string };

const lexicon = buildLexicon(fixtureDirectory);

function outcomes(table: readonly IntentDef[]): string[] {
  const read = (text: string, locale: string | undefined, lex = lexicon, ctx?: never): Intent =>
    understandWith(table, text, locale, lex, ctx);
  const old = [...corpus, ...holdout].map((r) => JSON.stringify(read(r.text, r.locale)));
  const fresh = freshIntents(undefined, (text, locale, lex, ctx) =>
    understandWith(table, text, locale, lex, ctx),
  ).map((t) => JSON.stringify(t.intent));
  return [...old, ...fresh];
}

/** The table with one weight set to zero. */
function without(w: Weight): IntentDef[] {
  return INTENTS.map((def) =>
    def.kind !== w.kind ? def : { ...def, [w.table]: { ...def[w.table], [w.key]: 0 } },
  );
}

export function allWeights(): Weight[] {
  return INTENTS.flatMap((def) => [
    ...Object.keys(def.cues).map((key): Weight => ({ kind: def.kind, table: 'cues', key })),
    ...Object.keys(def.entity ?? {}).map((key): Weight => ({
      kind: def.kind,
      table: 'entity',
      key,
    })),
  ]);
}

/** The weights no row of the corpora depends on. */
export function unusedWeights(): Weight[] {
  const base = outcomes(INTENTS);
  return allWeights().filter((w) => {
    const got = outcomes(without(w));
    return got.every((o, i) => o === base[i]);
  });
}

/** Weights that can all go together: each dropped in turn, kept out only if no row changes. */
export function droppableTogether(): Weight[] {
  const base = outcomes(INTENTS);
  let table: IntentDef[] = [...INTENTS];
  const dropped: Weight[] = [];
  for (const w of unusedWeights()) {
    const next = table.map((def) =>
      def.kind !== w.kind ? def : { ...def, [w.table]: { ...def[w.table], [w.key]: 0 } },
    );
    if (outcomes(next).every((o, i) => o === base[i])) {
      table = next;
      dropped.push(w);
    }
  }
  return dropped;
}
