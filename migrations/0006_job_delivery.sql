-- Delivering outbox rows: attempts, the dead-letter mark, and what each consumer has done.

ALTER TABLE outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN dead_at timestamptz;
ALTER TABLE outbox ADD COLUMN last_error text;

-- A consumer records each message it handled in the same transaction as its effect, so a
-- redelivered message (a worker killed before its ack) changes nothing twice.
CREATE TABLE processed_message (
  message_id    uuid NOT NULL,
  consumer      text NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (message_id, consumer)
);
