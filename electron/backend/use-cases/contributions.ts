import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { ArrearsRow, ContributionQuote, MemberStatement, Paged, Receipt } from '../../../shared/api/fund-types';
import { periodIndex } from '../../../shared/domain/calendar-date';
import type { PaymentChoice } from '../../../shared/domain/contributions/plan-payment';
import { formatBookReceiptNo } from '../../../shared/domain/contributions/receipt-numbers';
import { duesStartPeriod, memberArrears, monthStates, overdueHorizon } from '../../../shared/domain/contributions/periods';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import { membersInArrears } from '../db/repositories/arrears-repository';
import { findMemberRow, statusEventsByMember } from '../db/repositories/member-repository';
import { readFund } from '../db/repositories/fund-repository';
import { findReceiptIdByNumber, memberReceipts, type ReceiptRecord } from '../db/repositories/receipt-repository';
import { claimKeepingReceipt } from '../db/repositories/welfare-payment-repository';
import { loadMemberFacts, quickMemberFacts } from '../steps/member-facts';
import { postReceipts } from '../steps/post-receipts';
import { loadReceipt, planForMember, postReceiptVoid, receiptFromRecord, receiptResult } from '../steps/receipts';
import type { UseCaseContext } from './use-case-context';

type RecordInput = z.output<(typeof fundContract)['contributions.record']['input']>;
type VoidInput = z.output<(typeof fundContract)['contributions.void']['input']>;

export function quoteContribution(context: UseCaseContext, input: PaymentChoice & { memberId: number }): Result<ContributionQuote> {
  const fund = readFund(context.connection);
  const loaded = loadMemberFacts(context.connection, input.memberId, fund.openedOn);
  if (!loaded) return failure('member-not-found', 'memberId');
  const planned = planForMember(context.connection, fund, loaded, input, context.clock.today());
  if (!planned.ok) return planned;
  return success({ ...planned.value, amountInWords: bahtText(planned.value.totalSatang) });
}

function memberName(member: { title: string; firstName: string; lastName: string }): string {
  return `${member.title}${member.firstName} ${member.lastName}`;
}

export function recordContribution(context: UseCaseContext, input: RecordInput): Result<Receipt> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const loaded = loadMemberFacts(connection, input.memberId, fund.openedOn);
  if (!loaded) return failure('member-not-found', 'memberId');
  const planned = planForMember(connection, fund, loaded, input, clock.today());
  if (!planned.ok) return planned;
  if (planned.value.totalSatang !== input.amountSatang)
    return failure('amount-mismatch', 'amountSatang', { expected: planned.value.totalSatang });
  if (input.numbering.kind === 'book') {
    const receiptNo = formatBookReceiptNo(input.numbering.bookNo, input.numbering.number);
    if (findReceiptIdByNumber(connection, receiptNo) !== undefined)
      return failure('receipt-number-used', 'numbering.number', { receiptNo });
  }
  const { ids } = postReceipts(context, fund, [
    {
      requestId: input.requestId,
      memberId: input.memberId,
      memberName: memberName(loaded.member),
      receivedOn: input.receivedOn,
      numbering: input.numbering,
      method: input.method,
      collector: input.collector,
      batchId: null,
      plan: planned.value,
    },
  ]);
  return receiptResult(connection, ids[0] ?? 0);
}

/**
 * Voids a receipt on a date with a reason (Decision 9): the void step posts the reversing entry. A receipt for
 * months kept back from a death benefit is voided only by reversing that payout.
 */
export function voidReceipt(context: UseCaseContext, input: VoidInput): Result<Receipt> {
  const { connection, clock } = context;
  const receipt = loadReceipt(connection, input.receiptId);
  if (!receipt) return failure('receipt-not-found', 'receiptId');
  if (receipt.void) return failure('already-voided', 'receiptId');
  const keptBy = claimKeepingReceipt(connection, receipt.id);
  if (keptBy !== undefined) return failure('receipt-kept-back-by-welfare', 'receiptId', { claimNo: keptBy ?? '' });
  if (input.voidedOn < receipt.receivedOn) return failure('void-before-receipt', 'voidedOn');
  if (input.voidedOn > clock.today()) return failure('date-in-future', 'voidedOn');
  return postReceiptVoid(context, receipt, input);
}

export function getReceipt(context: UseCaseContext, input: { receiptId: number }): Result<Receipt> {
  return receiptResult(context.connection, input.receiptId);
}

/** Receipt numbers for the months whose receipt is among those read in full. */
function receiptNumbers(
  receiptIdByPeriod: ReadonlyMap<string, number>,
  receipts: readonly { record: ReceiptRecord }[],
): Map<string, string> {
  const numbers = new Map(receipts.map(({ record }) => [record.id, record.receiptNo]));
  const byPeriod = new Map<string, string>();
  for (const [period, receiptId] of receiptIdByPeriod) {
    const number = numbers.get(receiptId);
    if (number !== undefined) byPeriod.set(period, number);
  }
  return byPeriod;
}

/** How many of the latest receipts a statement carries in full (the month grid covers all of them). */
const statementReceipts = 24;

export function memberStatement(context: UseCaseContext, input: { memberId: number; asOf?: string | undefined }): Result<MemberStatement> {
  const fund = readFund(context.connection);
  const loaded = loadMemberFacts(context.connection, input.memberId, fund.openedOn);
  if (!loaded) return failure('member-not-found', 'memberId');
  const asOf = input.asOf ?? context.clock.today();
  const arrears = memberArrears(loaded.facts, asOf);
  const latest = memberReceipts(context.connection, input.memberId, statementReceipts);
  return success({
    memberId: input.memberId,
    duesStart: duesStartPeriod(loaded.facts),
    arrearsMonths: arrears.count,
    overduePeriods: arrears.overdue,
    nextUnpaid: arrears.nextUnpaid,
    months: monthStates(loaded.facts, asOf, receiptNumbers(loaded.receiptIdByPeriod, latest.receipts)),
    receipts: latest.receipts.map((item) => receiptFromRecord(fund, item.record, item)),
    receiptTotal: latest.total,
  });
}

export function arrearsList(
  context: UseCaseContext,
  input: { minMonths: number; asOf?: string | undefined; offset: number; limit: number },
): Result<Paged<ArrearsRow>> {
  const { connection } = context;
  const asOf = input.asOf ?? context.clock.today();
  const horizon = overdueHorizon(asOf);
  const behind = membersInArrears(connection, horizon, periodIndex(horizon), input.minMonths);
  const rows = [...behind.entries()].flatMap(([memberId, arrearsMonths]) => {
    const row = findMemberRow(connection, memberId);
    return row ? [{ row, arrearsMonths }] : [];
  });
  // Most behind first, then in Thai dictionary order.
  rows.sort(
    (left, right) =>
      right.arrearsMonths - left.arrearsMonths ||
      (left.row.sortKey < right.row.sortKey ? -1 : left.row.sortKey > right.row.sortKey ? 1 : left.row.id - right.row.id),
  );
  const openedOn = readFund(connection).openedOn;
  const events = statusEventsByMember(connection);
  return success({
    total: rows.length,
    offset: input.offset,
    rows: rows.slice(input.offset, input.offset + input.limit).map(({ row, arrearsMonths }) => {
      const facts = quickMemberFacts(connection, row, events.get(row.id) ?? [], openedOn).facts;
      return {
        memberId: row.id,
        memberNo: row.memberNo,
        fullName: `${row.title}${row.firstName} ${row.lastName}`,
        moo: row.moo,
        arrearsMonths,
        oldestUnpaid: memberArrears(facts, asOf).overdue[0] ?? horizon,
      };
    }),
  });
}
