import type { z } from 'zod';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type {
  ContributionHistoryPreview,
  ContributionHistorySheet,
  HistoryCommitResult,
  WelfareHistoryPreview,
  WelfareHistorySheet,
} from '../../../shared/api/history-import-types';
import type {
  contributionHistoryCommitInput,
  contributionHistoryPreviewInput,
  welfareHistoryCommitInput,
  welfareHistoryPreviewInput,
} from '../../../shared/api/history-import-schemas';
import type { ImportRejectedFile } from '../../../shared/api/sheet-import-types';
import { duesStartPeriod } from '../../../shared/domain/contributions/periods';
import { contributionHistoryDateFields, type ContributionHistoryRow } from '../../../shared/domain/history/contribution-history-rows';
import { welfareHistoryDateFields, type WelfareHistoryRow } from '../../../shared/domain/history/welfare-history-rows';
import { failure, success, type Result } from '../../../shared/domain/result';
import { fundDues, readFund } from '../db/repositories/fund-repository';
import { insertContributionHistory, insertWelfareHistory } from '../db/repositories/history-repository';
import { addPaidMonths } from '../db/repositories/member-repository';
import { checkContributionHistory, checkWelfareHistory, contributionSheet, receiptPlan, welfareSheet } from '../steps/history-import';
import { loadMemberFacts } from '../steps/member-facts';
import { checkMoneyAccount } from '../steps/money-accounts';
import { postReceipts } from '../steps/post-receipts';
import {
  openSheet,
  previewOf,
  rejectedRowsFile,
  rememberColumns,
  sameAsPreview,
  templateFile,
  type SheetKind,
} from '../steps/sheet-import';
import type { JobUseCaseContext } from './use-case-context';

type ContributionInput = z.output<typeof contributionHistoryPreviewInput>;
type ContributionCommit = z.output<typeof contributionHistoryCommitInput>;
type WelfareInput = z.output<typeof welfareHistoryPreviewInput>;
type WelfareCommit = z.output<typeof welfareHistoryCommitInput>;

const contributionExamples: Record<string, string> = {
  member: '00012',
  period: '01/2566',
  months: '3',
  paidOn: '05/01/2566',
  amount: '90',
  bookNo: '12',
  receiptNo: '034',
};
const welfareExamples: Record<string, string> = {
  member: '00012',
  welfareType: 'ค่ารักษาพยาบาล',
  eventDate: '14/08/2565',
  amount: '300',
  units: '3',
};

function templateOf<F extends string>(
  context: JobUseCaseContext,
  kind: SheetKind<F>,
  examples: Record<string, string>,
  dateFields: readonly F[],
): Promise<Result<ProducedFile>> {
  return templateFile(context, kind, (field) => ({
    example: examples[field] ?? '',
    width: field === 'member' || field === 'welfareType' ? 22 : 16,
    check: field === 'period' ? { kind: 'month' } : dateFields.includes(field) ? { kind: 'date' } : { kind: 'text' },
  }));
}

/** The contribution history template: Thai headers, Excel's checks for months and dates, an example line. */
export function contributionHistoryTemplate(context: JobUseCaseContext): Promise<Result<ProducedFile>> {
  return templateOf(context, contributionSheet, contributionExamples, contributionHistoryDateFields);
}

export function welfareHistoryTemplate(context: JobUseCaseContext): Promise<Result<ProducedFile>> {
  return templateOf(context, welfareSheet, welfareExamples, welfareHistoryDateFields);
}

/** The sheet's columns, each with the field it maps to (remembered from the last history import, else guessed). */
export function openContributionHistory(context: JobUseCaseContext, input: { fileId: string }): Promise<Result<ContributionHistorySheet>> {
  return openSheet(context, input.fileId, contributionSheet);
}

export function openWelfareHistory(context: JobUseCaseContext, input: { fileId: string }): Promise<Result<WelfareHistorySheet>> {
  return openSheet(context, input.fileId, welfareSheet);
}

/** Every row as it will be written, with every problem per cell: a read, nothing written. */
export async function previewContributionHistory(
  context: JobUseCaseContext,
  input: ContributionInput,
): Promise<Result<ContributionHistoryPreview>> {
  const checked = await checkContributionHistory(context, input);
  return checked.ok ? success(previewOf(context.connection, checked.value, contributionSheet)) : checked;
}

export async function previewWelfareHistory(context: JobUseCaseContext, input: WelfareInput): Promise<Result<WelfareHistoryPreview>> {
  const checked = await checkWelfareHistory(context, input);
  return checked.ok ? success(previewOf(context.connection, checked.value, welfareSheet)) : checked;
}

export async function rejectedContributionHistory(
  context: JobUseCaseContext,
  input: ContributionInput,
): Promise<Result<ImportRejectedFile>> {
  const checked = await checkContributionHistory(context, input);
  return checked.ok ? success(await rejectedRowsFile(context, checked.value, contributionSheet)) : checked;
}

export async function rejectedWelfareHistory(context: JobUseCaseContext, input: WelfareInput): Promise<Result<ImportRejectedFile>> {
  const checked = await checkWelfareHistory(context, input);
  return checked.ok ? success(await rejectedRowsFile(context, checked.value, welfareSheet)) : checked;
}

/**
 * A memo line: its months, and the member's paid-month counter for the months from her dues start on (the months
 * the arrears fast path counts as owed; months before it were already covered by the paid-through month).
 */
