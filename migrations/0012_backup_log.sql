-- Every backup the app made or tried to make of this fund (reliability §(b) "Backups"): verified ones say where
-- they went and their hash; failed ones say why, and two in a row raise the home screen's red banner. The
-- backups themselves live beside the fund in SWF_HOME/Backups/<fund uuid>, listed by their own index.
CREATE TABLE backup_log (
  id INTEGER PRIMARY KEY,
  made_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('open', 'daily', 'manual', 'pre-migration', 'pre-restore', 'pre-import', 'pre-close')),
  outcome TEXT NOT NULL CHECK (outcome IN ('verified', 'failed')),
  file_name TEXT,
  sha256 TEXT,
  bytes INTEGER,
  problem TEXT,
  call_id TEXT
) STRICT;

CREATE INDEX backup_log_made ON backup_log (made_at);
CREATE TRIGGER backup_log_immutable_update BEFORE UPDATE ON backup_log BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER backup_log_immutable_delete BEFORE DELETE ON backup_log BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
