import type { WelfareRegisterRow } from '../../../../shared/api/report-types';
import { defineStatement, param, type Connection } from '../execute';

type RegisterRow = {
  claim_id: number;
  claim_no: string | null;
  paid_on: string;
  voucher_no: string;
  member_no: string;
  title: string;
  first_name: string;
  last_name: string;
  dependent_name: string | null;
  type_id: number;
  name_th: string;
  name_en: string;
  event_date: string;
  amount: number;
};

// The same claims the §5–6 summary counts (paid, not reversed, by the fiscal year of the voucher that paid them),
// so the register's total is the summary's figure for the year.
const selectRegister = defineStatement<{ fiscal_year: number }, RegisterRow>((db) =>
  db
    .selectFrom('welfare_claims as c')
    .innerJoin('payment_vouchers as v', 'v.id', 'c.voucher_id')
    .innerJoin('members as m', 'm.id', 'c.member_id')
    .innerJoin('welfare_types as t', 't.id', 'c.type_id')
    .leftJoin('member_dependents as d', 'd.id', 'c.dependent_id')
    .select([
      'c.id as claim_id',
      'c.claim_no',
      'v.paid_on',
      'v.voucher_no',
      'm.member_no',
      'm.title',
      'm.first_name',
      'm.last_name',
      'd.full_name as dependent_name',
      'c.type_id',
      't.name_th',
      't.name_en',
      'c.event_date',
      'c.computed_satang as amount',
    ])
    .where('c.state', '=', 'paid')
    .where('c.reversed', '=', 0)
    .where('v.fiscal_year', '=', param('fiscal_year'))
    .orderBy('v.paid_on')
    .orderBy('v.voucher_no'),
);

/** The fiscal year's paid welfare, one line per claim in the order it was paid. */
export function welfareRegister(connection: Connection, fiscalYear: number): WelfareRegisterRow[] {
  return selectRegister.all(connection, { fiscal_year: fiscalYear }).map((row) => ({
    claimId: row.claim_id,
    claimNo: row.claim_no,
    paidOn: row.paid_on,
    voucherNo: row.voucher_no,
    memberNo: row.member_no,
    memberName: `${row.title}${row.first_name} ${row.last_name}`.trim(),
    dependentName: row.dependent_name,
    typeId: row.type_id,
    typeNameTh: row.name_th,
    typeNameEn: row.name_en,
    eventDate: row.event_date,
    amountSatang: row.amount,
  }));
}
