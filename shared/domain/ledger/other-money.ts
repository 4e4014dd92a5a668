import { multiplySatang } from '../money/money-policy';
import { accountCodes } from './chart-of-accounts';

/*
 * Money in and out beyond contributions and welfare (issue 16 §3), by the lines of the status form's §10
 * (Decision 14, domain §(d)3): what a receipt for other income is for, and what an expense voucher pays for.
 */

/** รายได้ (entry fees, donations, bank interest, other income) and รายรับ's "others" line. */
export const incomeKinds = ['entry-fees', 'donations', 'interest', 'other-income', 'other-receipts'] as const;
export type IncomeKind = (typeof incomeKinds)[number];

export const incomeAccountOf: Readonly<Record<IncomeKind, string>> = {
  'entry-fees': accountCodes.entryFees,
  donations: accountCodes.donations,
  interest: accountCodes.interest,
  'other-income': accountCodes.otherIncome,
  'other-receipts': accountCodes.otherReceipts,
};

/** ค่าใช้จ่าย: §10's administration lines. */
export const expenseCategories = ['worker-compensation', 'transport', 'stationery', 'meetings', 'other'] as const;
export type ExpenseCategory = (typeof expenseCategories)[number];

export const expenseAccountOf: Readonly<Record<ExpenseCategory, string>> = {
  'worker-compensation': accountCodes.workerCompensation,
  transport: accountCodes.transport,
  stationery: accountCodes.stationery,
  meetings: accountCodes.meetings,
  other: accountCodes.otherExpenses,
};

export function kindOfIncomeAccount(accountCode: string): IncomeKind | undefined {
  return incomeKinds.find((kind) => incomeAccountOf[kind] === accountCode);
}

export function categoryOfExpenseAccount(accountCode: string): ExpenseCategory | undefined {
  return expenseCategories.find((category) => expenseAccountOf[category] === accountCode);
}

/** The figures of Decision 14's check for one voucher, every amount in satang. */
export type AdminCostFigures = {
  percent: number;
  /** The fiscal year's รายรับ + รายได้ so far, opening balances excluded. */
  baseSatang: number;
  limitSatang: number;
  /** Administration costs already paid in the fiscal year (reversals net out). */
  spentSatang: number;
  thisSatang: number;
  afterSatang: number;
  /** What may still be spent under the limit before this voucher (never below zero). */
  remainingSatang: number;
  /** True when this voucher takes the year's administration costs past the limit. */
  exceeds: boolean;
};

/**
 * Decision 14: administration costs are checked against `percent` % of the fiscal year's receipts and income
 * (the limit rounded half up to the satang, Decision 2). Passing it is a warning the treasurer sees with the
 * figures before confirming, not a refusal: the handbook says "checked against", and the issue asks for a warning.
 */
export function adminCostFigures(input: {
  percent: number;
  baseSatang: number;
  spentSatang: number;
  thisSatang: number;
}): AdminCostFigures {
  const limitSatang = multiplySatang(Math.max(input.baseSatang, 0), input.percent / 100);
  const afterSatang = input.spentSatang + input.thisSatang;
  return {
    percent: input.percent,
    baseSatang: input.baseSatang,
    limitSatang,
    spentSatang: input.spentSatang,
    thisSatang: input.thisSatang,
    afterSatang,
    remainingSatang: Math.max(limitSatang - input.spentSatang, 0),
    exceeds: input.thisSatang > 0 && afterSatang > limitSatang,
  };
}
