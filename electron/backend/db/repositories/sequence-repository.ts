import { defineStatement, param, type Connection } from '../execute';

const upsertSequence = defineStatement<{ series: string; fiscal_year: number; count: number }, { last_number: number }>((db) =>
  db
    .insertInto('document_sequences')
    .values({ series: param('series'), fiscal_year: param('fiscal_year'), last_number: param('count') })
    .onConflict((conflict) =>
      conflict
        .columns(['series', 'fiscal_year'])
        .doUpdateSet((eb) => ({ last_number: eb('last_number', '+', eb.ref('excluded.last_number')) })),
    )
    .returning('last_number'),
);

/**
 * Reserves `count` consecutive numbers of a gapless series (receipts, journal entries, vouchers) for one fiscal
 * year and returns the first. It runs inside the use case's transaction, so a rollback returns the numbers too.
 */
export function reserveNumbers(connection: Connection, series: string, fiscalYear: number, count = 1): number {
  const row = upsertSequence.get(connection, { series, fiscal_year: fiscalYear, count });
  if (!row) throw new Error('sequence not updated');
  return row.last_number - count + 1;
}
