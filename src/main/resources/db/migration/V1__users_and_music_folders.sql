-- Accounts. User names are unique regardless of case; the stored password is a bcrypt hash.
CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text        NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('admin', 'user')),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));

-- Login sessions of the web player and API clients. Only a hash of the token is kept, so a copy of the
-- database does not let anyone log in; every node of a cluster can check a token.
CREATE TABLE user_session (
    token_hash   bytea       PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    client       text
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);

-- Long-lived keys for scripts and apps (also OpenSubsonic's apiKey). Shown once at creation, stored hashed.
CREATE TABLE api_key (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    key_hash     bytea       NOT NULL UNIQUE,
    key_prefix   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz
);
CREATE INDEX api_key_user_idx ON api_key (user_id);

-- The configured music folders. A folder that disappears (an unmounted disk) is marked, never deleted,
-- so its tracks and everything users attached to them survive until it comes back.
CREATE TABLE music_folder (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path         text        NOT NULL UNIQUE,
    name         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('online', 'missing', 'unreadable')),
    configured   boolean     NOT NULL DEFAULT true,
    checked_at   timestamptz NOT NULL DEFAULT now(),
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Problems found with the library: folders that cannot be read, files that cannot be indexed.
CREATE TABLE library_problem (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    music_folder_id bigint      REFERENCES music_folder (id) ON DELETE CASCADE,
    path            text        NOT NULL,
    kind            text        NOT NULL,
    message         text        NOT NULL,
    first_seen_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (path, kind)
);

-- Tracks; the indexer grows this table. Rows stay when their folder is offline.
CREATE TABLE track (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    music_folder_id bigint      NOT NULL REFERENCES music_folder (id),
    relative_path   text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (music_folder_id, relative_path)
);
