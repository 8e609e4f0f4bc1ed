// Text shaping shared by the cards' view models.

/** "basenhetschef" → "Basenhetschef", "mars 2023" → "Mars 2023" for headings. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/**
 * User text echoed in a card: markdown-active characters removed (Teams shows backslash escapes
 * literally), so input cannot create links or formatting; cut to a readable length.
 */
export function plainUserText(text: string, max = 80): string {
  const plain = text
    .replace(/[\\`*_[\]()#<>|~!]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/**
 * A health centre's short name for chart rows: its first alias when the name starts with it
 * ("Gripen" for "Gripens hälsocentral"), else the name without "hälsocentral".
 */
export function shortUnitName(unit: { name: string; aliases?: readonly string[] }): string {
  const alias = unit.aliases?.[0];
  const fold = (t: string) => t.toLocaleLowerCase('sv');
  if (alias && fold(unit.name).startsWith(fold(alias))) return alias;
  return unit.name.replace(/\s+hälsocentral(en)?$/i, '') || unit.name;
}
