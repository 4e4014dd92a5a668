-- SWF Ledger: approvals that cite a resolution, and bylaws on record (issue 17 §2–3; domain §(b) Meeting, Bylaw).
-- * fund.approvals_cite_resolution: when on, every approval (a member's admission, a claim's decision, a lapse,
--   a rule version, a bylaw's adoption) must name the resolution it rests on. On for funds made from now on (the
--   fund is created with it set); off here, for funds upgraded from an earlier version, until the treasurer turns
--   it on, since their approvals so far were typed as words.
-- * meeting_resolutions is rebuilt so that a resolution's target is optional for every kind but 'other' (which
--   has none): the committee may approve a rule version or a bylaw that is written into the app after the
--   meeting, the record then citing the resolution. A new kind, 'committee-appointment', is the resolution that
--   appoints a committee term (its target, when named, the term). Rows are copied as they are.
-- * bylaw_versions: the fund's bylaws (ข้อบังคับ/ระเบียบ), version by version: the amendment number (0 for the
--   bylaw as first adopted), the adoption date, the adopting meeting's resolution (or the meeting as typed for a
--   bylaw adopted before the app), and the text. A version is in force from its adoption date until the next.
-- * bylaw_clauses: the essential-clause checklist (shared/domain/bylaws/clause-groups.ts): for each item the
--   version covers, where it is found ("ข้อ 5–7"). An item without a row is not covered.

ALTER TABLE fund ADD COLUMN approvals_cite_resolution INTEGER NOT NULL DEFAULT 0 CHECK (approvals_cite_resolution IN (0, 1));

CREATE TABLE meeting_resolutions_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  resolution_no INTEGER NOT NULL CHECK (resolution_no >= 1),
  text TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'noted')),
  target_kind TEXT NOT NULL
    CHECK (target_kind IN (
      'member-approval', 'claim-decision', 'lapse-decision', 'rule-version', 'bylaw-adoption', 'committee-appointment', 'other'
    )),
  target_id INTEGER,
  created_at TEXT NOT NULL,
  UNIQUE (meeting_id, resolution_no),
  CHECK (target_kind <> 'other' OR target_id IS NULL)
) STRICT;
INSERT INTO meeting_resolutions_rebuilt (id, uuid, meeting_id, resolution_no, text, decision, target_kind, target_id, created_at)
  SELECT id, uuid, meeting_id, resolution_no, text, decision, target_kind, target_id, created_at FROM meeting_resolutions;
DROP TABLE meeting_resolutions;
ALTER TABLE meeting_resolutions_rebuilt RENAME TO meeting_resolutions;
CREATE INDEX meeting_resolutions_target ON meeting_resolutions (target_kind, target_id);
CREATE TRIGGER meeting_resolutions_no_update BEFORE UPDATE ON meeting_resolutions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER meeting_resolutions_no_delete BEFORE DELETE ON meeting_resolutions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE bylaw_versions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  version_no INTEGER NOT NULL UNIQUE CHECK (version_no >= 1),
  amendment_no INTEGER NOT NULL CHECK (amendment_no >= 0),
  title TEXT NOT NULL,
  adopted_on TEXT NOT NULL,
  adopted_by_resolution_id INTEGER REFERENCES meeting_resolutions (id),
  adopted_at_text TEXT NOT NULL,
  body_text TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX bylaw_versions_adopted ON bylaw_versions (adopted_on, version_no);
CREATE TRIGGER bylaw_versions_no_delete BEFORE DELETE ON bylaw_versions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE bylaw_clauses (
  bylaw_version_id INTEGER NOT NULL REFERENCES bylaw_versions (id),
  clause_item TEXT NOT NULL,
  location TEXT NOT NULL CHECK (length(location) > 0),
  PRIMARY KEY (bylaw_version_id, clause_item)
) STRICT;
