-- Issue 11, "from the people who know": suggested changes to the contact register, who reviews
-- them, the 1:1 conversation of each user (to tell them proactively), and the monthly review.

-- A suggestion is never a fact: it lives here until its reviewer approves it, and only then is a
-- row written to contact_paths (with who proposed and who confirmed it, and when).
CREATE TABLE contact_proposals (
  id text PRIMARY KEY,
  target_kind text NOT NULL CHECK (target_kind IN ('unit', 'group', 'person')),
  target_id text NOT NULL,
  target_name text NOT NULL,
  -- change: a new or corrected path; wrong: a shown value is wrong (replacement optional).
  mode text NOT NULL CHECK (mode IN ('change', 'wrong')),
  kind text NOT NULL CHECK (
    kind IN ('vaxel', 'direkt', 'mobil', 'funktionsbrevlada', 'epost', 'teams')
  ),
  -- The value the card showed (wrong, or a change of an existing path), and the register row.
  old_value text,
  old_path_id text,
  -- NULL: "this is wrong" without a replacement.
  new_value text,
  label text NOT NULL DEFAULT '',
  hours text NOT NULL DEFAULT '',
  proposer_aad_object_id text NOT NULL,
  proposer_name text NOT NULL,
  proposer_language text NOT NULL CHECK (proposer_language IN ('sv', 'en')),
  reviewer_aad_object_id text NOT NULL,
  reviewer_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL,
  -- The review card reached the reviewer (proactively, or shown when they next wrote).
  reviewer_notified_at timestamptz,
  -- The outcome reached the proposer.
  proposer_notified_at timestamptz
);
-- The same suggestion twice while the first waits is one suggestion (a double tap).
CREATE UNIQUE INDEX contact_proposals_one_pending ON contact_proposals (
  proposer_aad_object_id, target_kind, target_id, kind, COALESCE(old_value, ''),
  COALESCE(new_value, ''), label
) WHERE status = 'pending';
CREATE INDEX contact_proposals_reviewer ON contact_proposals (reviewer_aad_object_id, status);
CREATE INDEX contact_proposals_unnotified ON contact_proposals (reviewer_aad_object_id)
  WHERE status = 'pending' AND reviewer_notified_at IS NULL;
CREATE INDEX contact_proposals_outcome_unnotified ON contact_proposals (proposer_aad_object_id)
  WHERE status <> 'pending' AND proposer_notified_at IS NULL;

-- A path confirmed wrong by its reviewer: kept with who said so (provenance), never shown again,
-- and a directory number with the same value is hidden for that target too.
ALTER TABLE contact_paths ADD COLUMN withdrawn_by text;
ALTER TABLE contact_paths ADD COLUMN withdrawn_at timestamptz;

-- Each user's own 1:1 chat with the bot: where a review card or an outcome is sent.
CREATE TABLE user_conversations (
  aad_object_id text PRIMARY KEY,
  conversation_id text NOT NULL,
  reference jsonb NOT NULL,
  language text CHECK (language IN ('sv', 'en')),
  updated_at timestamptz NOT NULL
);

-- The monthly "are these still right?" card: one row per responsible person and month, claimed
-- before the post (like digest deliveries), so two instances never both send it.
CREATE TABLE fact_reviews (
  reviewer_aad_object_id text NOT NULL,
  month text NOT NULL,
  status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'unknown')),
  claimed_by text NOT NULL,
  facts integer NOT NULL DEFAULT 0,
  activity_id text,
  error text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (reviewer_aad_object_id, month)
);
