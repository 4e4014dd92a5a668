import { sql } from 'kysely';
import type { Explanation } from '../../../../shared/api/fund-types';
import { defineBulkInsert, defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import type { BankReconciliationsTable } from '../schema';

export type ReconciliationLineRecord = {
  entryId: number;
  lineNo: number;
  date: string;
  documentNo: string;
  description: Explanation;
  inSatang: number;
  outSatang: number;
};

type LineRow = {
  entry_id: number;
  line_no: number;
  entry_date: string;
  document_no: string;
  description: string;
  debit_satang: number;
  credit_satang: number;
};

/** The account's journal lines up to a day that no reconciliation has ticked yet, oldest first. */
const selectOpenLines = defineSqlStatement<{ account_code: string; through: string }, LineRow>(
  () => sql`
    SELECT j.entry_id, j.line_no, e.entry_date, e.document_no, e.description, j.debit_satang, j.credit_satang
      FROM journal_entries AS e INDEXED BY journal_entries_date
      JOIN journal_lines AS j ON j.entry_id = e.id
     WHERE e.entry_date <= ${param('through')} AND j.account_code = ${param('account_code')}
       AND NOT EXISTS (SELECT 1 FROM bank_reconciliation_ticks AS t WHERE t.entry_id = j.entry_id AND t.line_no = j.line_no)
     ORDER BY e.entry_date, j.entry_id, j.line_no`,
);

export function openLines(connection: Connection, accountCode: string, through: string): ReconciliationLineRecord[] {
  return selectOpenLines.all(connection, { account_code: accountCode, through }).map((row) => ({
    entryId: row.entry_id,
    lineNo: row.line_no,
    date: row.entry_date,
    documentNo: row.document_no,
    description: JSON.parse(row.description) as Explanation,
    inSatang: row.debit_satang,
    outSatang: row.credit_satang,
  }));
}

export type ReconciliationRecord = {
  id: number;
  uuid: string;
  accountCode: string;
  statementDate: string;
  statementBalanceSatang: number;
  bookBalanceSatang: number;
  untickedInSatang: number;
  untickedOutSatang: number;
  createdAt: string;
  actor: string;
};

const fromRow = (row: BankReconciliationsTable): ReconciliationRecord => ({
  id: row.id,
  uuid: row.uuid,
  accountCode: row.account_code,
  statementDate: row.statement_date,
  statementBalanceSatang: row.statement_balance_satang,
  bookBalanceSatang: row.book_balance_satang,
  untickedInSatang: row.unticked_in_satang,
  untickedOutSatang: row.unticked_out_satang,
  createdAt: row.created_at,
  actor: row.actor,
});

const insertStatement = defineStatement<Omit<BankReconciliationsTable, 'id'>>((db) =>
  db.insertInto('bank_reconciliations').values({
    uuid: param('uuid'),
    account_code: param('account_code'),
    statement_date: param('statement_date'),
    statement_balance_satang: param('statement_balance_satang'),
    book_balance_satang: param('book_balance_satang'),
    unticked_in_satang: param('unticked_in_satang'),
    unticked_out_satang: param('unticked_out_satang'),
    created_at: param('created_at'),
    actor: param('actor'),
  }),
);

const insertTicks = defineBulkInsert<'bank_reconciliation_ticks', { reconciliation_id: number; entry_id: number; line_no: number }>(
  'bank_reconciliation_ticks',
  ['reconciliation_id', 'entry_id', 'line_no'],
);

export function insertReconciliation(
  connection: Connection,
  record: Omit<ReconciliationRecord, 'id'>,
  ticks: readonly { entryId: number; lineNo: number }[],
): number {
  const result = insertStatement.run(connection, {
    uuid: record.uuid,
    account_code: record.accountCode,
    statement_date: record.statementDate,
    statement_balance_satang: record.statementBalanceSatang,
    book_balance_satang: record.bookBalanceSatang,
    unticked_in_satang: record.untickedInSatang,
    unticked_out_satang: record.untickedOutSatang,
    created_at: record.createdAt,
    actor: record.actor,
  });
  const id = Number(result.lastInsertRowid);
  insertTicks(
    connection,
    ticks.map((tick) => ({ reconciliation_id: id, entry_id: tick.entryId, line_no: tick.lineNo })),
  );
  return id;
}

const selectById = defineStatement<{ id: number }, BankReconciliationsTable>((db) =>
  db.selectFrom('bank_reconciliations').selectAll().where('id', '=', param('id')),
);

export function findReconciliation(connection: Connection, id: number): ReconciliationRecord | undefined {
  const row = selectById.get(connection, { id });
  return row && fromRow(row);
}

const selectTickCount = defineStatement<{ id: number }, { n: number }>((db) =>
  db
    .selectFrom('bank_reconciliation_ticks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reconciliation_id', '=', param('id')),
);

export function tickCount(connection: Connection, id: number): number {
  return selectTickCount.get(connection, { id })?.n ?? 0;
}

const selectLatest = defineStatement<{ account_code: string }, BankReconciliationsTable>((db) =>
  db
    .selectFrom('bank_reconciliations')
    .selectAll()
    .where('account_code', '=', param('account_code'))
    .orderBy('statement_date', 'desc')
    .orderBy('id', 'desc')
    .limit(1),
);

export function latestReconciliation(connection: Connection, accountCode: string): ReconciliationRecord | undefined {
  const row = selectLatest.get(connection, { account_code: accountCode });
  return row && fromRow(row);
}

const selectOnDay = defineStatement<{ account_code: string; day: string }, BankReconciliationsTable>((db) =>
  db
    .selectFrom('bank_reconciliations')
    .selectAll()
    .where('account_code', '=', param('account_code'))
    .where('statement_date', '=', param('day'))
    .orderBy('id', 'desc')
    .limit(1),
);

/** The latest reconciliation of the account against a statement dated exactly `day` (a year end's). */
export function reconciliationOn(connection: Connection, accountCode: string, day: string): ReconciliationRecord | undefined {
  const row = selectOnDay.get(connection, { account_code: accountCode, day });
  return row && fromRow(row);
}

const selectAll = defineStatement<{ account_code: string }, BankReconciliationsTable>((db) =>
  db
    .selectFrom('bank_reconciliations')
    .selectAll()
    .where('account_code', '=', param('account_code'))
    .orderBy('statement_date', 'desc')
    .orderBy('id', 'desc'),
);

export function listReconciliations(connection: Connection, accountCode: string): ReconciliationRecord[] {
  return selectAll.all(connection, { account_code: accountCode }).map(fromRow);
}
