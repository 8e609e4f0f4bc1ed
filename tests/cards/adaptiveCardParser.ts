// The official Adaptive Cards JS renderer, used here only to parse and report problems.
// (Its ESM build cannot be required in Node; the UMD bundle can: see PITFALLS.md.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse: (json: unknown, ctx: unknown) => void };
  SerializationContext: new () => {
    eventCount: number;
    getEventAt: (i: number) => { message: string };
  };
};

/** Parse problems, except Teams' Chart.* elements, which the renderer does not know but Teams draws. */
export function cardProblems(card: unknown): string[] {
  const context = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const { message } = context.getEventAt(i);
    if (!/Unknown element type "Chart\.[A-Za-z]+"/.test(message)) problems.push(message);
  }
  return problems;
}

/** Chart.* elements must carry a fallback, so clients without charts still show something. */
export function chartsWithoutFallback(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Chart.') && !o.fallback)
        out.push(o.type);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
