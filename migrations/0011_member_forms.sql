-- SWF Ledger schema 8 (issue 14): a pre-opening member's explicit "no arrears at the opening date", members
-- voided as registered in error, and the fund's plausibility ceilings for typed amounts.

-- A member who joined before the fund used the app either paid through a month (paid_through_period) or owed
-- nothing on the opening date (this flag): the treasurer chooses one. Members stored before this choice existed
-- keep 0 and are counted as before (dues from the opening month).
ALTER TABLE members ADD COLUMN no_arrears_at_opening INTEGER NOT NULL DEFAULT 0 CHECK (no_arrears_at_opening IN (0, 1));

-- A member registered in error, with nothing posted, is voided with a reason: the row stays (struck through on
-- screen), out of every count, and its citizen ID is free for a correct registration. Only these columns may be
-- set, once (the code step 0011 drops the old column-wide UNIQUE, which SQLite cannot drop in place).
ALTER TABLE members ADD COLUMN voided_on TEXT;
ALTER TABLE members ADD COLUMN void_reason TEXT;
ALTER TABLE members ADD COLUMN voided_by TEXT;
CREATE UNIQUE INDEX members_citizen_id_current ON members (citizen_id) WHERE voided_on IS NULL;
-- The member list leaves voided members out: its indexes carry the column, so a search still reads only the
-- index for the rows it does not show.
DROP INDEX members_search;
CREATE INDEX members_search ON members (sort_key, id, search_text, status, voided_on);
DROP INDEX members_status;
CREATE INDEX members_status ON members (status, sort_key, voided_on);
CREATE TRIGGER members_void_fixed BEFORE UPDATE OF voided_on, void_reason, voided_by ON members
WHEN OLD.voided_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- Amounts above these ask the person to confirm before they are saved (a typo like 36,500 for 365.00 baht):
-- a member's payment, a payout (a voucher, a welfare rule's amount) and a grant received.
ALTER TABLE fund ADD COLUMN ceiling_payment_satang INTEGER NOT NULL DEFAULT 300000 CHECK (ceiling_payment_satang > 0);
ALTER TABLE fund ADD COLUMN ceiling_payout_satang INTEGER NOT NULL DEFAULT 10000000 CHECK (ceiling_payout_satang > 0);
ALTER TABLE fund ADD COLUMN ceiling_grant_satang INTEGER NOT NULL DEFAULT 500000000 CHECK (ceiling_grant_satang > 0);
