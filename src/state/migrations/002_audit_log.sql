-- The audit log of patient-level access (patientdatalagen 4 kap. 3 §, HSLF-FS 2016:40: keep at
-- least five years). Append-only, enforced here, not only in code: no UPDATE, DELETE or TRUNCATE.
-- Each row carries the hash of the one before (a chain from seq 1), so a changed or removed row
-- is detectable: `npm run audit:verify`.

CREATE TABLE audit_log (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  recorded_at timestamptz NOT NULL,
  event text NOT NULL,
  user_aad_object_id text,
  user_name text,
  user_person_id text,
  conversation_kind text NOT NULL,
  conversation_id text,
  unit_id text NOT NULL,
  filter jsonb NOT NULL,
  period text NOT NULL,
  page integer NOT NULL,
  total integer NOT NULL,
  refs text[] NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_log_refs ON audit_log USING gin (refs);
CREATE INDEX audit_log_user ON audit_log (user_aad_object_id, recorded_at);
CREATE INDEX audit_log_time ON audit_log (recorded_at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
