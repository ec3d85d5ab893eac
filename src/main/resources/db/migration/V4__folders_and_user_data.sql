-- The file tree as a browsable hierarchy, for listeners who think in folders. A folder is identified by its path
-- inside its music folder; '' is the music folder itself.
CREATE TABLE folder (
    id              uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    music_folder_id bigint  NOT NULL REFERENCES music_folder (id) ON DELETE CASCADE,
    relative_path   text    NOT NULL,
    parent_id       uuid    REFERENCES folder (id) ON DELETE CASCADE,
    name            text    NOT NULL,
    UNIQUE (music_folder_id, relative_path)
);
CREATE INDEX folder_parent_idx ON folder (parent_id);

ALTER TABLE track ADD COLUMN folder_id uuid REFERENCES folder (id);
CREATE INDEX track_folder_idx ON track (folder_id);

-- Tracks indexed before folders existed get theirs from their paths.
WITH RECURSIVE dirs (music_folder_id, path) AS (
    SELECT DISTINCT music_folder_id, regexp_replace(relative_path, '/?[^/]*$', '') FROM track
    UNION
    SELECT music_folder_id, regexp_replace(path, '/?[^/]*$', '') FROM dirs WHERE path <> ''
)
INSERT INTO folder (music_folder_id, relative_path, name)
SELECT music_folder_id, path, regexp_replace(path, '^.*/', '') FROM dirs;
UPDATE folder f SET parent_id = p.id FROM folder p
WHERE f.relative_path <> '' AND p.music_folder_id = f.music_folder_id
  AND p.relative_path = regexp_replace(f.relative_path, '/?[^/]*$', '');
UPDATE track t SET folder_id = f.id FROM folder f
WHERE f.music_folder_id = t.music_folder_id AND f.relative_path = regexp_replace(t.relative_path, '/?[^/]*$', '');

-- What a listener says about a track, album, artist or work. Keyed by the item's id without a foreign key: ids are
-- stable across rescans and moves, and a row must survive its item being away for a while (a NAS offline).
CREATE TABLE annotation (
    user_id        bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    item_kind      text        NOT NULL CHECK (item_kind IN ('track', 'album', 'artist', 'work')),
    item_id        uuid        NOT NULL,
    starred_at     timestamptz,
    rating         smallint    CHECK (rating BETWEEN 1 AND 5),
    play_count     integer     NOT NULL DEFAULT 0 CHECK (play_count >= 0),
    last_played_at timestamptz,
    PRIMARY KEY (user_id, item_kind, item_id)
);
CREATE INDEX annotation_item_idx ON annotation (item_kind, item_id);

CREATE TABLE playlist (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id   bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    comment    text,
    public     boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX playlist_owner_idx ON playlist (owner_id);

-- An entry is kept while its track is away (the same reason as annotation); lists show only tracks that exist.
CREATE TABLE playlist_entry (
    playlist_id uuid    NOT NULL REFERENCES playlist (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    track_id    uuid    NOT NULL,
    PRIMARY KEY (playlist_id, position)
);
CREATE INDEX playlist_entry_track_idx ON playlist_entry (track_id);
