-- The Microsoft Graph sync (issue 11, src/graph/): where the last round of /users/delta ended, so
-- the next run asks only for changes, and which instance runs it now (a lease, so that of several
-- instances one syncs at a time). One row per synced collection; today only 'users'.

CREATE TABLE graph_sync_state (
  id text PRIMARY KEY,
  -- The @odata.deltaLink of the last complete round; NULL = the next run reads everything.
  delta_link text,
  -- The directory people (person id and aadObjectId) that round covered: someone matched since
  -- then has never been read from Graph, so the next run reads everything again.
  covered text[] NOT NULL DEFAULT '{}',
  lease_owner text,
  lease_until timestamptz,
  last_completed_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO graph_sync_state (id) VALUES ('users');
