-- SWF Ledger regional workspace (.swregion, issue 18 §4; reliability §(c) checks 4, 6, 7): the funds a regional
-- office collects sync files from, each fund's pinned key, the chain of files imported, each fund's latest figures
-- and records, and the files waiting for an officer to confirm a new fund's fingerprint. Its own numbered set,
-- run by the same runner as the fund's (A9); the file's application_id ("SWR1") tells it from a fund file.
-- Rejected files are not logged here: a rejection must leave this file byte for byte as it was, so its record is
-- the copy and reason file in the quarantine folder beside the workspace.

-- A fund, known once an officer pinned its key (the fingerprint read out on the phone or from its status form).
-- last_*: the file the next one must chain to; rebase_*: an officer's approval that the fund's next file may start
-- the chain again (a fund restored from a backup sends an older sequence).
CREATE TABLE funds (
  fund_uuid TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  district_code TEXT NOT NULL,
  district_name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  pinned_at TEXT NOT NULL,
  pinned_by TEXT NOT NULL,
  last_sequence INTEGER,
  last_manifest_sha256 TEXT,
  rebase_approved_at TEXT,
  rebase_approved_by TEXT,
  rebase_reason TEXT
) STRICT;

-- Every file imported: the chain of Decision 17, (fund, sequence, manifest hash) unique so a file is applied once.
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  fund_uuid TEXT NOT NULL REFERENCES funds (fund_uuid),
  sequence INTEGER NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  previous_sha256 TEXT,
  kind TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  -- Set when the file was accepted out of the chain by an officer's re-base: the reason they gave.
  rebase_reason TEXT,
  UNIQUE (fund_uuid, sequence, manifest_sha256)
) STRICT;

-- The fund's figures from its latest file's status form (money in satang; JSON lists as the file carries them).
CREATE TABLE fund_summaries (
  fund_uuid TEXT PRIMARY KEY REFERENCES funds (fund_uuid),
  last_export_on TEXT NOT NULL,
  fiscal_year INTEGER,
  members_current INTEGER,
  members_cumulative INTEGER,
  money_on_hand_satang INTEGER,
  welfare_by_type TEXT NOT NULL,
  criteria TEXT NOT NULL
) STRICT;

-- The records of the fund's latest full file, one row each, keyed as the file sorts them (UUID or totals' key).
CREATE TABLE fund_records (
  fund_uuid TEXT NOT NULL REFERENCES funds (fund_uuid),
  part TEXT NOT NULL,
  record_key TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (fund_uuid, part, record_key)
) STRICT, WITHOUT ROWID;

-- A file of a fund not yet pinned (`new-fund`), copied into quarantine/, waiting for the fingerprint's confirmation.
CREATE TABLE pending_files (
  id INTEGER PRIMARY KEY,
  fund_uuid TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  district_code TEXT NOT NULL,
  district_name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  file_sha256 TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  quarantine_path TEXT NOT NULL,
  received_at TEXT NOT NULL
) STRICT;

CREATE INDEX pending_files_fund ON pending_files (fund_uuid);

-- What officers did (A6 for the workspace): a key pinned, a re-base approved, with who, when and why.
CREATE TABLE officer_actions (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  officer TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('pin', 'rebase')),
  fund_uuid TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;
