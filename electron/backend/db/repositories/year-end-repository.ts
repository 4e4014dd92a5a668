import type { CashCountsTable, ProducedDocumentsTable } from '../schema';
import { defineStatement, param, type Connection } from '../execute';

export type CashCountRecord = { id: number; uuid: string; countedOn: string; countedSatang: number; bookSatang: number; createdAt: string };

const insertCount = defineStatement<Omit<CashCountsTable, 'id'>>((db) =>
  db.insertInto('cash_counts').values({
    uuid: param('uuid'),
    counted_on: param('counted_on'),
    counted_satang: param('counted_satang'),
    book_satang: param('book_satang'),
    created_at: param('created_at'),
    actor: param('actor'),
  }),
);

export function insertCashCount(connection: Connection, count: Omit<CashCountRecord, 'id'> & { actor: string }): number {
  const result = insertCount.run(connection, {
    uuid: count.uuid,
    counted_on: count.countedOn,
    counted_satang: count.countedSatang,
    book_satang: count.bookSatang,
    created_at: count.createdAt,
    actor: count.actor,
  });
  return Number(result.lastInsertRowid);
}

const countFromRow = (row: CashCountsTable): CashCountRecord => ({
  id: row.id,
  uuid: row.uuid,
  countedOn: row.counted_on,
  countedSatang: row.counted_satang,
  bookSatang: row.book_satang,
  createdAt: row.created_at,
});

const selectCount = defineStatement<{ id: number }, CashCountsTable>((db) =>
  db.selectFrom('cash_counts').selectAll().where('id', '=', param('id')),
);

export function findCashCount(connection: Connection, id: number): CashCountRecord | undefined {
  const row = selectCount.get(connection, { id });
  return row && countFromRow(row);
}

const selectLatestCount = defineStatement<{ from: string; to: string }, CashCountsTable>((db) =>
  db
    .selectFrom('cash_counts')
    .selectAll()
    .where('counted_on', '>=', param('from'))
    .where('counted_on', '<=', param('to'))
    .orderBy('counted_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1),
);

/** The latest count dated in the range (a fiscal year): the one the year-end checklist judges. */
export function latestCashCount(connection: Connection, range: { from: string; to: string }): CashCountRecord | undefined {
  const row = selectLatestCount.get(connection, range);
  return row && countFromRow(row);
}

const insertProduced = defineStatement<Omit<ProducedDocumentsTable, 'id'>>((db) =>
  db.insertInto('produced_documents').values({
    uuid: param('uuid'),
    kind: param('kind'),
    covers_on: param('covers_on'),
    format: param('format'),
    file_name: param('file_name'),
    created_at: param('created_at'),
    actor: param('actor'),
  }),
);

export function insertProducedDocument(
  connection: Connection,
  record: { uuid: string; kind: string; coversOn: string; format: string; fileName: string; createdAt: string; actor: string },
): number {
  const result = insertProduced.run(connection, {
    uuid: record.uuid,
    kind: record.kind,
    covers_on: record.coversOn,
    format: record.format,
    file_name: record.fileName,
    created_at: record.createdAt,
    actor: record.actor,
  });
  return Number(result.lastInsertRowid);
}

const selectProduced = defineStatement<{ kind: string; from: string; to: string }, { covers_on: string; created_at: string }>((db) =>
  db
    .selectFrom('produced_documents')
    .select(['covers_on', 'created_at'])
    .where('kind', '=', param('kind'))
    .where('covers_on', '>=', param('from'))
    .where('covers_on', '<=', param('to'))
    .orderBy('created_at', 'desc')
    .limit(1),
);

/** The latest printing or export of a kind of document whose figures stand in the range, if any. */
export function latestProduced(
  connection: Connection,
  kind: string,
  range: { from: string; to: string },
): { coversOn: string; createdAt: string } | undefined {
  const row = selectProduced.get(connection, { kind, ...range });
  return row && { coversOn: row.covers_on, createdAt: row.created_at };
}
