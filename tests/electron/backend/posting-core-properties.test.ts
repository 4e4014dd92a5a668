import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, expectNoNegativeDays, tableCounts } from '../../support/ledger-checks';
import { openWithMoney } from '../../support/money-accounts';
import { runs, testSeed } from '../../support/seed';
import { createTestBackend, expectOk } from '../../support/test-backend';

/**
 * Issue 16 §1's property tests, through the contract on a real file: any sequence of money events (receipts,
 * voids with their refunds, community payments, other income and its voids, expenses and their reversals, grants
 * received, transfers, into and out of cash and a bank account, on any date) keeps the trial balance at zero and the monthly (and daily) totals equal to the journal, and no new
 * posting leaves an asset account below zero on any date: a call that would is refused and writes nothing.
 */
const day = fc.integer({ min: 0, max: 1059 }).map((offset) => {
  const date = new Date(Date.UTC(2024, 0, 1 + offset));
  return date.toISOString().slice(0, 10);
});
const account = fc.constantFrom<'cash' | 'bank'>('cash', 'bank');
const event = fc.oneof(
  fc.record({
    kind: fc.constant('receipt' as const),
    member: fc.integer({ min: 0, max: 2 }),
    months: fc.integer({ min: 1, max: 3 }),
    date: day,
    account,
  }),
  fc.record({ kind: fc.constant('void' as const), pick: fc.nat(), date: day, account: fc.option(account, { nil: undefined }) }),
  fc.record({ kind: fc.constant('payment' as const), amountSatang: fc.integer({ min: 1, max: 40_000 }), date: day, account }),
  fc.record({ kind: fc.constant('income' as const), amountSatang: fc.integer({ min: 1, max: 50_000 }), date: day, account }),
  fc.record({ kind: fc.constant('incomeVoid' as const), pick: fc.nat(), date: day, account: fc.option(account, { nil: undefined }) }),
  fc.record({ kind: fc.constant('expense' as const), amountSatang: fc.integer({ min: 1, max: 40_000 }), date: day, account }),
  fc.record({ kind: fc.constant('expenseReverse' as const), pick: fc.nat(), date: day }),
  fc.record({ kind: fc.constant('grant' as const), amountSatang: fc.integer({ min: 1, max: 80_000 }), date: day, account }),
  fc.record({
    kind: fc.constant('transfer' as const),
    amountSatang: fc.integer({ min: 1, max: 60_000 }),
    date: day,
    from: account,
    to: account,
  }),
);

