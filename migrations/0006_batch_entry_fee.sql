-- SWF Ledger schema 6: a collection-day line may take the member's entry fee with the months (a new member
-- joining on collection day pays both on one receipt, as at the counter).

ALTER TABLE collection_batch_lines ADD COLUMN include_entry_fee INTEGER NOT NULL DEFAULT 0 CHECK (include_entry_fee IN (0, 1));
