import type { CommunityCategory } from '../../../../shared/api/fund-types';
import { defineStatement, param, type Connection } from '../execute';

export type CommunityYearLine = { category: CommunityCategory; activities: number; persons: number; amountSatang: number };

// Activities paid by a voucher of the fiscal year and not reversed, as the welfare summary counts its claims.
const selectCommunityYear = defineStatement<
  { fiscal_year: number },
  { category: string; activities: number; persons: number; amount: number }
>((db) =>
  db
    .selectFrom('community_activities as a')
    .innerJoin('payment_vouchers as v', 'v.id', 'a.voucher_id')
    .leftJoin('voucher_reversals as r', 'r.voucher_id', 'v.id')
    .where('r.voucher_id', 'is', null)
    .where('v.fiscal_year', '=', param('fiscal_year'))
    .select((eb) => [
      'a.category',
      eb.fn.countAll<number>().as('activities'),
      eb.fn.sum<number>('a.beneficiaries_count').as('persons'),
      eb.fn.sum<number>('v.amount_satang').as('amount'),
    ])
    .groupBy('a.category'),
);

/** Status form §7: the fiscal year's welfare to the community, by category (activities, persons helped, baht). */
export function communityYearTotals(connection: Connection, fiscalYear: number): CommunityYearLine[] {
  return selectCommunityYear.all(connection, { fiscal_year: fiscalYear }).map((row) => ({
    category: row.category as CommunityCategory,
    activities: row.activities,
    persons: row.persons,
    amountSatang: row.amount,
  }));
}
