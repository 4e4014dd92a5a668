-- SWF Ledger schema 5: a welfare claim paid to several payees (a death benefit split among the beneficiaries
-- by share, one voucher each), arrears at death deducted by a receipt, and reversals of a wrong payout
-- (Decisions 6, 11, 13: posted money is corrected by a dated reversal, never edited).

-- Decision 11 setting: arrears at death are deducted from the benefit (on by default).
ALTER TABLE fund ADD COLUMN deduct_arrears_at_death INTEGER NOT NULL DEFAULT 1 CHECK (deduct_arrears_at_death IN (0, 1));
-- Decision 6 setting: a reinstated member's years of membership count within the new spell (default) or from the first.
ALTER TABLE fund ADD COLUMN membership_counting TEXT NOT NULL DEFAULT 'current-spell' CHECK (membership_counting IN ('current-spell', 'first-spell'));

-- One row per payee of a paid claim: the voucher carries the gross share (welfare expense); the part of it
-- kept back for the member's overdue months is covered by `arrears_receipt_id`, so the payee is handed the net.
CREATE TABLE welfare_payments (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES welfare_claims (id),
  voucher_id INTEGER NOT NULL UNIQUE REFERENCES payment_vouchers (id),
  payee_name TEXT NOT NULL,
  share INTEGER NOT NULL CHECK (share > 0),
  gross_satang INTEGER NOT NULL CHECK (gross_satang > 0),
  deducted_satang INTEGER NOT NULL CHECK (deducted_satang >= 0 AND deducted_satang < gross_satang),
  arrears_receipt_id INTEGER REFERENCES receipts (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX welfare_payments_claim ON welfare_payments (claim_id);

-- Claims paid before this schema had exactly one voucher: they become one payment row each.
INSERT INTO welfare_payments (claim_id, voucher_id, payee_name, share, gross_satang, deducted_satang, arrears_receipt_id, created_at)
SELECT c.id, v.id, v.payee_name, 1, v.amount_satang, 0, NULL, v.created_at
FROM welfare_claims c JOIN payment_vouchers v ON v.id = c.voucher_id
WHERE c.state = 'paid';

-- A reversed voucher: its entry is reversed by `reversal_entry_id`; the voucher row itself never changes.
CREATE TABLE voucher_reversals (
  voucher_id INTEGER PRIMARY KEY REFERENCES payment_vouchers (id),
  request_id TEXT NOT NULL UNIQUE,
  reversed_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  reversal_entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE welfare_claim_reversals (
  claim_id INTEGER PRIMARY KEY REFERENCES welfare_claims (id),
  request_id TEXT NOT NULL UNIQUE,
  reversed_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- A reversed claim no longer counts toward caps, nor blocks a corrected claim for the same event. The flag is
-- the one change a paid claim may take, once.
ALTER TABLE welfare_claims ADD COLUMN reversed INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1));
DROP TRIGGER welfare_claims_paid_immutable;

-- Claim numbers (WF + B.E. fiscal year of recording + sequence, gapless like receipts and vouchers), so the
-- committee's minutes and the register cite one number. Claims recorded before get theirs in recording order.
ALTER TABLE welfare_claims ADD COLUMN claim_no TEXT;
CREATE TEMP TABLE claim_numbers AS
SELECT id, fiscal_year, ROW_NUMBER() OVER (PARTITION BY fiscal_year ORDER BY id) AS sequence_no
FROM (
  SELECT c.id, CAST(substr(c.created_at, 1, 4) AS INTEGER)
    + (CASE WHEN f.fiscal_year_start_month > 1 AND CAST(substr(c.created_at, 6, 2) AS INTEGER) >= f.fiscal_year_start_month THEN 1 ELSE 0 END) AS fiscal_year
  FROM welfare_claims c CROSS JOIN fund f
);
UPDATE welfare_claims SET claim_no = (
  SELECT 'WF' || (n.fiscal_year + 543) || '-' || printf('%06d', n.sequence_no) FROM claim_numbers n WHERE n.id = welfare_claims.id
);
INSERT INTO document_sequences (series, fiscal_year, last_number) SELECT 'claim', fiscal_year, MAX(sequence_no) FROM claim_numbers GROUP BY fiscal_year;
DROP TABLE claim_numbers;
CREATE UNIQUE INDEX welfare_claims_claim_no ON welfare_claims (claim_no);
CREATE TRIGGER welfare_claims_number_fixed BEFORE UPDATE OF claim_no ON welfare_claims WHEN OLD.claim_no IS NOT NULL BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_claims_paid_immutable BEFORE UPDATE ON welfare_claims
WHEN OLD.state = 'paid' AND (
  OLD.reversed = 1 OR NEW.reversed <> 1 OR NEW.state IS NOT OLD.state OR NEW.voucher_id IS NOT OLD.voucher_id
  OR NEW.computed_satang IS NOT OLD.computed_satang OR NEW.units_paid IS NOT OLD.units_paid OR NEW.decision_json IS NOT OLD.decision_json
  OR NEW.member_id IS NOT OLD.member_id OR NEW.type_id IS NOT OLD.type_id OR NEW.event_date IS NOT OLD.event_date
  OR NEW.decision_ref IS NOT OLD.decision_ref OR NEW.dependent_id IS NOT OLD.dependent_id OR NEW.recipient_kind IS NOT OLD.recipient_kind
)
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
DROP INDEX welfare_claims_one_event;
CREATE UNIQUE INDEX welfare_claims_one_event ON welfare_claims (type_id, member_id, event_date, COALESCE(dependent_id, 0)) WHERE state <> 'rejected' AND reversed = 0;
-- The register is read by event date, newest first, and filtered by type.
CREATE INDEX welfare_claims_event ON welfare_claims (event_date, type_id);

CREATE TRIGGER welfare_payments_immutable_update BEFORE UPDATE ON welfare_payments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_payments_immutable_delete BEFORE DELETE ON welfare_payments BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER voucher_reversals_immutable_update BEFORE UPDATE ON voucher_reversals BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER voucher_reversals_immutable_delete BEFORE DELETE ON voucher_reversals BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_claim_reversals_immutable_update BEFORE UPDATE ON welfare_claim_reversals BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER welfare_claim_reversals_immutable_delete BEFORE DELETE ON welfare_claim_reversals BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
