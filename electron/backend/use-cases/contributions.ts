import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { ArrearsRow, ContributionQuote, MemberStatement, Paged, Receipt } from '../../../shared/api/fund-types';
import { fiscalYearOf, periodIndex } from '../../../shared/domain/calendar-date';
import { formatBookReceiptNo, formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { duesStartPeriod, memberArrears, monthStates, overdueHorizon } from '../../../shared/domain/contributions/periods';
import { checkBalanced, reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import { inTransaction, type Connection } from '../db/execute';
import { membersInArrears } from '../db/repositories/arrears-repository';
import { findMemberRow, statusEventsByMember } from '../db/repositories/member-repository';
import { appendAudit } from '../db/repositories/audit-repository';
import { listPlanRates, readFund } from '../db/repositories/fund-repository';
import { findJournalEntry, insertCashBookLine, insertJournalEntries } from '../db/repositories/ledger-repository';
import { removePaidMonths } from '../db/repositories/member-repository';
import {
  findReceiptIdByNumber,
  findReceiptIdByRequest,
  findReceiptRecord,
  findVoidByRequest,
  hasPaidEntryFee,
  insertVoid,
  lastPaidPeriod,
  memberReceipts,
  receiptLinesAndPeriods,
  type ReceiptRecord,
} from '../db/repositories/receipt-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { claimKeepingReceipt } from '../db/repositories/welfare-payment-repository';
import type { FundTable } from '../db/schema';
import { loadMemberFacts, quickMemberFacts, type MemberFacts } from './member-facts';
import { planPayment, type PaymentChoice, type PlannedPayment } from './payment-plan';
import { postReceipts } from './post-receipts';
import { actorName, type UseCaseContext } from './use-case-context';

type RecordInput = z.output<(typeof fundContract)['contributions.record']['input']>;
type VoidInput = z.output<(typeof fundContract)['contributions.void']['input']>;

export function receiptFromRecord(fund: FundTable, record: ReceiptRecord, detail: { lines: Receipt['lines']; periods: string[] }): Receipt {
  return {
    id: record.id,
    receiptNo: record.receipt_no,
    numbering: record.numbering as Receipt['numbering'],
    bookNo: record.book_no,
    bookEntryNo: record.book_entry_no,
    fiscalYear: record.fiscal_year,
    receivedOn: record.received_on,
    memberId: record.member_id,
    memberNo: record.member_no,
    memberName: record.member_name,
    periods: detail.periods,
    lines: detail.lines,
    totalSatang: record.total_satang,
    amountInWords: bahtText(record.total_satang),
    method: record.method as Receipt['method'],
    collector: record.collector,
    batchId: record.batch_id,
    journalEntryNo: record.entry_no,
    void:
      record.voided_on === null ? null : { voidedOn: record.voided_on, reason: record.void_reason ?? '', actor: record.void_actor ?? '' },
    fund: { name: fund.name, address: fund.address, fundCode: fund.fund_code },
  };
}

export function loadReceipt(connection: Connection, receiptId: number): Receipt | undefined {
  const record = findReceiptRecord(connection, receiptId);
  if (!record) return undefined;
  return receiptFromRecord(readFund(connection), record, receiptLinesAndPeriods(connection, receiptId));
}

/** Plans a payment for one member against what the database knows now. */
export function planForMember(
  connection: Connection,
  fund: FundTable,
  loaded: MemberFacts,
  choice: PaymentChoice,
  today: string,
): Result<PlannedPayment> {
  return planPayment(choice, {
    facts: loaded.facts,
    rates: listPlanRates(connection),
    openedOn: fund.opened_on,
    today,
    hasPaidEntryFee: hasPaidEntryFee(connection, loaded.row.id),
  });
}

export function quoteContribution(context: UseCaseContext, input: PaymentChoice & { memberId: number }): Result<ContributionQuote> {
  const fund = readFund(context.connection);
  const loaded = loadMemberFacts(context.connection, input.memberId, fund.opened_on);
  if (!loaded) return failure('member-not-found', 'memberId');
  const planned = planForMember(context.connection, fund, loaded, input, context.clock.today());
  if (!planned.ok) return planned;
  return success({ ...planned.value, amountInWords: bahtText(planned.value.totalSatang) });
}

function memberName(row: { title: string; first_name: string; last_name: string }): string {
  return `${row.title}${row.first_name} ${row.last_name}`;
}

export function recordContribution(context: UseCaseContext, input: RecordInput): Result<Receipt> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<Receipt> => {
      // A retried or double-clicked payment is recorded once: the same request answers the same receipt.
      const earlier = findReceiptIdByRequest(connection, input.requestId);
      if (earlier !== undefined) {
        const receipt = loadReceipt(connection, earlier);
        if (!receipt || receipt.memberId !== input.memberId) return failure('request-reused', 'requestId');
        return success(receipt);
      }
      const fund = readFund(connection);
      const loaded = loadMemberFacts(connection, input.memberId, fund.opened_on);
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
      const { ids } = postReceipts(
        connection,
        fund,
        [
          {
            requestId: input.requestId,
            memberId: input.memberId,
            memberName: memberName(loaded.row),
            receivedOn: input.receivedOn,
            numbering: input.numbering,
            method: input.method,
            collector: input.collector,
            batchId: null,
            plan: planned.value,
          },
        ],
        { actor: actorName(context), now: clock.now(), method: 'contributions.record' },
      );
      const receipt = loadReceipt(connection, ids[0] ?? 0);
      if (!receipt) throw new Error('receipt not stored');
      return success(receipt);
    },
    (result) => result.ok,
  );
}

