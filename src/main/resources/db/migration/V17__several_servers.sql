-- Several servers may share one database, one of them scanning at a time. Scans asked for on any server wait here
-- until the scanning one runs them, so a waiting scan says which music folders it covers (null: the configured ones),
-- and a scan says which server ran it.
ALTER TABLE scan_run ADD COLUMN music_dirs text[], ADD COLUMN node text;

-- The scanning server looks for waiting scans every few seconds; the table keeps every scan ever run.
CREATE INDEX scan_run_unfinished ON scan_run (id) WHERE finished_at IS NULL;

-- Who is listening to what now, one row per user and player, so that every server shows every server's listeners.
-- A row whose end has passed is over; rows are replaced as players start other tracks, and the old ones cleared.
CREATE TABLE now_playing (
    user_id         bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    -- The player's name as it gave it; '' when it gave none.
    client          text        NOT NULL,
    track_id        uuid        NOT NULL REFERENCES track (id) ON DELETE CASCADE,
    music_folder_id bigint      NOT NULL,
    started_at      timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    PRIMARY KEY (user_id, client)
);
