-- Books, bank reconciliation and the year-end checklist (issue 16 §4). None of these is posted money: they are
-- records the treasurer makes about the books, so they carry a uuid and stay editable by adding a newer one.
--
-- * bank_reconciliations: one per statement the treasurer reconciled a bank account against: its date, its
--   closing balance, and what the books held that day (kept so the record reads the same after later postings).
-- * bank_reconciliation_ticks: the journal lines the statement showed, per reconciliation. A line ticked once
--   is not offered again: the next reconciliation starts from the lines still outstanding.
-- * cash_counts: the cash the treasurer counted on a day, beside what the cash book held (the year-end check).
-- * produced_documents: which report was printed or exported for which day, so the year-end checklist knows
--   §10 and the status form went out for the year.

CREATE TABLE bank_reconciliations (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  account_code TEXT NOT NULL REFERENCES accounts (code),
  statement_date TEXT NOT NULL,
  statement_balance_satang INTEGER NOT NULL CHECK (statement_balance_satang >= 0),
  book_balance_satang INTEGER NOT NULL,
  unticked_in_satang INTEGER NOT NULL,
  unticked_out_satang INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX bank_reconciliations_account ON bank_reconciliations (account_code, statement_date);

CREATE TABLE bank_reconciliation_ticks (
  reconciliation_id INTEGER NOT NULL REFERENCES bank_reconciliations (id),
  entry_id INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  PRIMARY KEY (reconciliation_id, entry_id, line_no),
  FOREIGN KEY (entry_id, line_no) REFERENCES journal_lines (entry_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX bank_reconciliation_ticks_line ON bank_reconciliation_ticks (entry_id, line_no);

CREATE TABLE cash_counts (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  counted_on TEXT NOT NULL,
  counted_satang INTEGER NOT NULL CHECK (counted_satang >= 0),
  book_satang INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX cash_counts_day ON cash_counts (counted_on);

CREATE TABLE produced_documents (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  covers_on TEXT NOT NULL,
  format TEXT NOT NULL,
  file_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX produced_documents_kind ON produced_documents (kind, covers_on);
