-- Which music folders (libraries) each user may see. An account sees every library unless an admin restricts it
-- to the listed ones; admins always see all. A library added later is therefore visible to unrestricted accounts
-- only, so adding a folder never exposes it to someone who was deliberately limited.
ALTER TABLE app_user ADD COLUMN all_libraries boolean NOT NULL DEFAULT true;

CREATE TABLE user_library (
    user_id         bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    music_folder_id bigint NOT NULL REFERENCES music_folder (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, music_folder_id)
);
CREATE INDEX user_library_folder_idx ON user_library (music_folder_id);
