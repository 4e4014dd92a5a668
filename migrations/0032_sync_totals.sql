-- Issue 18 §1–3: what a sync file needs kept rather than scanned, and what its export log must say.
-- * member_year_totals: per member and fiscal year, the months and money of the receipts not voided (Decision 17's
--   member-year totals). Kept by the receipt writer and the void, like account_month_totals, so a full export
--   reads 260,000 rows instead of grouping two million receipts and their months (7 s on the 30,000 × 10 fund).
--   A row whose receipts were all voided is kept at zero and left out of the file.
-- * sync_exports.personal_data / recipient_fingerprint: which level a file carried and, for full data, whose key
--   it was encrypted to (reliability's PDPA table: the export log keeps the level and the recipient).
-- * sync_sent_parts: per record part, its content as the last file carried it (deflated), so an incremental file
--   can carry only what changed since (and the keys that left). State, not history: replaced by each export.

CREATE TABLE member_year_totals (
  member_id INTEGER NOT NULL REFERENCES members (id),
  fiscal_year INTEGER NOT NULL,
  months INTEGER NOT NULL CHECK (months >= 0),
  satang INTEGER NOT NULL CHECK (satang >= 0),
  PRIMARY KEY (member_id, fiscal_year)
) STRICT, WITHOUT ROWID;

INSERT INTO member_year_totals (member_id, fiscal_year, months, satang)
  WITH kept AS (
         SELECT r.id, r.member_id, r.fiscal_year, r.total_satang FROM receipts AS r
          WHERE NOT EXISTS (SELECT 1 FROM receipt_voids AS x WHERE x.receipt_id = r.id)),
       money AS (SELECT member_id, fiscal_year, sum(total_satang) AS satang FROM kept GROUP BY member_id, fiscal_year),
       months AS (
         SELECT k.member_id, k.fiscal_year, count(*) AS months
           FROM kept AS k JOIN receipt_months AS rm ON rm.receipt_id = k.id
          GROUP BY k.member_id, k.fiscal_year)
  SELECT money.member_id, money.fiscal_year, coalesce(months.months, 0), money.satang
    FROM money LEFT JOIN months ON months.member_id = money.member_id AND months.fiscal_year = money.fiscal_year;

ALTER TABLE sync_exports ADD COLUMN personal_data TEXT NOT NULL DEFAULT 'pseudonymous'
  CHECK (personal_data IN ('pseudonymous', 'encrypted-full'));
ALTER TABLE sync_exports ADD COLUMN recipient_fingerprint TEXT
  CHECK ((personal_data = 'encrypted-full') = (recipient_fingerprint IS NOT NULL));

CREATE TABLE sync_sent_parts (
  part TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL REFERENCES sync_exports (sequence),
  content BLOB NOT NULL
) STRICT;
