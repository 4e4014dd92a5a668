-- SWF Ledger: the parts of CODI's status form that the fund's data cannot answer (issue 16 §5; domain §(a)2:
-- §8 the committee until the committee records fill it, §9 the management system, §11–15), typed once per fiscal
-- year and kept. One row per fiscal year (the C.E. year it ends in, Decision 4) and section; the answers are the
-- section's fields as JSON, checked against the section's schema when saved and read. A row is edited in place
-- with its version bumped (the screen saves a section whole); every earlier version is in the audit rows.
CREATE TABLE status_form_answers (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1950 AND 2200),
  section TEXT NOT NULL CHECK (section IN ('committee', 'management', 'linkages', 'support', 'plans', 'problems', 'suggestions')),
  answers_json TEXT NOT NULL CHECK (json_valid(answers_json) AND json_type(answers_json) = 'object'),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (fiscal_year, section)
) STRICT;
