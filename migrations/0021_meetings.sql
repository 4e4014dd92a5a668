-- SWF Ledger: meetings and resolutions (issue 17 §2; domain §(b) Meeting).
-- * meetings: a committee meeting, a members' meeting or the annual general assembly, numbered within its kind and
--   calendar year (ครั้งที่ N/ปี, the year printed in B.E.). Planned ahead with its date, place and agenda; once its
--   date has come its attendance, resolutions and minutes are recorded (recorded_at set) — once.
-- * meeting_agenda_items: the agenda in order. Editable while the meeting is planned (the committee's meeting
--   paper adds the waiting claims to the next planned committee meeting).
-- * meeting_attendees: who was invited and whether present. A person's name and, for a member of the fund, the
--   member's id; a later step links attendees to committee seats.
-- * meeting_resolutions: มติ numbered within the meeting, its text, the decision and what it points to (a kind and
--   the record's id). Other records cite them, so a resolution is never edited nor deleted.
-- * fund.meeting_quorum: the quorum as a number of people present; NULL is "more than half of those listed".

ALTER TABLE fund ADD COLUMN meeting_quorum INTEGER CHECK (meeting_quorum BETWEEN 1 AND 500);

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('committee', 'members', 'general-assembly')),
  meeting_no INTEGER NOT NULL CHECK (meeting_no BETWEEN 1 AND 999),
  meeting_year INTEGER NOT NULL,
  meeting_on TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  place TEXT NOT NULL,
  minutes TEXT NOT NULL,
  recorded_at TEXT,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (kind, meeting_year, meeting_no)
) STRICT;
CREATE INDEX meetings_date ON meetings (meeting_on, id);
CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE meeting_agenda_items (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  text TEXT NOT NULL,
  UNIQUE (meeting_id, position)
) STRICT;

CREATE TABLE meeting_attendees (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  name TEXT NOT NULL,
  member_id INTEGER REFERENCES members (id),
  role TEXT NOT NULL,
  is_present INTEGER NOT NULL CHECK (is_present IN (0, 1)),
  UNIQUE (meeting_id, position)
) STRICT;
CREATE INDEX meeting_attendees_member ON meeting_attendees (member_id) WHERE member_id IS NOT NULL;
CREATE TRIGGER meeting_attendees_no_update BEFORE UPDATE ON meeting_attendees BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER meeting_attendees_no_delete BEFORE DELETE ON meeting_attendees BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE meeting_resolutions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  resolution_no INTEGER NOT NULL CHECK (resolution_no >= 1),
  text TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'noted')),
  target_kind TEXT NOT NULL
    CHECK (target_kind IN ('member-approval', 'claim-decision', 'lapse-decision', 'rule-version', 'bylaw-adoption', 'other')),
  target_id INTEGER,
  created_at TEXT NOT NULL,
  UNIQUE (meeting_id, resolution_no),
  CHECK ((target_kind = 'other') = (target_id IS NULL))
) STRICT;
CREATE INDEX meeting_resolutions_target ON meeting_resolutions (target_kind, target_id);
CREATE TRIGGER meeting_resolutions_no_update BEFORE UPDATE ON meeting_resolutions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER meeting_resolutions_no_delete BEFORE DELETE ON meeting_resolutions BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
