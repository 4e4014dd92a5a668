-- Issue 20 §1: a sync file's manifest names the heads of the fund's journal and audit hash chains. The workspace
-- keeps them with each file imported, so a fund's printed pages and later files can be matched to what it sent.
-- NULL for files imported before this migration and for a chain the fund had no rows in.
ALTER TABLE imports ADD COLUMN journal_chain_head TEXT;
ALTER TABLE imports ADD COLUMN audit_chain_head TEXT;
