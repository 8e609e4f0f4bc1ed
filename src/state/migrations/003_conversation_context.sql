-- What each conversation was last about (issue 12): the person, unit, group, measure, period, list
-- page and language a follow-up ("och hans mejl?", "nästa") refers to. One row per conversation id,
-- which in a channel is the thread's. Short-lived: read only while younger than its lifetime
-- (src/state/conversationContextStore.ts), and older rows are deleted as new ones are written.
CREATE TABLE conversation_context (
  conversation_id text PRIMARY KEY,
  context jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX conversation_context_updated ON conversation_context (updated_at);
