-- SWF Ledger schema 6: a collection-day line may take the member's entry fee with the months (a new member
-- joining on collection day pays both on one receipt, as at the counter).

ALTER TABLE collection_batch_lines ADD COLUMN include_entry_fee INTEGER NOT NULL DEFAULT 0 CHECK (include_entry_fee IN (0, 1));

-- A status event recorded in error (a death recorded for the wrong member, a lapse keyed twice) is voided, not
-- deleted: the row stays with who voided it, when and why, and no longer shapes the member's spells. Only the
-- voiding columns may ever be set, once.
ALTER TABLE member_status_events ADD COLUMN voided_on TEXT;
ALTER TABLE member_status_events ADD COLUMN void_reason TEXT;
ALTER TABLE member_status_events ADD COLUMN voided_by TEXT;
DROP INDEX member_one_death;
CREATE UNIQUE INDEX member_one_death ON member_status_events (member_id) WHERE kind = 'deceased' AND voided_on IS NULL;
CREATE TRIGGER member_status_events_fixed BEFORE UPDATE ON member_status_events
WHEN OLD.voided_on IS NOT NULL OR NEW.voided_on IS NULL OR NEW.member_id IS NOT OLD.member_id OR NEW.kind IS NOT OLD.kind
  OR NEW.effective_on IS NOT OLD.effective_on OR NEW.reason IS NOT OLD.reason OR NEW.meeting_ref IS NOT OLD.meeting_ref OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER member_status_events_no_delete BEFORE DELETE ON member_status_events BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
