-- SWF Ledger: how the fund's papers print (issue 14 §15).
-- Receipts print on A4 by default; a fund may choose A5, or two receipts to an A4 sheet. One row, id 1; a fund
-- that never chose has no row and prints on A4.
CREATE TABLE print_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  receipt_paper TEXT NOT NULL DEFAULT 'a4' CHECK (receipt_paper IN ('a4', 'a5', 'a4-two'))
) STRICT;

-- Who signs the fund's papers: the officers' names and positions, printed in brackets under the signature lines
-- of receipts, vouchers, eligibility sheets, meeting papers and reports. An office with no row, or an empty
-- name, prints a blank bracket to write in by hand. Earlier names are kept in the audit rows of each change.
CREATE TABLE fund_signers (
  role TEXT PRIMARY KEY CHECK (role IN ('chair', 'treasurer', 'secretary', 'checker')),
  name TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT ''
) STRICT;
