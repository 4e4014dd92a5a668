-- SWF Ledger: the member import remembers, per fund, which member field each column header was mapped to
-- (issue 19 §1), so the next sheet with the same headers opens already mapped.
-- * header_key: the header's words as compared (Thai digits as Arabic, lower case, without spaces, dots, colons,
--   dashes and underscores); one row per header ever mapped.
-- * field: the member field (the import's own names: citizenId, birthDate, paidThrough…).
-- * era: how the column writes its years — 'auto' (by size, Decision 3), 'be' (พ.ศ.) or 'ce' (ค.ศ.).
-- A setting of the fund, kept for the app's own use: no uuid, it never travels in a sync file.

CREATE TABLE member_import_mappings (
  header_key TEXT PRIMARY KEY CHECK (length(header_key) BETWEEN 1 AND 200),
  field TEXT NOT NULL CHECK (field IN ('citizenId', 'noIdReason', 'title', 'firstName', 'lastName', 'gender', 'birthDate',
    'houseNo', 'village', 'subdistrict', 'district', 'province', 'postcode', 'phone', 'appliedOn', 'approvedOn',
    'approvalRef', 'paidThrough')),
  era TEXT NOT NULL DEFAULT 'auto' CHECK (era IN ('auto', 'be', 'ce')),
  updated_at TEXT NOT NULL
) STRICT;
