import type { MoneyAccount } from '../../../shared/api/fund-types';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { accountBalances } from '../db/repositories/balance-repository';
import { listBankAccounts, type BankAccountFields } from '../db/repositories/bank-account-repository';
import { listAccounts } from '../db/repositories/ledger-repository';

/** The ledger account's name for a named bank account: what the books, reports and choosers show. */
export function bankAccountName(fields: BankAccountFields): { nameTh: string; nameEn: string } {
  const name = [fields.bankName, fields.branch, fields.accountNo].filter((part) => part !== '').join(' ');
  return { nameTh: name, nameEn: name };
}

/**
 * The accounts money moves through (issue 16 §2): cash in hand, then each bank account of the register, with
 * what each holds now (from the monthly totals).
 */
export function moneyAccounts(connection: Connection): MoneyAccount[] {
  const accounts = new Map(listAccounts(connection).map((account) => [account.code, account]));
  const balances = accountBalances(connection);
  const cash = accounts.get(accountCodes.cash);
  const list: MoneyAccount[] = [
    {
      accountCode: accountCodes.cash,
      kind: 'cash',
      nameTh: cash?.nameTh ?? accountCodes.cash,
      nameEn: cash?.nameEn ?? accountCodes.cash,
      balanceSatang: balances.get(accountCodes.cash) ?? 0,
      bank: null,
    },
  ];
  for (const bank of listBankAccounts(connection)) {
    const account = accounts.get(bank.accountCode);
    list.push({
      accountCode: bank.accountCode,
      kind: 'bank',
      nameTh: account?.nameTh ?? bank.accountCode,
      nameEn: account?.nameEn ?? bank.accountCode,
      balanceSatang: balances.get(bank.accountCode) ?? 0,
      bank: {
        id: bank.id,
        uuid: bank.uuid,
        bankName: bank.bankName,
        branch: bank.branch,
        accountNo: bank.accountNo,
        accountType: bank.accountType,
        version: bank.version,
        named: bank.bankName !== '',
      },
    });
  }
  return list;
}

/** Money moves only through cash in hand or a registered bank account; anything else is refused by name. */
export function checkMoneyAccount(connection: Connection, accountCode: string, field: string): Result<void> {
  if (accountCode === accountCodes.cash) return success(undefined);
  if (listBankAccounts(connection).some((bank) => bank.accountCode === accountCode)) return success(undefined);
  return failure('account-not-money', field, { accountCode });
}
