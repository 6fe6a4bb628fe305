-- Catalog: berths, vessels with their seat layouts, routes, sailings (events), ticket types,
-- prices and VAT. Money is integer kopecks; time is timestamptz (UTC), shown in Europe/Moscow.
-- Localized texts are jsonb {"ru": …, "en": …, "zh": …}; Russian is required and the fallback.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- updated_at follows every UPDATE, whether it comes through TypeORM or plain SQL.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE TABLE vat_rate (
  percent     smallint PRIMARY KEY CHECK (percent BETWEEN 0 AND 100),
  label       jsonb NOT NULL CHECK (label ? 'ru'),
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO vat_rate (percent, label) VALUES
  (0,  '{"ru": "НДС 0 %",  "en": "VAT 0%",  "zh": "增值税 0%"}'),
  (10, '{"ru": "НДС 10 %", "en": "VAT 10%", "zh": "增值税 10%"}'),
  (20, '{"ru": "НДС 20 %", "en": "VAT 20%", "zh": "增值税 20%"}'),
  (22, '{"ru": "НДС 22 %", "en": "VAT 22%", "zh": "增值税 22%"}');

-- One row of catalog-wide defaults. The launch default is 20 % included (the spec); it is data,
-- so moving to the 2026 standard 22 % needs no code.
CREATE TABLE catalog_settings (
  id                   smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  default_vat_mode     text NOT NULL DEFAULT 'included' CHECK (default_vat_mode IN ('none', 'included', 'excluded')),
  default_vat_percent  smallint NOT NULL DEFAULT 20 REFERENCES vat_rate (percent),
  demo_catalog_loaded_at timestamptz,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
INSERT INTO catalog_settings (id) VALUES (1);

CREATE TABLE berth (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        jsonb NOT NULL CHECK (name ? 'ru'),
  address     jsonb NOT NULL CHECK (address ? 'ru'),
  latitude    numeric(9, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude   numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  deleted_at  timestamptz
);

CREATE TABLE vessel (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          jsonb NOT NULL CHECK (name ? 'ru'),
  seating_mode  text NOT NULL CHECK (seating_mode IN ('assigned', 'general')),
  capacity      integer NOT NULL CHECK (capacity > 0),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  deleted_at    timestamptz
);

CREATE TABLE seat_category (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name        jsonb NOT NULL CHECK (name ? 'ru'),
  sort_order  integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Seat layout of a vessel: decks → sections → rows → seats.
CREATE TABLE deck (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vessel_id   uuid NOT NULL REFERENCES vessel (id) ON DELETE CASCADE,
  name        jsonb NOT NULL CHECK (name ? 'ru'),
  level       smallint NOT NULL,
  sort_order  integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (vessel_id, level)
);

CREATE TABLE deck_section (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  deck_id     uuid NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
  name        jsonb NOT NULL CHECK (name ? 'ru'),
  sort_order  integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE seat_row (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  section_id  uuid NOT NULL REFERENCES deck_section (id) ON DELETE CASCADE,
  label       text NOT NULL,
  sort_order  integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (section_id, label)
);

CREATE TABLE seat (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vessel_id         uuid NOT NULL REFERENCES vessel (id) ON DELETE CASCADE,
  row_id            uuid NOT NULL REFERENCES seat_row (id) ON DELETE CASCADE,
  seat_code         text NOT NULL CHECK (seat_code ~ '^[A-Za-z0-9-]{1,32}$'),
  number            text NOT NULL,
  category_id       uuid NOT NULL REFERENCES seat_category (id),
  -- Position on the drawn map, in seat-sized units from the deck's top-left corner.
  pos_x             numeric(6, 2) NOT NULL,
  pos_y             numeric(6, 2) NOT NULL,
  wheelchair        boolean NOT NULL DEFAULT false,
  companion         boolean NOT NULL DEFAULT false,
  restricted_view   boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (vessel_id, seat_code)
);
CREATE INDEX seat_row_idx ON seat (row_id);

CREATE TABLE route (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              jsonb NOT NULL CHECK (name ? 'ru'),
  description       jsonb NOT NULL DEFAULT '{"ru": ""}' CHECK (description ? 'ru'),
  duration_minutes  integer NOT NULL CHECK (duration_minutes > 0),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  deleted_at        timestamptz
);

-- The itinerary: the berths a route calls at, in order (the first is where it departs).
CREATE TABLE route_stop (
  route_id        uuid NOT NULL REFERENCES route (id) ON DELETE CASCADE,
  position        smallint NOT NULL CHECK (position >= 0),
  berth_id        uuid NOT NULL REFERENCES berth (id),
  offset_minutes  integer NOT NULL DEFAULT 0 CHECK (offset_minutes >= 0),
  PRIMARY KEY (route_id, position)
);
CREATE INDEX route_stop_berth_idx ON route_stop (berth_id);

CREATE TABLE ticket_type (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name        jsonb NOT NULL CHECK (name ? 'ru'),
  description jsonb NOT NULL DEFAULT '{"ru": ""}' CHECK (description ? 'ru'),
  sort_order  integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  deleted_at  timestamptz
);

CREATE TABLE event (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                text NOT NULL CHECK (kind IN ('excursion', 'event')),
  title               jsonb NOT NULL CHECK (title ? 'ru'),
  description         jsonb NOT NULL DEFAULT '{"ru": ""}' CHECK (description ? 'ru'),
  route_id            uuid NOT NULL REFERENCES route (id),
  vessel_id           uuid NOT NULL REFERENCES vessel (id),
  departure_berth_id  uuid NOT NULL REFERENCES berth (id),
  starts_at           timestamptz NOT NULL,
  ends_at             timestamptz NOT NULL,
  status              text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- Where the sailing comes from: our own catalog or a supplier feed (for later feed sync).
  supplier            text NOT NULL DEFAULT 'own' CHECK (supplier IN ('own', 'astra_marin', 'neva_travel')),
  external_id         text,
  -- VAT override for this product; NULL means catalog_settings' default.
  vat_mode            text CHECK (vat_mode IN ('none', 'included', 'excluded')),
  vat_percent         smallint REFERENCES vat_rate (percent),
  -- Lower-cased titles and descriptions in every language plus route and berth names,
  -- maintained by the catalog service, searched with LIKE through a trigram index.
  search_text         text NOT NULL DEFAULT '',
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  deleted_at          timestamptz,
  CHECK (ends_at > starts_at),
  CHECK ((supplier = 'own') = (external_id IS NULL))
);
CREATE UNIQUE INDEX event_supplier_external_uq ON event (supplier, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX event_listing_idx ON event (starts_at, id) WHERE deleted_at IS NULL AND status = 'scheduled';
CREATE INDEX event_route_idx ON event (route_id, starts_at);
CREATE INDEX event_berth_idx ON event (departure_berth_id, starts_at);
CREATE INDEX event_search_trgm_idx ON event USING gin (search_text gin_trgm_ops);

-- Ticket types sold on a sailing; quota (optional) caps how many of a type a GA sailing sells.
CREATE TABLE event_ticket_type (
  event_id        uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  ticket_type_id  uuid NOT NULL REFERENCES ticket_type (id),
  quota           integer CHECK (quota > 0),
  PRIMARY KEY (event_id, ticket_type_id)
);

-- Price per ticket type and, for assigned seating, per seat category (NULL = any seat / GA).
CREATE TABLE event_price (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id          uuid NOT NULL,
  ticket_type_id    uuid NOT NULL,
  seat_category_id  uuid REFERENCES seat_category (id),
  amount_kopecks    integer NOT NULL CHECK (amount_kopecks >= 0),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, ticket_type_id) REFERENCES event_ticket_type (event_id, ticket_type_id) ON DELETE CASCADE,
  UNIQUE NULLS NOT DISTINCT (event_id, ticket_type_id, seat_category_id)
);
CREATE INDEX event_price_amount_idx ON event_price (event_id, amount_kopecks);

DO $$
DECLARE table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['vat_rate', 'catalog_settings', 'berth', 'vessel', 'seat_category', 'deck',
    'deck_section', 'seat_row', 'seat', 'route', 'ticket_type', 'event', 'event_price']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION touch_updated_at()',
                   table_name || '_touch_updated_at', table_name);
  END LOOP;
END $$;
