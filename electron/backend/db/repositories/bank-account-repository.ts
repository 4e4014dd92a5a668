import type { BankAccountsTable } from '../schema';
import { defineStatement, param, type Connection } from '../execute';

/** A bank account of the fund's register (issue 16 §2), tied to its own ledger account. */
export type BankAccountRecord = {
  id: number;
  uuid: string;
  accountCode: string;
  bankName: string;
  branch: string;
  accountNo: string;
  accountType: 'savings' | 'fixed';
  version: number;
};

export type BankAccountFields = Pick<BankAccountRecord, 'bankName' | 'branch' | 'accountNo' | 'accountType'>;

function toRecord(row: BankAccountsTable): BankAccountRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    accountCode: row.account_code,
    bankName: row.bank_name,
    branch: row.branch,
    accountNo: row.account_no,
    accountType: row.account_type === 'fixed' ? 'fixed' : 'savings',
    version: row.version,
  };
}

const selectAll = defineStatement<Record<string, never>, BankAccountsTable>((db) =>
  db.selectFrom('bank_accounts').selectAll().orderBy('account_code'),
);

export function listBankAccounts(connection: Connection): BankAccountRecord[] {
  return selectAll.all(connection, {}).map(toRecord);
}

const selectOne = defineStatement<{ id: number }, BankAccountsTable>((db) =>
  db.selectFrom('bank_accounts').selectAll().where('id', '=', param('id')),
);

export function findBankAccount(connection: Connection, id: number): BankAccountRecord | undefined {
  const row = selectOne.get(connection, { id });
  return row && toRecord(row);
}

const selectByNumber = defineStatement<{ bank_name: string; account_no: string }, { id: number }>((db) =>
  db.selectFrom('bank_accounts').select('id').where('bank_name', '=', param('bank_name')).where('account_no', '=', param('account_no')),
);

/** The register entry already holding this bank's account number, if any. */
export function findBankAccountByNumber(connection: Connection, bankName: string, accountNo: string): number | undefined {
  return selectByNumber.get(connection, { bank_name: bankName, account_no: accountNo })?.id;
}

const selectLastCode = defineStatement<Record<string, never>, { code: string | null }>((db) =>
  db
    .selectFrom('accounts')
    .select((eb) => eb.fn.max('code').as('code'))
    .where('code', '>=', '3200')
    .where('code', '<', '3300'),
);

/** The next ledger code for a bank account: 3201, 3202, … (3200 is the one bank account of earlier versions). */
export function nextBankAccountCode(connection: Connection): string | undefined {
  const last = Number(selectLastCode.get(connection, {})?.code ?? '3200');
  return last >= 3299 ? undefined : String(last + 1);
}

const insertStatement = defineStatement<Omit<BankAccountsTable, 'id'>>((db) =>
  db.insertInto('bank_accounts').values({
    uuid: param('uuid'),
    account_code: param('account_code'),
    bank_name: param('bank_name'),
    branch: param('branch'),
    account_no: param('account_no'),
    account_type: param('account_type'),
    version: param('version'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export function insertBankAccount(
  connection: Connection,
  account: BankAccountFields & { uuid: string; accountCode: string; createdAt: string },
): number {
  return Number(
    insertStatement.run(connection, {
      uuid: account.uuid,
      account_code: account.accountCode,
      bank_name: account.bankName,
      branch: account.branch,
      account_no: account.accountNo,
      account_type: account.accountType,
      version: 1,
      created_at: account.createdAt,
      updated_at: account.createdAt,
    }).lastInsertRowid,
  );
}

const updateStatement = defineStatement<{
  id: number;
  bank_name: string;
  branch: string;
  account_no: string;
  account_type: string;
  updated_at: string;
}>((db) =>
  db
    .updateTable('bank_accounts')
    .set((eb) => ({
      bank_name: param('bank_name'),
      branch: param('branch'),
      account_no: param('account_no'),
      account_type: param('account_type'),
      updated_at: param('updated_at'),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', param('id')),
);

export function updateBankAccount(connection: Connection, id: number, fields: BankAccountFields, updatedAt: string): void {
  updateStatement.run(connection, {
    id,
    bank_name: fields.bankName,
    branch: fields.branch,
    account_no: fields.accountNo,
    account_type: fields.accountType,
    updated_at: updatedAt,
  });
}
