-- SWF Ledger: hash chains over the journal and the audit trail (issue 20 §1; reliability.md §(b) "Hash chain").
--
-- Every posted journal entry (with its lines) and every audit row gets a link: SHA-256(previous link ‖ canonical
-- row), the canonical row as shared/domain/audit/audit-chain.ts writes it. The links live beside the rows rather
-- than in them: journal entries and audit rows are immutable (their triggers refuse any UPDATE), and a link is
-- only ever added. The TypeScript step of this migration chains the rows a fund already has; from then on the
-- unit of work chains every row a call writes, in the call's own transaction.
--
-- * chain_links: one link per row of each chain, by the row's id. Never edited or deleted (triggers).
-- * chain_verifications: how far each chain was last found whole (its last verified row and link, and when), so
--   the check at open starts from there instead of from the first row.

CREATE TABLE chain_links (
  chain TEXT NOT NULL CHECK (chain IN ('journal', 'audit')),
  row_id INTEGER NOT NULL,
  link TEXT NOT NULL CHECK (length(link) = 64),
  PRIMARY KEY (chain, row_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER chain_links_no_update BEFORE UPDATE ON chain_links
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER chain_links_no_delete BEFORE DELETE ON chain_links
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

CREATE TABLE chain_verifications (
  chain TEXT PRIMARY KEY CHECK (chain IN ('journal', 'audit')),
  verified_through INTEGER NOT NULL CHECK (verified_through >= 0),
  verified_link TEXT NOT NULL CHECK (length(verified_link) = 64),
  verified_at TEXT NOT NULL
) STRICT;
