import type { ContributionHistoryField, ContributionHistoryRow } from '../domain/history/contribution-history-rows';
import type { WelfareHistoryField, WelfareHistoryRow } from '../domain/history/welfare-history-rows';
import type { SheetInfo, SheetPreview } from './sheet-import-types';

export type ContributionHistorySheet = SheetInfo<ContributionHistoryField>;
export type ContributionHistoryPreview = SheetPreview<ContributionHistoryField, ContributionHistoryRow>;
export type WelfareHistorySheet = SheetInfo<WelfareHistoryField>;
export type WelfareHistoryPreview = SheetPreview<WelfareHistoryField, WelfareHistoryRow>;

/** What a history commit wrote: memo lines (before the opening date), receipts (from it on), rows left out. */
export type HistoryCommitResult = {
  memo: number;
  receipts: number;
  rejected: number;
  firstReceiptNo: string | null;
  lastReceiptNo: string | null;
};

/** How a history line imported by mistake was voided: it then counts as never imported. */
export type HistoryLineVoid = { voidedOn: string; reason: string; voidedBy: string };

/** One contribution line from before the opening date, as the member's page lists it. */
export type ContributionHistoryLine = {
  id: number;
  firstPeriod: string;
  monthCount: number;
  amountSatang: number;
  paidOn: string;
  bookNo: string | null;
  receiptNo: string | null;
  /** The sheet's row it came from, and when it was imported. */
  sourceRow: number;
  importedAt: string;
  void: HistoryLineVoid | null;
};

/** One welfare payment from before the opening date. */
export type WelfareHistoryLine = {
  id: number;
  typeName: { th: string; en: string };
  eventDate: string;
  amountSatang: number;
  units: number | null;
  sourceRow: number;
  importedAt: string;
  void: HistoryLineVoid | null;
};

/** A member's memo history (Decision 10), voided lines included and marked. */
export type MemberHistoryLines = { contributions: ContributionHistoryLine[]; welfare: WelfareHistoryLine[] };
