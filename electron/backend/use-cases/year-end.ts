import type { CashCount, YearEndChecklist, YearEndItem } from '../../../shared/api/books-types';
import { fiscalYearPeriods, lastDayOfPeriod } from '../../../shared/domain/calendar-date';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { reconcile } from '../../../shared/domain/ledger/reconciliation';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import { readFund } from '../db/repositories/fund-repository';
import { reconciliationOn } from '../db/repositories/reconciliation-repository';
import { findCashCount, insertCashCount, latestCashCount, latestProduced } from '../db/repositories/year-end-repository';
import { trialBalanceAsOf } from '../steps/books';
import { checkFiscalYear } from '../steps/fiscal-years';
import { moneyAccounts } from '../steps/money-accounts';
import { producedKinds } from '../steps/produced-files';
import { bookBalanceOn } from '../steps/reconciliations';
import { actorName, type UseCaseContext } from './use-case-context';

/** The treasurer's count of the cash in hand on a day, kept beside what the cash book held that day. */
export function recordCashCount(
  context: UseCaseContext,
  input: { requestId: string; countedOn: string; countedSatang: number },
): Result<CashCount> {
  const { connection } = context;
  if (input.countedOn > context.clock.today()) return failure('date-in-future', 'countedOn', { date: input.countedOn });
  const count = {
    uuid: newRecordId(),
    countedOn: input.countedOn,
    countedSatang: input.countedSatang,
    bookSatang: bookBalanceOn(connection, accountCodes.cash, input.countedOn),
    createdAt: context.call.at,
  };
  const id = insertCashCount(connection, { ...count, actor: actorName(context) });
  context.audit({ entity: 'cash_count', entityId: id, after: count });
  return cashCountResult(context, id);
}

export function cashCountResult(context: UseCaseContext, id: number): Result<CashCount> {
  const count = findCashCount(context.connection, id);
  return count ? success(count) : failure('cash-count-not-found', 'countId');
}

const noEvidence = { date: null, amountSatang: null, bookSatang: null, accounts: [] };

/**
 * The year-end checklist of a fiscal year (issue 16 §4), each item with the evidence that shows it done: the cash
 * counted in the year and equal to the cash book that day, every bank account holding money reconciled against a
 * statement dated the year's last day with nothing unexplained, the trial balance at the year end at zero, §10 and
 * the status form produced for the year end, and the year locked. The certification issue reads it as it is.
 */
export function yearEndChecklist(context: UseCaseContext, input: { fiscalYear: number }): Result<YearEndChecklist> {
  const year = checkFiscalYear(context, input.fiscalYear, 'fiscalYear');
  if (!year.ok) return year;
  const { connection } = context;
  const fund = readFund(connection);
  const periods = fiscalYearPeriods(input.fiscalYear, fund.fiscalYearStartMonth);
  const yearStart = `${periods[0] ?? ''}-01`;
  const yearEnd = lastDayOfPeriod(periods[periods.length - 1] ?? '');
  const count = latestCashCount(connection, { from: yearStart, to: yearEnd });
  const countBook = count ? bookBalanceOn(connection, accountCodes.cash, count.countedOn) : null;
  const banks = moneyAccounts(connection)
    .filter((account) => account.kind === 'bank')
    .flatMap((account) => {
      const book = bookBalanceOn(connection, account.accountCode, yearEnd);
      const record = reconciliationOn(connection, account.accountCode, yearEnd);
      if (book === 0 && !record) return [];
      const difference = record
        ? reconcile(record.bookBalanceSatang, record.statementBalanceSatang, [
            { inSatang: record.untickedInSatang, outSatang: record.untickedOutSatang },
          ]).differenceSatang
        : null;
      return [
        {
          accountCode: account.accountCode,
          nameTh: account.nameTh,
          nameEn: account.nameEn,
          statementDate: record?.statementDate ?? null,
          differenceSatang: difference,
          done: difference === 0,
        },
      ];
    });
  const trial = trialBalanceAsOf(connection, yearEnd);
  const printed = (kind: string) => latestProduced(connection, kind, { from: yearEnd, to: yearEnd });
  const section10 = printed(producedKinds.section10);
  const statusForm = printed(producedKinds.statusForm);
  const lockedThrough = fund.lockedThrough;
  const items: YearEndItem[] = [
    {
      key: 'cashCounted',
      done: count !== undefined && count.countedSatang === countBook,
      evidence: { ...noEvidence, date: count?.countedOn ?? null, amountSatang: count?.countedSatang ?? null, bookSatang: countBook },
    },
    { key: 'banksReconciled', done: banks.every((bank) => bank.done), evidence: { ...noEvidence, date: yearEnd, accounts: banks } },
    {
      key: 'trialBalanceZero',
      done: trial.differenceSatang === 0,
      evidence: { ...noEvidence, date: yearEnd, amountSatang: trial.differenceSatang, bookSatang: trial.debitTotalSatang },
    },
    {
      key: 'section10Printed',
      done: section10 !== undefined,
      evidence: { ...noEvidence, date: section10?.createdAt.slice(0, 10) ?? null },
    },
    {
      key: 'statusFormPrinted',
      done: statusForm !== undefined,
      evidence: { ...noEvidence, date: statusForm?.createdAt.slice(0, 10) ?? null },
    },
    { key: 'yearLocked', done: lockedThrough !== null && lockedThrough >= yearEnd, evidence: { ...noEvidence, date: lockedThrough } },
  ];
  return success({ fiscalYear: input.fiscalYear, yearStart, yearEnd, items, complete: items.every((item) => item.done) });
}
