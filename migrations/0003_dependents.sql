-- SWF Ledger schema 3: a member's registered dependents (Decision 12): children, spouse, parents. They are not
-- members; welfare types that pay for them (a newborn, a child's education) name them as the recipient.

CREATE TABLE member_dependents (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  full_name TEXT NOT NULL,
  relationship TEXT NOT NULL CHECK (relationship IN ('child', 'spouse', 'parent', 'other')),
  gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date TEXT NOT NULL,
  citizen_id TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX member_dependents_member ON member_dependents (member_id, id);
