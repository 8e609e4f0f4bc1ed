-- The contact register (issue 11): ways to reach a unit, group or person beyond what the directory
-- API gives, each with its provenance. Only facts with a source live here (imported from a
-- region's own lists, or the source documents); nothing unconfirmed is shown as a fact.

CREATE TABLE contact_paths (
  id text PRIMARY KEY,
  target_kind text NOT NULL CHECK (target_kind IN ('unit', 'group', 'person')),
  target_id text NOT NULL,
  kind text NOT NULL CHECK (
    kind IN ('vaxel', 'direkt', 'mobil', 'funktionsbrevlada', 'epost', 'teams')
  ),
  -- NULL: the source names the line but gives no number (never invented; a suggestion can add it).
  value text,
  -- What the path is for, e.g. "för hemtjänstpersonal" ('' when none).
  label text NOT NULL DEFAULT '',
  -- Opening hours in the register's own short form (src/register/openingHours.ts); '' = not stated.
  hours text NOT NULL DEFAULT '',
  source text NOT NULL,
  added_by text,
  confirmed_by text,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- One fact once: an import of the same row again changes nothing.
  UNIQUE NULLS NOT DISTINCT (target_kind, target_id, kind, value, label)
);
CREATE INDEX contact_paths_target ON contact_paths (target_kind, target_id);

-- The model the issue names, from the source document (003_8a1148341c909794.txt): Karlshamnspiloten's
-- own line to the health centre for home-care staff, open 8–21 every day. The document gives no
-- number, so none is stored; nor a date (created_at is when the register took it in).
INSERT INTO contact_paths (id, target_kind, target_id, kind, value, label, hours, source, added_by,
  created_at, updated_at)
VALUES ('seed-karlshamnspiloten-hemtjanstlinje', 'group', 'karlshamnspiloten', 'direkt', NULL,
  'Hemtjänstens telefonlinje till vårdcentralen', 'mon-sun 08:00-21:00',
  '003_8a1148341c909794.txt', 'seed', now(), now());
