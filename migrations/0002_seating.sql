-- Seat holds and general-admission capacity. PostgreSQL alone decides who gets a seat:
--   * seat_claim has one row per (sailing, seat) — the primary key — so no two holds or sales
--     can own a seat at once; a claim is taken over only when free or its hold has expired;
--   * ga_inventory counts held and sold places, and its CHECK refuses more than capacity.
-- Application checks in front of these exist to answer fast and clearly, never for safety.

-- Orders the changes of each seat (and of each GA inventory): clients apply a change only if
-- its version is newer than what they have, so late or repeated deliveries are harmless.
CREATE SEQUENCE seat_change_seq;

CREATE TABLE hold (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id    uuid NOT NULL REFERENCES event (id),
  session_id  text NOT NULL CHECK (session_id ~ '^[A-Za-z0-9_-]{8,128}$'),
  kind        text NOT NULL CHECK (kind IN ('seats', 'ga')),
  status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released', 'expired', 'converted')),
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
-- One live hold per session, sailing and kind: locking more seats adds to it and extends it.
CREATE UNIQUE INDEX hold_active_session_uq ON hold (event_id, session_id, kind) WHERE status = 'active';
CREATE INDEX hold_active_expiry_idx ON hold (expires_at) WHERE status = 'active';
CREATE TRIGGER hold_touch_updated_at BEFORE UPDATE ON hold FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The state of every seat of a sailing that was ever touched; untouched seats are free.
CREATE TABLE seat_claim (
  event_id    uuid NOT NULL REFERENCES event (id),
  seat_code   text NOT NULL,
  state       text NOT NULL CHECK (state IN ('free', 'held', 'sold')),
  hold_id     uuid REFERENCES hold (id),
  session_id  text,
  expires_at  timestamptz,
  version     bigint NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, seat_code),
  CHECK ((state = 'held') = (hold_id IS NOT NULL AND session_id IS NOT NULL AND expires_at IS NOT NULL))
);
CREATE INDEX seat_claim_held_expiry_idx ON seat_claim (expires_at) WHERE state = 'held';
CREATE INDEX seat_claim_hold_idx ON seat_claim (hold_id) WHERE hold_id IS NOT NULL;

-- General admission: places held and sold against the vessel's capacity, and per ticket type
-- against its quota. A row is created the first time a sailing is held.
CREATE TABLE ga_inventory (
  event_id  uuid PRIMARY KEY REFERENCES event (id),
  capacity  integer NOT NULL CHECK (capacity >= 0),
  held      integer NOT NULL DEFAULT 0 CHECK (held >= 0),
  sold      integer NOT NULL DEFAULT 0 CHECK (sold >= 0),
  version   bigint NOT NULL DEFAULT 0,
  CHECK (held + sold <= capacity)
);

CREATE TABLE ga_type_inventory (
  event_id        uuid NOT NULL REFERENCES ga_inventory (event_id),
  ticket_type_id  uuid NOT NULL REFERENCES ticket_type (id),
  quota           integer CHECK (quota >= 0),
  held            integer NOT NULL DEFAULT 0 CHECK (held >= 0),
  sold            integer NOT NULL DEFAULT 0 CHECK (sold >= 0),
  PRIMARY KEY (event_id, ticket_type_id),
  CHECK (quota IS NULL OR held + sold <= quota)
);

CREATE TABLE ga_hold_item (
  hold_id         uuid NOT NULL REFERENCES hold (id),
  ticket_type_id  uuid NOT NULL REFERENCES ticket_type (id),
  quantity        integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (hold_id, ticket_type_id)
);
