-- SWF Ledger: stable identity for the sync file (issue 18 §1; Decisions 1, 17, 18; reliability §(c)).
-- * Every record that travels in a sync file carries a uuid given when it is made, so the registry can tell a new
--   record from one it has seen: status events, dependents, welfare types, rule versions, claims, welfare payments
--   and community payments get one here (members, vouchers, meetings, committee terms and seats, bylaw versions
--   and grants have one already). SQLite cannot add a NOT NULL UNIQUE column to a table with rows, so each table is
--   rebuilt as it is plus the uuid, its rows copied with a placeholder (`0031-<id>`) that the code step
--   (0031_sync_identity.ts) replaces at once by a time-ordered UUIDv7; indexes and triggers are recreated as the
--   migrations that made them left them. The old tables are all dropped before any rebuilt one takes its name, so
--   no trigger ever names a missing table while a table is renamed.
-- * fund.demo: a demo fund (trainer mode) says so in its sync manifest, and the collector refuses it. Off for every
--   real fund.
-- * sync_identity: the fund's Ed25519 signing key (one row), made by the code step for files that have none and by
--   the app when it creates a fund; a copy saved as a separate fund gets a key of its own. The HMAC secret for
--   pseudonyms (Decision 18) is fund.member_secret, 32 random bytes since schema 1.
-- * sync_exports: one row per sync file written (sequence, full or incremental, the manifest's hash and the
--   previous one's, the fund's day it stands at, file name, record counts): the chain the collector checks, and the
--   day certification criterion 1 reads. A written
--   export is history, so a row is never updated; a copy saved as a separate fund starts with none.

ALTER TABLE fund ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));

CREATE TABLE sync_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_exports (
  id INTEGER PRIMARY KEY,
  sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
  manifest_sha256 TEXT NOT NULL UNIQUE CHECK (length(manifest_sha256) = 64),
  previous_sha256 TEXT CHECK (previous_sha256 IS NULL OR length(previous_sha256) = 64),
  exported_at TEXT NOT NULL,
  exported_on TEXT NOT NULL,
  file_name TEXT NOT NULL,
  counts_json TEXT NOT NULL CHECK (json_valid(counts_json))
) STRICT;
CREATE TRIGGER sync_exports_no_update BEFORE UPDATE ON sync_exports BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE welfare_types_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL,
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO welfare_types_rebuilt (id, uuid, code, category, name_th, name_en, created_at)
  SELECT id, '0031-' || id, code, category, name_th, name_en, created_at FROM welfare_types;

CREATE TABLE welfare_rule_versions_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  type_id INTEGER NOT NULL REFERENCES welfare_types (id),
  effective_from TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  used_by_claim_id INTEGER REFERENCES welfare_claims (id),
  resolution_id INTEGER REFERENCES meeting_resolutions (id),
  UNIQUE (type_id, effective_from)
) STRICT;
INSERT INTO welfare_rule_versions_rebuilt (id, uuid, type_id, effective_from, rule_json, created_at, used_by_claim_id, resolution_id)
  SELECT id, '0031-' || id, type_id, effective_from, rule_json, created_at, used_by_claim_id, resolution_id FROM welfare_rule_versions;

CREATE TABLE member_dependents_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  full_name TEXT NOT NULL,
  relationship TEXT NOT NULL CHECK (relationship IN ('child', 'spouse', 'parent', 'other')),
  gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date TEXT NOT NULL,
  citizen_id TEXT,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO member_dependents_rebuilt (id, uuid, member_id, full_name, relationship, gender, birth_date, citizen_id, created_at)
  SELECT id, '0031-' || id, member_id, full_name, relationship, gender, birth_date, citizen_id, created_at FROM member_dependents;

CREATE TABLE member_status_events_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  kind TEXT NOT NULL CHECK (kind IN ('active', 'resigned', 'deceased', 'lapsed', 'reinstated')),
  effective_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  meeting_ref TEXT NOT NULL,
  created_at TEXT NOT NULL,
  voided_on TEXT,
  void_reason TEXT,
  voided_by TEXT,
  resolution_id INTEGER REFERENCES meeting_resolutions (id),
  lapse_reason TEXT CHECK (lapse_reason IN ('arrears', 'no-longer-qualifies', 'moved-away', 'other'))
) STRICT;
INSERT INTO member_status_events_rebuilt (
  id, uuid, member_id, kind, effective_on, reason, meeting_ref, created_at, voided_on, void_reason, voided_by, resolution_id, lapse_reason
)
  SELECT id, '0031-' || id, member_id, kind, effective_on, reason, meeting_ref, created_at, voided_on, void_reason, voided_by,
         resolution_id, lapse_reason
    FROM member_status_events;

