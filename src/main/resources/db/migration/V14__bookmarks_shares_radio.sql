-- A place in a track a listener wants to come back to (audiobooks, long works): one per user and track. Like
-- annotations, kept while the track is away, so a rescan loses nothing.
CREATE TABLE bookmark (
    user_id     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    track_id    uuid        NOT NULL,
    position_ms bigint      NOT NULL CHECK (position_ms >= 0),
    comment     text        CHECK (length(comment) <= 5000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, track_id)
);

-- Tracks a user lets people without an account hear, through a signed link, until the share expires. The tracks are
-- fixed when it is made (an album or playlist shared is its tracks at that moment).
CREATE TABLE share (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id        bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    description     text        CHECK (length(description) <= 5000),
    track_ids       uuid[]      NOT NULL CHECK (cardinality(track_ids) BETWEEN 1 AND 50000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    last_visited_at timestamptz,
    visit_count     integer     NOT NULL DEFAULT 0 CHECK (visit_count >= 0)
);
CREATE INDEX share_owner_idx ON share (owner_id);

-- Internet radio stations everyone may listen to; administrators keep the list.
CREATE TABLE radio_station (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    stream_url   text        NOT NULL CHECK (length(stream_url) BETWEEN 1 AND 2000),
    homepage_url text        CHECK (length(homepage_url) <= 2000),
    created_at   timestamptz NOT NULL DEFAULT now()
);
