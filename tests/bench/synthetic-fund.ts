import { accountCodes } from '../../shared/domain/ledger/chart-of-accounts';
import { addMonths, periodFromIndex, periodIndex } from '../../shared/domain/calendar-date';
import type { Connection } from '../../electron/backend/db/execute';
import { inTransaction } from '../../electron/backend/db/execute';
import { insertBatch, markBatchPosted } from '../../electron/backend/db/repositories/batch-repository';
import { readFund } from '../../electron/backend/db/repositories/fund-repository';
import { postReceipts, type ReceiptToPost } from '../../electron/backend/steps/post-receipts';
import { postVoucher } from '../../electron/backend/steps/vouchers';
import { registerMember } from '../../electron/backend/use-cases/members';
import { addBankAccountUseCase, transferMoney } from '../../electron/backend/use-cases/money';
import { recordExpense } from '../../electron/backend/use-cases/expenses';
import { addGrant, receiveGrant } from '../../electron/backend/use-cases/grants';
import { recordIncome } from '../../electron/backend/use-cases/income';
import type { UseCaseContext } from '../../electron/backend/use-cases/use-case-context';
import { citizenIdFor } from '../support/builders';

/** A small seeded generator (mulberry32): the same seed gives the same fund every run (A17). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const now = context.call.at;
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
      receipts.push({
        requestId: `seed-${member.id}-${period}`,
        memberId: member.id,
        memberName: '',
        receivedOn: collectedOn,
        numbering: { kind: 'app' },
        accountCode: accountCodes.cash,
        collector: 'เหรัญญิก',
        batchId: null,
        plan: { periods, lines: [{ kind: 'contribution', description: 'เงินสมทบ', amountSatang: amount }], totalSatang: amount },
      });
    }
    if (receipts.length === 0) continue;
    inTransaction(connection, () => {
      const batchId = insertBatch(connection, { collectedOn, collector: 'เหรัญญิก', note: '', createdAt: now });
      const posted = postReceipts(
        context,
        fund,
        receipts.map((receipt) => ({ ...receipt, batchId })),
      );
      if (!posted.ok) throw new Error(`seed posting refused: ${posted.error.code}`);
      const { receiptNos } = posted.value;
      markBatchPosted(connection, {
        id: batchId,
        requestId: `seed-batch-${period}`,
        postedAt: now,
        firstReceiptNo: receiptNos[0] ?? '',
        lastReceiptNo: receiptNos.at(-1) ?? '',
      });
      const collected = receipts.reduce((sum, receipt) => sum + receipt.plan.totalSatang, 0);
      moveMoney(context, fund, { month: period, collected, bankAccount: bank.value.accountCode, members: members.length, random });
    });
  }
  return members;
}

/**
 * A month of the fund's money beyond contributions, through the real use cases: most of the collection deposited
 * in the bank the next day, two running costs, welfare paid in cash to about one member in 250, bank interest,
 * and the yearly grants.
 */
