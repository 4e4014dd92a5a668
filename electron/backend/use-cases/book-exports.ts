import type { AccountLedgerPage, JournalBookEntry } from '../../../shared/api/books-types';
import type { CashBookRow, ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFundProfile } from '../db/repositories/fund-repository';
import { listAccounts } from '../db/repositories/ledger-repository';
import { documentSigners } from '../steps/committee';
import { accountLedgerDocument, journalDocument, moneyBookDocument, trialBalanceDocument } from '../files/reports/books-documents';
import { documentText } from '../messages';
import { accountLedgerPage, checkRange, journalBookPage, trialBalanceAsOf } from '../steps/books';
import { moneyBookPage } from '../steps/money-book';
import { fileDate, produce } from '../steps/produced-files';
import type { JobUseCaseContext } from './use-case-context';

/** Books are read this many lines at a time, yielding between chunks so the screen stays usable on a long year. */
const chunk = 2000;

type Range = { from: string; to: string };

/** Reads every page of a book, reporting progress by lines read, and answers them in order. */
async function readAll<T>(context: JobUseCaseContext, read: (offset: number) => { total: number; rows: T[] }): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += chunk) {
    const page = read(offset);
    rows.push(...page.rows);
    context.job.progress(Math.min(offset + chunk, page.total), Math.max(page.total, 1), 'reading');
    await context.job.checkpoint();
    if (page.rows.length < chunk) return rows;
  }
}

const common = (context: JobUseCaseContext) => ({
  fund: readFundProfile(context.connection),
  signers: documentSigners(context.connection, context.clock.today()),
  printedOn: context.clock.today(),
});

/** The cash book or a bank account's book for a period, on A4 landscape with page totals carried, or in Excel. */
export async function exportMoneyBook(
  context: JobUseCaseContext,
  input: Range & { accountCode: string; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const range = checkRange(context, input);
  if (!range.ok) return range;
  const first = moneyBookPage(context.connection, { ...input, offset: 0, limit: 1 });
  if (!first.ok) return first;
  const rows = await readAll<CashBookRow>(context, (offset) => {
    const page = moneyBookPage(context.connection, { ...input, offset, limit: chunk });
    return page.ok ? page.value : { total: 0, rows: [] };
  });
  const account = listAccounts(context.connection).find((entry) => entry.code === input.accountCode);
  const accountName = account?.nameTh ?? input.accountCode;
  const document = moneyBookDocument({
    ...common(context),
    accountName,
    isCash: input.accountCode === accountCodes.cash,
    from: input.from,
    to: input.to,
    openingSatang: first.value.openingBalanceSatang,
    rows,
  });
  const name = documentText('documents.files.moneyBook', { account: accountName, from: fileDate(input.from), to: fileDate(input.to) });
  return success(await produce(context, document, name, input.format));
}

/** The general journal for a period: every entry with its lines. */
export async function exportJournal(context: JobUseCaseContext, input: Range & { format: ExportFormat }): Promise<Result<ProducedFile>> {
  const range = checkRange(context, input);
  if (!range.ok) return range;
  const entries = await readAll<JournalBookEntry>(context, (offset) => journalBookPage(context.connection, range.value, offset, chunk));
  const accountNames = new Map(listAccounts(context.connection).map((account) => [account.code, account.nameTh]));
  const document = journalDocument({ ...common(context), from: input.from, to: input.to, entries, accountNames });
  const name = documentText('documents.files.journal', { from: fileDate(input.from), to: fileDate(input.to) });
  return success(await produce(context, document, name, input.format));
}

export async function exportTrialBalance(
  context: JobUseCaseContext,
  input: { asOf?: string | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const asOf = input.asOf ?? context.clock.today();
  if (asOf > context.clock.today()) return failure('date-in-future', 'asOf', { date: asOf });
  const document = trialBalanceDocument({ ...common(context), report: trialBalanceAsOf(context.connection, asOf) });
  return success(await produce(context, document, documentText('documents.files.trialBalance', { date: fileDate(asOf) }), input.format));
}

/** Any account's ledger for a period, with brought-forward and carried-forward rows. */
export async function exportAccountLedger(
  context: JobUseCaseContext,
  input: Range & { accountCode: string; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const range = checkRange(context, input);
  if (!range.ok) return range;
  const first = accountLedgerPage(context.connection, { ...input, offset: 0, limit: 1 });
  if (!first.ok) return first;
  const rows = await readAll<AccountLedgerPage['rows'][number]>(context, (offset) => {
    const page = accountLedgerPage(context.connection, { ...input, offset, limit: chunk });
    return page.ok ? page.value : { total: 0, rows: [] };
  });
  const document = accountLedgerDocument({ ...common(context), ledger: { ...first.value, rows } });
  const name = documentText('documents.files.accountLedger', {
    account: `${first.value.accountCode} ${first.value.nameTh}`,
    from: fileDate(input.from),
    to: fileDate(input.to),
  });
  return success(await produce(context, document, name, input.format));
}
