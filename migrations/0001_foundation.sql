-- SWF Ledger schema 1: fund profile, contribution plan, members, receipts, collection batches, ledger, audit.
-- Money columns are INTEGER satang; dates are ISO 'YYYY-MM-DD' text; periods are 'YYYY-MM'.
-- Posted money (receipts, their months and lines, journal entries and lines, voids) is never updated or deleted:
-- the triggers at the end refuse it, behind the domain's own checks.

CREATE TABLE fund (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL,
  name TEXT NOT NULL,
  fund_code TEXT NOT NULL,
  is_code_provisional INTEGER NOT NULL CHECK (is_code_provisional IN (0, 1)),
  level TEXT NOT NULL CHECK (level IN ('tambon', 'municipality', 'district')),
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  district_code TEXT NOT NULL,
  district_name TEXT NOT NULL,
  subdistrict_code TEXT NOT NULL,
  subdistrict_name TEXT NOT NULL,
  address TEXT NOT NULL,
  postcode TEXT NOT NULL,
  founded_on TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  fiscal_year_start_month INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  receipt_prefix TEXT NOT NULL,
  member_secret TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_rates (
  id INTEGER PRIMARY KEY,
  effective_from TEXT NOT NULL UNIQUE,
  monthly_satang INTEGER NOT NULL CHECK (monthly_satang > 0),
  entry_fee_satang INTEGER NOT NULL CHECK (entry_fee_satang >= 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_bundles (
  rate_id INTEGER NOT NULL REFERENCES plan_rates (id),
  months INTEGER NOT NULL CHECK (months BETWEEN 2 AND 24),
  price_satang INTEGER NOT NULL CHECK (price_satang > 0),
  PRIMARY KEY (rate_id, months)
) STRICT;

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  member_seq INTEGER NOT NULL UNIQUE,
  member_no TEXT NOT NULL UNIQUE,
  citizen_id TEXT UNIQUE,
  no_id_reason TEXT,
  title TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  search_text TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date TEXT NOT NULL,
  house_no TEXT NOT NULL,
  moo INTEGER,
  village TEXT NOT NULL,
  soi TEXT NOT NULL,
  road TEXT NOT NULL,
  subdistrict TEXT NOT NULL,
  district TEXT NOT NULL,
  province TEXT NOT NULL,
  postcode TEXT NOT NULL,
  phone TEXT NOT NULL,
  applied_on TEXT NOT NULL,
  approved_on TEXT NOT NULL,
  approval_ref TEXT NOT NULL,
  paid_through_period TEXT,
  beneficiaries_json TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'resigned', 'deceased', 'lapsed')),
  status_since TEXT NOT NULL,
  -- Dues bookkeeping kept in step with status events and receipts, so the fund-wide arrears list is one pass
  -- over members instead of a scan of every month ever paid (see contributions repository).
  dues_start_index INTEGER,
  dues_end_index INTEGER,
  closed_owed_months INTEGER NOT NULL DEFAULT 0,
  paid_months INTEGER NOT NULL DEFAULT 0,
  last_paid_period TEXT,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((citizen_id IS NULL) <> (no_id_reason IS NULL))
) STRICT;
-- Covers the member list's search: LIKE over search_text is checked inside the index, in display order,
-- so a search reads table rows only for the page it shows.
CREATE INDEX members_search ON members (sort_key, id, search_text, status);
CREATE INDEX members_status ON members (status, sort_key);

CREATE TABLE member_versions (
  member_id INTEGER NOT NULL REFERENCES members (id),
  version INTEGER NOT NULL,
  profile_json TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (member_id, version)
) STRICT;

