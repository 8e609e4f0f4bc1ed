-- The reference directory and metrics data (schema "reference"), loaded from the repo's data files
-- and the seeded generator at first start, and again when they change (reference.meta).
-- The reference API's own schema: the bot's state (schema public) never reads it.

CREATE SCHEMA IF NOT EXISTS reference;

CREATE TABLE IF NOT EXISTS reference.meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- Directory documents as the API serves them, with normalised search keys beside them
-- (lower case, no diacritics: see normalizeText in directoryData.ts).
CREATE TABLE IF NOT EXISTS reference.units (
  id text PRIMARY KEY,
  position integer NOT NULL,
  kind text NOT NULL,
  municipality_key text NOT NULL,
  search text[] NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE IF NOT EXISTS reference.people (
  id text PRIMARY KEY,
  position integer NOT NULL,
  unit_id text,
  aad_object_id text,
  roles_key text[] NOT NULL,
  search text[] NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS people_unit ON reference.people (unit_id);
CREATE INDEX IF NOT EXISTS people_aad ON reference.people (aad_object_id);

CREATE TABLE IF NOT EXISTS reference.groups (
  id text PRIMARY KEY,
  position integer NOT NULL,
  search text[] NOT NULL,
  doc jsonb NOT NULL
);

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
