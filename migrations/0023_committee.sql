-- Issue 17 §1: the committee (คณะกรรมการ) as records, domain §(b) Committee: terms (ชุดที่) and the seats held in
-- each, so status form §8, the certification's criterion 2 and the papers' signers read them instead of typed text.

-- The fund's bylaw setting on who may sit: off (the default) lets outsiders sit, as status form §8.1 expects
-- (local government, headmen, monks, experts); on refuses a seat that is not a member of the fund.
CREATE TABLE committee_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seats_must_be_members INTEGER NOT NULL CHECK (seats_must_be_members IN (0, 1))
) STRICT;
INSERT INTO committee_settings (id, seats_must_be_members) VALUES (1, 0);

-- A term of the committee: its number (ชุดที่), the days it runs (both included) and the meeting that appointed
-- it, for now as the words typed; `appointed_by_resolution_id` is left for the meetings part to point at its
-- resolution (no foreign key until that table exists). Terms never overlap (checked by the use case).
CREATE TABLE committee_terms (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  term_no INTEGER NOT NULL UNIQUE CHECK (term_no >= 1),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  appointed_by TEXT NOT NULL,
  appointed_by_resolution_id INTEGER,
  created_at TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;

-- A seat of a term: a member of the fund, or an outsider by name; the office held in the fund and the role in the
-- community (status form §8.1's categories, a หมู่ of the register for a member representative); its own days
-- within the term (NULL end: to the end of the term). Ending a seat sets its end, never deletes it.
CREATE TABLE committee_seats (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  term_id INTEGER NOT NULL REFERENCES committee_terms (id),
  member_id INTEGER REFERENCES members (id),
  outsider_name TEXT NOT NULL,
  position TEXT NOT NULL CHECK (position IN (
    'chair', 'vice-chair', 'secretary', 'assistant-secretary', 'treasurer', 'assistant-treasurer', 'registrar',
    'welfare-officer', 'public-relations', 'internal-auditor', 'external-auditor', 'member', 'advisor')),
  community_role TEXT NOT NULL CHECK (community_role IN (
    'member-representatives', 'local-government', 'headmen', 'monks', 'experts', 'other')),
  village_id INTEGER REFERENCES villages (id),
  role_note TEXT NOT NULL,
  phone TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  end_reason TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((member_id IS NULL) <> (outsider_name = '')),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;
CREATE INDEX committee_seats_term ON committee_seats (term_id, starts_on);
