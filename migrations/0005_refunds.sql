-- Refunds: the whole order or chosen tickets, for the full price of what is refunded.

-- What the payment service kept of the payment (amount − income): the merchant's cost, which
-- refunds never pass on to the buyer.
ALTER TABLE orders ADD COLUMN payment_fee_kopecks integer CHECK (payment_fee_kopecks >= 0);

CREATE TABLE refund (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id              uuid NOT NULL REFERENCES orders (id),
  status                text NOT NULL CHECK (status IN ('pending', 'succeeded', 'canceled')),
  amount_kopecks        integer NOT NULL CHECK (amount_kopecks > 0),
  -- The share of the payment fee the merchant does not get back on this refund.
  merchant_fee_kopecks  integer NOT NULL DEFAULT 0 CHECK (merchant_fee_kopecks >= 0),
  gateway_refund_id     text UNIQUE,
  idempotency_key       text NOT NULL UNIQUE,
  request_hash          text NOT NULL,
  reason                text NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refund_order_idx ON refund (order_id);
CREATE TRIGGER refund_touch_updated_at BEFORE UPDATE ON refund FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A ticket is in at most one refund that is not cancelled: the unique key is what makes two
-- concurrent refund requests for the same ticket refund it once.
CREATE TABLE refund_ticket (
  refund_id  uuid NOT NULL REFERENCES refund (id) ON DELETE CASCADE,
  ticket_id  uuid NOT NULL UNIQUE REFERENCES ticket (id),
  PRIMARY KEY (refund_id, ticket_id)
);
