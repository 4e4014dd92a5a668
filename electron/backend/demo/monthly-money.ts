import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { FundSettings } from '../db/repositories/fund-repository';
import { postVoucher } from '../steps/vouchers';
import { recordExpense } from '../use-cases/expenses';
import { addGrant, receiveGrant } from '../use-cases/grants';
import { recordIncome } from '../use-cases/income';
import { transferMoney } from '../use-cases/money';
import type { UseCaseContext } from '../use-cases/use-case-context';

export type MoneyMonth = {
  /** 'YYYY-MM' */
  month: string;
  /** What the month's collection day took in cash, in satang. */
  collected: number;
  bankAccount: string;
  members: number;
  random: () => number;
  /**
   * Welfare as plain cash vouchers to about one member in 250 (the benchmark's load), or none because the caller
   * judges and pays real claims (the demo fund).
   */
  welfareVouchers: boolean;
};

function refusedBy(what: string, result: { ok: boolean; error?: { code: string; field?: string } }): void {
  if (!result.ok) throw new Error(`generated ${what} refused: ${result.error?.code ?? ''} ${result.error?.field ?? ''}`);
}

/**
 * A month of the fund's money beyond contributions, through the real use cases: most of the collection deposited
 * in the bank the next day, two running costs, bank interest twice a year, and the yearly grants. Runs inside the
 * caller's transaction.
 */
export function moveMoney(context: UseCaseContext, fund: FundSettings, month: MoneyMonth): void {
  const deposit = Math.floor((month.collected * 0.7) / 100) * 100;
  if (deposit > 0)
    refusedBy(
      'deposit',
      transferMoney(context, {
        requestId: `seed-deposit-${month.month}`,
        fromAccountCode: accountCodes.cash,
        toAccountCode: month.bankAccount,
        transferredOn: `${month.month}-26`,
        amountSatang: deposit,
        note: 'นำฝากเงินสมทบ',
        isLargeAmountConfirmed: true,
      }),
    );
  const expenses = [
    { expenseCategory: 'stationery', amountSatang: 35000, description: 'ค่าวัสดุสำนักงาน' },
    { expenseCategory: 'meetings', amountSatang: 50000, description: 'ค่าอาหารว่างประชุมคณะกรรมการ' },
  ] as const;
  expenses.forEach((expense, serial) => {
    refusedBy(
      'expense',
      recordExpense(context, {
        requestId: `seed-expense-${month.month}-${serial}`,
        paidOn: `${month.month}-27`,
        expenseCategory: expense.expenseCategory,
        payeeName: 'ร้านค้าชุมชน',
        payeeAddress: '',
        description: expense.description,
        amountSatang: expense.amountSatang,
        accountCode: accountCodes.cash,
        isLargeAmountConfirmed: false,
      }),
    );
  });
  const calendarMonth = month.month.slice(5, 7);
  // The bank's interest twice a year, a local-government grant every March, a government matching grant every third year.
  if (calendarMonth === '06' || calendarMonth === '12')
    refusedBy(
      'interest',
      recordIncome(context, {
        requestId: `seed-interest-${month.month}`,
        receivedOn: `${month.month}-28`,
        kind: 'interest',
        payerName: 'ธนาคาร',
        payerAddress: '',
        description: 'ดอกเบี้ยเงินฝาก',
        amountSatang: 150000 + Math.floor(month.random() * 100000),
        accountCode: month.bankAccount,
        isLargeAmountConfirmed: true,
      }),
    );
  const year = Number(month.month.slice(0, 4));
  if (calendarMonth === '03')
    grant(context, { source: 'local-government', amountSatang: 5_000_000, on: `${month.month}-15`, year, bankAccount: month.bankAccount });
  if (calendarMonth === '03' && year % 3 === 0)
    grant(context, {
      source: 'government-matching',
      amountSatang: 30_000_000,
      on: `${month.month}-20`,
      year,
      bankAccount: month.bankAccount,
    });
  if (!month.welfareVouchers) return;
  const welfare = Math.round((month.members / 250) * (0.5 + month.random()));
  const payments = Array.from({ length: welfare }, () => ({
    expenseAccount: '5000',
    amountSatang: 50000 + 10000 * Math.floor(month.random() * 5),
    description: 'สวัสดิการนอนโรงพยาบาล',
  }));
  payments.forEach((payment, serial) => {
    refusedBy(
      'voucher',
      postVoucher(context, fund, {
        requestId: `seed-voucher-${month.month}-${serial}`,
        paidOn: `${month.month}-27`,
        payeeName: 'ผู้รับเงิน',
        payeeAddress: '',
        description: payment.description,
        amountSatang: payment.amountSatang,
        accountCode: accountCodes.cash,
        expenseAccount: payment.expenseAccount,
        sourceType: 'voucher',
      }),
    );
  });
}

/** A grant added to the register and received into the bank; a matching grant counts its round's members. */
function grant(
  context: UseCaseContext,
  input: { source: 'local-government' | 'government-matching'; amountSatang: number; on: string; year: number; bankAccount: string },
): void {
  const matching = input.source === 'government-matching';
  const added = addGrant(context, {
    source: input.source,
    subject: matching ? `เงินสมทบจากรัฐบาล ปี ${input.year + 543}` : `อบต.สมทบกองทุน ปี ${input.year + 543}`,
    reference: '',
    approvingBody: '',
    requestedOn: null,
    amountRequestedSatang: null,
    round: matching ? { roundNo: Math.floor(input.year / 3) % 99 || 1, cutoffYear: input.year - 1 } : null,
    note: '',
  });
  if (!added.ok) throw new Error(`generated grant refused: ${added.error.code} ${added.error.field ?? ''}`);
  refusedBy(
    'grant receipt',
    receiveGrant(context, {
      requestId: `seed-grant-${input.source}-${input.year}`,
      grantId: added.value.id,
      receivedOn: input.on,
      amountSatang: input.amountSatang,
      accountCode: input.bankAccount,
      note: '',
      isLargeAmountConfirmed: true,
    }),
  );
}