CREATE TABLE member_status_events (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  kind TEXT NOT NULL CHECK (kind IN ('active', 'resigned', 'deceased', 'lapsed', 'reinstated')),
  effective_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  meeting_ref TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX member_status_events_member ON member_status_events (member_id, effective_on, id);
CREATE UNIQUE INDEX member_one_death ON member_status_events (member_id) WHERE kind = 'deceased';

CREATE TABLE document_sequences (
  series TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (series, fiscal_year)
) STRICT;

CREATE TABLE accounts (
  code TEXT PRIMARY KEY,
  account_group TEXT NOT NULL CHECK (account_group IN ('receipts', 'income', 'assets', 'expenses', 'welfare', 'equity')),
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
  entry_no TEXT NOT NULL UNIQUE,
  fiscal_year INTEGER NOT NULL,
  sequence_no INTEGER NOT NULL,
  entry_date TEXT NOT NULL,
  description TEXT NOT NULL,
  source_type TEXT NOT NULL,
  source_id INTEGER,
  reverses_entry_id INTEGER REFERENCES journal_entries (id),
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  UNIQUE (fiscal_year, sequence_no)
) STRICT;

CREATE TABLE journal_lines (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  line_no INTEGER NOT NULL,
  account_code TEXT NOT NULL REFERENCES accounts (code),
  debit_satang INTEGER NOT NULL CHECK (debit_satang >= 0),
  credit_satang INTEGER NOT NULL CHECK (credit_satang >= 0),
  CHECK ((debit_satang = 0) <> (credit_satang = 0)),
  PRIMARY KEY (entry_id, line_no)
) STRICT, WITHOUT ROWID;

-- Pre-aggregated totals per account and month, written in the same transaction as the lines, so reports and
-- opening balances never scan the journal.
CREATE TABLE account_month_totals (
  account_code TEXT NOT NULL REFERENCES accounts (code),
  period TEXT NOT NULL,
  debit_satang INTEGER NOT NULL,
  credit_satang INTEGER NOT NULL,
  PRIMARY KEY (account_code, period)
) STRICT, WITHOUT ROWID;

CREATE TABLE collection_batches (
  id INTEGER PRIMARY KEY,
  collected_on TEXT NOT NULL,
  collector TEXT NOT NULL,
  note TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'posted')),
  post_request_id TEXT UNIQUE,
  posted_at TEXT,
  first_receipt_no TEXT,
  last_receipt_no TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE collection_batch_lines (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES collection_batches (id),
  member_id INTEGER NOT NULL REFERENCES members (id),
  month_count INTEGER NOT NULL CHECK (month_count > 0),
  amount_satang INTEGER NOT NULL CHECK (amount_satang > 0),
  created_at TEXT NOT NULL,
  UNIQUE (batch_id, member_id)
) STRICT;

CREATE TABLE receipts (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  request_id TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  received_on TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  numbering TEXT NOT NULL CHECK (numbering IN ('app', 'book')),
  receipt_no TEXT NOT NULL UNIQUE,
  sequence_no INTEGER,
  book_no TEXT,
  book_entry_no TEXT,
  total_satang INTEGER NOT NULL CHECK (total_satang > 0),
  method TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
  collector TEXT NOT NULL,
  batch_id INTEGER REFERENCES collection_batches (id),
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  created_at TEXT NOT NULL,
  UNIQUE (fiscal_year, sequence_no),
  UNIQUE (book_no, book_entry_no),
  CHECK ((numbering = 'app') = (sequence_no IS NOT NULL)),
  CHECK ((numbering = 'book') = (book_no IS NOT NULL AND book_entry_no IS NOT NULL))
) STRICT;
CREATE INDEX receipts_member ON receipts (member_id, received_on);
CREATE INDEX receipts_batch ON receipts (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE receipt_lines (
  receipt_id INTEGER NOT NULL REFERENCES receipts (id),
  line_no INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('contribution', 'entry-fee')),
  description TEXT NOT NULL,
  amount_satang INTEGER NOT NULL CHECK (amount_satang > 0),
  PRIMARY KEY (receipt_id, line_no)
) STRICT, WITHOUT ROWID;

CREATE TABLE receipt_months (
  receipt_id INTEGER NOT NULL REFERENCES receipts (id),
  member_id INTEGER NOT NULL REFERENCES members (id),
  period TEXT NOT NULL,
  PRIMARY KEY (receipt_id, period)
) STRICT, WITHOUT ROWID;
CREATE INDEX receipt_months_member ON receipt_months (member_id, period);
CREATE INDEX receipt_months_period ON receipt_months (period, member_id);

CREATE TABLE receipt_voids (
  receipt_id INTEGER PRIMARY KEY REFERENCES receipts (id),
  request_id TEXT NOT NULL UNIQUE,
  voided_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  reversal_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  created_at TEXT NOT NULL
) STRICT;

-- One line per cash movement as the cash book shows it: a receipt, a void, or a whole posted collection batch.
CREATE TABLE cash_book_lines (
  id INTEGER PRIMARY KEY,
  line_date TEXT NOT NULL,
  document_no TEXT NOT NULL,
  description TEXT NOT NULL,
  in_satang INTEGER NOT NULL CHECK (in_satang >= 0),
  out_satang INTEGER NOT NULL CHECK (out_satang >= 0),
  receipt_id INTEGER REFERENCES receipts (id),
  batch_id INTEGER REFERENCES collection_batches (id),
  journal_entry_id INTEGER REFERENCES journal_entries (id)
) STRICT;
CREATE INDEX cash_book_order ON cash_book_lines (line_date, id);

CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  method TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;

-- The database's own safety net for "one paid receipt per member and month" (Decision 9).
CREATE TRIGGER receipt_months_one_paid BEFORE INSERT ON receipt_months
WHEN EXISTS (
  SELECT 1 FROM receipt_months AS m
  WHERE m.member_id = NEW.member_id AND m.period = NEW.period
    AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = m.receipt_id)
)
BEGIN
  SELECT RAISE(ABORT, 'month-already-paid');
END;

CREATE TRIGGER receipts_immutable_update BEFORE UPDATE ON receipts BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipts_immutable_delete BEFORE DELETE ON receipts BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipt_lines_immutable_update BEFORE UPDATE ON receipt_lines BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipt_lines_immutable_delete BEFORE DELETE ON receipt_lines BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipt_months_immutable_update BEFORE UPDATE ON receipt_months BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipt_months_immutable_delete BEFORE DELETE ON receipt_months BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipt_voids_immutable_update BEFORE UPDATE ON receipt_voids BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER receipt_voids_immutable_delete BEFORE DELETE ON receipt_voids BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER journal_entries_immutable_update BEFORE UPDATE ON journal_entries BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER journal_entries_immutable_delete BEFORE DELETE ON journal_entries BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER journal_lines_immutable_update BEFORE UPDATE ON journal_lines BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER journal_lines_immutable_delete BEFORE DELETE ON journal_lines BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER cash_book_immutable_update BEFORE UPDATE ON cash_book_lines BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER cash_book_immutable_delete BEFORE DELETE ON cash_book_lines BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER audit_immutable_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER audit_immutable_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- Chart of accounts after CODI's status form §10 (Decision 14). Codes: 1 receipts, 2 income, 3 assets,
-- 4 administration expenses, 5 welfare paid. More accounts arrive with the books issue.
INSERT INTO accounts (code, account_group, name_th, name_en, sort_order) VALUES
  ('1100', 'receipts', 'เงินสมทบจากสมาชิก', 'Member contributions', 10),
  ('1200', 'receipts', 'เงินสนับสนุนจาก พอช.', 'CODI seed grant', 20),
  ('1300', 'receipts', 'งบสมทบจากรัฐบาลผ่าน พอช.', 'Government matching via CODI', 30),
  ('1400', 'receipts', 'เงินสมทบจากองค์กรปกครองส่วนท้องถิ่น', 'Local government', 40),
  ('1500', 'receipts', 'เงินจากหน่วยงานรัฐอื่น', 'Other government agencies', 50),
  ('1900', 'receipts', 'รายรับอื่น', 'Other receipts', 60),
  ('2100', 'income', 'ค่าธรรมเนียมแรกเข้า', 'Entry fees', 110),
  ('2200', 'income', 'เงินบริจาค', 'Donations', 120),
  ('2300', 'income', 'ดอกเบี้ยเงินฝาก', 'Bank interest', 130),
  ('2900', 'income', 'รายได้อื่น', 'Other income', 140),
  ('3100', 'assets', 'เงินสด', 'Cash in hand', 210),
  ('3200', 'assets', 'เงินฝากธนาคาร', 'Bank deposits', 220),
  ('3300', 'assets', 'เงินลงทุนอื่น', 'Other investments', 230),
  ('4100', 'expenses', 'ค่าตอบแทนคนทำงาน', 'Worker compensation', 310),
  ('4200', 'expenses', 'ค่าพาหนะ', 'Transport', 320),
  ('4300', 'expenses', 'ค่าเอกสาร/วัสดุสำนักงาน', 'Documents and stationery', 330),
  ('4400', 'expenses', 'ค่ากิจกรรม/ประชุม', 'Activities and meetings', 340),
  ('4900', 'expenses', 'ค่าใช้จ่ายอื่น', 'Other expenses', 350),
  ('5000', 'welfare', 'จ่ายสวัสดิการสมาชิก', 'Member welfare paid', 410),
  ('5900', 'welfare', 'จ่ายสวัสดิการชุมชน', 'Community welfare paid', 420),
  ('6000', 'equity', 'ยอดยกมา', 'Opening balances', 510);
