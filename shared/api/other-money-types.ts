import type { CalendarDate } from '../domain/calendar-date';
import type { AdminCostFigures, ExpenseCategory, IncomeKind } from '../domain/ledger/other-money';
import type { PrintedFund, Voucher } from './fund-types';

/** A receipt for other income (issue 16 §3): no member, a payer by name, one line, one money account. */
export type IncomeReceipt = {
  id: number;
  receiptNo: string;
  fiscalYear: number;
  receivedOn: CalendarDate;
  kind: IncomeKind;
  incomeAccount: string;
  payerName: string;
  payerAddress: string;
  description: string;
  amountSatang: number;
  amountInWords: string;
  /** The money account the money went into: cash in hand or a bank account. */
  accountCode: string;
  accountNameTh: string;
  accountNameEn: string;
  method: 'cash' | 'transfer';
  journalEntryNo: string;
  /** A voided receipt keeps its number and prints as cancelled; the refund left `refundAccount`. */
  void: { voidedOn: CalendarDate; reason: string; refundAccount: string } | null;
  fund: PrintedFund;
};

/** An expense paid by voucher, by §10's administration line; its id is its voucher's. */
export type Expense = { id: number; category: ExpenseCategory; voucher: Voucher };

/** Decision 14's check for a voucher of `thisSatang` on `date`: the fiscal year it falls in and its figures. */
/** Decision 14's setting: administration costs are checked against this percent (whole, 1–100; 20 by default). */
export type AdminCostSetting = { percent: number };

export type AdminCostCheck = AdminCostFigures & { fiscalYear: number; from: CalendarDate; through: CalendarDate };

/** One money account's month on the committee's sheet. */
export type MonthlyMoneyAccount = {
  accountCode: string;
  nameTh: string;
  nameEn: string;
  openingSatang: number;
  inSatang: number;
  outSatang: number;
  closingSatang: number;
};

/** One line of the sheet: a §10 line key (`receipts.contributions`, `expenses.transport`, …) and its amount. */
export type MonthlyLine = { key: string; amountSatang: number };

/** The monthly income-and-expense sheet for the committee meeting (issue 16 §5). */
export type MonthlySheet = {
  period: string;
  from: CalendarDate;
  to: CalendarDate;
  receipts: MonthlyLine[];
  receiptsTotalSatang: number;
  payments: MonthlyLine[];
  paymentsTotalSatang: number;
  accounts: MonthlyMoneyAccount[];
  openingTotalSatang: number;
  closingTotalSatang: number;
  /** The month's administration costs against the fiscal year's limit so far. */
  adminCost: AdminCostCheck;
};
