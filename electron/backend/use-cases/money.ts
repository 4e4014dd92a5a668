import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { MoneyAccount, MoneyAccounts, MoneyTransfer } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import {
  findBankAccount,
  findBankAccountByNumber,
  insertBankAccount,
  nextBankAccountCode,
  updateBankAccount,
  type BankAccountFields,
} from '../db/repositories/bank-account-repository';
import { readFund, setUsualAccount } from '../db/repositories/fund-repository';
import { addAssetAccount, renameAccount } from '../db/repositories/ledger-repository';
import { findTransfer, insertTransfer, nextTransferId } from '../db/repositories/transfer-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { bankAccountName, checkMoneyAccount, moneyAccounts } from '../steps/money-accounts';
import { postEntry } from '../steps/post-entry';
import { checkPaymentDate } from '../steps/vouchers';
import type { UseCaseContext } from './use-case-context';

type TransferInput = z.output<(typeof fundContract)['money.transfer']['input']>;
type BankAccountUpdate = BankAccountFields & { bankAccountId: number; expectedVersion: number };

export function moneyAccountList(context: UseCaseContext): Result<MoneyAccounts> {
  const fund = readFund(context.connection);
  return success({ accounts: moneyAccounts(context.connection), usualAccountCode: fund.usualAccount });
}

/** The account the forms offer first (issue 16 §2); every money call still names its own. */
export function setUsualMoneyAccount(context: UseCaseContext, input: { accountCode: string }): Result<MoneyAccounts> {
  const { connection } = context;
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  const before = readFund(connection).usualAccount;
  setUsualAccount(connection, input.accountCode);
  context.audit({ entity: 'fund', entityId: 1, before: { usualAccount: before }, after: { usualAccount: input.accountCode } });
  return moneyAccountList(context);
}

function bankAccountView(connection: UseCaseContext['connection'], accountCode: string): Result<MoneyAccount> {
  const found = moneyAccounts(connection).find((account) => account.accountCode === accountCode);
  return found ? success(found) : failure('bank-account-not-found', 'bankAccountId');
}

/** A bank account joins the register with its own ledger account under §10's bank deposits. */
export function addBankAccountUseCase(context: UseCaseContext, input: BankAccountFields): Result<MoneyAccount> {
  const { connection } = context;
  if (findBankAccountByNumber(connection, input.bankName, input.accountNo) !== undefined)
    return failure('bank-account-exists', 'accountNo', { accountNo: input.accountNo });
  const accountCode = nextBankAccountCode(connection);
  if (accountCode === undefined) return failure('bank-accounts-full', 'accountNo');
  addAssetAccount(connection, { code: accountCode, ...bankAccountName(input), sortOrder: 220, section10Line: 'assets.bank' });
  const id = insertBankAccount(connection, { ...input, uuid: newRecordId(), accountCode, createdAt: context.call.at });
  context.audit({ entity: 'bank_account', entityId: id, after: { accountCode, ...input } });
  return bankAccountView(connection, accountCode);
}

/** Names or renames a bank account; its ledger account's name follows, so every book and report shows it. */
export function updateBankAccountUseCase(context: UseCaseContext, input: BankAccountUpdate): Result<MoneyAccount> {
  const { connection } = context;
  const found = findBankAccount(connection, input.bankAccountId);
  if (!found) return failure('bank-account-not-found', 'bankAccountId');
  if (found.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  const holder = findBankAccountByNumber(connection, input.bankName, input.accountNo);
  if (holder !== undefined && holder !== found.id) return failure('bank-account-exists', 'accountNo', { accountNo: input.accountNo });
  const fields = { bankName: input.bankName, branch: input.branch, accountNo: input.accountNo, accountType: input.accountType };
  updateBankAccount(connection, found.id, fields, context.call.at);
  renameAccount(connection, found.accountCode, bankAccountName(fields));
  context.audit({
    entity: 'bank_account',
    entityId: found.id,
    before: { bankName: found.bankName, branch: found.branch, accountNo: found.accountNo, accountType: found.accountType },
    after: fields,
  });
  return bankAccountView(connection, found.accountCode);
}

export function transferResult(context: UseCaseContext, transferId: number): Result<MoneyTransfer> {
  const transfer = findTransfer(context.connection, transferId);
  return transfer ? success(transfer) : failure('transfer-not-found', 'transferId');
}

/**
 * Money moved between the fund's own accounts — a deposit (cash to bank), a withdrawal (bank to cash) or bank to
 * bank — as one entry through the posting core: Dr the account it went into, Cr the one it left. Refused when
 * the two are the same, or when the account it leaves would go below zero on the date or any later one.
 */
export function transferMoney(context: UseCaseContext, input: TransferInput): Result<MoneyTransfer> {
  const { connection, clock } = context;
  const from = checkMoneyAccount(connection, input.fromAccountCode, 'fromAccountCode');
  if (!from.ok) return from;
  const to = checkMoneyAccount(connection, input.toAccountCode, 'toAccountCode');
  if (!to.ok) return to;
  if (input.fromAccountCode === input.toAccountCode) return failure('transfer-same-account', 'toAccountCode');
  const date = checkPaymentDate(readFund(connection), input.transferredOn, clock.today(), 'transferredOn');
  if (!date.ok) return date;
  // Money moved between the fund's own accounts can be as large as a grant: the same ceiling catches a slip.
  const plausible = checkAmountCeiling(connection, 'grant', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  const id = nextTransferId(connection);
  const posted = postEntry(
    context,
    {
      date: input.transferredOn,
      lines: [
        { accountCode: input.toAccountCode, debitSatang: input.amountSatang, creditSatang: 0 },
        { accountCode: input.fromAccountCode, debitSatang: 0, creditSatang: input.amountSatang },
      ],
      description: { code: 'transfer', params: { note: input.note } },
      source: { kind: 'transfer', id },
    },
    { date: 'transferredOn', account: 'fromAccountCode' },
  );
  if (!posted.ok) return posted;
  const transfer = {
    id,
    uuid: newRecordId(),
    transferredOn: input.transferredOn,
    fromAccountCode: input.fromAccountCode,
    toAccountCode: input.toAccountCode,
    amountSatang: input.amountSatang,
    note: input.note,
  };
  insertTransfer(connection, { ...transfer, requestId: input.requestId, journalEntryId: posted.value.id, createdAt: context.call.at });
  context.audit({ entity: 'money_transfer', entityId: id, after: transfer });
  return transferResult(context, id);
}
