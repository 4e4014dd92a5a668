import type { CalendarDate, Period } from '../domain/calendar-date';

/** Where a money account keeps the fund's money: cash in hand, or a bank account. */
export type MoneyAccountKind = 'cash' | 'bank';

/** One money account and what it holds at the end of the day asked for. */
export type MoneyAccountBalance = {
  code: string;
  kind: MoneyAccountKind;
  nameTh: string;
  nameEn: string;
  balanceSatang: number;
};

/**
 * Money that came in and went out in one month. A transfer between cash and a bank account is neither (it only
 * moves money between the fund's own accounts); a reversal takes its amount back out of the month it is dated in.
 */
export type MonthFlow = { period: Period; inflowSatang: number; outflowSatang: number };

/** Members of the register by their status today (registrations voided as made in error are not counted). */
export type MembersByStatus = { active: number; resigned: number; deceased: number; lapsed: number };

/** Welfare paid in the fiscal year for one welfare type (status form §5–6's figures for the current year). */
export type HomeWelfareLine = { typeId: number; nameTh: string; nameEn: string; persons: number; amountSatang: number };

/**
 * The fund's home screen (issue 16 §6): money on hand, this fiscal year's money in and out by month, members by
 * status, welfare paid by type this fiscal year, the members behind on their dues, and the claims that wait for
 * someone. One read, from what the fund keeps aggregated (monthly account totals, each member's dues columns).
 */
export type HomeFigures = {
  asOf: CalendarDate;
  /** The fiscal year `asOf` falls in, named by the Gregorian year it ends in (Decision 4). */
  fiscalYear: number;
  money: { accounts: MoneyAccountBalance[]; totalSatang: number };
  /** Every month of the fiscal year in order, months still to come with zeros. */
  months: MonthFlow[];
  members: MembersByStatus;
  welfare: { types: HomeWelfareLine[]; totalSatang: number };
  /** Members at least `minMonths` months behind today, as the arrears list counts them. */
  arrears: { minMonths: number; members: number };
  toDo: {
    /** Claims kept on file waiting for the committee's decision. */
    claimsPending: number;
    /** Claims the committee approved that are not paid yet. */
    claimsApproved: number;
    /** Bank accounts holding money with no reconciliation against a statement dated this month. */
    unreconciledBankAccounts: { accountCode: string; nameTh: string; nameEn: string; lastStatementDate: CalendarDate | null }[];
  };
};
