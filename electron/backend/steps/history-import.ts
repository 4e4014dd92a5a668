import type { ImportRow } from '../../../shared/domain/import/import-cells';
import type { ColumnMapping } from '../../../shared/domain/import/import-columns';
import { hasErrors, problemAt, type EvaluatedRowOf } from '../../../shared/domain/import/import-row-reader';
import {
  contributionHistoryFields,
  contributionHistoryRequired,
  contributionHistoryWords,
  evaluateContributionRow,
  markContributionDuplicates,
  type ContributionHistoryField,
  type ContributionHistoryRow,
} from '../../../shared/domain/history/contribution-history-rows';
import type { HistoryMember, MemberDirectory } from '../../../shared/domain/history/history-values';
import {
  evaluateWelfareRow,
  markWelfareDuplicates,
  welfareHistoryFields,
  welfareHistoryRequired,
  welfareHistoryWords,
  type WelfareHistoryField,
  type WelfareHistoryRow,
} from '../../../shared/domain/history/welfare-history-rows';
import { formatBookReceiptNo } from '../../../shared/domain/contributions/receipt-numbers';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { fundDues, listPlanRates, readFund } from '../db/repositories/fund-repository';
import { historyMembers, isMonthPaid, isPaperNoUsed, welfareHistoryKeys } from '../db/repositories/history-repository';
import { listRuleVersions, listWelfareTypes } from '../db/repositories/welfare-repository';
import type { JobUseCaseContext } from '../use-cases/use-case-context';
import { loadMemberFacts } from './member-facts';
import type { PlannedPayment } from './payment-plan';
import { planForMember } from './receipts';
import { readMappedSheet, type CheckedSheet, type SheetKind } from './sheet-import';

/** Contribution history's fields, header words and documents, for the shared sheet machinery. */
export const contributionSheet: SheetKind<ContributionHistoryField> = {
  kind: 'contributions',
  fields: contributionHistoryFields,
  requiredFields: contributionHistoryRequired,
  headerWords: contributionHistoryWords,
  fieldNames: 'importFields',
  documents: 'documents.contributionHistory',
};

export const welfareSheet: SheetKind<WelfareHistoryField> = {
  kind: 'welfare',
  fields: welfareHistoryFields,
  requiredFields: welfareHistoryRequired,
  headerWords: welfareHistoryWords,
  fieldNames: 'importFields',
  documents: 'documents.welfareHistory',
};

export type CheckedContributions = CheckedSheet<ContributionHistoryField, ContributionHistoryRow>;
export type CheckedWelfare = CheckedSheet<WelfareHistoryField, WelfareHistoryRow>;

const chunk = 1000;

function memberDirectory(connection: Connection): MemberDirectory {
  const members = historyMembers(connection);
  return {
    byNo: new Map(members.map((member) => [member.memberNo, member])),
    byCitizenId: new Map(members.flatMap((member): [string, HistoryMember][] => (member.citizenId ? [[member.citizenId, member]] : []))),
  };
}

/** Evaluates every row in chunks, yielding between them (A4): a read, nothing written. */
async function evaluateRows<F extends string, P>(
  context: JobUseCaseContext,
  rows: readonly ImportRow[],
  evaluate: (row: ImportRow) => EvaluatedRowOf<F, P>,
): Promise<EvaluatedRowOf<F, P>[]> {
  const evaluated: EvaluatedRowOf<F, P>[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % chunk === 0) {
      context.job.progress(index, rows.length, 'checking');
      await context.job.checkpoint();
    }
    evaluated.push(evaluate(row));
  }
  return evaluated;
}

/** The field of the history sheet a receipt path's refusal names. */
const receiptFieldOf: Readonly<Record<string, ContributionHistoryField>> = {
  periods: 'period',
  monthCount: 'months',
  receivedOn: 'paidOn',
  memberId: 'member',
  amountSatang: 'amount',
};

/**
 * A row on or after the opening date is held to what the receipt path holds a payment to: the months payable
 * on the day and not paid, and the amount the plan asks for them (Decision 7). The plan is the commit's own.
 */
export function receiptPlan(connection: Connection, profile: ContributionHistoryRow, today: string): Result<PlannedPayment> {
  const fund = readFund(connection);
  const loaded = loadMemberFacts(connection, profile.memberId, fundDues(fund));
  if (!loaded) return failure('member-not-found', 'memberId');
  const planned = planForMember(
    connection,
    fund,
    loaded,
    { receivedOn: profile.paidOn, includeEntryFee: false, periods: profile.periods },
    today,
  );
  if (!planned.ok) return planned;
  if (planned.value.totalSatang !== profile.amountSatang)
    return failure('amount-mismatch', 'amountSatang', { expected: planned.value.totalSatang });
  return planned;
}

