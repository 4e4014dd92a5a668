import type { CashBookPage } from '../../../shared/api/fund-types';
import { success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { balanceBefore } from '../db/repositories/balance-repository';
import { listAccounts } from '../db/repositories/ledger-repository';
import { moneyBookLines } from '../db/repositories/money-book-repository';
import { checkMoneyAccount } from './money-accounts';

/**
 * One page of a money account's book (the cash book, or a bank account's book), read from its journal lines:
 * the balance brought forward from the totals, then each line with its running balance. A posted collection day
 * reads as one line per credited account with its receipt range; a receipt, a void, a voucher or a receipt for
 * other income links to its document.
 */
export function moneyBookPage(
  connection: Connection,
  input: { accountCode: string; from?: string | undefined; to?: string | undefined; offset: number; limit: number },
): Result<CashBookPage> {
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  const range = { from: input.from ?? '0000-01-01', to: input.to ?? '9999-12-31' };
  const opening = input.from === undefined ? 0 : balanceBefore(connection, input.accountCode, input.from);
  const names = new Map(listAccounts(connection).map((entry) => [entry.code, entry]));
  const page = moneyBookLines(connection, input.accountCode, range, input.offset, input.limit);
  // The page's running balances start from what the account held at the start of its first day.
  const start = page.firstDay === null ? 0 : balanceBefore(connection, input.accountCode, page.firstDay);
  return success({
    total: page.total,
    offset: input.offset,
    openingBalanceSatang: opening,
    rows: page.lines.map((line) => {
      const receipt = line.sourceType === 'receipt' || line.sourceType === 'receipt-void';
      const voucher = line.sourceType === 'voucher' || line.sourceType === 'voucher-reversal';
      const incomeReceipt = line.sourceType === 'income-receipt' || line.sourceType === 'income-receipt-void';
      const counter = line.counterAccount === null ? undefined : names.get(line.counterAccount);
      const batchDescription = {
        code: 'batch',
        params: {
          accountTh: counter?.nameTh ?? line.counterAccount ?? '',
          accountEn: counter?.nameEn ?? line.counterAccount ?? '',
          first: line.firstNo ?? '',
          last: line.lastNo ?? '',
          count: line.count,
        },
      };
      return {
        date: line.date,
        documentNo:
          line.batchId === null || line.firstNo === line.lastNo ? (line.firstNo ?? line.documentNo) : `${line.firstNo} – ${line.lastNo}`,
        description: line.description ?? batchDescription,
        inSatang: line.inSatang,
        outSatang: line.outSatang,
        balanceSatang: start + line.running,
        receiptId: receipt ? line.sourceId : null,
        batchId: line.batchId,
        journalEntryId: line.batchId === null ? line.entryId : null,
        voucherId: voucher ? line.sourceId : null,
        incomeReceiptId: incomeReceipt ? line.sourceId : null,
      };
    }),
  });
}
