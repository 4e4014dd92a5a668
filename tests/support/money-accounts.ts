import type { FundApi } from '../../shared/api/fund-contract';
import { expectOk } from './test-backend';

/**
 * Every call that moves money names its account (issue 16 §2). Most tests move money through cash in hand, the
 * ledger account every fund has: `{ ...inCash, … }` names it.
 */
export const cashAccountCode = '3100';
export const inCash = { accountCode: cashAccountCode } as const;

/**
 * Opening balances for a test fund that pays money out: cash in hand and, when asked, a bank account of the
 * register, so payments do not take an account below zero (Decision 13). Answers the bank account's code.
 */
export async function openWithMoney(
  fund: FundApi,
  amounts: { cashSatang?: number; bankSatang?: number },
): Promise<{ bankAccountCode: string }> {
  const bank = expectOk(
    await fund['bankAccounts.add']({ bankName: 'ธนาคารออมสิน', branch: 'ท่าแซะ', accountNo: '020-1-00000-1', accountType: 'savings' }),
  );
  const balances = [
    ...(amounts.cashSatang ? [{ accountCode: cashAccountCode, amountSatang: amounts.cashSatang }] : []),
    ...(amounts.bankSatang ? [{ accountCode: bank.accountCode, amountSatang: amounts.bankSatang }] : []),
  ];
  if (balances.length > 0) expectOk(await fund['ledger.recordOpeningBalances']({ requestId: 'test-opening-balances', balances }));
  return { bankAccountCode: bank.accountCode };
}