function writeMemo(context: JobUseCaseContext, row: ContributionHistoryRow, sha256: string, rowNumber: number): number {
  const { connection } = context;
  const id = insertContributionHistory(connection, { ...row, sha256, rowNumber, createdAt: context.call.at });
  const loaded = loadMemberFacts(connection, row.memberId);
  const start = loaded ? duesStartPeriod(loaded.facts) : null;
  const counted = start === null ? [] : row.periods.filter((period) => period >= start);
  const latest = counted[counted.length - 1];
  if (latest !== undefined) addPaidMonths(connection, row.memberId, counted.length, latest);
  context.audit({ entity: 'contribution_history', entityId: id, after: { ...row, source: 'import', sha256, row: rowNumber } });
  return id;
}

/**
 * Writes every accepted row in one transaction: a line before the opening date as memo history (no journal
 * entry, Decision 10), a line from it on as an ordinary receipt through the receipt path (numbering, months,
 * journal entry, audit), into the money account named. Any refusal writes nothing; refused when the file or the
 * preview's count changed meanwhile.
 */
export async function commitContributionHistory(
  context: JobUseCaseContext,
  input: ContributionCommit,
): Promise<Result<HistoryCommitResult>> {
  const checked = await checkContributionHistory(context, input);
  if (!checked.ok) return checked;
  const same = sameAsPreview(checked.value, input.sha256, input.acceptedCount);
  if (!same.ok) return same;
  const { sheet, rows, accepted } = checked.value;
  const { connection } = context;
  const wanted = rows.filter((row) => accepted.has(row.rowNumber));
  const receiptRows = wanted.filter((row) => row.profile.posting === 'receipt');
  const accountCode = input.accountCode;
  if (receiptRows.length > 0) {
    if (accountCode === null) return failure('history-account-required', 'accountCode', { count: receiptRows.length });
    const account = checkMoneyAccount(connection, accountCode, 'accountCode');
    if (!account.ok) return account;
  }
  context.job.progress(1, 1, 'writing');
  await context.job.checkpoint();
  return context.commit(() => {
    const fund = readFund(connection);
    const receiptNos: string[] = [];
    let memo = 0;
    for (const row of wanted) {
      const line = row.profile as ContributionHistoryRow;
      if (line.posting === 'memo') {
        writeMemo(context, line, sheet.sha256, row.rowNumber);
        memo += 1;
        continue;
      }
      // Planned again inside the transaction: an earlier row of the sheet may have paid this member's months.
      const planned = receiptPlan(connection, line, context.clock.today());
      if (!planned.ok) return failure(planned.error.code, 'fileId', { ...planned.error.params, row: row.rowNumber });
      const member = loadMemberFacts(connection, line.memberId, fundDues(fund))?.member;
      const posted = postReceipts(context, fund, [
        {
          requestId: `history-${sheet.sha256.slice(0, 24)}-${row.rowNumber}`,
          memberId: line.memberId,
          memberName: member ? `${member.title}${member.firstName} ${member.lastName}` : line.member,
          receivedOn: line.paidOn,
          numbering: line.bookNo && line.receiptNo ? { kind: 'book', bookNo: line.bookNo, number: line.receiptNo } : { kind: 'app' },
          accountCode: accountCode ?? '',
          collector: '',
          batchId: null,
          plan: planned.value,
        },
      ]);
      if (!posted.ok) return posted;
      receiptNos.push(...posted.value.receiptNos);
    }
    rememberColumns(connection, contributionSheet, sheet, input.mapping, context.call.at);
    const summary = { memo, receipts: receiptNos.length, rejected: rows.length - wanted.length };
    context.audit({
      entity: 'contribution_history_import',
      entityId: sheet.sha256,
      after: { fileName: sheet.fileName, ...summary, mapping: input.mapping },
    });
    return success({ ...summary, firstReceiptNo: receiptNos[0] ?? null, lastReceiptNo: receiptNos[receiptNos.length - 1] ?? null });
  });
}

/** Writes every accepted welfare history row (memo only, counted toward caps) in one transaction; nothing on a refusal. */
export async function commitWelfareHistory(context: JobUseCaseContext, input: WelfareCommit): Promise<Result<HistoryCommitResult>> {
  const checked = await checkWelfareHistory(context, input);
  if (!checked.ok) return checked;
  const same = sameAsPreview(checked.value, input.sha256, input.acceptedCount);
  if (!same.ok) return same;
  const { sheet, rows, accepted } = checked.value;
  const { connection } = context;
  context.job.progress(1, 1, 'writing');
  await context.job.checkpoint();
  return context.commit(() => {
    let memo = 0;
    for (const row of rows) {
      if (!accepted.has(row.rowNumber)) continue;
      const payment = row.profile as WelfareHistoryRow;
      const id = insertWelfareHistory(connection, {
        ...payment,
        sha256: sheet.sha256,
        rowNumber: row.rowNumber,
        createdAt: context.call.at,
      });
      context.audit({
        entity: 'welfare_history',
        entityId: id,
        after: { ...payment, source: 'import', sha256: sheet.sha256, row: row.rowNumber },
      });
      memo += 1;
    }
    rememberColumns(connection, welfareSheet, sheet, input.mapping, context.call.at);
    const summary = { memo, receipts: 0, rejected: rows.length - memo };
    context.audit({
      entity: 'welfare_history_import',
      entityId: sheet.sha256,
      after: { fileName: sheet.fileName, ...summary, mapping: input.mapping },
    });
    return success({ ...summary, firstReceiptNo: null, lastReceiptNo: null });
  });
}
