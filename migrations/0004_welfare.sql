-- SWF Ledger schema 4: welfare types with effective-dated rule versions (Decision 11), and claims judged by
-- them. A claim's decision (amount and explanation lines) is stored as it was made; paying it posts a voucher.

CREATE TABLE welfare_types (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL,
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE welfare_rule_versions (
  id INTEGER PRIMARY KEY,
  type_id INTEGER NOT NULL REFERENCES welfare_types (id),
  effective_from TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (type_id, effective_from)
) STRICT;

CREATE TABLE welfare_claims (
  id INTEGER PRIMARY KEY,
  request_id TEXT NOT NULL UNIQUE,
  type_id INTEGER NOT NULL REFERENCES welfare_types (id),
  member_id INTEGER NOT NULL REFERENCES members (id),
  event_date TEXT NOT NULL,
  units INTEGER,
  recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('member', 'dependent', 'beneficiary')),
  dependent_id INTEGER REFERENCES member_dependents (id),
  documents_json TEXT NOT NULL,
  decision_json TEXT NOT NULL,
  computed_satang INTEGER NOT NULL CHECK (computed_satang >= 0),
  units_paid INTEGER NOT NULL CHECK (units_paid >= 0),
  state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'paid')),
  decision_ref TEXT,
  rejection_reason TEXT,
  voucher_id INTEGER REFERENCES payment_vouchers (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- The database's safety net for "a second claim for the same event" (the engine checks it first).
CREATE UNIQUE INDEX welfare_claims_one_event ON welfare_claims (type_id, member_id, event_date, COALESCE(dependent_id, 0)) WHERE state <> 'rejected';
CREATE INDEX welfare_claims_member ON welfare_claims (member_id, type_id, event_date);
-- A paid claim is posted money: its voucher never changes.
CREATE TRIGGER welfare_claims_paid_immutable BEFORE UPDATE ON welfare_claims WHEN OLD.state = 'paid' BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_claims_no_delete BEFORE DELETE ON welfare_claims BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
