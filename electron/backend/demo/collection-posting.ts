import type { FundSettings } from '../db/repositories/fund-repository';
import { insertBatch, markBatchPosted } from '../db/repositories/batch-repository';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { postReceipts, type ReceiptToPost } from '../steps/post-receipts';
import type { UseCaseContext } from '../use-cases/use-case-context';

/**
 * A whole collection day posted through the real posting step (receipts, months, journal, totals, audit), as
 * `collection.post` does, without typing its lines one by one first: how a generated fund gets years of
 * contributions in one transaction a month. Runs inside the caller's transaction.
 */
export function postCollectionDay(
  context: UseCaseContext,
  fund: FundSettings,
  day: { collectedOn: string; collector: string; requestId: string; receipts: readonly ReceiptToPost[] },
): void {
  const { connection } = context;
  const now = context.call.at;
  const batchId = insertBatch(connection, { collectedOn: day.collectedOn, collector: day.collector, note: '', createdAt: now });
  const posted = postReceipts(
    context,
    fund,
    day.receipts.map((receipt) => ({ ...receipt, batchId })),
  );
  if (!posted.ok) throw new Error(`generated collection day refused: ${posted.error.code} ${posted.error.field ?? ''}`);
  const { receiptNos } = posted.value;
  markBatchPosted(connection, {
    id: batchId,
    requestId: day.requestId,
    postedAt: now,
    firstReceiptNo: receiptNos[0] ?? '',
    lastReceiptNo: receiptNos.at(-1) ?? '',
  });
}

/** A member's contribution for some months, paid in cash to the collector on a collection day. */
export function cashContribution(payment: {
  requestId: string;
  memberId: number;
  receivedOn: string;
  periods: string[];
  amountSatang: number;
}): ReceiptToPost {
  return {
    requestId: payment.requestId,
    memberId: payment.memberId,
    memberName: '',
    receivedOn: payment.receivedOn,
    numbering: { kind: 'app' },
    accountCode: accountCodes.cash,
    collector: 'เหรัญญิก',
    batchId: null,
    plan: {
      periods: payment.periods,
      lines: [{ kind: 'contribution', description: 'เงินสมทบ', amountSatang: payment.amountSatang }],
      totalSatang: payment.amountSatang,
    },
  };
}
