-- SWF Ledger: lapse proposals and decisions (issue 17 §4; Decisions 6–8), and attendance linked to committee seats.
-- * fund.lapse_proposal_months: how many overdue months put a member on the committee's list of proposed lapses
--   (Decision 8, default 3). Proposing never changes a status; only a decision recorded at a meeting does.
-- * member_status_events.resolution_id: the resolution a lapse or a reinstatement rests on (NULL for resignations
--   and deaths, which need none, and for what was recorded before, whose meeting stays in meeting_ref as typed).
-- * member_status_events.lapse_reason: why the committee ended the membership — arrears, no longer qualifies,
--   moved away, or another reason the bylaw names; NULL for any other kind of event and for lapses recorded before.
--   The trigger that keeps an event fixed is rebuilt to cover both columns.
-- * meeting_attendees.seat_id: the committee seat an attendee of a committee meeting held that day; NULL for
--   anyone else (a members' meeting, a guest, attendance recorded before).

ALTER TABLE fund ADD COLUMN lapse_proposal_months INTEGER NOT NULL DEFAULT 3 CHECK (lapse_proposal_months BETWEEN 1 AND 120);

ALTER TABLE member_status_events ADD COLUMN resolution_id INTEGER REFERENCES meeting_resolutions (id);
ALTER TABLE member_status_events ADD COLUMN lapse_reason TEXT
  CHECK (lapse_reason IN ('arrears', 'no-longer-qualifies', 'moved-away', 'other'));
CREATE INDEX member_status_events_resolution ON member_status_events (resolution_id) WHERE resolution_id IS NOT NULL;

DROP TRIGGER member_status_events_fixed;
CREATE TRIGGER member_status_events_fixed BEFORE UPDATE ON member_status_events
WHEN OLD.voided_on IS NOT NULL OR NEW.voided_on IS NULL OR NEW.member_id IS NOT OLD.member_id OR NEW.kind IS NOT OLD.kind
  OR NEW.effective_on IS NOT OLD.effective_on OR NEW.reason IS NOT OLD.reason OR NEW.meeting_ref IS NOT OLD.meeting_ref
  OR NEW.created_at IS NOT OLD.created_at OR NEW.resolution_id IS NOT OLD.resolution_id OR NEW.lapse_reason IS NOT OLD.lapse_reason
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

ALTER TABLE meeting_attendees ADD COLUMN seat_id INTEGER REFERENCES committee_seats (id);

-- A lapse is decided at a meeting before the lapse is recorded, so a lapse-decision resolution now names the member
-- it decided on, as an admission does; one recorded so far naming a lapse event is moved to that event's member.
DROP TRIGGER meeting_resolutions_no_update;
UPDATE meeting_resolutions
   SET target_id = (SELECT e.member_id FROM member_status_events AS e WHERE e.id = meeting_resolutions.target_id)
 WHERE target_kind = 'lapse-decision' AND target_id IS NOT NULL;
CREATE TRIGGER meeting_resolutions_no_update BEFORE UPDATE ON meeting_resolutions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
