-- Decision 7's settings become the fund's own (issue 14): dues start from the month of approval (the default)
-- or of application, and a month falls due on a day of it (NULL: its last day, the default; a day past the end
-- of a short month means that month's last day).
ALTER TABLE fund ADD COLUMN dues_from TEXT NOT NULL DEFAULT 'approval' CHECK (dues_from IN ('approval', 'application'));
ALTER TABLE fund ADD COLUMN due_day INTEGER CHECK (due_day BETWEEN 1 AND 31);

-- "As of" a day (Decision 7): the arrears list takes away the receipts received after the day, found here
-- instead of by reading every receipt.
CREATE INDEX receipts_received ON receipts (received_on);

-- A member's receipts as the statement lists them, kept together by member, so the treasurer's first look at a
-- statement (nothing in the cache) reads a page or two instead of a page per receipt and per journal entry
-- (issue 14 item 19). Derived from the receipt in the same transaction and never changed: a void lives in
-- receipt_voids. A copy the app keeps for itself, like account_month_totals, so no uuid.
CREATE TABLE member_receipts (
  member_id INTEGER NOT NULL REFERENCES members (id),
  received_on TEXT NOT NULL,
  receipt_id INTEGER NOT NULL REFERENCES receipts (id),
  receipt_no TEXT NOT NULL,
  total_satang INTEGER NOT NULL CHECK (total_satang > 0),
  has_entry_fee INTEGER NOT NULL CHECK (has_entry_fee IN (0, 1)),
  PRIMARY KEY (member_id, received_on, receipt_id)
) STRICT, WITHOUT ROWID;

INSERT INTO member_receipts (member_id, received_on, receipt_id, receipt_no, total_satang, has_entry_fee)
SELECT r.member_id, r.received_on, r.id, r.receipt_no, r.total_satang,
       EXISTS (SELECT 1 FROM receipt_lines AS l WHERE l.receipt_id = r.id AND l.kind = 'entry-fee')
  FROM receipts AS r;

CREATE TRIGGER member_receipts_immutable_update BEFORE UPDATE ON member_receipts BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER member_receipts_immutable_delete BEFORE DELETE ON member_receipts BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
