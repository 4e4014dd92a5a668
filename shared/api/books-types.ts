import type { CalendarDate } from '../domain/calendar-date';
import type { Explanation, Paged } from './fund-types';

/** One entry of the general journal (สมุดรายวันทั่วไป) with its lines, as posted. */
export type JournalBookEntry = {
  id: number;
  entryNo: string;
  entryDate: CalendarDate;
  documentNo: string;
  description: Explanation;
  lines: { accountCode: string; debitSatang: number; creditSatang: number }[];
};

export type JournalBookPage = Paged<JournalBookEntry> & { from: CalendarDate; to: CalendarDate };

/** A line of an account's ledger with the account's balance after it. */
export type AccountLedgerRow = {
  date: CalendarDate;
  entryId: number;
  entryNo: string;
  documentNo: string;
  description: Explanation;
  debitSatang: number;
  creditSatang: number;
  balanceSatang: number;
};

/**
 * An account's ledger for a period: the balance brought forward at its start, its lines a page at a time and
 * the balance carried forward at its end. A balance is on the account's own side: debit less credit for money,
 * welfare and expenses, credit less debit for receipts, income and opening balances.
 */
export type AccountLedgerPage = Paged<AccountLedgerRow> & {
  accountCode: string;
  nameTh: string;
  nameEn: string;
  side: 'debit' | 'credit';
  from: CalendarDate;
  to: CalendarDate;
  broughtForwardSatang: number;
  carriedForwardSatang: number;
  debitTotalSatang: number;
  creditTotalSatang: number;
};

export type TrialBalanceLine = { accountCode: string; nameTh: string; nameEn: string; debitSatang: number; creditSatang: number };

/** The trial balance (งบทดลอง) at the end of a day: each account's balance on its side; the two totals agree. */
export type TrialBalanceReport = {
  asOf: CalendarDate;
  lines: TrialBalanceLine[];
  debitTotalSatang: number;
  creditTotalSatang: number;
  differenceSatang: number;
};

/** A journal line on a bank account that a statement may show. */
export type ReconciliationLine = {
  entryId: number;
  lineNo: number;
  date: CalendarDate;
  documentNo: string;
  description: Explanation;
  inSatang: number;
  outSatang: number;
};

/** What a reconciliation against a statement dated `statementDate` starts from. */
export type ReconciliationStart = {
  accountCode: string;
  statementDate: CalendarDate;
  bookBalanceSatang: number;
  lastStatementDate: CalendarDate | null;
  /** The lines up to the statement date no earlier reconciliation ticked, oldest first. */
  lines: ReconciliationLine[];
};

/** A saved reconciliation of a bank account against a statement, with what stayed outstanding. */
export type BankReconciliation = {
  id: number;
  uuid: string;
  accountCode: string;
  statementDate: CalendarDate;
  statementBalanceSatang: number;
  bookBalanceSatang: number;
  /** Deposits in the books the statement did not show yet (deposits in transit). */
  untickedInSatang: number;
  /** Withdrawals and cheques in the books the statement did not show yet. */
  untickedOutSatang: number;
  /** Statement balance less (book balance − deposits in transit + cheques not presented); 0 when explained. */
  differenceSatang: number;
  tickedCount: number;
  unticked: ReconciliationLine[];
  createdAt: string;
};

export type CashCount = { id: number; uuid: string; countedOn: CalendarDate; countedSatang: number; bookSatang: number; createdAt: string };

export type YearEndItemKey =
  'cashCounted' | 'banksReconciled' | 'trialBalanceZero' | 'section10Printed' | 'statusFormPrinted' | 'yearLocked';

/** One item of the year-end checklist with what shows it done (or why not), for the certification issue to read. */
export type YearEndItem = {
  key: YearEndItemKey;
  done: boolean;
  evidence: {
    /** The day the evidence is dated (the count, the statement, the lock, the printing), when there is one. */
    date: CalendarDate | null;
    /** The figure it compares, in satang (counted cash, the trial balance's difference), when it has one. */
    amountSatang: number | null;
    /** What the books held, for the comparisons. */
    bookSatang: number | null;
    /** For bank reconciliations: each bank account and whether a reconciliation as of the year end explains it. */
    accounts: {
      accountCode: string;
      nameTh: string;
      nameEn: string;
      statementDate: CalendarDate | null;
      differenceSatang: number | null;
      done: boolean;
    }[];
  };
};

export type YearEndChecklist = {
  fiscalYear: number;
  yearStart: CalendarDate;
  yearEnd: CalendarDate;
  items: YearEndItem[];
  complete: boolean;
};
