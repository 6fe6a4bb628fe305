-- Documents: the company's requisites, gap-free document numbers, and the invoices, acts and
-- refund acts issued for orders, stored as rendered (a legal document never changes silently).

-- One row: the seller as every document names it. The demo values are fictitious (with valid
-- check digits, so the CRM's form accepts them as they are) and must be replaced before go-live.
CREATE TABLE company_requisites (
  id                     smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  legal_name             text NOT NULL CHECK (length(legal_name) BETWEEN 3 AND 300),
  inn                    text NOT NULL CHECK (inn ~ '^([0-9]{10}|[0-9]{12})$'),
  -- Individual entrepreneurs (12-digit ИНН) have no КПП.
  kpp                    text CHECK (kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'),
  ogrn                   text NOT NULL CHECK (ogrn ~ '^([0-9]{13}|[0-9]{15})$'),
  legal_address          text NOT NULL,
  bank_name              text NOT NULL,
  bik                    text NOT NULL CHECK (bik ~ '^[0-9]{9}$'),
  settlement_account     text NOT NULL CHECK (settlement_account ~ '^[0-9]{20}$'),
  correspondent_account  text NOT NULL CHECK (correspondent_account ~ '^[0-9]{20}$'),
  phone                  text NOT NULL,
  email                  text NOT NULL,
  offer_url              text NOT NULL,
  updated_at             timestamptz NOT NULL DEFAULT now()
);
INSERT INTO company_requisites (legal_name, inn, kpp, ogrn, legal_address, bank_name, bik, settlement_account,
                                correspondent_account, phone, email, offer_url)
VALUES ('ООО «Причал Нева» (демо)', '7812345675', '781201001', '1237800123450',
        '190000, г. Санкт-Петербург, наб. реки Мойки, д. 1, лит. А, пом. 1-Н (демо)',
        'АО «Демо-Банк» (демо)', '044030901', '40702810755000012345', '30101810100000000901',
        '+7 812 000-00-00', 'info@prichal.example', 'https://prichal.example/offer');
CREATE TRIGGER company_requisites_touch_updated_at BEFORE UPDATE ON company_requisites FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The last number given out per kind and year. The row is locked by the UPDATE that takes the
-- next number and stays locked until the document that carries it commits, so numbers are
-- sequential and a rolled-back issuance gives its number back: no gaps, no duplicates.
CREATE TABLE document_counter (
  kind         text NOT NULL CHECK (kind IN ('invoice', 'act', 'refund_act')),
  year         smallint NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_number  integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (kind, year)
);

CREATE TABLE document (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id     uuid NOT NULL REFERENCES orders (id),
  refund_id    uuid REFERENCES refund (id),
  kind         text NOT NULL CHECK (kind IN ('invoice', 'act', 'refund_act')),
  -- The year (in Moscow) the number belongs to, and its place in that year's sequence.
  year         smallint NOT NULL,
  sequence     integer NOT NULL CHECK (sequence > 0),
  number       text NOT NULL UNIQUE,
  issued_at    timestamptz NOT NULL,
  -- Invoices and acts follow the order's refunds; a refund act is simply issued.
  status       text NOT NULL CHECK (status IN ('issued', 'partially_refunded', 'refunded')),
  language     text NOT NULL CHECK (language IN ('ru', 'en', 'zh')),
  pdf          bytea NOT NULL,
  rendered_at  timestamptz NOT NULL DEFAULT now(),
  -- How often staff re-rendered it (same number, same date).
  renderings   integer NOT NULL DEFAULT 1 CHECK (renderings > 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, year, sequence),
  -- One document of each kind per order (and per refund): issuing again finds it.
  UNIQUE NULLS NOT DISTINCT (order_id, kind, refund_id),
  CHECK ((kind = 'refund_act') = (refund_id IS NOT NULL))
);
CREATE INDEX document_order_idx ON document (order_id);
CREATE TRIGGER document_touch_updated_at BEFORE UPDATE ON document FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
