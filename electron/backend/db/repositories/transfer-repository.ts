import type { MoneyTransfer } from '../../../../shared/api/fund-types';
import type { MoneyTransfersTable } from '../schema';
import { defineStatement, param, type Connection } from '../execute';

const selectLastId = defineStatement<Record<string, never>, { id: number | null }>((db) =>
  db.selectFrom('money_transfers').select((eb) => eb.fn.max('id').as('id')),
);

/** The id the next transfer will get inside this transaction: its journal entry names it as its source. */
export function nextTransferId(connection: Connection): number {
  return (selectLastId.get(connection, {})?.id ?? 0) + 1;
}

const insertStatement = defineStatement<MoneyTransfersTable>((db) =>
  db.insertInto('money_transfers').values({
    id: param('id'),
    uuid: param('uuid'),
    request_id: param('request_id'),
    transferred_on: param('transferred_on'),
    from_account: param('from_account'),
    to_account: param('to_account'),
    amount_satang: param('amount_satang'),
    note: param('note'),
    journal_entry_id: param('journal_entry_id'),
    created_at: param('created_at'),
  }),
);

export function insertTransfer(
  connection: Connection,
  transfer: Omit<MoneyTransfer, 'journalEntryNo'> & { requestId: string; journalEntryId: number; createdAt: string },
): void {
  insertStatement.run(connection, {
    id: transfer.id,
    uuid: transfer.uuid,
    request_id: transfer.requestId,
    transferred_on: transfer.transferredOn,
    from_account: transfer.fromAccountCode,
    to_account: transfer.toAccountCode,
    amount_satang: transfer.amountSatang,
    note: transfer.note,
    journal_entry_id: transfer.journalEntryId,
    created_at: transfer.createdAt,
  });
}

const selectOne = defineStatement<{ id: number }, MoneyTransfersTable & { entry_no: string }>((db) =>
  db
    .selectFrom('money_transfers as t')
    .innerJoin('journal_entries as j', 'j.id', 't.journal_entry_id')
    .selectAll('t')
    .select('j.entry_no')
    .where('t.id', '=', param('id')),
);

export function findTransfer(connection: Connection, id: number): MoneyTransfer | undefined {
  const row = selectOne.get(connection, { id });
  return (
    row && {
      id: row.id,
      uuid: row.uuid,
      transferredOn: row.transferred_on,
      fromAccountCode: row.from_account,
      toAccountCode: row.to_account,
      amountSatang: row.amount_satang,
      note: row.note,
      journalEntryNo: row.entry_no,
    }
  );
}
