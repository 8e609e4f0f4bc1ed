// The text of a Teams message as the user meant it: no @-mentions, no HTML, no entities.

/** Longest text understanding reads; the rest is cut (ARCHITECTURE: abuse and accidents). */
export const MAX_TEXT_LENGTH = 2000;

// Bound the work done on absurd inputs before any pattern runs on them.
const MAX_RAW_LENGTH = 50_000;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  eacute: 'é',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function codePoint(value: number): string {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : ' ';
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body] ?? whole;
    const hex = body[1] === 'x' || body[1] === 'X';
    return codePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/**
 * "<at>Nära</at> telefon till Åke" → "telefon till Åke". Removes mentions and their names, other
 * tags, decodes entities (&nbsp;, &amp;, &#229;), collapses whitespace, and cuts to 2 000 characters.
 */
export function stripTeamsMarkup(text: string): string {
  const raw = text.slice(0, MAX_RAW_LENGTH);
  // Most messages are words only: the markup passes run on those with a tag or an entity.
  const unmarked = /[<&]/.test(raw)
    ? decodeEntities(
        raw
          .replace(/<at\b[^>]*>[\s\S]*?<\/at\s*>/gi, ' ')
          .replace(/<br\s*\/?>|<\/(?:p|div|li)\s*>/gi, ' ')
          .replace(/<\/?[a-z][^>]*>/gi, ' '),
      )
    : raw;
  const cleaned = unmarked.replace(/(?:\s|\u200b|\u200c|\u200d)+/g, ' ').trim();
  return withinTextLength(cleaned).trim();
}

/** The first MAX_TEXT_LENGTH characters (code points, so no surrogate pair is cut in half). */
export function withinTextLength(text: string): string {
  // Never more code points than UTF-16 units: most texts need no counting.
  if (text.length <= MAX_TEXT_LENGTH) return text;
  return Array.from(text.slice(0, 2 * MAX_TEXT_LENGTH))
    .slice(0, MAX_TEXT_LENGTH)
    .join('');
}
