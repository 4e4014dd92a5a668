/*
 * The hash chains of the journal and the audit trail (reliability.md §(b) "Hash chain", issue 20 §1): every posted
 * journal entry and every audit row has a link SHA-256(previous link ‖ canonical row), so a row changed, removed or
 * slipped in outside the app shows at the first link that no longer matches, and a chain's head (the last link)
 * written into a backup, a sync manifest or a printed report pins everything before it.
 *
 * The canonical row is a JSON array of the row's columns in a fixed order (strings, integers and nulls only, so
 * JSON.stringify gives exactly RFC 8785's bytes and another language can rebuild it), led by the chain's name and
 * the format's version. Hashing itself is left to the caller (Node's crypto), so this file stays pure.
 */

export const chainNames = ['journal', 'audit'] as const;
export type ChainName = (typeof chainNames)[number];

/** The link before the first row of a chain. */
export const chainGenesis = '0'.repeat(64);

/** The canonical form's version: a later change of columns is a new version, never a silent change of this one. */
export const chainFormat = 1;

export type JournalEntryForChain = {
  id: number;
  entry_no: string;
  fiscal_year: number;
  sequence_no: number;
  entry_date: string;
  description: string;
  source_type: string;
  source_id: number | null;
  reverses_entry_id: number | null;
  created_at: string;
  actor: string;
  document_no: string;
  batch_id: number | null;
  grant_source: string | null;
  matching_round: number | null;
};
export type JournalLineForChain = { line_no: number; account_code: string; debit_satang: number; credit_satang: number };

export type AuditRowForChain = {
  id: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  call_id: string | null;
  request_id: string | null;
};

/** The columns of each chain's rows, in canonical order (the migration and the repositories read these). */
export const journalChainColumns = [
  'id',
  'entry_no',
  'fiscal_year',
  'sequence_no',
  'entry_date',
  'description',
  'source_type',
  'source_id',
  'reverses_entry_id',
  'created_at',
  'actor',
  'document_no',
  'batch_id',
  'grant_source',
  'matching_round',
] as const satisfies readonly (keyof JournalEntryForChain)[];
export const auditChainColumns = [
  'id',
  'at',
  'actor',
  'method',
  'entity',
  'entity_id',
  'before_json',
  'after_json',
  'call_id',
  'request_id',
] as const satisfies readonly (keyof AuditRowForChain)[];

/** A journal entry with its lines (by line number): the entry is posted whole, so it is chained whole. */
export function journalLinkText(entry: JournalEntryForChain, lines: readonly JournalLineForChain[]): string {
  const ordered = [...lines].sort((left, right) => left.line_no - right.line_no);
  return JSON.stringify([
    'journal',
    chainFormat,
    ...journalChainColumns.map((column) => entry[column]),
    ordered.map((line) => [line.line_no, line.account_code, line.debit_satang, line.credit_satang]),
  ]);
}

export function auditLinkText(row: AuditRowForChain): string {
  return JSON.stringify(['audit', chainFormat, ...auditChainColumns.map((column) => row[column])]);
}

/** The text a link hashes: the previous link (hex) followed by the canonical row. */
export function linkInput(previous: string, text: string): string {
  return previous + text;
}

/** A link as people read it on a screen or a printed page: its first 12 hex digits, enough to match a page to a file. */
export function shortLink(link: string): string {
  return link.slice(0, 12);
}
