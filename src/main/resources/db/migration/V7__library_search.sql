-- Search across artists, albums, works and tracks. The indexer splits every searchable text into words (runs of
-- letters or of digits: "Op.95" and "BWV1007" become "Op 95" and "BWV 1007") and the database folds them for case and
-- diacritics, so Dvorak finds Dvořák. Each row keeps its folded title (for ranking) and all its folded words as a
-- tsvector, whose GIN index finds whole words and prefixes; typos are forgiven through search_word, every word the
-- library has used, matched by trigram similarity. Both extensions are trusted: the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The one definition of folding, used when rows are written and when a search is read. Naming the dictionary
-- binds it when the body is parsed, so the result does not depend on the search_path of whoever calls it.
CREATE FUNCTION search_fold(words text) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    RETURN lower(unaccent('unaccent'::regdictionary, words));

-- Unaccent can turn one letter into several characters ("Þ" into "TH", "½" into " 1/2"): words stay what the spaces
-- say, and empty ones go.
CREATE FUNCTION search_vector(words text) RETURNS tsvector
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    RETURN array_to_tsvector(array_remove(string_to_array(search_fold(words), ' '), ''));

ALTER TABLE artist ADD COLUMN search_title text NOT NULL DEFAULT '', ADD COLUMN search_words tsvector NOT NULL DEFAULT '';
ALTER TABLE album ADD COLUMN search_title text NOT NULL DEFAULT '', ADD COLUMN search_words tsvector NOT NULL DEFAULT '';
ALTER TABLE work ADD COLUMN search_title text NOT NULL DEFAULT '', ADD COLUMN search_words tsvector NOT NULL DEFAULT '';
ALTER TABLE track ADD COLUMN search_title text NOT NULL DEFAULT '', ADD COLUMN search_words tsvector NOT NULL DEFAULT '';

-- Words are never removed: one that no row uses any more only offers a correction that finds nothing. Byte order
-- lets the primary key answer "does a word start with this" (starts_with uses a btree only under the C collation).
CREATE TABLE search_word (
    word text COLLATE "C" PRIMARY KEY
);

-- Rows indexed before this version: the words split here the way the indexer splits them (punctuation and spaces
-- apart, letters apart from digits), folded first so that the character classes see plain letters.
CREATE FUNCTION pg_temp.split_words(value text) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN btrim(regexp_replace(regexp_replace(search_fold(value), '[[:space:][:punct:]]+', ' ', 'g'),
        '([[:digit:]])(?=[^[:digit:][:space:]])|([^[:digit:][:space:]])(?=[[:digit:]])', '\1\2 ', 'g'));

UPDATE artist SET search_title = pg_temp.split_words(name), search_words = search_vector(pg_temp.split_words(name || ' ' || sort_name));
UPDATE album a SET search_title = pg_temp.split_words(a.title),
    search_words = search_vector(pg_temp.split_words(concat_ws(' ', a.title,
        (SELECT string_agg(ar.name || ' ' || ar.sort_name, ' ') FROM album_artist aa JOIN artist ar ON ar.id = aa.artist_id
         WHERE aa.album_id = a.id))));
UPDATE work w SET search_title = pg_temp.split_words(w.title),
    search_words = search_vector(pg_temp.split_words(concat_ws(' ', w.title, w.catalogue,
        (SELECT ar.name || ' ' || ar.sort_name FROM artist ar WHERE ar.id = w.composer_id))));
UPDATE track t SET search_title = pg_temp.split_words(coalesce(t.title, '')),
    search_words = search_vector(pg_temp.split_words(concat_ws(' ', t.title,
        (SELECT string_agg(ar.name || ' ' || ar.sort_name, ' ') FROM track_credit c JOIN artist ar ON ar.id = c.artist_id
         WHERE c.track_id = t.id),
        (SELECT a.title FROM album a WHERE a.id = t.album_id),
        (SELECT concat_ws(' ', w.title, w.catalogue) FROM work w WHERE w.id = t.work_id))));
INSERT INTO search_word (word)
SELECT DISTINCT unnest(tsvector_to_array(search_words)) FROM (
    SELECT search_words FROM artist UNION ALL SELECT search_words FROM album
    UNION ALL SELECT search_words FROM work UNION ALL SELECT search_words FROM track) AS rows;
DROP FUNCTION pg_temp.split_words(text);

CREATE INDEX artist_search_idx ON artist USING gin (search_words);
CREATE INDEX album_search_idx ON album USING gin (search_words);
CREATE INDEX work_search_idx ON work USING gin (search_words);
CREATE INDEX track_search_idx ON track USING gin (search_words);
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);
