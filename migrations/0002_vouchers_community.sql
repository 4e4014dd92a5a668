-- SWF Ledger schema 2: payment vouchers (ใบสำคัญจ่าย) and community welfare (status form §7).
-- A voucher is posted money: never updated or deleted (a later issue adds reversals).

CREATE TABLE payment_vouchers (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  request_id TEXT NOT NULL UNIQUE,
  voucher_no TEXT NOT NULL UNIQUE,
  fiscal_year INTEGER NOT NULL,
  sequence_no INTEGER NOT NULL,
  paid_on TEXT NOT NULL,
  payee_name TEXT NOT NULL,
  payee_address TEXT NOT NULL,
  description TEXT NOT NULL,
  amount_satang INTEGER NOT NULL CHECK (amount_satang > 0),
  method TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
  expense_account TEXT NOT NULL REFERENCES accounts (code),
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  source_type TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (fiscal_year, sequence_no)
) STRICT;

CREATE TABLE community_activities (
  id INTEGER PRIMARY KEY,
  category TEXT NOT NULL CHECK (category IN ('non-member-help', 'disaster', 'culture', 'sport', 'environment', 'public-benefit')),
  activity_date TEXT NOT NULL,
  description TEXT NOT NULL,
  beneficiaries_count INTEGER NOT NULL CHECK (beneficiaries_count > 0),
  voucher_id INTEGER NOT NULL UNIQUE REFERENCES payment_vouchers (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX community_activities_date ON community_activities (activity_date, id);

ALTER TABLE cash_book_lines ADD COLUMN voucher_id INTEGER REFERENCES payment_vouchers (id);

CREATE TRIGGER payment_vouchers_immutable_update BEFORE UPDATE ON payment_vouchers BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER payment_vouchers_immutable_delete BEFORE DELETE ON payment_vouchers BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER community_activities_immutable_update BEFORE UPDATE ON community_activities BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER community_activities_immutable_delete BEFORE DELETE ON community_activities BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
