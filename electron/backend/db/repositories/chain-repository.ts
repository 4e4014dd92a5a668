import { sql } from 'kysely';
import {
  auditChainColumns,
  journalChainColumns,
  type AuditRowForChain,
  type ChainName,
  type JournalEntryForChain,
  type JournalLineForChain,
} from '../../../../shared/domain/audit/audit-chain';
import { defineBulkInsert, defineSqlStatement, defineStatement, param, type Connection } from '../execute';

/*
 * The hash chains' links (migration 0035): rows are read a batch at a time by id (better-sqlite3 runs no write
 * while a read is still stepping, and a chain is extended inside a write), links are only ever added.
 */

export type ChainLink = { rowId: number; link: string };

const selectHead = defineStatement<{ chain: ChainName }, { row_id: number; link: string }>((db) =>
  db.selectFrom('chain_links').select(['row_id', 'link']).where('chain', '=', param('chain')).orderBy('row_id', 'desc').limit(1),
);

/** A chain's last link, or undefined while it has none. */
export function chainHead(connection: Connection, chain: ChainName): ChainLink | undefined {
  const row = selectHead.get(connection, { chain });
  return row && { rowId: row.row_id, link: row.link };
}

const selectEntries = defineStatement<{ after: number; limit: number }, JournalEntryForChain>((db) =>
  db
    .selectFrom('journal_entries')
    .select([...journalChainColumns])
    .where('id', '>', param('after'))
    .orderBy('id')
    .limit(param('limit')),
);

const selectLines = defineStatement<{ from: number; to: number }, JournalLineForChain & { entry_id: number }>((db) =>
  db
    .selectFrom('journal_lines')
    .select(['entry_id', 'line_no', 'account_code', 'debit_satang', 'credit_satang'])
    .where('entry_id', '>=', param('from'))
    .where('entry_id', '<=', param('to'))
    .orderBy('entry_id')
    .orderBy('line_no'),
);

/** Up to `limit` journal entries after a row id, each with its lines. */
export function journalEntriesAfter(
  connection: Connection,
  after: number,
  limit: number,
): { entry: JournalEntryForChain; lines: JournalLineForChain[] }[] {
  const entries = selectEntries.all(connection, { after, limit });
  const last = entries[entries.length - 1];
  if (!last) return [];
  const linesByEntry = new Map<number, JournalLineForChain[]>();
  for (const { entry_id, ...line } of selectLines.all(connection, { from: entries[0]?.id ?? 0, to: last.id })) {
    const lines = linesByEntry.get(entry_id);
    if (lines) lines.push(line);
    else linesByEntry.set(entry_id, [line]);
  }
  return entries.map((entry) => ({ entry, lines: linesByEntry.get(entry.id) ?? [] }));
}

const selectAudits = defineStatement<{ after: number; limit: number }, AuditRowForChain>((db) =>
  db
    .selectFrom('audit_events')
    .select([...auditChainColumns])
    .where('id', '>', param('after'))
    .orderBy('id')
    .limit(param('limit')),
);

export function auditRowsAfter(connection: Connection, after: number, limit: number): AuditRowForChain[] {
  return selectAudits.all(connection, { after, limit });
}

const insertLinks = defineBulkInsert<'chain_links', { chain: ChainName; row_id: number; link: string }>('chain_links', [
  'chain',
  'row_id',
  'link',
]);

export function addLinks(connection: Connection, chain: ChainName, links: readonly ChainLink[]): void {
  insertLinks(
    connection,
    links.map((link) => ({ chain, row_id: link.rowId, link: link.link })),
  );
}

const selectLinks = defineStatement<{ chain: ChainName; after: number; to: number }, { row_id: number; link: string }>((db) =>
  db
    .selectFrom('chain_links')
    .select(['row_id', 'link'])
    .where('chain', '=', param('chain'))
    .where('row_id', '>', param('after'))
    .where('row_id', '<=', param('to'))
    .orderBy('row_id'),
);

/** A chain's links for the row ids after `after` up to `to`. */
export function linksBetween(connection: Connection, chain: ChainName, after: number, to: number): ChainLink[] {
  return selectLinks.all(connection, { chain, after, to }).map((row) => ({ rowId: row.row_id, link: row.link }));
}

const selectOrphan = defineSqlStatement<{ chain: ChainName; after: number }, { row_id: number }>(
  () => sql`
    SELECT l.row_id FROM chain_links AS l
     WHERE l.chain = ${param('chain')} AND l.row_id > ${param('after')}
       AND NOT EXISTS (SELECT 1 FROM journal_entries AS e WHERE l.chain = 'journal' AND e.id = l.row_id)
       AND NOT EXISTS (SELECT 1 FROM audit_events AS a WHERE l.chain = 'audit' AND a.id = l.row_id)
     ORDER BY l.row_id LIMIT 1`,
);

/** The first link after a row id whose row is gone (removed outside the app), if any. */
export function firstLinkWithoutRow(connection: Connection, chain: ChainName, after: number): number | undefined {
  return selectOrphan.get(connection, { chain, after })?.row_id;
}

export type ChainVerification = { chain: ChainName; verifiedThrough: number; verifiedLink: string; verifiedAt: string };

const selectVerification = defineStatement<{ chain: ChainName }, { verified_through: number; verified_link: string; verified_at: string }>(
  (db) =>
    db.selectFrom('chain_verifications').select(['verified_through', 'verified_link', 'verified_at']).where('chain', '=', param('chain')),
);

export function lastVerification(connection: Connection, chain: ChainName): ChainVerification | undefined {
  const row = selectVerification.get(connection, { chain });
  return row && { chain, verifiedThrough: row.verified_through, verifiedLink: row.verified_link, verifiedAt: row.verified_at };
}

const upsertVerification = defineStatement<{ chain: ChainName; through: number; link: string; at: string }>((db) =>
  db
    .insertInto('chain_verifications')
    .values({ chain: param('chain'), verified_through: param('through'), verified_link: param('link'), verified_at: param('at') })
    .onConflict((conflict) =>
      conflict.column('chain').doUpdateSet({ verified_through: param('through'), verified_link: param('link'), verified_at: param('at') }),
    ),
);

export function recordVerification(connection: Connection, verification: ChainVerification): void {
  upsertVerification.run(connection, {
    chain: verification.chain,
    through: verification.verifiedThrough,
    link: verification.verifiedLink,
    at: verification.verifiedAt,
  });
}

/** Whether a file keeps the hash chains (schema 35 on): a backup made before that migration has none to check. */
export function keepsChains(connection: Connection): boolean {
  return connection.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'chain_links'").get() !== undefined;
}

const countLinksStatement = defineStatement<{ chain: ChainName }, { total: number }>((db) =>
  db
    .selectFrom('chain_links')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('chain', '=', param('chain')),
);

/** How many rows a chain has linked (read from its links' primary key, never the rows themselves). */
export function linkCount(connection: Connection, chain: ChainName): number {
  return countLinksStatement.get(connection, { chain })?.total ?? 0;
}
