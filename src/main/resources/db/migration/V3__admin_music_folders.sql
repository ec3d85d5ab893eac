-- Music folders an administrator added at run time, beside those in FIDELIO_MUSIC_DIRS.
ALTER TABLE music_folder ADD COLUMN added_by_admin boolean NOT NULL DEFAULT false;
