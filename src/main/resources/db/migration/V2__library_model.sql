-- The library's domain model, as the indexer builds it. Ids are UUIDs that never change once given:
-- the indexer matches rescanned and moved files to their rows instead of making new ones.

CREATE TABLE artist (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL,
    sort_name   text        NOT NULL,
    -- Identity: the name folded for case, Unicode form and spacing (see ArtistKey).
    name_key    text        NOT NULL UNIQUE,
    mbid        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE album (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Identity: the MusicBrainz release id, else album artist + title + year + catalogue (see AlbumKey).
    group_key           text        NOT NULL UNIQUE,
    title               text        NOT NULL,
    title_sort          text        NOT NULL,
    artist_display      text        NOT NULL,
    compilation         boolean     NOT NULL DEFAULT false,
    mb_release_id       text,
    mb_release_group_id text,
    release_date        text,
    original_date       text,
    year                integer,
    label               text,
    catalog_number      text,
    release_type        text,
    disc_total          integer,
    cover_path          text,
    cover_track_id      uuid,
    cover_mime          text,
    cover_width         integer,
    cover_height        integer,
    cover_bytes         bigint,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE album_artist (
    album_id  uuid    NOT NULL REFERENCES album (id) ON DELETE CASCADE,
    artist_id uuid    NOT NULL REFERENCES artist (id),
    position  integer NOT NULL,
    PRIMARY KEY (album_id, position)
);
CREATE INDEX album_artist_artist_idx ON album_artist (artist_id);

CREATE TABLE work (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Identity: the MusicBrainz work id, else composer + normalized work title (see WorkKey).
    group_key   text        NOT NULL UNIQUE,
    title       text        NOT NULL,
    catalogue   text,
    composer_id uuid        REFERENCES artist (id),
    mb_work_id  text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_composer_idx ON work (composer_id);

CREATE TABLE genre (
    id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE
);

ALTER TABLE track
    ADD COLUMN file_size         bigint           NOT NULL DEFAULT 0,
    ADD COLUMN file_modified     timestamptz,
    -- What identifies the audio when the file moves: the FLAC MD5, else a hash of the file's ends.
    ADD COLUMN content_key       bytea,
    ADD COLUMN format            text,
    ADD COLUMN codec             text,
    ADD COLUMN lossless          boolean          NOT NULL DEFAULT false,
    ADD COLUMN sample_rate       integer,
    ADD COLUMN bits_per_sample   integer,
    ADD COLUMN channels          integer,
    ADD COLUMN total_samples     bigint,
    ADD COLUMN duration_seconds  double precision,
    ADD COLUMN bitrate_kbps      integer,
    ADD COLUMN dsd_rate          integer,
    ADD COLUMN audio_md5         bytea,
    ADD COLUMN raw_tags          jsonb            NOT NULL DEFAULT '{}',
    ADD COLUMN pictures          jsonb            NOT NULL DEFAULT '[]',
    ADD COLUMN title             text,
    ADD COLUMN title_sort        text,
    ADD COLUMN album_id          uuid             REFERENCES album (id),
    ADD COLUMN disc_number       integer,
    ADD COLUMN disc_total        integer,
    ADD COLUMN disc_subtitle     text,
    ADD COLUMN track_number      integer,
    ADD COLUMN track_total       integer,
    ADD COLUMN recording_date    text,
    ADD COLUMN release_date      text,
    ADD COLUMN original_date     text,
    ADD COLUMN year              integer,
    ADD COLUMN label             text,
    ADD COLUMN catalog_number    text,
    ADD COLUMN release_type      text,
    ADD COLUMN compilation       boolean          NOT NULL DEFAULT false,
    ADD COLUMN mb_track_id       text,
    ADD COLUMN mb_recording_id   text,
    ADD COLUMN isrc              text,
    ADD COLUMN rg_track_gain     double precision,
    ADD COLUMN rg_track_peak     double precision,
    ADD COLUMN rg_album_gain     double precision,
    ADD COLUMN rg_album_peak     double precision,
    ADD COLUMN lyrics            text,
    ADD COLUMN work_id           uuid             REFERENCES work (id),
    ADD COLUMN movement_number   integer,
    ADD COLUMN movement_name     text,
    ADD COLUMN movement_total    integer,
    ADD COLUMN indexed_at        timestamptz      NOT NULL DEFAULT now();
CREATE INDEX track_album_idx ON track (album_id);
CREATE INDEX track_work_idx ON track (work_id);
CREATE INDEX track_content_key_idx ON track (content_key);

-- Who did what on a track: artist, composer, conductor, ensemble, performer (with instrument), …
CREATE TABLE track_credit (
    track_id   uuid    NOT NULL REFERENCES track (id) ON DELETE CASCADE,
    role       text    NOT NULL,
    position   integer NOT NULL,
    artist_id  uuid    NOT NULL REFERENCES artist (id),
    instrument text,
    PRIMARY KEY (track_id, role, position)
);
CREATE INDEX track_credit_artist_idx ON track_credit (artist_id, role);

CREATE TABLE track_genre (
    track_id uuid    NOT NULL REFERENCES track (id) ON DELETE CASCADE,
    position integer NOT NULL,
    genre_id uuid    NOT NULL REFERENCES genre (id),
    PRIMARY KEY (track_id, position)
);
CREATE INDEX track_genre_genre_idx ON track_genre (genre_id);

-- One row per scan: its progress while it runs, its outcome after.
CREATE TABLE scan_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('quick', 'full', 'rules')),
    phase        text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    files_seen   integer     NOT NULL DEFAULT 0,
    files_done   integer     NOT NULL DEFAULT 0,
    added        integer     NOT NULL DEFAULT 0,
    updated      integer     NOT NULL DEFAULT 0,
    moved        integer     NOT NULL DEFAULT 0,
    removed      integer     NOT NULL DEFAULT 0,
    problems     integer     NOT NULL DEFAULT 0,
    error        text
);
