-- Issue 17 §5: the certification self-assessment (domain §(e), Decision 16; domain §(b) CertificationAssessment).
-- * certification_settings: the thresholds (fund settings with the issue's defaults: a committee meeting within 3
--   months, a member payout and a community payment within 12, 3 welfare types in force, a sync file within 12),
--   and the fund's coordinator (ผู้ประสานงาน, status form §1), which no other record holds.
-- * certification_assessments: assessments kept exactly as computed (the result as JSON, the day it stands at, when
--   and by whom), never updated nor deleted; `statuses` repeats the four lights so the history lists without
--   parsing every result.

CREATE TABLE certification_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  meeting_months INTEGER NOT NULL CHECK (meeting_months BETWEEN 1 AND 24),
  payout_months INTEGER NOT NULL CHECK (payout_months BETWEEN 1 AND 36),
  min_welfare_types INTEGER NOT NULL CHECK (min_welfare_types BETWEEN 1 AND 50),
  sync_months INTEGER NOT NULL CHECK (sync_months BETWEEN 1 AND 36),
  coordinator_name TEXT NOT NULL,
  coordinator_phone TEXT NOT NULL,
  version INTEGER NOT NULL
) STRICT;
INSERT INTO certification_settings VALUES (1, 3, 12, 3, 12, '', '', 1);

CREATE TABLE certification_assessments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  as_of TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  statuses TEXT NOT NULL,
  result_json TEXT NOT NULL
) STRICT;
CREATE TRIGGER certification_assessments_no_update BEFORE UPDATE ON certification_assessments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER certification_assessments_no_delete BEFORE DELETE ON certification_assessments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
