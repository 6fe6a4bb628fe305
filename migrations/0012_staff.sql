-- Staff (CRM users), their per-section permissions, the append-only audit trail, settings the
-- CRM changes at run time, and the indexes behind the CRM's order search.

-- Staff are not customers: separate accounts, separate tokens (audience 'staff').
CREATE TABLE staff_user (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email                 text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$'),
  name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash         text NOT NULL,
  role                  text NOT NULL CHECK (role IN ('administrator', 'manager')),
  active                boolean NOT NULL DEFAULT true,
  -- The initial administrator, and anyone whose password an administrator set, must choose
  -- their own before anything else works.
  must_change_password  boolean NOT NULL DEFAULT false,
  last_login_at         timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_user_email_uq ON staff_user (email);
CREATE TRIGGER staff_user_touch_updated_at BEFORE UPDATE ON staff_user FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- What a Manager may do, per CRM section; 'write' includes 'read'. Administrators have every
-- permission by their role and keep no rows here.
CREATE TABLE staff_permission (
  user_id  uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  section  text NOT NULL CHECK (section ~ '^[a-z_]{1,40}$'),
  access   text NOT NULL CHECK (access IN ('read', 'write')),
  PRIMARY KEY (user_id, section)
);

-- Who did what, when, from where, and the changed fields before and after. Written in the
-- transaction of the action itself, so an action and its record commit or vanish together.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  -- NULL for actions with no signed-in staff member (a failed login, the system).
  actor_id     uuid REFERENCES staff_user (id),
  actor_label  text NOT NULL,
  action       text NOT NULL CHECK (action ~ '^[a-z_]+(\.[a-z_]+)+$'),
  entity_type  text NOT NULL,
  entity_id    text,
  ip           text,
  request_id   text,
  before       jsonb,
  after        jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, id DESC);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- The trail is evidence: nobody, the application included, may rewrite or remove it.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Settings an administrator changes in the CRM without a restart (the hold TTL); a missing
-- row means the value from the environment.
CREATE TABLE runtime_setting (
  key         text PRIMARY KEY CHECK (key ~ '^[a-z_]{1,60}$'),
  value       jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER runtime_setting_touch_updated_at BEFORE UPDATE ON runtime_setting FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The CRM's order search: newest first (or by total) with optional status or sailing, customer
-- lookup by phone, e-mail or name fragments.
CREATE INDEX orders_created_idx ON orders (created_at DESC, id DESC);
CREATE INDEX orders_status_created_idx ON orders (status, created_at DESC, id DESC);
CREATE INDEX orders_event_created_idx ON orders (event_id, created_at DESC, id DESC);
CREATE INDEX orders_total_idx ON orders (total_kopecks DESC, id DESC);
CREATE INDEX orders_phone_idx ON orders (customer_phone);
CREATE INDEX orders_name_trgm_idx ON orders USING gin (lower(customer_full_name) gin_trgm_ops);
CREATE INDEX orders_email_trgm_idx ON orders USING gin (customer_email gin_trgm_ops);
