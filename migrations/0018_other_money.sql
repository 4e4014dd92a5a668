-- SWF Ledger: money in and out beyond contributions and welfare (issue 16 §3).
-- * Receipts for other income (entry fees outside the contribution flow, donations, bank interest, other income,
--   other receipts): a receipt without a member, numbered from the fund's one receipt series (RC…, gapless per
--   fiscal year together with the members' receipts), each posting one entry through the posting core. Posted
--   money: never updated or deleted; a void is a new row plus a reversing entry, as for members' receipts.
-- * Expenses are payment vouchers (payment_vouchers, source_type 'expenses.record') whose expense account is one
--   of §10's administration lines: no table of their own.
-- * The administration-cost limit of Decision 14, a per-fund setting: a percentage of the fiscal year's
--   receipts and income (opening balances excluded).

CREATE TABLE income_receipts (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  request_id TEXT NOT NULL UNIQUE,
  receipt_no TEXT NOT NULL UNIQUE,
  fiscal_year INTEGER NOT NULL,
  sequence_no INTEGER NOT NULL,
  received_on TEXT NOT NULL,
  payer_name TEXT NOT NULL,
  payer_address TEXT NOT NULL,
  description TEXT NOT NULL,
  income_account TEXT NOT NULL REFERENCES accounts (code),
  account_code TEXT NOT NULL REFERENCES accounts (code),
  amount_satang INTEGER NOT NULL CHECK (amount_satang > 0),
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  created_at TEXT NOT NULL,
  UNIQUE (fiscal_year, sequence_no)
) STRICT;
CREATE INDEX income_receipts_date ON income_receipts (received_on, id);

CREATE TABLE income_receipt_voids (
  receipt_id INTEGER PRIMARY KEY REFERENCES income_receipts (id),
  request_id TEXT NOT NULL UNIQUE,
  voided_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  refund_account TEXT NOT NULL REFERENCES accounts (code),
  actor TEXT NOT NULL,
  reversal_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER income_receipts_immutable_update BEFORE UPDATE ON income_receipts BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER income_receipts_immutable_delete BEFORE DELETE ON income_receipts BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER income_receipt_voids_immutable_update BEFORE UPDATE ON income_receipt_voids BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER income_receipt_voids_immutable_delete BEFORE DELETE ON income_receipt_voids BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE INDEX payment_vouchers_source ON payment_vouchers (source_type, paid_on, id);

ALTER TABLE fund ADD COLUMN admin_cost_percent INTEGER NOT NULL DEFAULT 20 CHECK (admin_cost_percent BETWEEN 1 AND 100);