/**
 * A void is a new row plus a reversing entry (Decision 9): the receipt keeps its number and its row, its months
 * become unpaid again, and the cash book shows the money going back out.
 */
export function voidReceipt(context: UseCaseContext, input: VoidInput): Result<Receipt> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<Receipt> => {
      const earlier = findVoidByRequest(connection, input.requestId);
      if (earlier !== undefined) {
        const receipt = earlier === input.receiptId ? loadReceipt(connection, earlier) : undefined;
        return receipt ? success(receipt) : failure('request-reused', 'requestId');
      }
      const receipt = loadReceipt(connection, input.receiptId);
      if (!receipt) return failure('receipt-not-found', 'receiptId');
      if (receipt.void) return failure('already-voided', 'receiptId');
      // Months kept back from a death benefit were paid by that payout: undo the payout, which voids this too.
      const keptBy = claimKeepingReceipt(connection, receipt.id);
      if (keptBy !== undefined) return failure('receipt-kept-back-by-welfare', 'receiptId', { claimNo: keptBy ?? '' });
      if (input.voidedOn < receipt.receivedOn) return failure('void-before-receipt', 'voidedOn');
      if (input.voidedOn > clock.today()) return failure('date-in-future', 'voidedOn');
      const record = findReceiptRecord(connection, input.receiptId);
      const original = record && findJournalEntry(connection, record.journal_entry_id);
      if (!record || !original) throw new Error('receipt without entry');
      const fund = readFund(connection);
      const fiscalYear = fiscalYearOf(input.voidedOn, fund.fiscal_year_start_month);
      const sequence = reserveNumbers(connection, 'journal', fiscalYear);
      const lines = checkBalanced(reverseLines(original.lines));
      if (!lines.ok) throw new Error('reversal unbalanced');
      const now = clock.now();
      const description = { code: 'receipt-void', params: { receiptNo: receipt.receiptNo } };
      const [reversalId] = insertJournalEntries(connection, [
        {
          entryNo: formatDocumentNo('JV', fiscalYear, sequence),
          fiscalYear,
          sequenceNo: sequence,
          entryDate: input.voidedOn,
          description,
          sourceType: 'receipt-void',
          sourceId: receipt.id,
          reversesEntryId: original.id,
          createdAt: now,
          actor: actorName(context),
          lines: lines.value,
        },
      ]);
      insertVoid(connection, {
        receiptId: receipt.id,
        requestId: input.requestId,
        voidedOn: input.voidedOn,
        reason: input.reason,
        actor: actorName(context),
        reversalEntryId: reversalId ?? 0,
        createdAt: now,
      });
      if (receipt.periods.length > 0)
        removePaidMonths(connection, receipt.memberId, receipt.periods.length, lastPaidPeriod(connection, receipt.memberId) ?? null);
      if (receipt.method === 'cash') {
        insertCashBookLine(connection, {
          date: input.voidedOn,
          documentNo: receipt.receiptNo,
          description,
          inSatang: 0,
          outSatang: receipt.totalSatang,
          receiptId: receipt.id,
          batchId: null,
          journalEntryId: reversalId ?? null,
        });
      }
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'contributions.void',
        entity: 'receipt',
        entityId: receipt.id,
        after: { voidedOn: input.voidedOn, reason: input.reason },
      });
      const after = loadReceipt(connection, receipt.id);
      if (!after) throw new Error('receipt vanished');
      return success(after);
    },
    (result) => result.ok,
  );
}

export function getReceipt(context: UseCaseContext, receiptId: number): Result<Receipt> {
  const receipt = loadReceipt(context.connection, receiptId);
  return receipt ? success(receipt) : failure('receipt-not-found', 'receiptId');
}

/** Receipt numbers for the months whose receipt is among those read in full. */
function receiptNumbers(
  receiptIdByPeriod: ReadonlyMap<string, number>,
  receipts: readonly { record: ReceiptRecord }[],
): Map<string, string> {
  const numbers = new Map(receipts.map(({ record }) => [record.id, record.receipt_no]));
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
  const loaded = loadMemberFacts(context.connection, input.memberId, fund.opened_on);
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
      (left.row.sort_key < right.row.sort_key ? -1 : left.row.sort_key > right.row.sort_key ? 1 : left.row.id - right.row.id),
  );
  const openedOn = readFund(connection).opened_on;
  const events = statusEventsByMember(connection);
  return success({
    total: rows.length,
    offset: input.offset,
    rows: rows.slice(input.offset, input.offset + input.limit).map(({ row, arrearsMonths }) => {
      const facts = quickMemberFacts(connection, row, events.get(row.id) ?? [], openedOn).facts;
      return {
        memberId: row.id,
        memberNo: row.member_no,
        fullName: `${row.title}${row.first_name} ${row.last_name}`,
        moo: row.moo,
        arrearsMonths,
        oldestUnpaid: memberArrears(facts, asOf).overdue[0] ?? horizon,
      };
    }),
  });
}
