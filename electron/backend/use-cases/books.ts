import type {
  AccountLedgerPage,
  BankReconciliation,
  JournalBookPage,
  ReconciliationStart,
  TrialBalanceReport,
} from '../../../shared/api/books-types';
import { reconcile } from '../../../shared/domain/ledger/reconciliation';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import { insertReconciliation, latestReconciliation, listReconciliations, openLines } from '../db/repositories/reconciliation-repository';
import { accountLedgerPage, checkRange, journalBookPage, trialBalanceAsOf } from '../steps/books';
import { bookBalanceOn, checkBankAccount, reconciliationById, reconciliationView } from '../steps/reconciliations';
import { actorName, type UseCaseContext } from './use-case-context';

type Range = { from: string; to: string };

/** The general journal for a period: every entry with its lines, a page at a time. */
export function journalBook(context: UseCaseContext, input: Range & { offset: number; limit: number }): Result<JournalBookPage> {
  const range = checkRange(context, input);
  if (!range.ok) return range;
  return success(journalBookPage(context.connection, range.value, input.offset, input.limit));
}

export function accountLedger(
  context: UseCaseContext,
  input: Range & { accountCode: string; offset: number; limit: number },
): Result<AccountLedgerPage> {
  const range = checkRange(context, input);
  if (!range.ok) return range;
  return accountLedgerPage(context.connection, input);
}

/** The trial balance at the end of a day (today unless another is chosen). */
export function trialBalanceReport(context: UseCaseContext, input: { asOf?: string | undefined }): Result<TrialBalanceReport> {
  const asOf = input.asOf ?? context.clock.today();
  if (asOf > context.clock.today()) return failure('date-in-future', 'asOf', { date: asOf });
  return success(trialBalanceAsOf(context.connection, asOf));
}

/** Checks a statement's account and date: a bank account, not a future day, not before the last statement. */
function checkStatement(context: UseCaseContext, input: { accountCode: string; statementDate: string }): Result<string | null> {
  const { connection } = context;
  const bank = checkBankAccount(connection, input.accountCode, 'accountCode');
  if (!bank.ok) return bank;
  if (input.statementDate > context.clock.today()) return failure('date-in-future', 'statementDate', { date: input.statementDate });
  const last = latestReconciliation(connection, input.accountCode)?.statementDate ?? null;
  if (last !== null && input.statementDate < last)
    return failure('statement-before-last', 'statementDate', { date: input.statementDate, lastDate: last });
  return success(last);
}

/** What reconciling a bank account against a statement dated `statementDate` starts from. */
export function reconciliationStart(
  context: UseCaseContext,
  input: { accountCode: string; statementDate: string },
): Result<ReconciliationStart> {
  const checked = checkStatement(context, input);
  if (!checked.ok) return checked;
  const { connection } = context;
  return success({
    accountCode: input.accountCode,
    statementDate: input.statementDate,
    bookBalanceSatang: bookBalanceOn(connection, input.accountCode, input.statementDate),
    lastStatementDate: checked.value,
    lines: openLines(connection, input.accountCode, input.statementDate),
  });
}

/**
 * Records a reconciliation: the statement's date and closing balance, and the book lines it showed (ticked). Not
 * posted money but a record of the check; the lines left unticked are what explains the difference.
 */
export function recordReconciliation(
  context: UseCaseContext,
  input: {
    requestId: string;
    accountCode: string;
    statementDate: string;
    statementBalanceSatang: number;
    ticked: { entryId: number; lineNo: number }[];
  },
): Result<BankReconciliation> {
  const checked = checkStatement(context, input);
  if (!checked.ok) return checked;
  const { connection } = context;
  const open = openLines(connection, input.accountCode, input.statementDate);
  const keyOf = (line: { entryId: number; lineNo: number }) => `${line.entryId}:${line.lineNo}`;
  const offered = new Set(open.map(keyOf));
  const seen = new Set<string>();
  const wrong = input.ticked.findIndex((line) => !offered.has(keyOf(line)) || seen.size === seen.add(keyOf(line)).size);
  if (wrong >= 0) return failure('line-not-outstanding', `ticked.${wrong}`, { entryId: input.ticked[wrong]?.entryId ?? 0 });
  const unticked = open.filter((line) => !seen.has(keyOf(line)));
  const book = bookBalanceOn(connection, input.accountCode, input.statementDate);
  const figures = reconcile(book, input.statementBalanceSatang, unticked);
  const record = {
    uuid: newRecordId(),
    accountCode: input.accountCode,
    statementDate: input.statementDate,
    statementBalanceSatang: input.statementBalanceSatang,
    bookBalanceSatang: book,
    untickedInSatang: figures.untickedInSatang,
    untickedOutSatang: figures.untickedOutSatang,
    createdAt: context.call.at,
    actor: actorName(context),
  };
  const id = insertReconciliation(connection, record, input.ticked);
  context.audit({ entity: 'bank_reconciliation', entityId: id, after: { ...record, ticked: input.ticked } });
  return reconciliationById(connection, id);
}

export function reconciliationResult(context: UseCaseContext, id: number): Result<BankReconciliation> {
  return reconciliationById(context.connection, id);
}

export function reconciliationList(context: UseCaseContext, input: { accountCode: string }): Result<BankReconciliation[]> {
  const bank = checkBankAccount(context.connection, input.accountCode, 'accountCode');
  if (!bank.ok) return bank;
  return success(
    listReconciliations(context.connection, input.accountCode).map((record) => reconciliationView(context.connection, record)),
  );
}
