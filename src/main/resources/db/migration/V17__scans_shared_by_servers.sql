-- Several servers may share one database, one of them scanning at a time. Scans asked for on any server wait here
-- until the scanning one runs them, so a waiting scan says which music folders it covers (null: the configured ones),
-- and a scan says which server ran it.
ALTER TABLE scan_run ADD COLUMN music_dirs text[], ADD COLUMN node text;

-- The scanning server looks for waiting scans every few seconds; the table keeps every scan ever run.
CREATE INDEX scan_run_unfinished ON scan_run (id) WHERE finished_at IS NULL;
