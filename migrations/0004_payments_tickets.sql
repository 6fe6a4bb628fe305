-- Payments, tickets and the transactional outbox.

-- Where the buyer goes to pay; kept so a repeated "pay" answers the same page.
ALTER TABLE orders ADD COLUMN confirmation_url text;

-- One ticket per paid order line. A valid ticket owns its seat: the partial unique index is
-- the second lock (after seat_claim) against two owners of one seat.
CREATE TABLE ticket (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id        uuid NOT NULL REFERENCES orders (id),
  order_line_id   uuid NOT NULL UNIQUE REFERENCES order_line (id),
  event_id        uuid NOT NULL REFERENCES event (id),
  seat_code       text,
  ticket_type_id  uuid NOT NULL REFERENCES ticket_type (id),
  -- Unguessable, printed under the QR code for manual entry.
  code            text NOT NULL UNIQUE CHECK (code ~ '^[A-Z2-7]{16}$'),
  status          text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'void')),
  boarded_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ticket_live_seat_uq ON ticket (event_id, seat_code) WHERE status = 'valid' AND seat_code IS NOT NULL;
CREATE INDEX ticket_order_idx ON ticket (order_id);
CREATE TRIGGER ticket_touch_updated_at BEFORE UPDATE ON ticket FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Work to do after a commit (e-mails, documents, supplier calls), written in the same
-- transaction as the change that causes it; a relay delivers it (the notifications issue).
CREATE TABLE outbox (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  topic         text NOT NULL,
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  published_at  timestamptz
);
CREATE INDEX outbox_unpublished_idx ON outbox (created_at) WHERE published_at IS NULL;

-- Payment notifications as received, for the record and for support.
CREATE TABLE payment_notification (
  id            bigserial PRIMARY KEY,
  event         text NOT NULL,
  object_id     text NOT NULL,
  remote_ip     text,
  outcome       text NOT NULL,
  received_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_notification_object_idx ON payment_notification (object_id);
