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
