-- SWF Ledger: one posting core (issue 16 parts 1–2).
-- * The chart of accounts carries the line of the status form's §10 each account is reported on.
-- * Journal entries carry their source document (kind, id, number), the collection day they belong to and the
--   grant dimensions (source, matching round), so the cash book and each bank book are read from journal lines:
--   cash_book_lines held nothing else (its descriptions are the entries' own, a collection day's per-account
--   lines are built when read), and it goes.
-- * account_day_totals: per asset account and day, kept by the posting core beside account_month_totals, so
--   "no account below zero on this date or any later one" (Decision 13) reads a few rows, never the journal.
-- * A register of bank accounts, each with its own ledger account under §10's bank deposits; the one bank
--   account of earlier versions becomes "bank account (before the register)" until the treasurer names it.
-- * The fund's lock date (nothing is posted on or before it) and the money account its forms offer first.

ALTER TABLE accounts ADD COLUMN section10_line TEXT NOT NULL DEFAULT 'other';
UPDATE accounts SET section10_line = CASE code
  WHEN '1100' THEN 'receipts.contributions'
  WHEN '1200' THEN 'receipts.codi-seed'
  WHEN '1300' THEN 'receipts.government-matching'
  WHEN '1400' THEN 'receipts.local-government'
  WHEN '1500' THEN 'receipts.other-government'
  WHEN '1900' THEN 'receipts.other'
  WHEN '2100' THEN 'income.entry-fees'
  WHEN '2200' THEN 'income.donations'
  WHEN '2300' THEN 'income.interest'
  WHEN '2900' THEN 'income.other'
  WHEN '3100' THEN 'assets.cash'
  WHEN '3200' THEN 'assets.bank'
  WHEN '3300' THEN 'assets.investments'
  WHEN '4100' THEN 'expenses.worker-compensation'
  WHEN '4200' THEN 'expenses.transport'
  WHEN '4300' THEN 'expenses.stationery'
  WHEN '4400' THEN 'expenses.meetings'
  WHEN '4900' THEN 'expenses.other'
  WHEN '5000' THEN 'welfare.member'
  WHEN '5900' THEN 'welfare.community'
  WHEN '6000' THEN 'opening'
  ELSE 'other'
END;
UPDATE accounts SET name_th = 'บัญชีธนาคาร (ก่อนมีทะเบียน)', name_en = 'Bank account (before the register)' WHERE code = '3200';

ALTER TABLE journal_entries ADD COLUMN document_no TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_entries ADD COLUMN batch_id INTEGER REFERENCES collection_batches (id);
ALTER TABLE journal_entries ADD COLUMN grant_source TEXT;
ALTER TABLE journal_entries ADD COLUMN matching_round INTEGER;

-- Posted entries are immutable; the guard steps aside while the new columns are filled from the documents.
DROP TRIGGER journal_entries_immutable_update;
-- Source kinds: receipt, receipt-void, voucher (the voucher row says what for), voucher-reversal, transfer, opening.
UPDATE journal_entries SET document_no = entry_no;
UPDATE journal_entries SET source_type = 'opening' WHERE source_type = 'ledger.recordOpeningBalances';
UPDATE journal_entries SET document_no = r.receipt_no, batch_id = r.batch_id, source_type = 'receipt', source_id = r.id
  FROM receipts AS r WHERE r.journal_entry_id = journal_entries.id;
UPDATE journal_entries SET document_no = r.receipt_no, source_id = r.id
  FROM receipt_voids AS v JOIN receipts AS r ON r.id = v.receipt_id WHERE v.reversal_entry_id = journal_entries.id;
UPDATE journal_entries SET document_no = p.voucher_no, source_type = 'voucher', source_id = p.id
  FROM payment_vouchers AS p WHERE p.journal_entry_id = journal_entries.id;
UPDATE journal_entries SET document_no = p.voucher_no, source_id = p.id
  FROM voucher_reversals AS x JOIN payment_vouchers AS p ON p.id = x.voucher_id WHERE x.reversal_entry_id = journal_entries.id;
CREATE TRIGGER journal_entries_immutable_update BEFORE UPDATE ON journal_entries BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- A money book reads a window of dates: the entries of those days, then their lines by the primary key.
CREATE INDEX journal_entries_date ON journal_entries (entry_date, id);

DROP TABLE cash_book_lines;

-- book_rows: how many lines the account's book shows that day (an entry outside a collection day is one line; a
-- posted collection day one line per credited account), so a page of the book finds its days without a scan.
CREATE TABLE account_day_totals (
  account_code TEXT NOT NULL REFERENCES accounts (code),
  day TEXT NOT NULL,
  debit_satang INTEGER NOT NULL,
  credit_satang INTEGER NOT NULL,
  book_rows INTEGER NOT NULL,
  PRIMARY KEY (account_code, day)
) STRICT, WITHOUT ROWID;
INSERT INTO account_day_totals (account_code, day, debit_satang, credit_satang, book_rows)
SELECT l.account_code, e.entry_date, SUM(l.debit_satang), SUM(l.credit_satang), 0
FROM journal_lines AS l
JOIN journal_entries AS e ON e.id = l.entry_id
JOIN accounts AS a ON a.code = l.account_code
WHERE a.account_group = 'assets'
GROUP BY l.account_code, e.entry_date;
UPDATE account_day_totals SET book_rows =
  (SELECT COUNT(*) FROM journal_entries AS e JOIN journal_lines AS l ON l.entry_id = e.id
    WHERE e.entry_date = account_day_totals.day AND l.account_code = account_day_totals.account_code AND e.batch_id IS NULL)
  + (SELECT COUNT(DISTINCT e.batch_id || '|' || c.account_code)
       FROM journal_entries AS e
       JOIN journal_lines AS l ON l.entry_id = e.id
       JOIN journal_lines AS c ON c.entry_id = e.id AND c.account_code <> l.account_code
      WHERE e.entry_date = account_day_totals.day AND l.account_code = account_day_totals.account_code AND e.batch_id IS NOT NULL);

CREATE TABLE bank_accounts (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  account_code TEXT NOT NULL UNIQUE REFERENCES accounts (code),
  bank_name TEXT NOT NULL,
  branch TEXT NOT NULL,
  account_no TEXT NOT NULL,
  account_type TEXT NOT NULL CHECK (account_type IN ('savings', 'fixed')),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX bank_accounts_number ON bank_accounts (bank_name, account_no) WHERE account_no <> '';

-- A file whose books already used the one bank account keeps it, unnamed, in the register.
INSERT INTO bank_accounts (uuid, account_code, bank_name, branch, account_no, account_type, version, created_at, updated_at)
SELECT
  lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  '3200', '', '', '', 'savings', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM account_month_totals WHERE account_code = '3200');

-- A transfer between the fund's own accounts (cash and bank): posted money, never edited.
CREATE TABLE money_transfers (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  request_id TEXT NOT NULL UNIQUE,
  transferred_on TEXT NOT NULL,
  from_account TEXT NOT NULL REFERENCES accounts (code),
  to_account TEXT NOT NULL REFERENCES accounts (code),
  amount_satang INTEGER NOT NULL CHECK (amount_satang > 0),
  note TEXT NOT NULL,
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
  created_at TEXT NOT NULL,
  CHECK (from_account <> to_account)
) STRICT;
CREATE TRIGGER money_transfers_immutable_update BEFORE UPDATE ON money_transfers BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER money_transfers_immutable_delete BEFORE DELETE ON money_transfers BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

ALTER TABLE fund ADD COLUMN locked_through TEXT;
ALTER TABLE fund ADD COLUMN usual_account TEXT NOT NULL DEFAULT '3100';
