-- SWF Ledger: the fund's bylaws on record (issue 17 §3; domain §(b) Bylaw, §(e)3). Meant as 0029 at merge (0027 and
-- 0028 are taken by work in parallel; the runner refuses a gap, so it carries the next free number here).
-- * bylaw_versions (migration 0026) is the fund's law as adopted: a version is never edited. A version entered by
--   mistake (a wrong year typed) is voided with a reason and kept, shown struck through; the correction is entered
--   again. Only the void columns may change, once; a live amendment number is unique.
-- * bylaw_clauses: a checklist row is never changed either.
-- * bylaw_attachments: the bylaw as signed, a PDF or a scanned image, kept IN the fund file (the file travels with
--   the fund, a backup holds it): the bytes, their media type read from the magic bytes, the name, size and SHA-256.
--   At most 10 MiB each.
-- * bylaw_rule_versions: the welfare rule versions a bylaw version adopts; the rule version shows it back.

ALTER TABLE bylaw_versions ADD COLUMN voided_at TEXT;
ALTER TABLE bylaw_versions ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE bylaw_versions ADD COLUMN voided_by TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX bylaw_versions_live_amendment ON bylaw_versions (amendment_no) WHERE voided_at IS NULL;
CREATE TRIGGER bylaw_versions_fixed BEFORE UPDATE OF
  uuid, version_no, amendment_no, title, adopted_on, adopted_by_resolution_id, adopted_at_text, body_text, created_at
  ON bylaw_versions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER bylaw_versions_void_once BEFORE UPDATE ON bylaw_versions WHEN OLD.voided_at IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TRIGGER bylaw_clauses_no_update BEFORE UPDATE ON bylaw_clauses BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER bylaw_clauses_no_delete BEFORE DELETE ON bylaw_clauses BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE bylaw_attachments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  bylaw_version_id INTEGER NOT NULL REFERENCES bylaw_versions (id),
  file_name TEXT NOT NULL CHECK (length(file_name) > 0),
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  byte_count INTEGER NOT NULL CHECK (byte_count > 0 AND byte_count <= 10485760),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  content BLOB NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (length(content) = byte_count)
) STRICT;
CREATE INDEX bylaw_attachments_version ON bylaw_attachments (bylaw_version_id);
CREATE TRIGGER bylaw_attachments_no_update BEFORE UPDATE ON bylaw_attachments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER bylaw_attachments_no_delete BEFORE DELETE ON bylaw_attachments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE bylaw_rule_versions (
  bylaw_version_id INTEGER NOT NULL REFERENCES bylaw_versions (id),
  rule_version_id INTEGER NOT NULL REFERENCES welfare_rule_versions (id),
  PRIMARY KEY (bylaw_version_id, rule_version_id)
) STRICT;
CREATE INDEX bylaw_rule_versions_rule ON bylaw_rule_versions (rule_version_id);
CREATE TRIGGER bylaw_rule_versions_no_update BEFORE UPDATE ON bylaw_rule_versions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER bylaw_rule_versions_no_delete BEFORE DELETE ON bylaw_rule_versions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
