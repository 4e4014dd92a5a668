-- SWF Ledger: applicants, and approvals that cite the resolution they rest on (issue 17 §2; domain §(b) Member,
-- Meeting; Decision 11).
-- * applications: a person's application recorded before the committee meets (today a member exists only once
--   approved). It holds the member form's profile as typed (profile_json: the fields of members.register without
--   the approval), the application date, and its state: waiting, then approved (the member it made) or refused
--   (with the reason), each at a resolution. The citizen ID and the names are columns for the search and for
--   "one person, one application while it waits". An application is never deleted.
-- * members.approval_resolution_id: the resolution that admitted a member (null for those approved in words).
-- * welfare_claims.decision_resolution_id: the committee's resolution approving or rejecting a claim. A paid
--   claim's trigger is rebuilt so that the resolution, like the words, never changes once paid.
-- * welfare_rule_versions.resolution_id: the resolution a rule version rests on. The guard of a used version
--   (0008: any UPDATE of a version a claim used is refused) covers the new column as it covers every other.

CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  citizen_id TEXT,
  title TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  search_text TEXT NOT NULL,
  applied_on TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'approved', 'refused')),
  resolution_id INTEGER REFERENCES meeting_resolutions (id),
  decided_on TEXT,
  member_id INTEGER REFERENCES members (id),
  refusal_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((state = 'waiting') = (decided_on IS NULL)),
  CHECK ((state = 'approved') = (member_id IS NOT NULL))
) STRICT;
CREATE INDEX applications_waiting ON applications (state, applied_on, id);
CREATE INDEX applications_citizen ON applications (citizen_id) WHERE state = 'waiting';
-- A decided application stays as it was decided.
CREATE TRIGGER applications_decided_fixed BEFORE UPDATE ON applications WHEN OLD.state <> 'waiting'
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER applications_no_delete BEFORE DELETE ON applications BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

ALTER TABLE members ADD COLUMN approval_resolution_id INTEGER REFERENCES meeting_resolutions (id);
ALTER TABLE welfare_rule_versions ADD COLUMN resolution_id INTEGER REFERENCES meeting_resolutions (id);
ALTER TABLE welfare_claims ADD COLUMN decision_resolution_id INTEGER REFERENCES meeting_resolutions (id);

DROP TRIGGER welfare_claims_paid_immutable;
CREATE TRIGGER welfare_claims_paid_immutable BEFORE UPDATE ON welfare_claims
WHEN OLD.state = 'paid' AND (
  OLD.reversed = 1 OR NEW.reversed <> 1 OR NEW.state IS NOT OLD.state OR NEW.voucher_id IS NOT OLD.voucher_id
  OR NEW.computed_satang IS NOT OLD.computed_satang OR NEW.units_paid IS NOT OLD.units_paid OR NEW.decision_json IS NOT OLD.decision_json
  OR NEW.member_id IS NOT OLD.member_id OR NEW.type_id IS NOT OLD.type_id OR NEW.event_date IS NOT OLD.event_date
  OR NEW.decision_ref IS NOT OLD.decision_ref OR NEW.dependent_id IS NOT OLD.dependent_id OR NEW.recipient_kind IS NOT OLD.recipient_kind
  OR NEW.decision_resolution_id IS NOT OLD.decision_resolution_id
)
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
