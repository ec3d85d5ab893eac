-- A scan asked for while another runs waits with a row of its own, so that whoever asked can follow that scan.
ALTER TABLE scan_run ADD COLUMN queued_at timestamptz;
UPDATE scan_run SET queued_at = started_at;
ALTER TABLE scan_run ALTER COLUMN queued_at SET NOT NULL, ALTER COLUMN queued_at SET DEFAULT now(),
    ALTER COLUMN started_at DROP NOT NULL, ALTER COLUMN started_at DROP DEFAULT;

-- The phase is stored as its id; the folder a running scan is in is shown live and not kept.
UPDATE scan_run SET phase = CASE
    WHEN phase LIKE 'reading %' THEN 'reading'
    WHEN phase LIKE 'applying rules to %' THEN 'applying-rules'
    WHEN phase = 'cleaning up' THEN 'cleaning-up'
    ELSE phase END;
