-- Refresh sessions for customers and staff: rotating refresh tokens with reuse detection.

CREATE TABLE auth_session (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  audience      text NOT NULL CHECK (audience IN ('customer', 'staff')),
  principal_id  uuid NOT NULL,
  -- Every token of one login shares the family; presenting a token that was already exchanged
  -- (a stolen copy, or the original after the thief used it) revokes the whole family.
  family_id     uuid NOT NULL,
  -- SHA-256 of the token: the database never holds a usable refresh token.
  token_hash    bytea NOT NULL UNIQUE,
  expires_at    timestamptz NOT NULL,
  rotated_at    timestamptz,
  revoked_at    timestamptz,
  ip            text,
  user_agent    text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_session_principal_idx ON auth_session (audience, principal_id) WHERE revoked_at IS NULL;
CREATE INDEX auth_session_family_idx ON auth_session (family_id);
