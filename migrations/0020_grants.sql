-- SWF Ledger: the external-grant register and the government matching rounds (issue 16 §3; Decision 15).
-- * external_grants: one grant from CODI (seed), the government through CODI (matching, with its round), local
--   government or another agency; its status moves draft → in process → received, or to cancelled. Receiving it
--   posts one entry through the posting core; from then on it is posted money: never edited, never deleted.
-- * grant_status_changes: each step of a grant's status, with its date and note, so the register shows its history.
-- * matching_rounds: each government matching round (its number and the year of the 30 September cut-off it
--   counted members at), whether a grant of the register or a past round entered for a fund matched before it
--   used the app; matching_round_members: which members it counted, where known. A member's "times matched"
--   is the number of rounds before a cut-off that counted her.

CREATE TABLE external_grants (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('codi-seed', 'government-matching', 'local-government', 'other-government')),
  title TEXT NOT NULL,
  reference TEXT NOT NULL,
  approving_body TEXT NOT NULL,
  requested_on TEXT,
  approved_on TEXT,
  amount_requested_satang INTEGER CHECK (amount_requested_satang > 0),
  amount_approved_satang INTEGER CHECK (amount_approved_satang > 0),
  status TEXT NOT NULL CHECK (status IN ('draft', 'in-process', 'received', 'cancelled')),
  received_on TEXT,
  received_satang INTEGER CHECK (received_satang > 0),
  account_code TEXT REFERENCES accounts (code),
  journal_entry_id INTEGER REFERENCES journal_entries (id),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'received') = (journal_entry_id IS NOT NULL))
) STRICT;
-- A received grant is posted money; no grant is ever deleted (a mistaken one is cancelled, and stays listed).
CREATE TRIGGER external_grants_received_immutable BEFORE UPDATE ON external_grants WHEN OLD.status = 'received'
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER external_grants_no_delete BEFORE DELETE ON external_grants BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE grant_status_changes (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  grant_id INTEGER NOT NULL REFERENCES external_grants (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'in-process', 'received', 'cancelled')),
  changed_on TEXT NOT NULL,
  note TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX grant_status_changes_grant ON grant_status_changes (grant_id, id);
CREATE TRIGGER grant_status_changes_no_update BEFORE UPDATE ON grant_status_changes BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER grant_status_changes_no_delete BEFORE DELETE ON grant_status_changes BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- A round of a cancelled grant is cancelled with it and stops counting; its number and year are free again.
CREATE TABLE matching_rounds (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  round_no INTEGER NOT NULL CHECK (round_no BETWEEN 1 AND 99),
  cutoff_year INTEGER NOT NULL,
  grant_id INTEGER UNIQUE REFERENCES external_grants (id),
  -- A past round's amount; a round of the register reads its grant's.
  amount_satang INTEGER CHECK (amount_satang > 0),
  members_counted INTEGER NOT NULL CHECK (members_counted >= 0),
  cancelled_on TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX matching_rounds_number ON matching_rounds (round_no) WHERE cancelled_on IS NULL;
CREATE UNIQUE INDEX matching_rounds_year ON matching_rounds (cutoff_year) WHERE cancelled_on IS NULL;

CREATE TABLE matching_round_members (
  round_id INTEGER NOT NULL REFERENCES matching_rounds (id),
  member_id INTEGER NOT NULL REFERENCES members (id),
  PRIMARY KEY (round_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX matching_round_members_member ON matching_round_members (member_id);
CREATE TRIGGER matching_round_members_no_update BEFORE UPDATE ON matching_round_members BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER matching_round_members_no_delete BEFORE DELETE ON matching_round_members BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
