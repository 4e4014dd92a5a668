import type { AmountCeilings } from '../../../../shared/api/fund-types';
import { defineStatement, param, type Connection } from '../execute';
import type { FundCeilingColumns } from '../schema';

const selectCeilings = defineStatement<Record<string, never>, FundCeilingColumns>((db) =>
  db.selectFrom('fund').select(['ceiling_payment_satang', 'ceiling_payout_satang', 'ceiling_grant_satang']).where('id', '=', 1),
);

/** The fund's plausibility ceilings (issue 14 §11): amounts above them are saved only when confirmed. */
export function readAmountCeilings(connection: Connection): AmountCeilings {
  const row = selectCeilings.get(connection, {});
  if (!row) throw new Error('fund row missing');
  return { paymentSatang: row.ceiling_payment_satang, payoutSatang: row.ceiling_payout_satang, grantSatang: row.ceiling_grant_satang };
}

const updateCeilingsStatement = defineStatement<FundCeilingColumns>((db) =>
  db
    .updateTable('fund')
    .set({
      ceiling_payment_satang: param('ceiling_payment_satang'),
      ceiling_payout_satang: param('ceiling_payout_satang'),
      ceiling_grant_satang: param('ceiling_grant_satang'),
    })
    .where('id', '=', 1),
);

export function updateAmountCeilings(connection: Connection, ceilings: AmountCeilings): void {
  updateCeilingsStatement.run(connection, {
    ceiling_payment_satang: ceilings.paymentSatang,
    ceiling_payout_satang: ceilings.payoutSatang,
    ceiling_grant_satang: ceilings.grantSatang,
  });
}