describe('the posting core, for any sequence of money events', () => {
  it('keeps the books balanced, the totals equal to the journal, every asset account at or above zero every day, and §10 balanced', async () => {
    const seed = testSeed('posting-core-properties');
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 50_000 }),
        async (events, cashSatang) => {
          const backend = createTestBackend('2026-11-25');
          try {
            expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
            const { bankAccountCode } = await openWithMoney(backend.fund, { cashSatang, bankSatang: 30_000 });
            const codeOf = (side: 'cash' | 'bank') => (side === 'cash' ? '3100' : bankAccountCode);
            const members: number[] = [];
            for (let serial = 1; serial <= 3; serial += 1)
              members.push(expectOk(await backend.fund['members.register'](memberInput(serial))).id);
            const receipts: { id: number; receivedOn: string }[] = [];
            const incomes: { id: number; date: string }[] = [];
            const expenses: { id: number; date: string }[] = [];
            for (const [index, step] of events.entries()) {
              const requestId = `property-${String(index).padStart(4, '0')}`;
              const before = tableCounts(backend.db());
              let result: { ok: boolean };
              if (step.kind === 'receipt') {
                const memberId = members[step.member] ?? 0;
                const quote = await backend.fund['contributions.quote']({ memberId, receivedOn: step.date, monthCount: step.months });
                if (!quote.ok) continue;
                const recorded = await backend.fund['contributions.record']({
                  requestId,
                  memberId,
                  receivedOn: step.date,
                  monthCount: step.months,
                  amountSatang: quote.value.totalSatang,
                  numbering: { kind: 'app' },
                  accountCode: codeOf(step.account),
                });
                if (recorded.ok) receipts.push({ id: recorded.value.id, receivedOn: recorded.value.receivedOn });
                result = recorded;
              } else if (step.kind === 'void') {
                const receipt = receipts[step.pick % Math.max(1, receipts.length)];
                if (!receipt) continue;
                result = await backend.fund['contributions.void']({
                  requestId,
                  receiptId: receipt.id,
                  voidedOn: step.date < receipt.receivedOn ? receipt.receivedOn : step.date,
                  reason: 'ทดสอบ',
                  ...(step.account ? { accountCode: codeOf(step.account) } : {}),
                });
              } else if (step.kind === 'payment') {
                result = await backend.fund['community.record']({
                  requestId,
                  category: 'culture',
                  activityDate: step.date,
                  description: 'งานบุญ',
                  beneficiariesCount: 1,
                  amountSatang: step.amountSatang,
                  payeeName: 'วัด',
                  accountCode: codeOf(step.account),
                });
              } else if (step.kind === 'income') {
                const recorded = await backend.fund['income.record']({
                  requestId,
                  receivedOn: step.date,
                  kind: 'donations',
                  payerName: 'ร้านค้าชุมชน',
                  description: 'บริจาค',
                  amountSatang: step.amountSatang,
                  accountCode: codeOf(step.account),
                });
                if (recorded.ok) incomes.push({ id: recorded.value.id, date: step.date });
                result = recorded;
              } else if (step.kind === 'incomeVoid') {
                const income = incomes[step.pick % Math.max(1, incomes.length)];
                if (!income) continue;
                result = await backend.fund['income.void']({
                  requestId,
                  receiptId: income.id,
                  voidedOn: step.date < income.date ? income.date : step.date,
                  reason: 'ทดสอบ',
                  ...(step.account ? { accountCode: codeOf(step.account) } : {}),
                });
              } else if (step.kind === 'expense') {
                const paid = await backend.fund['expenses.record']({
                  requestId,
                  paidOn: step.date,
                  expenseCategory: 'stationery',
                  payeeName: 'ร้านเครื่องเขียน',
                  description: 'กระดาษ',
                  amountSatang: step.amountSatang,
                  accountCode: codeOf(step.account),
                });
                if (paid.ok) expenses.push({ id: paid.value.id, date: step.date });
                result = paid;
              } else if (step.kind === 'expenseReverse') {
                const expense = expenses[step.pick % Math.max(1, expenses.length)];
                if (!expense) continue;
                result = await backend.fund['expenses.reverse']({
                  requestId,
                  voucherId: expense.id,
                  reversedOn: step.date < expense.date ? expense.date : step.date,
                  reason: 'ทดสอบ',
                });
              } else if (step.kind === 'grant') {
                const grant = expectOk(await backend.fund['grants.add']({ source: 'local-government', subject: `อบต. ${index}` }));
                result = await backend.fund['grants.receive']({
                  requestId,
                  grantId: grant.id,
                  receivedOn: step.date,
                  amountSatang: step.amountSatang,
                  accountCode: codeOf(step.account),
                });
                if (!result.ok) continue; // the draft grant stays in the register: it is not money
              } else {
                result = await backend.fund['money.transfer']({
                  requestId,
                  fromAccountCode: codeOf(step.from),
                  toAccountCode: codeOf(step.to),
                  transferredOn: step.date,
                  amountSatang: step.amountSatang,
                });
              }
              // A refused call writes nothing; an accepted one keeps every invariant.
              if (!result.ok) expect(tableCounts(backend.db())).toEqual(before);
              const trial = expectOk(await backend.fund['ledger.trialBalance']({}));
              expect(trial.reduce((sum, row) => sum + row.debitSatang - row.creditSatang, 0)).toBe(0);
              expectBooksConsistent(backend.db());
              expectNoNegativeDays(backend.db());
            }
            // §10 of the generated fund: its two sides equal, each the trial balance's side (debits pay, credits receive).
            const section10 = expectOk(await backend.fund['reports.section10']({}));
            expect(section10.differenceSatang).toBe(0);
            expect(section10.receiptsTotalSatang).toBe(section10.paymentsTotalSatang);
            const net = expectOk(await backend.fund['ledger.trialBalance']({})).map((row) => row.debitSatang - row.creditSatang);
            expect(net.filter((value) => value > 0).reduce((sum, value) => sum + value, 0)).toBe(section10.paymentsTotalSatang);
            // Each book read page by page is the book read whole, and its last balance is what the account holds.
            const held = expectOk(await backend.fund['moneyAccounts.list']({})).accounts;
            for (const side of ['cash', 'bank'] as const) {
              const whole = expectOk(await backend.fund['ledger.cashBook']({ accountCode: codeOf(side), limit: 500 }));
              const pages = [];
              for (let offset = 0; offset < whole.total; offset += 3)
                pages.push(...expectOk(await backend.fund['ledger.cashBook']({ accountCode: codeOf(side), offset, limit: 3 })).rows);
              expect(pages).toEqual(whole.rows);
              expect(whole.rows.at(-1)?.balanceSatang ?? 0).toBe(
                held.find((account) => account.accountCode === codeOf(side))?.balanceSatang,
              );
            }
          } finally {
            backend.close();
          }
        },
      ),
      { seed, numRuns: runs(12) },
    );
  }, 240_000);
});