CREATE TABLE welfare_claims_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
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
  updated_at TEXT NOT NULL,
  reversed INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1)),
  claim_no TEXT,
  decision_resolution_id INTEGER REFERENCES meeting_resolutions (id)
) STRICT;
INSERT INTO welfare_claims_rebuilt (
  id, uuid, request_id, type_id, member_id, event_date, units, recipient_kind, dependent_id, documents_json, decision_json,
  computed_satang, units_paid, state, decision_ref, rejection_reason, voucher_id, created_at, updated_at, reversed, claim_no,
  decision_resolution_id
)
  SELECT id, '0031-' || id, request_id, type_id, member_id, event_date, units, recipient_kind, dependent_id, documents_json,
         decision_json, computed_satang, units_paid, state, decision_ref, rejection_reason, voucher_id, created_at, updated_at,
         reversed, claim_no, decision_resolution_id
    FROM welfare_claims;

CREATE TABLE welfare_payments_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  claim_id INTEGER NOT NULL REFERENCES welfare_claims (id),
  voucher_id INTEGER NOT NULL UNIQUE REFERENCES payment_vouchers (id),
  payee_name TEXT NOT NULL,
  share INTEGER NOT NULL CHECK (share > 0),
  gross_satang INTEGER NOT NULL CHECK (gross_satang > 0),
  deducted_satang INTEGER NOT NULL CHECK (deducted_satang >= 0 AND deducted_satang < gross_satang),
  arrears_receipt_id INTEGER REFERENCES receipts (id),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO welfare_payments_rebuilt (
  id, uuid, claim_id, voucher_id, payee_name, share, gross_satang, deducted_satang, arrears_receipt_id, created_at
)
  SELECT id, '0031-' || id, claim_id, voucher_id, payee_name, share, gross_satang, deducted_satang, arrears_receipt_id, created_at
    FROM welfare_payments;

CREATE TABLE community_activities_rebuilt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL CHECK (category IN ('non-member-help', 'disaster', 'culture', 'sport', 'environment', 'public-benefit')),
  activity_date TEXT NOT NULL,
  description TEXT NOT NULL,
  beneficiaries_count INTEGER NOT NULL CHECK (beneficiaries_count > 0),
  voucher_id INTEGER NOT NULL UNIQUE REFERENCES payment_vouchers (id),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO community_activities_rebuilt (id, uuid, category, activity_date, description, beneficiaries_count, voucher_id, created_at)
  SELECT id, '0031-' || id, category, activity_date, description, beneficiaries_count, voucher_id, created_at FROM community_activities;

-- Dropping a table drops its indexes and triggers; they are recreated below, after every table has its name back.
DROP TABLE community_activities;
DROP TABLE welfare_payments;
DROP TABLE welfare_claims;
DROP TABLE member_status_events;
DROP TABLE member_dependents;
DROP TABLE welfare_rule_versions;
DROP TABLE welfare_types;
ALTER TABLE welfare_types_rebuilt RENAME TO welfare_types;
ALTER TABLE welfare_rule_versions_rebuilt RENAME TO welfare_rule_versions;
ALTER TABLE member_dependents_rebuilt RENAME TO member_dependents;
ALTER TABLE member_status_events_rebuilt RENAME TO member_status_events;
ALTER TABLE welfare_claims_rebuilt RENAME TO welfare_claims;
ALTER TABLE welfare_payments_rebuilt RENAME TO welfare_payments;
ALTER TABLE community_activities_rebuilt RENAME TO community_activities;

-- As 0008 left them.
CREATE TRIGGER welfare_rule_versions_used_fixed BEFORE UPDATE ON welfare_rule_versions WHEN OLD.used_by_claim_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER welfare_rule_versions_used_kept BEFORE DELETE ON welfare_rule_versions WHEN OLD.used_by_claim_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;

