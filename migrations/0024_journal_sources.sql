-- A document's journal entries found by their source (kind, id) without scanning the journal: the status form's
-- and the year's "what the opening put into each account" read the opening entries among two million.
CREATE INDEX journal_entries_source ON journal_entries (source_type, source_id);
