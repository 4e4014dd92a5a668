-- Copies of the fund's backups kept off the laptop (reliability §(b) "Backups", issue 15 item 2): each "Copy to…"
-- a second device (a USB drive) that finished with every copy verified there, or, in web mode, each download of the
-- newest backup. The home screen reminds the treasurer after 7 days without one.
CREATE TABLE backup_copies (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  copied_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('device', 'download')),
  -- Where the copies went, as the transport named it: the folder on the device, or the downloaded file's name.
  destination TEXT NOT NULL,
  -- The backups the device holds for this fund afterwards (1 for a download), and the newest of them.
  files INTEGER NOT NULL CHECK (files >= 1),
  newest_file TEXT NOT NULL,
  newest_made_at TEXT NOT NULL,
  call_id TEXT
) STRICT;

CREATE INDEX backup_copies_copied ON backup_copies (copied_at);
CREATE TRIGGER backup_copies_immutable_update BEFORE UPDATE ON backup_copies BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER backup_copies_immutable_delete BEFORE DELETE ON backup_copies BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- A failed backup's reason with its details (the code alone is in backup_log.problem): the red banner quotes it.
ALTER TABLE backup_log ADD COLUMN problem_params TEXT;

-- How this file came to be, when "Save a copy" made it: at most one row, written into the new copy only. The copy is
-- the same fund moved to another computer ('same-fund': use one of the two files, never both) or a separate file
-- from now on ('separate': a practice or trial copy, which the sync issue will give an identity of its own).
CREATE TABLE copy_origin (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL UNIQUE,
  made_at TEXT NOT NULL,
  intent TEXT NOT NULL CHECK (intent IN ('same-fund', 'separate')),
  source_fund_uuid TEXT NOT NULL,
  source_file TEXT NOT NULL
) STRICT;
