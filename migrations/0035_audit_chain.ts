import { createHash } from 'node:crypto';
import {
  auditChainColumns,
  auditLinkText,
  chainGenesis,
  journalChainColumns,
  journalLinkText,
  linkInput,
  type AuditRowForChain,
  type JournalEntryForChain,
  type JournalLineForChain,
} from '../shared/domain/audit/audit-chain';
import type { MigrationStep } from './step-types';

/** Rows per batch: better-sqlite3 writes nothing while a read is stepping, so rows are read a batch at a time. */
const batchSize = 5000;

/**
 * Links every journal entry and audit row the fund already has, in id order, into the chains of
 * 0035_audit_chain.sql. A frozen copy of what the unit of work does for new rows (steps/audit-chain.ts): a
 * migration step imports nothing of the app, and must keep chaining the same way however the app changes later.
 */
export const chainExistingRows: MigrationStep = (connection) => {
  const insert = connection.prepare('INSERT INTO chain_links (chain, row_id, link) VALUES (?, ?, ?)');
  const link = (previous: string, text: string) => createHash('sha256').update(linkInput(previous, text)).digest('hex');
  chainInBatches('journal', (after) => {
    const entries = connection
      .prepare(`SELECT ${journalChainColumns.join(', ')} FROM journal_entries WHERE id > ? ORDER BY id LIMIT ?`)
      .all(after, batchSize) as JournalEntryForChain[];
    const last = entries[entries.length - 1];
    if (!last) return [];
    const lines = connection
      .prepare(
        'SELECT entry_id, line_no, account_code, debit_satang, credit_satang FROM journal_lines WHERE entry_id BETWEEN ? AND ? ORDER BY entry_id, line_no',
      )
      .all(entries[0]?.id ?? 0, last.id) as (JournalLineForChain & { entry_id: number })[];
    const byEntry = new Map<number, JournalLineForChain[]>();
    for (const { entry_id, ...line } of lines) byEntry.set(entry_id, [...(byEntry.get(entry_id) ?? []), line]);
    return entries.map((entry) => ({ id: entry.id, text: journalLinkText(entry, byEntry.get(entry.id) ?? []) }));
  });
  chainInBatches('audit', (after) =>
    (
      connection
        .prepare(`SELECT ${auditChainColumns.join(', ')} FROM audit_events WHERE id > ? ORDER BY id LIMIT ?`)
        .all(after, batchSize) as AuditRowForChain[]
    ).map((row) => ({ id: row.id, text: auditLinkText(row) })),
  );

  /**
   * The links just computed from the rows themselves are the chain's verified point: the first open after this
   * migration then checks only what comes after, instead of reading millions of rows a second time.
   */
  function chainInBatches(chain: 'journal' | 'audit', read: (after: number) => { id: number; text: string }[]) {
    let previous = chainGenesis;
    let after = 0;
    for (let rows = read(after); rows.length > 0; rows = read(after)) {
      for (const row of rows) {
        previous = link(previous, row.text);
        insert.run(chain, row.id, previous);
        after = row.id;
      }
    }
    if (after > 0)
      connection
        .prepare(
          "INSERT INTO chain_verifications (chain, verified_through, verified_link, verified_at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
        )
        .run(chain, after, previous);
  }
};
