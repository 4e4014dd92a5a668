-- Decision 7's settings become the fund's own (issue 14): dues start from the month of approval (the default)
-- or of application, and a month falls due on a day of it (NULL: its last day, the default; a day past the end
-- of a short month means that month's last day).
ALTER TABLE fund ADD COLUMN dues_from TEXT NOT NULL DEFAULT 'approval' CHECK (dues_from IN ('approval', 'application'));
ALTER TABLE fund ADD COLUMN due_day INTEGER CHECK (due_day BETWEEN 1 AND 31);

-- "As of" a day (Decision 7): the arrears list takes away the receipts received after the day, found here
-- instead of by reading every receipt.
CREATE INDEX receipts_received ON receipts (received_on);