-- As 0003 left it.
CREATE INDEX member_dependents_member ON member_dependents (member_id, id);

-- As 0001, 0006 and 0030 left them.
CREATE INDEX member_status_events_member ON member_status_events (member_id, effective_on, id);
CREATE UNIQUE INDEX member_one_death ON member_status_events (member_id) WHERE kind = 'deceased' AND voided_on IS NULL;
CREATE INDEX member_status_events_resolution ON member_status_events (resolution_id) WHERE resolution_id IS NOT NULL;
CREATE TRIGGER member_status_events_no_delete BEFORE DELETE ON member_status_events BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER member_status_events_fixed BEFORE UPDATE ON member_status_events
WHEN OLD.voided_on IS NOT NULL OR NEW.voided_on IS NULL OR NEW.member_id IS NOT OLD.member_id OR NEW.kind IS NOT OLD.kind
  OR NEW.effective_on IS NOT OLD.effective_on OR NEW.reason IS NOT OLD.reason OR NEW.meeting_ref IS NOT OLD.meeting_ref
  OR NEW.created_at IS NOT OLD.created_at OR NEW.resolution_id IS NOT OLD.resolution_id OR NEW.lapse_reason IS NOT OLD.lapse_reason
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- As 0004, 0005, 0008 and 0028 left them.
CREATE INDEX welfare_claims_member ON welfare_claims (member_id, type_id, event_date);
CREATE UNIQUE INDEX welfare_claims_claim_no ON welfare_claims (claim_no);
CREATE UNIQUE INDEX welfare_claims_one_event ON welfare_claims (type_id, member_id, event_date, COALESCE(dependent_id, 0)) WHERE state <> 'rejected' AND reversed = 0;
CREATE INDEX welfare_claims_event ON welfare_claims (event_date, type_id);
CREATE TRIGGER welfare_claims_no_delete BEFORE DELETE ON welfare_claims BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_claims_number_fixed BEFORE UPDATE OF claim_no ON welfare_claims WHEN OLD.claim_no IS NOT NULL BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_claims_use_rule AFTER INSERT ON welfare_claims
BEGIN
  UPDATE welfare_rule_versions SET used_by_claim_id = NEW.id
  WHERE type_id = NEW.type_id AND effective_from = json_extract(NEW.decision_json, '$.ruleEffectiveFrom') AND used_by_claim_id IS NULL;
END;
CREATE TRIGGER welfare_claims_use_rule_again AFTER UPDATE OF decision_json ON welfare_claims
BEGIN
  UPDATE welfare_rule_versions SET used_by_claim_id = NEW.id
  WHERE type_id = NEW.type_id AND effective_from = json_extract(NEW.decision_json, '$.ruleEffectiveFrom') AND used_by_claim_id IS NULL;
END;
CREATE TRIGGER welfare_claims_paid_immutable BEFORE UPDATE ON welfare_claims
WHEN OLD.state = 'paid' AND (
  OLD.reversed = 1 OR NEW.reversed <> 1 OR NEW.state IS NOT OLD.state OR NEW.voucher_id IS NOT OLD.voucher_id
  OR NEW.computed_satang IS NOT OLD.computed_satang OR NEW.units_paid IS NOT OLD.units_paid OR NEW.decision_json IS NOT OLD.decision_json
  OR NEW.member_id IS NOT OLD.member_id OR NEW.type_id IS NOT OLD.type_id OR NEW.event_date IS NOT OLD.event_date
  OR NEW.decision_ref IS NOT OLD.decision_ref OR NEW.dependent_id IS NOT OLD.dependent_id OR NEW.recipient_kind IS NOT OLD.recipient_kind
  OR NEW.decision_resolution_id IS NOT OLD.decision_resolution_id
)
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- As 0005 left them.
CREATE INDEX welfare_payments_claim ON welfare_payments (claim_id);
CREATE TRIGGER welfare_payments_immutable_update BEFORE UPDATE ON welfare_payments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_payments_immutable_delete BEFORE DELETE ON welfare_payments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- As 0002 left them.
CREATE INDEX community_activities_date ON community_activities (activity_date, id);
CREATE TRIGGER community_activities_immutable_update BEFORE UPDATE ON community_activities BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER community_activities_immutable_delete BEFORE DELETE ON community_activities BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