function moveMoney(
  context: UseCaseContext,
  fund: ReturnType<typeof readFund>,
  month: { month: string; collected: number; bankAccount: string; members: number; random: () => number },
): void {
  const deposit = Math.floor((month.collected * 0.7) / 100) * 100;
  const deposited = transferMoney(context, {
    requestId: `seed-deposit-${month.month}`,
    fromAccountCode: accountCodes.cash,
    toAccountCode: month.bankAccount,
    transferredOn: `${month.month}-26`,
    amountSatang: deposit,
    note: 'นำฝากเงินสมทบ',
    isLargeAmountConfirmed: true,
  });
  if (!deposited.ok) throw new Error(`seed deposit refused: ${deposited.error.code}`);
  const expenses = [
    { expenseCategory: 'stationery', amountSatang: 35000, description: 'ค่าวัสดุสำนักงาน' },
    { expenseCategory: 'meetings', amountSatang: 50000, description: 'ค่าอาหารว่างประชุมคณะกรรมการ' },
  ] as const;
  expenses.forEach((expense, serial) => {
    const spent = recordExpense(context, {
      requestId: `seed-expense-${month.month}-${serial}`,
      paidOn: `${month.month}-27`,
      expenseCategory: expense.expenseCategory,
      payeeName: 'ร้านค้าชุมชน',
      payeeAddress: '',
      description: expense.description,
      amountSatang: expense.amountSatang,
      accountCode: accountCodes.cash,
      isLargeAmountConfirmed: false,
    });
    if (!spent.ok) throw new Error(`seed expense refused: ${spent.error.code}`);
  });
  const calendarMonth = month.month.slice(5, 7);
  // The bank's interest twice a year, a local-government grant every March, a government matching grant every third year.
  if (calendarMonth === '06' || calendarMonth === '12') {
    const interest = recordIncome(context, {
      requestId: `seed-interest-${month.month}`,
      receivedOn: `${month.month}-28`,
      kind: 'interest',
      payerName: 'ธนาคาร',
      payerAddress: '',
      description: 'ดอกเบี้ยเงินฝาก',
      amountSatang: 150000 + Math.floor(month.random() * 100000),
      accountCode: month.bankAccount,
      isLargeAmountConfirmed: true,
    });
    if (!interest.ok) throw new Error(`seed interest refused: ${interest.error.code}`);
  }
  const year = Number(month.month.slice(0, 4));
  if (calendarMonth === '03')
    grant(context, { source: 'local-government', amountSatang: 5_000_000, on: `${month.month}-15`, year, bankAccount: month.bankAccount });
  if (calendarMonth === '03' && year % 3 === 0)
    grant(context, {
      source: 'government-matching',
      amountSatang: 30_000_000,
      on: `${month.month}-20`,
      year,
      bankAccount: month.bankAccount,
    });
  const welfare = Math.round((month.members / 250) * (0.5 + month.random()));
  const payments = Array.from({ length: welfare }, () => ({
    expenseAccount: '5000',
    amountSatang: 50000 + 10000 * Math.floor(month.random() * 5),
    description: 'สวัสดิการนอนโรงพยาบาล',
  }));
  payments.forEach((payment, serial) => {
    const paid = postVoucher(context, fund, {
      requestId: `seed-voucher-${month.month}-${serial}`,
      paidOn: `${month.month}-27`,
      payeeName: 'ผู้รับเงิน',
      payeeAddress: '',
      description: payment.description,
      amountSatang: payment.amountSatang,
      accountCode: accountCodes.cash,
      expenseAccount: payment.expenseAccount,
      sourceType: 'voucher',
    });
    if (!paid.ok) throw new Error(`seed voucher refused: ${paid.error.code}`);
  });
}

/** A grant added to the register and received into the bank; a matching grant counts its round's members. */
function grant(
  context: UseCaseContext,
  input: { source: 'local-government' | 'government-matching'; amountSatang: number; on: string; year: number; bankAccount: string },
): void {
  const matching = input.source === 'government-matching';
  const added = addGrant(context, {
    source: input.source,
    subject: matching ? `เงินสมทบจากรัฐบาล ปี ${input.year + 543}` : `อบต.สมทบกองทุน ปี ${input.year + 543}`,
    reference: '',
    approvingBody: '',
    requestedOn: null,
    amountRequestedSatang: null,
    round: matching ? { roundNo: Math.floor(input.year / 3) % 99 || 1, cutoffYear: input.year - 1 } : null,
    note: '',
  });
  if (!added.ok) throw new Error(`seed grant refused: ${added.error.code} ${added.error.field ?? ''}`);
  const received = receiveGrant(context, {
    requestId: `seed-grant-${input.source}-${input.year}`,
    grantId: added.value.id,
    receivedOn: input.on,
    amountSatang: input.amountSatang,
    accountCode: input.bankAccount,
    note: '',
    isLargeAmountConfirmed: true,
  });
  if (!received.ok) throw new Error(`seed grant receipt refused: ${received.error.code}`);
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
