-- Reserved: region migration 0002 is the regional workspace UI's (branch region-ui, written in parallel). This
-- file holds its number only so that this branch's sequence has no gap (the runner refuses one); it does nothing,
-- and goes when the two branches meet.
SELECT 1;
