-- Orders: checkout of held seats or places at server-side prices, with VAT per line and
-- promo codes. Money is integer kopecks; an order's total is the sum of its lines.

-- A hold taken into an order is no longer the session's open hold: further locks start a new
-- one, and the session cannot unlock seats it is paying for.
ALTER TABLE hold DROP CONSTRAINT hold_status_check;
ALTER TABLE hold ADD CONSTRAINT hold_status_check
  CHECK (status IN ('active', 'ordered', 'released', 'expired', 'converted'));

CREATE TABLE promo_code (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                    text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{3,32}$'),
  kind                    text NOT NULL CHECK (kind IN ('percent', 'fixed')),
  percent                 smallint CHECK (percent BETWEEN 1 AND 100),
  amount_kopecks          integer CHECK (amount_kopecks > 0),
  valid_from              timestamptz,
  valid_until             timestamptz,
  max_uses                integer CHECK (max_uses > 0),
  max_uses_per_customer   integer CHECK (max_uses_per_customer > 0),
  used_count              integer NOT NULL DEFAULT 0 CHECK (used_count >= 0),
  -- NULL: every sailing.
  event_ids               uuid[],
  active                  boolean NOT NULL DEFAULT true,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'percent') = (percent IS NOT NULL)),
  CHECK ((kind = 'fixed') = (amount_kopecks IS NOT NULL)),
  CHECK (max_uses IS NULL OR used_count <= max_uses),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until > valid_from)
);
CREATE TRIGGER promo_code_touch_updated_at BEFORE UPDATE ON promo_code FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE SEQUENCE order_number_seq;

CREATE TABLE orders (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- What people read out on the phone: P-000123.
  number                  text NOT NULL UNIQUE,
  event_id                uuid NOT NULL REFERENCES event (id),
  session_id              text NOT NULL,
  status                  text NOT NULL CHECK (status IN ('PENDING', 'LOCKED', 'PAID', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
  -- Set when something needs a human (e.g. a payment whose amount does not match).
  review_reason           text,
  customer_full_name      text NOT NULL,
  customer_email          text NOT NULL,
  customer_phone          text NOT NULL CHECK (customer_phone ~ '^\+[1-9][0-9]{6,14}$'),
  locale                  text NOT NULL CHECK (locale IN ('ru', 'en', 'zh')),
  utm                     jsonb,
  promo_code_id           uuid REFERENCES promo_code (id),
  subtotal_kopecks        integer NOT NULL CHECK (subtotal_kopecks >= 0),
  discount_kopecks        integer NOT NULL CHECK (discount_kopecks >= 0),
  vat_kopecks             integer NOT NULL CHECK (vat_kopecks >= 0),
  total_kopecks           integer NOT NULL CHECK (total_kopecks >= 0),
  currency                text NOT NULL DEFAULT 'RUB' CHECK (currency = 'RUB'),
  hold_ids                uuid[] NOT NULL,
  payment_window_ends_at  timestamptz NOT NULL,
  payment_id              text UNIQUE,
  payment_status          text,
  idempotency_key         text NOT NULL UNIQUE,
  request_hash            text NOT NULL,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_event_idx ON orders (event_id);
CREATE INDEX orders_email_idx ON orders (lower(customer_email));
CREATE INDEX orders_open_window_idx ON orders (payment_window_ends_at) WHERE status IN ('PENDING', 'LOCKED');
CREATE TRIGGER orders_touch_updated_at BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE hold ADD COLUMN order_id uuid REFERENCES orders (id);

CREATE TABLE order_line (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id            uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position            smallint NOT NULL,
  seat_code           text,
  ticket_type_id      uuid NOT NULL REFERENCES ticket_type (id),
  seat_category_id    uuid REFERENCES seat_category (id),
  description         text NOT NULL,
  unit_price_kopecks  integer NOT NULL CHECK (unit_price_kopecks >= 0),
  discount_kopecks    integer NOT NULL CHECK (discount_kopecks >= 0),
  vat_mode            text NOT NULL CHECK (vat_mode IN ('none', 'included', 'excluded')),
  vat_percent         smallint NOT NULL REFERENCES vat_rate (percent),
  vat_kopecks         integer NOT NULL CHECK (vat_kopecks >= 0),
  total_kopecks       integer NOT NULL CHECK (total_kopecks >= 0),
  UNIQUE (order_id, position),
  CHECK (discount_kopecks <= unit_price_kopecks)
);

-- The order row is written after its prices, which need the promo: the key is checked at commit.
CREATE TABLE promo_redemption (
  order_id        uuid PRIMARY KEY REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
  promo_code_id   uuid NOT NULL REFERENCES promo_code (id),
  customer_email  text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promo_redemption_customer_idx ON promo_redemption (promo_code_id, customer_email);

CREATE TABLE order_status_history (
  id           bigserial PRIMARY KEY,
  order_id     uuid NOT NULL REFERENCES orders (id),
  from_status  text,
  to_status    text NOT NULL,
  reason       text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, id);
