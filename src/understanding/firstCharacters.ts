// The characters a match of a cue pattern can begin with, read off the pattern's source, so that
// understanding runs only the cue patterns that can match a word of the message (a message's
// words begin with a handful of letters; most of the 58 patterns cannot start with any of them).
// Only the plain syntax the cue table uses is read; anything else gives undefined, "could start
// with anything", and that pattern always runs: the answer may be too wide, never too narrow.

type Reading = { first: Set<string>; empty: boolean };

class Unknown extends Error {}

/** The first characters of any match of source, or undefined when it cannot tell. */
export function firstCharacters(source: string): ReadonlySet<string> | undefined {
  try {
    const parser = new Parser(source);
    const reading = parser.alternatives();
    if (parser.at < source.length || reading.empty) return undefined;
    return reading.first;
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
}

class Parser {
  at = 0;
  constructor(private readonly source: string) {}

  /** a|b|c up to a closing parenthesis or the end. */
  alternatives(): Reading {
    const result: Reading = { first: new Set(), empty: false };
    for (;;) {
      const branch = this.sequence();
      for (const c of branch.first) result.first.add(c);
      result.empty ||= branch.empty;
      if (this.source[this.at] !== '|') return result;
      this.at++;
    }
  }

  /** Atoms one after another: the first characters are the first atom's, and the next one's while
   * the ones before may be empty. */
  private sequence(): Reading {
    const result: Reading = { first: new Set(), empty: true };
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at])) {
      const atom = this.quantified();
      if (result.empty) for (const c of atom.first) result.first.add(c);
      result.empty &&= atom.empty;
    }
    return result;
  }

  private quantified(): Reading {
    const atom = this.atom();
    const q = this.source[this.at];
    if (q === '?' || q === '*') {
      this.at++;
      return { first: atom.first, empty: true };
    }
    if (q === '+') {
      this.at++;
      return atom;
    }
    if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unknown();
      this.at += m[0].length;
      return { first: atom.first, empty: atom.empty || m[1] === '0' };
    }
    return atom;
  }

  private atom(): Reading {
    const c = this.source[this.at];
    if (c === '(') {
      // A group, capturing or not; look-arounds and named groups are not read.
      if (this.source.startsWith('(?:', this.at)) this.at += 3;
      else if (this.source[this.at + 1] === '?') throw new Unknown();
      else this.at++;
      const inner = this.alternatives();
      if (this.source[this.at] !== ')') throw new Unknown();
      this.at++;
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const escaped = this.source[this.at + 1];
      this.at += 2;
      if (escaped === 'd') return { first: new Set('0123456789'), empty: false };
      throw new Unknown();
    }
    if ('.^$'.includes(c)) throw new Unknown();
    this.at++;
    return { first: new Set([c]), empty: false };
  }

  /** [abc], [a-z0-5]; a negated class or an escape inside one is not read. */
  private characterClass(): Reading {
    const end = this.source.indexOf(']', this.at);
    const body = this.source.slice(this.at + 1, end);
    if (end < 0 || body.startsWith('^') || body.includes('\\') || body.length === 0) {
      throw new Unknown();
    }
    this.at = end + 1;
    const first = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) {
          first.add(String.fromCharCode(code));
        }
        i += 2;
      } else first.add(body[i]);
    }
    return { first, empty: false };
  }
}
