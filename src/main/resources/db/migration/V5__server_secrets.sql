-- Secrets the server makes for itself, shared by every node on the database (e.g. the key that signs audio URLs).
CREATE TABLE server_secret (
    name       text        PRIMARY KEY,
    value      bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
