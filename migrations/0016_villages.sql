-- Issue 16 §5: the villages register (หมู่บ้าน/ชุมชน) that members point to instead of free text, and the member
-- categories of status form §3.3 that are flags rather than ages.

-- A village or community of the fund's area. `code` is DOPA's 8-digit village code (the ตำบล's 6 digits and the
-- หมู่ in 2, domain §(b) Village), unknown for a community without one; `moo` is the หมู่ที่, absent for a
-- community of a municipality. Households and population feed the status form (§3.1, §3.4) and may be unknown.
CREATE TABLE villages (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  code TEXT UNIQUE CHECK (code IS NULL OR (length(code) = 8 AND code NOT GLOB '*[^0-9]*')),
  moo INTEGER CHECK (moo IS NULL OR moo BETWEEN 1 AND 99),
  name TEXT NOT NULL,
  households INTEGER CHECK (households IS NULL OR households >= 0),
  population INTEGER CHECK (population IS NULL OR population >= 0),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (moo IS NOT NULL OR name <> ''),
  UNIQUE (moo, name)
) STRICT;

-- The member's village; NULL for a member living outside the register (or who never gave one). The old free-text
-- columns moo and village are turned into register entries and dropped by this migration's code step.
ALTER TABLE members ADD COLUMN village_id INTEGER REFERENCES villages (id);
CREATE INDEX members_village ON members (village_id, status, voided_on);

-- Status form §3.3 flags a member may carry, several at once. Children and the elderly are not stored: they are
-- ages, derived as of the report's date (domain §(b) Member, §(g)6).
CREATE TABLE member_categories (
  member_id INTEGER NOT NULL REFERENCES members (id),
  category TEXT NOT NULL CHECK (category IN ('disadvantaged', 'disabled', 'orphan')),
  PRIMARY KEY (member_id, category)
) STRICT, WITHOUT ROWID;
CREATE INDEX member_categories_category ON member_categories (category, member_id);
