-- GoTrs's own tables (additive: no OTRS table or column is changed).

-- Rotating refresh tokens. Only a SHA-256 hash of the token is stored. Tokens of one login form a family;
-- presenting a token that was already used revokes the whole family (reuse detection).
CREATE TABLE gotrs_refresh_token (
    id bigserial PRIMARY KEY,
    family_id uuid NOT NULL,
    token_hash char(64) NOT NULL,
    principal_kind varchar(20) NOT NULL,
    principal_id varchar(200) NOT NULL,
    principal_login varchar(200) NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz NULL,
    revoked_at timestamptz NULL,
    revoked_reason varchar(50) NULL,
    created_by_ip varchar(64) NULL,
    CONSTRAINT gotrs_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX gotrs_refresh_token_family ON gotrs_refresh_token (family_id);
CREATE INDEX gotrs_refresh_token_principal ON gotrs_refresh_token (principal_kind, principal_id);

-- Failed login attempts per client address and login, for throttling across all API instances.
CREATE TABLE gotrs_login_throttle (
    throttle_key varchar(300) PRIMARY KEY,
    failures integer NOT NULL,
    first_failure_at timestamptz NOT NULL,
    blocked_until timestamptz NULL
);