function checkReceiptRows(
  connection: Connection,
  rows: readonly EvaluatedRowOf<ContributionHistoryField, ContributionHistoryRow>[],
  mapping: ColumnMapping<ContributionHistoryField>,
  today: string,
): void {
  for (const row of rows) {
    if (row.profile.posting !== 'receipt' || hasErrors(row)) continue;
    const planned = receiptPlan(connection, row.profile as ContributionHistoryRow, today);
    if (planned.ok) continue;
    const field = receiptFieldOf[planned.error.field ?? ''] ?? 'paidOn';
    const shown = mapping.some((entry) => entry.field === field) ? field : 'paidOn';
    row.problems.push(problemAt(row.rowNumber, mapping, shown, planned.error.code, planned.error.params ?? {}));
  }
}

/** What both history sheets are checked against: today, the opening date, and the fund's members by number and ID. */
type HistoryFacts = { today: string; openedOn: string; members: MemberDirectory };

/**
 * Reads a history sheet and checks every row on its own (`evaluate`), then across rows and against the fund
 * (`across`); the rows left without an error are the ones the commit writes.
 */
async function checkHistory<F extends string, P>(
  context: JobUseCaseContext,
  input: { fileId: string; mapping: ColumnMapping<F> },
  kind: SheetKind<F>,
  evaluate: (row: ImportRow, mapping: ColumnMapping<F>, facts: HistoryFacts) => EvaluatedRowOf<F, P>,
  across: (rows: EvaluatedRowOf<F, P>[], mapping: ColumnMapping<F>, facts: HistoryFacts) => void,
): Promise<Result<CheckedSheet<F, P>>> {
  const read = await readMappedSheet(context, input.fileId, input.mapping, kind);
  if (!read.ok) return read;
  const { connection } = context;
  const { sheet, mapping } = read.value;
  const facts = { today: context.clock.today(), openedOn: readFund(connection).openedOn, members: memberDirectory(connection) };
  const rows = await evaluateRows(context, sheet.rows, (row) => evaluate(row, mapping, facts));
  across(rows, mapping, facts);
  const accepted = new Set(rows.filter((row) => !hasErrors(row)).map((row) => row.rowNumber));
  return success({ sheet, mapping, rows, accepted });
}

/**
 * Contribution history: each row on its own, then months and book numbers across rows and against the fund,
 * then each receipt row (on or after the opening date) against the receipt path.
 */
export function checkContributionHistory(
  context: JobUseCaseContext,
  input: { fileId: string; mapping: ColumnMapping<ContributionHistoryField> },
): Promise<Result<CheckedContributions>> {
  const { connection } = context;
  const rates = listPlanRates(connection);
  return checkHistory(
    context,
    input,
    contributionSheet,
    (row, mapping, facts) => evaluateContributionRow(row, mapping, { ...facts, rates }),
    (rows, mapping, facts) => {
      markContributionDuplicates(rows, mapping, {
        paidMonths: (memberId, period) => isMonthPaid(connection, memberId, period),
        paperNoUsed: (bookNo, receiptNo) => isPaperNoUsed(connection, bookNo, receiptNo, formatBookReceiptNo(bookNo, receiptNo)),
      });
      checkReceiptRows(connection, rows, mapping, facts.today);
    },
  );
}

/** Welfare history: each row on its own (memo only: a row from the opening date on is refused), then payments written twice. */
export function checkWelfareHistory(
  context: JobUseCaseContext,
  input: { fileId: string; mapping: ColumnMapping<WelfareHistoryField> },
): Promise<Result<CheckedWelfare>> {
  const { connection } = context;
  const types = listWelfareTypes(connection).map((type) => ({
    id: type.id,
    code: type.code,
    nameTh: type.nameTh,
    nameEn: type.nameEn,
    perUnit: listRuleVersions(connection, type.id).some((version) => version.amount.kind === 'per-unit'),
  }));
  const held = welfareHistoryKeys(connection);
  return checkHistory(
    context,
    input,
    welfareSheet,
    (row, mapping, facts) => evaluateWelfareRow(row, mapping, { ...facts, types, held }),
    (rows, mapping) => markWelfareDuplicates(rows, mapping),
  );
}
