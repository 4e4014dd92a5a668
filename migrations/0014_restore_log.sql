-- Every restore of this fund from a backup (reliability §(b) "Restore", issue 15 item 3), written into the restored
-- file itself in the unit of work that audits it: which backup, who and when, where the safety copy of the file it
-- replaced was kept, and where the backup's own history ended, so the gap (what the safety copy holds after the
-- backup's last entry) can be listed again for re-entry at any time. A restore finished at the next start after a
-- crash writes its row then; its uuid is the restore's own, written first into restore-intent.json.
CREATE TABLE restore_log (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  restored_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  backup_file_name TEXT NOT NULL,
  backup_sha256 TEXT NOT NULL,
  backup_made_at TEXT,
  -- 'backup': a verified pre-restore backup in the fund's backups folder; 'damaged': the replaced file (and its
  -- -wal) copied untouched into a damaged/ folder beside it; 'none': there was no file to replace.
  safety_kind TEXT NOT NULL CHECK (safety_kind IN ('backup', 'damaged', 'none')),
  safety_location TEXT,
  -- The last audit row the backup holds: the gap is what the safety copy recorded after it.
  last_audit_id INTEGER NOT NULL,
  last_audit_at TEXT,
  last_audit_call_id TEXT,
  call_id TEXT
) STRICT;

CREATE TRIGGER restore_log_immutable_update BEFORE UPDATE ON restore_log BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER restore_log_immutable_delete BEFORE DELETE ON restore_log BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
