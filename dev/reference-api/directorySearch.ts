import type { Queryable } from '../../src/state/database';

// The directory's search, in the database (referenceSchema.sql): what a user types against the
// names, and against what is said about them (title, roles, unit, place), ranked and limited.
// Three tiers; the first that finds anything answers, so a name that is there is never buried
// under looser matches, and what the word-by-word search found before still comes back as it was:
//
// 1. Names: every word of the query in the name (or one alias), case- and accent-free ("kusten
//    bla" finds Blå Kusten); the exact name first, then by trigram similarity.
// 2. Full text, Swedish: every word, stemmed, in the name or in what is said about it
//    ("sjuksköterskor Gripen" finds the sjuksköterskor of Gripens hälsocentral); by rank.
// 3. Spelling: the closest names by trigram similarity ("Mathias Carlsson" finds Mathias
//    Karlsson), within pg_trgm's default threshold (similarity 0.3), so a search for someone
//    who is not there stays empty unless a name is close. Where the table keeps its names' words
//    apart (people), the names compared are only those with, for each word of the query that is
//    like some name's word, one of the words most like it.

export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 100;
/** Words past this many are ignored (each is one LIKE condition). */
const MAX_WORDS = 8;

/** How one table is searched: its folded name text and how "every word is in a name" reads. */
export type SearchTarget = {
  /** FROM clause, aliased t. */
  from: string;
  /** The name text trigrams are computed on (an expression over t, indexed). */
  nameKey: string;
  /** SQL true when every LIKE pattern in `patterns` (SQL expressions) matches a name of t. */
  containsAll: (patterns: string[]) => string;
  /** The distinct words of the names (a table with a trigram-indexed `word`), and t's column of
   * its name's words (an array, indexed): the spelling tier's way to few candidates. */
  words?: { table: string; column: string };
};

export type SearchRequest = {
  query: string;
  /** Conditions on t beside the search, with their parameters as $1, $2 … of their own. */
  filter: string;
  filterParams: readonly unknown[];
  limit: number;
};

/** A LIKE pattern that matches text anywhere, LIKE's own characters taken literally. */
export const containing = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The query's words as LIKE patterns that match them anywhere. */
export function containsPatterns(query: string): string[] {
  return query.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).map(containing);
}

/** pg_trgm's default similarity threshold: what its % operator means unless set otherwise. */
const SIMILARITY_THRESHOLD = 0.3;
/** The words most like a word of the query that the spelling tier tries, at most. */
const ALTERNATIVES = 20;

/** Renumbers $n placeholders in `sql` by `offset` ($1 → $4 with offset 3). */
function shift(sql: string, offset: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

/** One tier: which rows it matches and how it orders them ($1 is the query, folded by SQL). */
type Tier = { where: string; orderBy: string };

function tiers(target: SearchTarget, patterns: string[]): Tier[] {
  const key = target.nameKey;
  const query = 'reference.fold($1)';
  const tsquery = 'reference.document_query($1)';
  return [
    {
      where: target.containsAll(patterns),
      orderBy: `(${key} = ${query}) DESC, similarity(${key}, ${query}) DESC`,
    },
    { where: `t.fts @@ ${tsquery}`, orderBy: `ts_rank(t.fts, ${tsquery}) DESC` },
    // Similarity only: adding word similarity (<%) doubled this tier's time at 500 000 people.
    { where: `${key} % ${query}`, orderBy: `similarity(${key}, ${query}) DESC` },
  ];
}

/**
 * The spelling tier through the names' words: for each word of the query, the words of names most
 * like it, as an array parameter each (in order from `from`), and the tier over the names that
 * have one of each. Undefined when no word of the query is like any name's word: nothing is close.
 */
async function spellingByWords(
  db: Queryable,
  words: NonNullable<SearchTarget['words']>,
  nameKey: string,
  query: string,
  from: number,
): Promise<{ tier: Tier; params: string[][] } | undefined> {
  const rows = await db.query<{ alternatives: string[] }>(
    `SELECT array(SELECT w.word FROM ${words.table} w WHERE w.word % q.word
                  ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT ${ALTERNATIVES})
              AS alternatives
     FROM unnest((string_to_array(reference.fold($1), ' '))[1:${MAX_WORDS}]) AS q(word)`,
    [query],
  );
  const params = rows.map((r) => r.alternatives).filter((a) => a.length > 0);
  if (params.length === 0) return undefined;
  const similarity = `similarity(${nameKey}, reference.fold($1))`;
  const haveWords = params.map((_, i) => `${words.column} && $${from + i}::text[]`);
  return {
    // The threshold as a comparison, not %: the words' index finds the candidates, not the names'.
    tier: {
      where: [...haveWords, `${similarity} >= ${SIMILARITY_THRESHOLD}`].join(' AND '),
      orderBy: `${similarity} DESC`,
    },
    params,
  };
}

/**
 * The matching rows' `doc`s, best first, at most `limit`, from the first tier that finds any.
 * The query must have a word (containsPatterns); without one the caller lists instead.
 */
export async function searchDocs<T>(
  db: Queryable,
  target: SearchTarget,
  request: SearchRequest,
): Promise<T[]> {
  // $1 the query, $2 the limit, then the filter's own parameters, then the words' patterns (only
  // the names tier has them: a parameter a statement does not use has no type, an error).
  const filter = shift(request.filter, 2);
  const base = [request.query, request.limit, ...request.filterParams];
  const patterns = containsPatterns(request.query);
  const patternSql = patterns.map((_, i) => `reference.fold($${base.length + i + 1})`);
  const find = async (tier: Tier, params: readonly unknown[]): Promise<T[]> =>
    (
      await db.query<{ doc: T }>(
        `SELECT t.doc FROM ${target.from}
         WHERE (${filter}) AND ${tier.where}
         ORDER BY ${tier.orderBy}, t.position
         LIMIT $2`,
        params,
      )
    ).map((r) => r.doc);
  const [names, fullText, spelling] = tiers(target, patternSql);
  const byName = await find(names, [...base, ...patterns]);
  if (byName.length > 0) return byName;
  const byText = await find(fullText, base);
  if (byText.length > 0) return byText;
  if (!target.words) return find(spelling, base);
  const byWords = await spellingByWords(
    db,
    target.words,
    target.nameKey,
    request.query,
    base.length + 1,
  );
  return byWords ? find(byWords.tier, [...base, ...byWords.params]) : [];
}

/** People: one name, folded and stored, trigram-indexed (people_name_trgm). */
export const peopleTarget: SearchTarget = {
  from: 'reference.people t',
  nameKey: 't.name_key',
  containsAll: (patterns) => patterns.map((p) => `t.name_key LIKE ${p}`).join(' AND '),
  words: { table: 'reference.name_words', column: 't.name_words' },
};

/** Units and groups: a name and aliases; every word must be in one of them. */
export const namedTarget = (table: 'units' | 'groups'): SearchTarget => ({
  from: `reference.${table} t`,
  nameKey: 'reference.fold(t.names)',
  containsAll: (patterns) =>
    `EXISTS (SELECT 1 FROM unnest(t.search) AS k WHERE ${patterns
      .map((p) => `reference.fold(k) LIKE ${p}`)
      .join(' AND ')})`,
});
