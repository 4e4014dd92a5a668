import { periodFromIndex, periodIndex } from '../../../shared/domain/calendar-date';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { DemoSize } from '../../../shared/api/demo-types';
import { inTransaction } from '../db/execute';
import { extendChains } from '../steps/audit-chain';
import { readFund } from '../db/repositories/fund-repository';
import type { JobContext } from '../jobs/job-runner';
import type { ReceiptToPost } from '../steps/post-receipts';
import { callContext, type CallSource } from '../unit-of-work';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { cashContribution, postCollectionDay } from './collection-posting';
import { demoVillages } from './demo-people';
import { planMembers, registerDemoMembers, type DemoMember } from './demo-members';
import { demoShapes } from './demo-shapes';
import { holdCommitteeMeeting, seatCommittee, type Committee } from './demo-committee';
import { expectCall } from './fund-calls';
import { moveMoney } from './monthly-money';
import { seededRandom } from './seeded-random';

/**
 * Months written per transaction, with the job's progress and a yield between them: a quarter, because each
 * commit rewrites every page the months touched (the members' scattered index pages above all), and three months
 * to a commit wrote a third fewer bytes for the large demo than one; a quarter of the large demo is about a second.
 */
const monthsPerTransaction = 3;

export type DemoHistoryOptions = { size: DemoSize; seed: number; openedOn: string; today: string };

/** How many months each kind pays at once, and how much (the plan: 30 baht a month, 365 baht for twelve). */
const payments = {
  monthly: { months: 1, satang: 3000 },
  quarterly: { months: 3, satang: 9000 },
  yearly: { months: 12, satang: 36500 },
  irregular: { months: 3, satang: 9000 },
} as const;

/**
 * A call context whose clock stands on one day of the fund's past: every step judges its dates as it would have
 * on that day (a claim recorded before the meeting that approves it), and the audit rows carry that day.
 */
function onDay(source: CallSource, day: string, input: unknown): UseCaseContext {
  const at = `${day}T09:00:00.000Z`;
  return callContext({ ...source, clock: { now: () => at, today: () => day } }, 'demo.create', input);
}

/** Who owes a collection this month, and for which months: each pays from her first unpaid month on. */
function receiptsOf(members: readonly DemoMember[], month: number, collectedOn: string): ReceiptToPost[] {
  const receipts: ReceiptToPost[] = [];
  for (const member of members) {
    const isDue = member.kind === 'irregular' ? (month - member.joinIndex) % 4 === 3 : member.nextDue <= month;
    if (!isDue) continue;
    const payment = payments[member.kind];
    const periods = Array.from({ length: payment.months }, (_, offset) => periodFromIndex(member.nextDue + offset));
    member.nextDue += payment.months;
    receipts.push(
      cashContribution({
        requestId: `demo-${member.serial}-${periods[0] ?? ''}`,
        memberId: member.id,
        receivedOn: collectedOn,
        periods,
        amountSatang: payment.satang,
      }),
    );
  }
  return receipts;
}

/**
 * The demo fund's history (issue 19 §3), written through the real use cases and steps month by month from its
 * opening to last month: the villages register, the "1 baht a day" welfare template, members joining, paying
 * and falling behind, collection days, deposits, running costs, interest and grants, a committee with its terms
 * and seats, and each quarter's committee meeting that approves the welfare claims paid that month. Everything
 * follows from the seed and the day it is made; one transaction a quarter, with the job's progress between them.
 */
export async function generateDemoHistory(source: CallSource, options: DemoHistoryOptions, job: JobContext): Promise<void> {
  const { connection } = source;
  const shape = demoShapes[options.size];
  const random = seededRandom(options.seed);
  const input = { size: options.size, seed: options.seed };
  const openedIndex = periodIndex(options.openedOn.slice(0, 7));
  const lastIndex = periodIndex(options.today.slice(0, 7)) - 1;
  const months = lastIndex - openedIndex + 1;
  const planned = planMembers(random, shape.members, openedIndex, months);
  const fund = readFund(connection);

  const setup = onDay(source, options.openedOn, input);
  const { villageIds, hospitalTypeId, bankAccount } = inTransaction(connection, () => {
    const ids = demoVillages.map(
      (village) =>
        expectCall(setup, 'villages.add', {
          code: village.code,
          moo: village.moo,
          name: village.name,
          households: village.households,
          population: village.population,
        }).id,
    );
    const types = expectCall(setup, 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: options.openedOn });
    const bank = expectCall(setup, 'bankAccounts.add', {
      bankName: 'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร',
      branch: 'ท่าแซะ',
      accountNo: '020-0-00001-1',
      accountType: 'savings',
    });
    // CODI's seed money opens the books, so the first months' costs are paid from money the fund holds.
    const seed = expectCall(setup, 'grants.add', { source: 'codi-seed', subject: 'เงินทุนประเดิมจาก พอช.' });
    expectCall(setup, 'grants.receive', {
      requestId: 'demo-grant-seed',
      grantId: seed.id,
      receivedOn: options.openedOn,
      amountSatang: 5_000_000,
      accountCode: accountCodes.cash,
      isLargeAmountConfirmed: true,
    });
    // The demo writes through its own transactions, not the unit of work: its rows are linked into the chains here.
    extendChains(connection);
    return { villageIds: ids, hospitalTypeId: types.find((type) => type.code === 'hospital')?.id ?? 0, bankAccount: bank.accountCode };
  });

  const active: DemoMember[] = [];
  let next = 0;
  let committee: Committee | undefined;
  for (let first = openedIndex; first <= lastIndex; first += monthsPerTransaction) {
    const last = Math.min(lastIndex, first + monthsPerTransaction - 1);
    inTransaction(connection, () => {
      for (let month = first; month <= last; month += 1) {
        const period = periodFromIndex(month);
        const joining = onDay(source, `${period}-15`, input);
        let joined = next;
        while (joined < planned.length && (planned[joined]?.joinIndex ?? Infinity) <= month) joined += 1;
        const joiners = planned.slice(next, joined);
        next = joined;
        if (joiners.length > 0) registerDemoMembers(joining, joiners, villageIds, period);
        active.push(...joiners);
        if (!committee || committee.endsIndex < month) committee = seatCommittee(joining, active, random, month, committee);
        const collectedOn = `${period}-25`;
        const receipts = receiptsOf(active, month, collectedOn);
        const collecting = onDay(source, collectedOn, input);
        if (receipts.length > 0)
          postCollectionDay(collecting, fund, { collectedOn, collector: 'เหรัญญิก', requestId: `demo-day-${period}`, receipts });
        const collected = receipts.reduce((sum, receipt) => sum + receipt.plan.totalSatang, 0);
        moveMoney(onDay(source, `${period}-28`, input), fund, {
          month: period,
          collected,
          bankAccount,
          members: active.length,
          random,
          welfareVouchers: false,
        });
        if (Number(period.slice(5, 7)) % 3 === 0 && committee)
          holdCommitteeMeeting({
            at: (day) => onDay(source, `${period}-${day}`, input),
            period,
            month,
            committee,
            members: active,
            hospitalTypeId,
            random,
          });
      }
      extendChains(connection);
    });
    job.progress(last - openedIndex + 1, months, 'generating');
    await job.checkpoint();
  }
}
