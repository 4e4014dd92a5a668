-- SWF Ledger: contribution and welfare history from before the fund's opening date (issue 19 §2, Decision 10),
-- and one remembered column mapping for every sheet import.
--
-- History before the opening date is memo-only: it drives arrears (the months it covers are paid), membership
-- durations (a waiting period counted from the first payment or by paid-up days) and welfare caps, and it never
-- posts a journal entry — the money it records is already inside the opening balances. So these tables hold no
-- link to the journal, and nothing here is money the books move.
--
-- Immutability: a history row is what a paper book or an old register said, copied once. It is never edited and
-- never deleted (triggers below): an import that was wrong is not silently rewritten, and what the committee was
-- shown (a cap judged with it, a waiting period) stays explainable. A line imported by mistake is voided: a void
-- row (who, when, why) is added, and its trigger marks the line `voided` (the one column that may change, once,
-- from 0 to 1, and only with its void row present) and frees the months it held, so the corrected line can be
-- imported again. Every read of history leaves voided lines out: a voided line counts as never imported.
--
-- * contribution_history: one line of a receipt book before the opening date — the member, the first month it
--   paid and how many months, the amount as written (satang), the day paid, the book and receipt number as on
--   paper (either may be missing on old paper), where it came from (an import) and the file's SHA-256.
-- * contribution_history_months: the months a line that is not voided covers, one row each, with the month's
--   index (year × 12 + month − 1, as shared/domain/calendar-date.ts counts) so the arrears fast path can compare
--   it with a member's dues start. One month per member at most (the primary key), and a month paid by a receipt
--   that has no void cannot also be history, nor the other way round (triggers). A void removes its line's months.
-- * contribution_history_voids, welfare_history_voids: one void per history line, with its day, reason and who.
-- * welfare_history: one welfare payment before the opening date — the member, the welfare type, the event
--   date, the amount paid (satang) and units (nights or days) where the type pays per unit.
-- * import_mappings: which field a column header filled last time, per import kind (members, contribution
--   history, welfare history); the member import's own table (0033) is folded into it.

CREATE TABLE contribution_history (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  first_period TEXT NOT NULL CHECK (first_period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
  month_count INTEGER NOT NULL CHECK (month_count BETWEEN 1 AND 120),
  amount_satang INTEGER NOT NULL CHECK (amount_satang >= 0),
  paid_on TEXT NOT NULL CHECK (paid_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  book_no TEXT CHECK (book_no IS NULL OR length(book_no) BETWEEN 1 AND 20),
  receipt_no TEXT CHECK (receipt_no IS NULL OR length(receipt_no) BETWEEN 1 AND 20),
  source TEXT NOT NULL CHECK (source IN ('import')),
  source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
  source_row INTEGER NOT NULL CHECK (source_row >= 1),
  created_at TEXT NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1))
) STRICT;

