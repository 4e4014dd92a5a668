-- SWF Ledger: the fund's PDPA duties (issue 20 §3, reliability.md §(e)).
-- * A member's consent to the fund keeping her personal data: given or refused, the day, how it was recorded
--   (a signed paper form, in person, another way) and the paper form's number. Members registered before this
--   migration have none recorded (all NULL): the member page asks for it.
-- * personal_cleared_on / personal_cleared_ref: the day a resigned or deceased member's personal fields were
--   cleared after the retention period, and the committee decision that approved it. Money rows are untouched.
-- * member_access_log: every view of a member's full personal data (full ID, birth date, address, phone,
--   beneficiaries) and every export of her data: who, when, which member, where (screen), by which call.
-- * fund.personal_keep_years: how many years after the fiscal year a membership ended in its personal fields are
--   kept (reliability §(e): 10 by default).

ALTER TABLE members ADD COLUMN consent_given INTEGER CHECK (consent_given IN (0, 1));
ALTER TABLE members ADD COLUMN consent_on TEXT;
ALTER TABLE members ADD COLUMN consent_method TEXT CHECK (consent_method IN ('paper-form', 'in-person', 'other'));
ALTER TABLE members ADD COLUMN consent_form_no TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN personal_cleared_on TEXT;
ALTER TABLE members ADD COLUMN personal_cleared_ref TEXT NOT NULL DEFAULT '';

-- A consent is all of given, day and method, or none of them.
CREATE TRIGGER members_consent_whole_insert BEFORE INSERT ON members
WHEN (NEW.consent_given IS NULL) <> (NEW.consent_on IS NULL) OR (NEW.consent_given IS NULL) <> (NEW.consent_method IS NULL)
BEGIN SELECT RAISE(ABORT, 'consent-incomplete'); END;
CREATE TRIGGER members_consent_whole_update BEFORE UPDATE OF consent_given, consent_on, consent_method ON members
WHEN (NEW.consent_given IS NULL) <> (NEW.consent_on IS NULL) OR (NEW.consent_given IS NULL) <> (NEW.consent_method IS NULL)
BEGIN SELECT RAISE(ABORT, 'consent-incomplete'); END;

-- Not a hash chain of its own: each row is written with an audit row of the same call (entity member-access),
-- and the audit trail is chained, so a row removed or altered here still shows against the chain. The log
-- itself holds no personal data (a member id, a person, a screen), so it may be read freely by the member.
CREATE TABLE member_access_log (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  looked_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  screen TEXT NOT NULL CHECK (screen IN ('profile', 'edit', 'export')),
  call_id TEXT NOT NULL
) STRICT;
CREATE INDEX member_access_log_member ON member_access_log (member_id, id);
CREATE TRIGGER member_access_log_no_update BEFORE UPDATE ON member_access_log BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

ALTER TABLE fund ADD COLUMN personal_keep_years INTEGER NOT NULL DEFAULT 10 CHECK (personal_keep_years BETWEEN 1 AND 50);

-- A decided application stays as it was decided, except that the retention rule may clear the applicant's
-- personal fields (the form's copy of them) once her membership's retention period is over.
DROP TRIGGER applications_decided_fixed;
CREATE TRIGGER applications_decided_fixed BEFORE UPDATE ON applications
WHEN OLD.state <> 'waiting' AND (NEW.uuid IS NOT OLD.uuid OR NEW.applied_on IS NOT OLD.applied_on OR NEW.state IS NOT OLD.state
  OR NEW.resolution_id IS NOT OLD.resolution_id OR NEW.decided_on IS NOT OLD.decided_on OR NEW.member_id IS NOT OLD.member_id
  OR NEW.refusal_reason IS NOT OLD.refusal_reason OR NEW.created_at IS NOT OLD.created_at)
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
