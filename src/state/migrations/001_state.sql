-- The bot's state: user settings, conversation references, digest subscriptions and deliveries.
-- All times are timestamptz (UTC); everything user-facing is converted to Europe/Stockholm.

CREATE TABLE user_settings (
  aad_object_id text PRIMARY KEY,
  my_unit_id text,
  my_unit_set_at timestamptz,
  updated_at timestamptz NOT NULL
);

-- Where the bot is installed: what a proactive message (a digest) needs to reach a channel.
CREATE TABLE conversations (
  conversation_id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('personal', 'channel', 'groupChat')),
  team_id text,
  tenant_id text,
  team_name text,
  channel_name text,
  reference jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX conversations_team ON conversations (team_id);

CREATE TABLE digest_subscriptions (
  id text PRIMARY KEY,
  conversation_id text NOT NULL,
  team_id text,
  tenant_id text,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  time text NOT NULL,
  scope jsonb NOT NULL,
  language text NOT NULL CHECK (language IN ('sv', 'en')),
  paused boolean NOT NULL DEFAULT false,
  created_by text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Slots before this instant are never sent (set on create, change and resume).
  active_from timestamptz NOT NULL,
  -- The last scheduled slot planned (a delivery row exists for it).
  last_due_at timestamptz
);
CREATE INDEX digest_subscriptions_conversation ON digest_subscriptions (conversation_id, created_at);

-- The outbox: one row per digest to post. A job queue on PostgreSQL: rows are claimed with
-- FOR UPDATE SKIP LOCKED, marked 'sending' before the post and 'sent' (with Teams' activity id)
-- after. A 'sending' row whose holder died is never re-sent blindly: it becomes 'unknown'.
CREATE TABLE digest_deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subscription_id text NOT NULL REFERENCES digest_subscriptions (id) ON DELETE CASCADE,
  conversation_id text NOT NULL,
  due_at timestamptz NOT NULL,
  manual boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (
    status IN ('pending', 'claimed', 'sending', 'sent', 'failed', 'skipped', 'unknown', 'withdrawn')
  ),
  claimed_by text,
  lease_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  ticks integer NOT NULL DEFAULT 0,
  -- A failed post is tried again on a later tick, not before this.
  retry_at timestamptz,
  period text,
  activity_id text,
  -- HTTP status or a short reason; never content.
  error text,
  -- A failed or unknown delivery has been mentioned in a later digest of the channel.
  reported boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  sent_at timestamptz,
  withdrawn_at timestamptz,
  UNIQUE (subscription_id, due_at, manual)
);
CREATE INDEX digest_deliveries_open ON digest_deliveries (status, due_at)
  WHERE status IN ('pending', 'claimed', 'sending');
CREATE INDEX digest_deliveries_conversation ON digest_deliveries (conversation_id, due_at DESC);

-- One pace for all instances: every post to Teams takes a slot; at most N slots may be in flight
-- or finished within the last window (Teams counts requests per app and tenant).
CREATE TABLE digest_send_slots (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX digest_send_slots_recent ON digest_send_slots (started_at);
CREATE TABLE digest_pacer (
  id smallint PRIMARY KEY CHECK (id = 1),
  -- Teams answered 429: no instance starts a post before this.
  paused_until timestamptz
);
INSERT INTO digest_pacer (id, paused_until) VALUES (1, NULL);

-- State-changing card submits seen, so that an activity Teams delivers twice acts once.
CREATE TABLE processed_activities (
  conversation_id text NOT NULL,
  activity_id text NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (conversation_id, activity_id)
);
CREATE INDEX processed_activities_age ON processed_activities (received_at);

-- /readyz writes here: a database that can be read but not written is not ready.
CREATE TABLE readiness (
  id smallint PRIMARY KEY CHECK (id = 1),
  checked_at timestamptz NOT NULL
);
