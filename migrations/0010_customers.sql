-- Customer accounts: email + password logins, verified emails, profile and messenger
-- preference; single-use emailed tokens; orders linked to the account that owns them.

CREATE TABLE customer (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Kept lower-case, so "Maria@Example.ru" and "maria@example.ru" are one account.
  email                text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  password_hash        text NOT NULL,
  full_name            text CHECK (length(full_name) BETWEEN 2 AND 200),
  phone                text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  preferred_lang       text NOT NULL DEFAULT 'ru' CHECK (preferred_lang IN ('ru', 'en', 'zh')),
  preferred_messenger  text NOT NULL DEFAULT 'none' CHECK (preferred_messenger IN ('max', 'telegram', 'whatsapp', 'none')),
  -- Whom to write to in that messenger (MAX user id, Telegram @username or chat id, WhatsApp phone).
  messenger_handle     text CHECK (length(messenger_handle) BETWEEN 1 AND 64),
  email_verified_at    timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((preferred_messenger = 'none') = (messenger_handle IS NULL))
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
CREATE TRIGGER customer_touch_updated_at BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Emailed single-use tokens (verify the email, reset the password). Only the SHA-256 of a
-- token is stored, so a copy of the database cannot be used to take over accounts.
CREATE TABLE customer_token (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id  uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  purpose      text NOT NULL CHECK (purpose IN ('email_verification', 'password_reset')),
  token_hash   bytea NOT NULL UNIQUE,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_token_open_idx ON customer_token (customer_id, purpose) WHERE used_at IS NULL;

-- The account an order belongs to: set at checkout by a logged-in customer, or when the
-- order's email belongs to (or becomes) a verified account. Guest orders stay NULL.
ALTER TABLE orders ADD COLUMN customer_id uuid REFERENCES customer (id);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at DESC, id DESC) WHERE customer_id IS NOT NULL;