CREATE INDEX contribution_history_member ON contribution_history (member_id, paid_on);
CREATE INDEX contribution_history_paid ON contribution_history (paid_on);
-- A book and number written twice is one receipt imported twice (a voided line's number is free again).
CREATE UNIQUE INDEX contribution_history_paper_no ON contribution_history (book_no, receipt_no)
  WHERE book_no IS NOT NULL AND receipt_no IS NOT NULL AND voided = 0;

CREATE TABLE contribution_history_months (
  member_id INTEGER NOT NULL REFERENCES members (id),
  period TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
  period_index INTEGER NOT NULL
    CHECK (period_index = CAST(substr(period, 1, 4) AS INTEGER) * 12 + CAST(substr(period, 6, 2) AS INTEGER) - 1),
  history_id INTEGER NOT NULL REFERENCES contribution_history (id),
  PRIMARY KEY (member_id, period)
) STRICT, WITHOUT ROWID;

CREATE INDEX contribution_history_months_period ON contribution_history_months (period);
CREATE INDEX contribution_history_months_history ON contribution_history_months (history_id);

CREATE TABLE contribution_history_voids (
  history_id INTEGER PRIMARY KEY REFERENCES contribution_history (id),
  voided_on TEXT NOT NULL CHECK (voided_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 300),
  voided_by TEXT NOT NULL CHECK (length(voided_by) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER contribution_history_months_not_receipted BEFORE INSERT ON contribution_history_months
WHEN EXISTS (
  SELECT 1 FROM receipt_months AS m
  WHERE m.member_id = NEW.member_id AND m.period = NEW.period
    AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = m.receipt_id)
)
BEGIN
  SELECT RAISE(ABORT, 'month-already-paid');
END;

CREATE TRIGGER receipt_months_not_history BEFORE INSERT ON receipt_months
WHEN EXISTS (SELECT 1 FROM contribution_history_months AS h WHERE h.member_id = NEW.member_id AND h.period = NEW.period)
BEGIN
  SELECT RAISE(ABORT, 'month-already-paid');
END;

-- Only `voided` may change, from 0 to 1, once the line's void row exists; any other column never.
CREATE TRIGGER contribution_history_no_update
BEFORE UPDATE OF id, uuid, member_id, first_period, month_count, amount_satang, paid_on, book_no, receipt_no, source,
  source_sha256, source_row, created_at ON contribution_history
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER contribution_history_void_only BEFORE UPDATE OF voided ON contribution_history
WHEN NOT (OLD.voided = 0 AND NEW.voided = 1 AND EXISTS (SELECT 1 FROM contribution_history_voids WHERE history_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER contribution_history_no_delete BEFORE DELETE ON contribution_history
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER contribution_history_months_no_update BEFORE UPDATE ON contribution_history_months
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
-- A month leaves only with its line's void.
CREATE TRIGGER contribution_history_months_no_delete BEFORE DELETE ON contribution_history_months
WHEN NOT EXISTS (SELECT 1 FROM contribution_history_voids WHERE history_id = OLD.history_id)
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;

CREATE TRIGGER contribution_history_voided AFTER INSERT ON contribution_history_voids
BEGIN
  UPDATE contribution_history SET voided = 1 WHERE id = NEW.history_id;
  DELETE FROM contribution_history_months WHERE history_id = NEW.history_id;
END;
CREATE TRIGGER contribution_history_voids_no_update BEFORE UPDATE ON contribution_history_voids
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER contribution_history_voids_no_delete BEFORE DELETE ON contribution_history_voids
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;

CREATE TABLE welfare_history (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  type_id INTEGER NOT NULL REFERENCES welfare_types (id),
  event_date TEXT NOT NULL CHECK (event_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  amount_satang INTEGER NOT NULL CHECK (amount_satang > 0),
  units INTEGER CHECK (units IS NULL OR units BETWEEN 1 AND 366),
  source TEXT NOT NULL CHECK (source IN ('import')),
  source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
  source_row INTEGER NOT NULL CHECK (source_row >= 1),
  created_at TEXT NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1))
) STRICT;

-- One payment of a type per member and event day, as a claim is (claim-duplicate); a voided one is free again.
CREATE UNIQUE INDEX welfare_history_once ON welfare_history (member_id, type_id, event_date) WHERE voided = 0;

CREATE TABLE welfare_history_voids (
  history_id INTEGER PRIMARY KEY REFERENCES welfare_history (id),
  voided_on TEXT NOT NULL CHECK (voided_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 300),
  voided_by TEXT NOT NULL CHECK (length(voided_by) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER welfare_history_no_update
BEFORE UPDATE OF id, uuid, member_id, type_id, event_date, amount_satang, units, source, source_sha256, source_row,
  created_at ON welfare_history
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER welfare_history_void_only BEFORE UPDATE OF voided ON welfare_history
WHEN NOT (OLD.voided = 0 AND NEW.voided = 1 AND EXISTS (SELECT 1 FROM welfare_history_voids WHERE history_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER welfare_history_no_delete BEFORE DELETE ON welfare_history
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;

CREATE TRIGGER welfare_history_voided AFTER INSERT ON welfare_history_voids
BEGIN
  UPDATE welfare_history SET voided = 1 WHERE id = NEW.history_id;
END;
CREATE TRIGGER welfare_history_voids_no_update BEFORE UPDATE ON welfare_history_voids
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;
CREATE TRIGGER welfare_history_voids_no_delete BEFORE DELETE ON welfare_history_voids
BEGIN SELECT RAISE(ABORT, 'history-immutable'); END;

CREATE TABLE import_mappings (
  kind TEXT NOT NULL CHECK (kind IN ('members', 'contributions', 'welfare')),
  header_key TEXT NOT NULL CHECK (length(header_key) BETWEEN 1 AND 200),
  field TEXT NOT NULL CHECK (length(field) BETWEEN 1 AND 40),
  era TEXT NOT NULL DEFAULT 'auto' CHECK (era IN ('auto', 'be', 'ce')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (kind, header_key)
) STRICT;

INSERT INTO import_mappings (kind, header_key, field, era, updated_at)
  SELECT 'members', header_key, field, era, updated_at FROM member_import_mappings;

DROP TABLE member_import_mappings;
