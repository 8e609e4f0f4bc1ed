-- The shared pacer (src/digest/sharedPacer.ts) counts, under one lock for all instances, the posts
-- in flight and those answered within the last window. Without an index on finished_at that count
-- read every slot kept (ten minutes of history, 18 000 rows at 30 a second), and the lock made
-- every instance wait for it: a 10 000-channel fan-out ran 1.5 times its floor. Each part of the
-- count now reads only its own few rows.
CREATE INDEX digest_send_slots_finished ON digest_send_slots (finished_at);
CREATE INDEX digest_send_slots_in_flight ON digest_send_slots (started_at) WHERE finished_at IS NULL;
