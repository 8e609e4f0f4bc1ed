-- The contact register (issue 11): ways to reach a unit, group or person beyond what the directory
-- API gives, each with its provenance. Only approved facts live in contact_paths (imported from a
-- region's own lists, synced from Microsoft Graph, or proposed in Teams and approved by the one
-- responsible); proposals wait in contact_suggestions and are never shown as facts.

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

CREATE TABLE contact_suggestions (
  id text PRIMARY KEY,
  -- add: a new path; replace: path_id's value is wrong, value is the right one; remove: wrong, no
  -- replacement known.
  action text NOT NULL CHECK (action IN ('add', 'replace', 'remove')),
  target_kind text NOT NULL CHECK (target_kind IN ('unit', 'group', 'person')),
  target_id text NOT NULL,
  path_id text REFERENCES contact_paths (id) ON DELETE SET NULL,
  kind text CHECK (kind IN ('vaxel', 'direkt', 'mobil', 'funktionsbrevlada', 'epost', 'teams')),
  value text,
  label text NOT NULL DEFAULT '',
  hours text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  language text NOT NULL CHECK (language IN ('sv', 'en')),
  proposer_aad_object_id text NOT NULL,
  proposer_name text,
  -- Where to tell the proposer the outcome (their conversation with the bot).
  proposer_reference jsonb,
  responsible_aad_object_id text,
  responsible_name text,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'undeliverable')),
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX contact_suggestions_open ON contact_suggestions (responsible_aad_object_id, status);

-- Each user's own conversation with the bot, by Entra object id: where a proposal, its outcome or
-- the monthly freshness card is sent.
CREATE TABLE personal_conversations (
  aad_object_id text PRIMARY KEY,
  name text,
  reference jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

-- The monthly freshness card: one row per responsible person and month (claimed before sending,
-- so two instances never both send it).
CREATE TABLE contact_freshness_rounds (
  aad_object_id text NOT NULL,
  month text NOT NULL,
  status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'nothing')),
  facts integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (aad_object_id, month)
);

-- Microsoft Graph delta sync: the last delta link (resume point) per resource.
CREATE TABLE graph_sync_state (
  resource text PRIMARY KEY,
  delta_link text NOT NULL,
  synced_at timestamptz NOT NULL
);

-- The model the issue names, from the source document (003_8a1148341c909794.txt): Karlshamnspiloten's
-- own line to the health centre for home-care staff, open 8–21 every day. The document gives no
-- number, so none is stored; nor a date (created_at is when the register took it in).
INSERT INTO contact_paths (id, target_kind, target_id, kind, value, label, hours, source, added_by,
  created_at, updated_at)
VALUES ('seed-karlshamnspiloten-hemtjanstlinje', 'group', 'karlshamnspiloten', 'direkt', NULL,
  'Hemtjänstens telefonlinje till vårdcentralen', 'mon-sun 08:00-21:00',
  '003_8a1148341c909794.txt', 'seed', now(), now());
