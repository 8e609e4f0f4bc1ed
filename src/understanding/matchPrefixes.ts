// How a match of a cue pattern can begin, read off the pattern's source: the first few characters
// of every match. Understanding runs only the cue patterns whose beginnings some word of the
// message has; a message's words begin in a handful of ways and most of the 58 patterns cannot
// match any of them. (First letters alone were too coarse: a pattern with thirty alternatives
// begins with most letters, so nearly every pattern still ran.) Only the plain syntax the cue
// table uses is read; anything else gives undefined, "could begin with anything", and that
// pattern always runs: the answer may be too wide, never too narrow.

/** How many characters of a match are told. */
export const PREFIX_LENGTH = 3;

/** Beyond this many beginnings a pattern is not worth indexing (e.g. [0-9]{3}): it always runs. */
const MAX_PREFIXES = 300;

/**
 * Each string is a match cut to its first PREFIX_LENGTH characters: one that long is how a match
 * begins, a shorter one is a whole match.
 */
type Beginnings = Set<string>;

class Unknown extends Error {}

/** How any match of source begins (see Beginnings), or undefined when it cannot tell. */
export function matchPrefixes(source: string): ReadonlySet<string> | undefined {
  try {
    const parser = new Parser(source);
    const beginnings = parser.alternatives();
    if (parser.at < source.length || beginnings.has('')) return undefined;
    return beginnings;
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
}

function bounded(set: Beginnings): Beginnings {
  if (set.size > MAX_PREFIXES) throw new Unknown();
  return set;
}

/** What a match of a then b begins with. */
function then(a: Beginnings, b: Beginnings): Beginnings {
  const result: Beginnings = new Set();
  for (const x of a) {
    if (x.length >= PREFIX_LENGTH) result.add(x);
    else for (const y of b) result.add((x + y).slice(0, PREFIX_LENGTH));
  }
  return bounded(result);
}

const union = (a: Beginnings, b: Beginnings): Beginnings => bounded(new Set([...a, ...b]));

/** a repeated min times, then up to max more (max undefined: any number more). */
function repeated(a: Beginnings, min: number, max: number | undefined): Beginnings {
  // Past PREFIX_LENGTH repetitions every beginning is cut already: more change nothing.
  const cap = PREFIX_LENGTH + 1;
  let result: Beginnings = new Set(['']);
  for (let i = 0; i < Math.min(min, cap); i++) result = then(result, a);
  const more = max === undefined ? cap : Math.min(max - min, cap);
  for (let i = 0; i < more; i++) result = union(result, then(result, a));
  return result;
}

class Parser {
  at = 0;
  constructor(private readonly source: string) {}

  /** a|b|c up to a closing parenthesis or the end. */
  alternatives(): Beginnings {
    let result: Beginnings = new Set();
    for (;;) {
      result = union(result, this.sequence());
      if (this.source[this.at] !== '|') return result;
      this.at++;
    }
  }

  /** Atoms one after another. */
  private sequence(): Beginnings {
    let result: Beginnings = new Set(['']);
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at])) {
      result = then(result, this.quantified());
    }
    return result;
  }

  private quantified(): Beginnings {
    const atom = this.atom();
    const q = this.source[this.at];
    if (q === '?' || q === '*' || q === '+') {
      this.at++;
      return q === '?' ? repeated(atom, 0, 1) : repeated(atom, q === '+' ? 1 : 0, undefined);
    }
    if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unknown();
      this.at += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : undefined;
      return repeated(atom, min, max);
    }
    return atom;
  }

  private atom(): Beginnings {
    const c = this.source[this.at];
    if (c === '(') {
      // A group, capturing or not; a look-around matches no characters (what it checks is not
      // read); named groups are not read.
      if (/^\(\?<?[=!]/.test(this.source.slice(this.at, this.at + 4))) {
        this.skipGroup();
        return new Set(['']);
      }
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
      if (escaped === 'd') return new Set('0123456789');
      throw new Unknown();
    }
    // An anchor matches no characters: beginnings read past it are as wide, never narrower.
    if (c === '^' || c === '$') {
      this.at++;
      return new Set(['']);
    }
    if (c === '.') throw new Unknown();
    this.at++;
    return new Set([c]);
  }

  /** Past a group and what is nested in it, classes and escapes included. */
  private skipGroup(): void {
    let depth = 0;
    do {
      const c = this.source[this.at++];
      if (c === undefined) throw new Unknown();
      if (c === '\\') this.at++;
      else if (c === '[') {
        const end = this.source.indexOf(']', this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else if (c === '(') depth++;
      else if (c === ')') depth--;
    } while (depth > 0);
  }

  /** [abc], [a-z0-5]; a negated class or an escape inside one is not read. */
  private characterClass(): Beginnings {
    const end = this.source.indexOf(']', this.at);
    const body = this.source.slice(this.at + 1, end);
    if (end < 0 || body.startsWith('^') || body.includes('\\') || body.length === 0) {
      throw new Unknown();
    }
    this.at = end + 1;
    const chars: Beginnings = new Set();
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) {
          chars.add(String.fromCharCode(code));
        }
        i += 2;
      } else chars.add(body[i]);
    }
    return chars;
  }
}
