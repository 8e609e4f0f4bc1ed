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
//    who is not there stays empty unless a name is close.

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
  for (const [i, tier] of tiers(target, patternSql).entries()) {
    const rows = await db.query<{ doc: T }>(
      `SELECT t.doc FROM ${target.from}
       WHERE (${filter}) AND ${tier.where}
       ORDER BY ${tier.orderBy}, t.position
       LIMIT $2`,
      i === 0 ? [...base, ...patterns] : base,
    );
    if (rows.length > 0) return rows.map((r) => r.doc);
  }
  return [];
}

/** People: one name, folded and stored, trigram-indexed (people_name_trgm). */
export const peopleTarget: SearchTarget = {
  from: 'reference.people t',
  nameKey: 't.name_key',
  containsAll: (patterns) => patterns.map((p) => `t.name_key LIKE ${p}`).join(' AND '),
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
