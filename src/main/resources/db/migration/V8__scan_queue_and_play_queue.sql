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

-- Each user's play queue, saved by one player and picked up by another. Saved and read whole, so the track ids are
-- one array; like playlist entries they are kept while their tracks are away.
CREATE TABLE play_queue (
    user_id       bigint      PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    track_ids     uuid[]      NOT NULL,
    current_index integer     CHECK (current_index >= 0 AND current_index < cardinality(track_ids)),
    position_ms   bigint      NOT NULL DEFAULT 0 CHECK (position_ms >= 0),
    changed_by    text,
    changed_at    timestamptz NOT NULL DEFAULT now()
);
