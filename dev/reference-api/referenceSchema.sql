-- The reference directory and metrics data (schema "reference"), loaded from the repo's data files
-- and the seeded generator at first start, and again when they change (reference.meta).
-- The reference API's own schema: the bot's state (schema public) never reads it.
-- Its shape is part of the data version (referenceData.ts): when this file changes, the tables are
-- dropped and created again from it, and the data loaded again.

-- Search runs in the database: trigram similarity over folded names, Swedish full-text search
-- over what people do and where. Both extensions are trusted (PostgreSQL 13+) and built into PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

CREATE SCHEMA IF NOT EXISTS reference;

-- Lower case, no diacritics ("Åke Åkesson" → "ake akesson"), whitespace collapsed: the key that
-- names are matched on, like normalizeText in directoryData.ts. unaccent() is only STABLE (its
-- dictionary could change); naming the dictionary makes this wrapper safe to declare IMMUTABLE,
-- so that indexes can be built on it.
CREATE OR REPLACE FUNCTION reference.fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)),
                                    '\s+', ' ', 'g')) $$;

-- The full-text document: the name (weight A) and what is said about it (title, roles, unit, place:
-- weight B), folded, through the Swedish stemmer ("sjuksköterskor" and "sjuksköterska" meet).
CREATE OR REPLACE FUNCTION reference.document(name text, about text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('swedish', reference.fold(name)), 'A')
            || setweight(to_tsvector('swedish', reference.fold(about)), 'B') $$;

-- A query in the same terms: websearch syntax (words are ANDed, "quoted phrases", -not), folded.
CREATE OR REPLACE FUNCTION reference.document_query(query text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT websearch_to_tsquery('swedish', reference.fold(query)) $$;

CREATE TABLE IF NOT EXISTS reference.meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- Directory documents as the API serves them, with normalised search keys beside them
-- (lower case, no diacritics: see normalizeText in directoryData.ts).
-- search: the name and aliases; names: the same, joined, for trigrams and full text. A unit's
-- municipality is a filter of its own, not a search term ("hultsfred" is Hultsfreds hälsocentral,
-- not every unit in Hultsfred).
CREATE TABLE IF NOT EXISTS reference.units (
  id text PRIMARY KEY,
  position integer NOT NULL,
  kind text NOT NULL,
  municipality_key text NOT NULL,
  search text[] NOT NULL,
  names text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (reference.document(names, '')) STORED,
  doc jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS units_names_trgm ON reference.units
  USING gin (reference.fold(names) public.gin_trgm_ops);
CREATE INDEX IF NOT EXISTS units_fts ON reference.units USING gin (fts);

-- name_key: the folded name (reference.fold); about: title, roles, the unit's name, aliases and
-- municipality (copied in at load, so that "sjuksköterska Gripen" is one full-text match).
CREATE TABLE IF NOT EXISTS reference.people (
  id text PRIMARY KEY,
  position integer NOT NULL,
  unit_id text,
  aad_object_id text,
  roles_key text[] NOT NULL,
  name text NOT NULL,
  name_key text GENERATED ALWAYS AS (reference.fold(name)) STORED,
  -- The folded name's words, for the spelling tier of the search (name_words below).
  name_words text[] GENERATED ALWAYS AS (string_to_array(reference.fold(name), ' ')) STORED,
  about text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (reference.document(name, about)) STORED,
  -- The folded title, for the roleOrTitle filter (a role named anywhere in the title).
  title_key text GENERATED ALWAYS AS (reference.fold(doc->>'title')) STORED,
  doc jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS people_unit ON reference.people (unit_id);
CREATE INDEX IF NOT EXISTS people_aad ON reference.people (aad_object_id);
-- A listing in pages (pageSize, cursor) reads from the last position on, not from the start.
CREATE INDEX IF NOT EXISTS people_position ON reference.people (position);
CREATE INDEX IF NOT EXISTS people_roles ON reference.people USING gin (roles_key);
CREATE INDEX IF NOT EXISTS people_title_trgm ON reference.people
  USING gin (title_key public.gin_trgm_ops);
-- The folded name is stored, not only indexed: a search reads it for every candidate row (the
-- index's recheck, the ranking), and folding 5 000 names per query cost more than the search
-- (measured on 500 000 people: a first-name search 52 ms → 14 ms on PostgreSQL).
CREATE INDEX IF NOT EXISTS people_name_trgm ON reference.people
  USING gin (name_key public.gin_trgm_ops);
CREATE INDEX IF NOT EXISTS people_fts ON reference.people USING gin (fts);
CREATE INDEX IF NOT EXISTS people_name_words ON reference.people USING gin (name_words);

-- The distinct words of people's names. A misspelt name is looked up word by word here (a few
-- thousand words, not 500 000 names: the trigrams of "son" are in most Swedish names), and then
-- the people whose names have those words, through people_name_words (directorySearch.ts).
-- Filled from every insert into reference.people; a word whose people are gone costs nothing.
CREATE TABLE IF NOT EXISTS reference.name_words (
  word text PRIMARY KEY
);
CREATE INDEX IF NOT EXISTS name_words_trgm ON reference.name_words
  USING gin (word public.gin_trgm_ops);
CREATE OR REPLACE FUNCTION reference.add_name_words() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    INSERT INTO reference.name_words (word)
      SELECT DISTINCT unnest(name_words) FROM inserted ON CONFLICT DO NOTHING;
    RETURN NULL;
  END $$;
CREATE OR REPLACE TRIGGER people_name_words AFTER INSERT ON reference.people
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION reference.add_name_words();

CREATE TABLE IF NOT EXISTS reference.groups (
  id text PRIMARY KEY,
  position integer NOT NULL,
  search text[] NOT NULL,
  names text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (reference.document(names, '')) STORED,
  doc jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS groups_names_trgm ON reference.groups
  USING gin (reference.fold(names) public.gin_trgm_ops);
CREATE INDEX IF NOT EXISTS groups_fts ON reference.groups USING gin (fts);

-- RubSummary documents per level, period and health centre ('' = the region).
CREATE TABLE IF NOT EXISTS reference.rub_summaries (
  level smallint NOT NULL,
  period text NOT NULL,
  unit_id text NOT NULL,
  position integer NOT NULL,
  doc jsonb NOT NULL,
  PRIMARY KEY (level, period, unit_id)
);

-- The RUB 5 patients (synthetic) of each health centre and period, in ref order.
CREATE TABLE IF NOT EXISTS reference.rub5_patients (
  period text NOT NULL,
  unit_id text NOT NULL,
  position integer NOT NULL,
  without_flk boolean NOT NULL,
  doc jsonb NOT NULL,
  PRIMARY KEY (period, unit_id, position)
);
