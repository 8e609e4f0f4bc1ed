// Reading the bar charts the cards draw with columns (cards/partials/bars.json), as a reader does:
// each row's label and printed value, in order, and how long its bar is.

export type ReadBar = { label: string; value: string; extra?: string; length: number };

type Node = Record<string, unknown>;
const isNode = (x: unknown): x is Node => !!x && typeof x === 'object' && !Array.isArray(x);
const textOf = (column: Node): string =>
  ((column.items as Node[] | undefined) ?? [])
    .map((i) => (typeof i.text === 'string' ? i.text : ''))
    .join(' ')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();

/** The bar rows of a card: a label column, a bar (weighted columns), a value, maybe one more. */
export function barsOf(card: unknown): ReadBar[] {
  const out: ReadBar[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node)) return;
    if (node.type === 'ColumnSet' && Array.isArray(node.columns)) {
      const [label, area, value, extra] = node.columns as Node[];
      const inner = ((area?.items as Node[] | undefined) ?? []).find((i) => i.type === 'ColumnSet');
      const parts = (inner?.columns as Node[] | undefined) ?? [];
      const filled = parts.find((c) => typeof c.style === 'string');
      if (inner && value && parts.length > 0 && textOf(label) !== '' && textOf(value) !== '') {
        const total = parts.reduce((acc, c) => acc + Number(c.width), 0);
        out.push({
          label: textOf(label),
          value: textOf(value),
          extra: extra ? textOf(extra) : undefined,
          length: filled ? Number(filled.width) / total : 0,
        });
        return;
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

/** A printed number back to a number: "41,9 %" → 41.9, "1 158" → 1158, "−3,4" → -3.4. */
export function printedNumber(text: string, language: 'sv' | 'en' = 'sv'): number {
  const t = text
    .replace(/[\u00a0\u202f ]/g, '')
    .replace('−', '-')
    .replace(/%$/, '');
  return Number(language === 'sv' ? t.replace(',', '.') : t.replace(/,/g, ''));
}
