// The words a cue pattern spells out, for putting misspelt words right ("aterinlaggnigar" →
// "aterinlaggningar"): every string a pattern of words, groups, alternatives and "?" matches,
// split into words. A part of a pattern written with other syntax (classes, escapes, look-arounds,
// repetition) is not spelled out: what stands around it still is, cut at that place.

/** Beyond this many strings a part of a pattern is not spelled out further. */
const MAX_STRINGS = 400;

class Unread extends Error {}

/** The words (four letters or more) of every string the pattern's alternatives match. */
export function cueWords(source: string): string[] {
  const words = new Set<string>();
  for (const part of topLevel(source)) {
    let strings: string[];
    try {
      const parser = new Expander(part);
      strings = parser.alternatives();
      if (parser.at < part.length) throw new Unread();
    } catch (error) {
      if (!(error instanceof Unread)) throw error;
      // What cannot be spelled out: its plain words, as written.
      strings = [part.replace(/[^a-z ]+/g, ' ')];
    }
    for (const s of strings) for (const w of s.split(' ')) if (w.length >= 4) words.add(w);
  }
  return [...words];
}

/** The top-level alternatives of a pattern, each spelled out on its own. */
function topLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

const product = (a: string[], b: string[]): string[] => {
  if (a.length * b.length > MAX_STRINGS) throw new Unread();
  return a.flatMap((x) => b.map((y) => x + y));
};

class Expander {
  at = 0;
  constructor(private readonly source: string) {}

  alternatives(): string[] {
    const result: string[] = [];
    for (;;) {
      result.push(...this.sequence());
      if (result.length > MAX_STRINGS) throw new Unread();
      if (this.source[this.at] !== '|') return result;
      this.at++;
    }
  }

  private sequence(): string[] {
    let result = [''];
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at])) {
      const atom = this.atom();
      const optional = this.source[this.at] === '?';
      if (optional) this.at++;
      result = product(result, optional ? ['', ...atom] : atom);
    }
    return result;
  }

  private atom(): string[] {
    const c = this.source[this.at];
    if (c === '(') {
      if (!this.source.startsWith('(?:', this.at)) throw new Unread();
      this.at += 3;
      const inner = this.alternatives();
      if (this.source[this.at] !== ')') throw new Unread();
      this.at++;
      return inner;
    }
    if (!/[a-z ]/.test(c)) throw new Unread();
    this.at++;
    return [c];
  }
}
