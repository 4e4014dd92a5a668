-- SWF Ledger: a received external grant corrected by a reversal (issue 16 §3; Decision 13). A received grant is
-- posted money and its row never changes (external_grants_received_immutable): its reversal is a row of its own,
-- with the date, the reason, who did it and the reversing journal entry. A grant with a reversal reads as
-- reversed, its history ends with the reversal, and its matching round (if any) is cancelled with it.
CREATE TABLE grant_reversals (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  grant_id INTEGER NOT NULL UNIQUE REFERENCES external_grants (id),
  reversed_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  journal_entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id),
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER grant_reversals_no_update BEFORE UPDATE ON grant_reversals BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER grant_reversals_no_delete BEFORE DELETE ON grant_reversals BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
