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
