-- The orders the browsing APIs page by: with these, a page of a large library is read from an index, in order,
-- instead of sorting every row. Each ends with the id, the tie-breaker of the keyset cursors.
CREATE INDEX album_title_browse_idx ON album (lower(title), id);
CREATE INDEX album_title_sort_browse_idx ON album (lower(title_sort), id);
CREATE INDEX album_added_browse_idx ON album (created_at, id);
CREATE INDEX artist_name_browse_idx ON artist (lower(name), id);
CREATE INDEX artist_sort_name_browse_idx ON artist (lower(sort_name), id);
CREATE INDEX track_title_browse_idx ON track (lower(COALESCE(title, '')), id);
CREATE INDEX track_added_browse_idx ON track (created_at, id);
CREATE INDEX work_title_browse_idx ON work (lower(title), id);
