import { addMonths, periodFromIndex, periodIndex } from '../../shared/domain/calendar-date';
import type { Connection } from '../../electron/backend/db/execute';
import { inTransaction } from '../../electron/backend/db/execute';
import { extendChains } from '../../electron/backend/steps/audit-chain';
import { readFund } from '../../electron/backend/db/repositories/fund-repository';
import type { ReceiptToPost } from '../../electron/backend/steps/post-receipts';
import { cashContribution, postCollectionDay } from '../../electron/backend/demo/collection-posting';
import { moveMoney } from '../../electron/backend/demo/monthly-money';
import { seededRandom } from '../../electron/backend/demo/seeded-random';
import { registerMember } from '../../electron/backend/use-cases/members';
import { addBankAccountUseCase } from '../../electron/backend/use-cases/money';
import type { UseCaseContext } from '../../electron/backend/use-cases/use-case-context';
import { citizenIdFor } from '../support/builders';

export { seededRandom };

const syllables = [
  'สม',
  'บุญ',
  'ประ',
  'วิ',
  'มา',
  'ศรี',
  'ทอง',
  'แก้ว',
  'เพชร',
  'ใจ',
  'สุข',
  'ไพ',
  'โสภ',
  'อำ',
  'นวย',
  'ชาย',
  'หญิง',
  'เรือง',
  'รัตน์',
  'ดี',
  'มณี',
  'จันทร์',
  'แสง',
  'เดือน',
];
const titles = ['นาย', 'นาง', 'นางสาว'];

export type PayerKind = 'monthly' | 'yearly' | 'irregular';
export type SyntheticMember = { id: number; kind: PayerKind; duesStart: number };

function thaiName(random: () => number, parts: number): string {
  let name = '';
  for (let index = 0; index < parts; index += 1) name += syllables[Math.floor(random() * syllables.length)] ?? 'สม';
  return name;
}

/**
 * Builds the benchmark's fund through the real use cases (registration, receipt posting), in large
 * transactions: 70 % pay monthly on a collection day, 25 % yearly, 5 % irregularly and fall into arrears.
 */
export function generateFund(
  context: UseCaseContext,
  options: { members: number; years: number; seed: number; today: string },
): SyntheticMember[] {
  const random = seededRandom(options.seed);
  const { connection } = context;
  const fund = readFund(connection);
  const openedIndex = periodIndex(fund.openedOn.slice(0, 7));
  const horizon = periodIndex(options.today.slice(0, 7)) - 1;
  const members: SyntheticMember[] = [];
  inTransaction(connection, () => {
    for (let serial = 1; serial <= options.members; serial += 1) {
      const joinedBefore = random() < 0.5;
      const joinIndex = joinedBefore
        ? openedIndex - 1 - Math.floor(random() * 24)
        : openedIndex + Math.floor(random() * options.years * 12 * 0.9);
      const approved = `${periodFromIndex(joinIndex)}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
      const result = registerMember(context, {
        citizenId: citizenIdFor(serial),
        noIdReason: null,
        consent: null,
        title: titles[serial % 3] ?? 'นาย',
        firstName: thaiName(random, 2),
        lastName: thaiName(random, 3),
        gender: serial % 2 === 0 ? 'female' : 'male',
        birthDate: `${1940 + Math.floor(random() * 60)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
        houseNo: String(1 + Math.floor(random() * 300)),
        // The draw of the หมู่ stays, so the generated fund keeps its shape; members live outside the register.
        villageId: Math.floor(random() * 12) < 0 ? 1 : null,
        soi: '',
        road: '',
        subdistrict: '',
        district: '',
        province: '',
        postcode: '',
        phone: '',
        appliedOn: approved,
        approvedOn: approved,
        approvalRef: 'มติคณะกรรมการ',
        approvalResolutionId: null,
        paidThroughPeriod: joinedBefore ? periodFromIndex(openedIndex - 1) : null,
        noArrearsAtOpening: false,
        categories: [],
        beneficiaries: [],
      });
      if (!result.ok) throw new Error(`member ${serial}: ${result.error.code} ${result.error.field ?? ''}`);
      const draw = random();
      const kind: PayerKind = draw < 0.7 ? 'monthly' : draw < 0.95 ? 'yearly' : 'irregular';
      members.push({ id: result.value.id, kind, duesStart: Math.max(joinIndex, openedIndex) });
    }
  });
  const bank = inTransaction(connection, () =>
    addBankAccountUseCase(context, {
      bankName: 'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร',
      branch: 'ท่าแซะ',
      accountNo: '020000000001',
      accountType: 'savings',
    }),
  );
  if (!bank.ok) throw new Error(`bank account refused: ${bank.error.code}`);
  for (let month = openedIndex; month <= horizon; month += 1) {
    const period = periodFromIndex(month);
    const collectedOn = `${period}-25`;
    const receipts: ReceiptToPost[] = [];
    for (const member of members) {
      if (member.duesStart > month) continue;
      let periods: string[] = [];
      let amount = 0;
      if (member.kind === 'monthly') {
        periods = [period];
        amount = 3000;
      } else if (member.kind === 'yearly' && (month - member.duesStart) % 12 === 0) {
        periods = Array.from({ length: 12 }, (_, offset) => addMonths(period, offset));
        amount = 36500;
      } else if (member.kind === 'irregular' && (month - member.duesStart) % 4 === 3 && horizon - month > 8) {
        periods = Array.from({ length: 3 }, (_, offset) => periodFromIndex(month - 3 + offset + 0));
        amount = 9000;
      }
      if (periods.length === 0) continue;
      receipts.push(
        cashContribution({
          requestId: `seed-${member.id}-${period}`,
          memberId: member.id,
          receivedOn: collectedOn,
          periods,
          amountSatang: amount,
        }),
      );
    }
    if (receipts.length === 0) continue;
    inTransaction(connection, () => {
      postCollectionDay(context, fund, { collectedOn, collector: 'เหรัญญิก', requestId: `seed-batch-${period}`, receipts });
      const collected = receipts.reduce((sum, receipt) => sum + receipt.plan.totalSatang, 0);
      moveMoney(context, fund, {
        month: period,
        collected,
        bankAccount: bank.value.accountCode,
        members: members.length,
        random,
        welfareVouchers: true,
      });
    });
  }
  // The generator writes through its own transactions: its rows are linked into the hash chains once, at the end.
  inTransaction(connection, () => extendChains(connection));
  return members;
}

export function countRows(connection: Connection, table: string): number {
  return (connection.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/**
 * The payer mix of a kept fund, read back for a reused run: the draws are replayed with the same seed, in
 * the same order as generateFund makes them, so each member gets the same kind.
 */
export function syntheticMembers(connection: Connection, seed: number): SyntheticMember[] {
  const rows = connection.prepare('SELECT id, dues_start_index AS start FROM members ORDER BY id').all() as { id: number; start: number }[];
  const random = seededRandom(seed);
  return rows.map((row) => {
    // generateFund draws: joinedBefore, join offset, approval day, then 2 + 3 name syllables, birth (3), house, moo, then the kind.
    for (let skip = 0; skip < 3 + 5 + 3 + 2; skip += 1) random();
    const draw = random();
    const kind: PayerKind = draw < 0.7 ? 'monthly' : draw < 0.95 ? 'yearly' : 'irregular';
    return { id: row.id, kind, duesStart: row.start };
  });
}
