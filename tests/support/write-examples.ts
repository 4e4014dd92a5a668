import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { FundContract, FundMethod } from '../../shared/api/fund-contract';
import { fundContract } from '../../shared/api/fund-contract';
import type { WelfareTypeView } from '../../shared/api/fund-types';
import { applicantInput, fundInput, memberInput } from './builders';
import { createTestBackend, expectOk, type TestBackend } from './test-backend';
import { inCash } from './money-accounts';
import { citizenIdOf, csvBytes } from './import-files';

/** The fund methods that write: every one leaves audit rows carrying its call's id (A6). */
export type WriteMethod = { [M in FundMethod]: FundContract[M] extends { read: true } ? never : M }[FundMethod];
export const writeMethods = (Object.keys(fundContract) as FundMethod[]).filter(
  (method): method is WriteMethod => !(fundContract[method] as { read?: true }).read,
);

type Input<M extends FundMethod> = z.input<FundContract[M]['input']>;

const importHeaders = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'วันที่เป็นสมาชิก', 'ส่งเงินสมทบถึงเดือน'];

function importExample(world: World) {
  const fields = ['citizenId', 'title', 'firstName', 'lastName', 'birthDate', 'approvedOn', 'paidThrough'] as const;
  return {
    fileId: world.memberImport.fileId,
    mapping: fields.map((field, column) => ({ column, field, era: 'auto' as const })),
    defaultApprovalRef: 'ทะเบียนสมาชิกเดิม',
    sha256: world.memberImport.sha256,
  };
}

function contributionHistoryExample(world: World) {
  const fields = ['member', 'period', 'paidOn', 'amount'] as const;
  return {
    fileId: world.contributionHistory.fileId,
    mapping: fields.map((field, column) => ({ column, field, era: 'auto' as const })),
    sha256: world.contributionHistory.sha256,
    accountCode: inCash.accountCode,
  };
}

function welfareHistoryExample(world: World) {
  const fields = ['member', 'welfareType', 'eventDate', 'amount', 'units'] as const;
  return {
    fileId: world.welfareHistory.fileId,
    mapping: fields.map((field, column) => ({ column, field, era: 'auto' as const })),
    sha256: world.welfareHistory.sha256,
  };
}

/** A fund with one of everything a write method acts on, made through the API as a treasurer would. */
export type World = {
  backend: TestBackend;
  /** Paid through 2026-10 (one receipt), so claims and collection lines for them are valid. */
  paid: { memberId: number; receiptId: number };
  /** Registered, never paid. */
  unpaid: number;
  /** Resigned on 2026-11-01: the status event may be voided. */
  resigned: { memberId: number; eventId: number };
  hospital: WelfareTypeView;
  pendingClaimId: number;
  approvedClaimId: number;
  paidClaimId: number;
  batch: { id: number; lineId: number };
  activityId: number;
  /** A bank account of the register (no money in it). */
  bank: { id: number; accountCode: string };
  /** A folder standing in for a USB drive, chosen through files.folder. */
  deviceFolderId: string;
  /** หมู่ 3 of the register, where the unpaid member lives. */
  villageId: number;
  /** A donation received in cash on 2026-11-10 (a receipt for other income). */
  incomeReceiptId: number;
  /** A transport expense paid from cash on 2026-11-10 (its voucher's id). */
  expenseVoucherId: number;
  /** A local-government grant of the register, still a draft. */
  grantId: number;
  /**
   * A committee meeting held on 2026-11-20 (ครั้งที่ 1/2569) whose record is still to be entered, and one planned for
   * 2026-12-10 (ครั้งที่ 2/2569).
   */
  plannedMeetingId: number;
  heldMeetingId: number;
  /** A members' meeting held on 2026-11-21 whose resolution 1 approved the unpaid member's lapse for arrears. */
  lapseResolutionId: number;
  /** A CODI seed grant received into cash on 2026-11-15 (10,000 baht). */
  receivedGrantId: number;
  /** Committee term 1 (2025-01-01 – 2028-12-31): the paid member is its chair; a monk from outside advises it. */
  committee: { termId: number; chairSeatId: number };
  /** An application of 2026-11-05 still waiting, and the meeting of 2026-11-22 that admitted it (or, its second resolution, refused it). */
  admission: { meetingId: number; applicationId: number; approvedId: number; refusedId: number };
  /** The bylaw as first adopted (2005, before the fund's opening, so its meeting is named in words), and a PDF brought to attach. */
  bylaw: { versionId: number; pdfFileId: string };
  /** A CSV of one member who joined before the opening date, brought for the member import, and its hash. */
  memberImport: { fileId: string; sha256: string };
  /** CSVs brought for the history imports (issue 19 §2), with their hashes. */
  contributionHistory: { fileId: string; sha256: string };
  welfareHistory: { fileId: string; sha256: string };
  /** The member from before the opening date, resigned on 2024-01-01: her personal data is due for clearing from 2034-10-01. */
  elder: number;
  /** Lines the member from before the opening date already has, imported earlier: one may be voided. */
  historyLines: { contributionId: number; welfareId: number };
  /**
   * A committee member who has left (deactivated), with a PIN: the world keeps one active person, its treasurer of
   * old, so it never asks who is at the PC.
   */
  formerPerson: { id: number; version: number };
};

const today = '2026-11-25';
const documents = ['hospital-certificate', 'id-card'];

/** A fund created from nothing, as the start screen makes one. */
export async function bareFund(): Promise<TestBackend> {
  const backend = createTestBackend(today);
  expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  return backend;
}

export async function buildWorld(): Promise<World> {
  const backend = await bareFund();
  const { fund } = backend;
  // Money in hand from the start, so the world's payments never take cash below zero (Decision 13).
  expectOk(
    await fund['ledger.recordOpeningBalances']({
      requestId: 'world-opening',
      balances: [{ accountCode: '3100', amountSatang: 10_000_000 }],
    }),
  );
  const bank = expectOk(
    await fund['bankAccounts.add']({ bankName: 'ธนาคารออมสิน', branch: 'ท่าแซะ', accountNo: '020-1-11111-1', accountType: 'savings' }),
  );
  const types = expectOk(await fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
  const hospital = types.find((type) => type.code === 'hospital');
  if (!hospital) throw new Error('template without a hospital type');

  async function payingMember(serial: number) {
    const memberId = expectOk(await fund['members.register'](memberInput(serial))).id;
    const receipt = expectOk(
      await fund['contributions.record']({
        ...inCash,
        requestId: `world-dues-${serial}`,
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 34,
        amountSatang: 102000,
        numbering: { kind: 'app' },
      }),
    );
    return { memberId, receiptId: receipt.id };
  }
  async function claim(memberId: number, eventDate: string) {
    return expectOk(
      await fund['welfare.recordClaim']({
        requestId: `world-claim-${memberId}`,
        typeId: hospital?.id ?? 0,
        memberId,
        eventDate,
        units: 2,
        recipient: { kind: 'member' },
        documentsReceived: documents,
      }),
    ).id;
  }

  const paid = await payingMember(1);
  const villageId = expectOk(await fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านทรัพย์อนันต์', households: 120 })).id;
  const unpaid = expectOk(await fund['members.register'](memberInput(2, { villageId }))).id;
  const pendingClaimId = await claim((await payingMember(3)).memberId, '2026-10-05');
  const approvedClaimId = await claim((await payingMember(4)).memberId, '2026-10-06');
  expectOk(await fund['welfare.approveClaim']({ claimId: approvedClaimId, meetingRef: 'มติ 10/2569' }));
  const paidClaimId = await claim((await payingMember(5)).memberId, '2026-10-07');
  expectOk(await fund['welfare.approveClaim']({ claimId: paidClaimId, meetingRef: 'มติ 10/2569' }));
  expectOk(
    await fund['welfare.payClaim']({
      ...inCash,
      claimId: paidClaimId,
      requestId: 'world-pay-0001',
      paidOn: '2026-11-02',
      payeeName: 'ผู้ป่วย',
    }),
  );
  const resignedId = expectOk(await fund['members.register'](memberInput(6))).id;
  const resigned = expectOk(
    await fund['members.recordStatus']({ memberId: resignedId, kind: 'resigned', effectiveOn: '2026-11-01', reason: 'ย้ายที่อยู่' }),
  );
  const batch = expectOk(await fund['collection.createBatch']({ collectedOn: '2026-11-20', collector: 'เหรัญญิก' }));
  const withLine = expectOk(
    await fund['collection.setLine']({ batchId: batch.id, memberId: paid.memberId, monthCount: 1, amountSatang: 3000 }),
  );
  const activity = expectOk(
    await fund['community.record']({
      ...inCash,
      requestId: 'world-community',
      category: 'disaster',
      activityDate: '2026-11-03',
      description: 'ช่วยเหลือผู้ประสบอุทกภัย',
      beneficiariesCount: 4,
      amountSatang: 200000,
      payeeName: 'ผู้ใหญ่บ้าน หมู่ 3',
    }),
  );
  const income = expectOk(
    await fund['income.record']({
      ...inCash,
      requestId: 'world-income',
      receivedOn: '2026-11-10',
      kind: 'donations',
      payerName: 'ร้านค้าชุมชน',
      description: 'บริจาคเข้ากองทุน',
      amountSatang: 100000,
    }),
  );
  const expense = expectOk(
    await fund['expenses.record']({
      ...inCash,
      requestId: 'world-expense',
      paidOn: '2026-11-10',
      expenseCategory: 'transport',
      payeeName: 'นายสมชาย ใจดี',
      description: 'ค่าพาหนะไปประชุมเครือข่าย',
      amountSatang: 30000,
    }),
  );
  const grant = expectOk(
    await fund['grants.add']({ source: 'local-government', subject: 'อบต.สมทบกองทุน ปี 2569', reference: 'มท 0810/2569' }),
  );
  const meeting = async (meetingOn: string) =>
    expectOk(await fund['meetings.add']({ kind: 'committee', meetingOn, place: 'ศาลาหมู่บ้าน', agenda: ['เรื่องแจ้งให้ทราบ'] })).id;
  const heldMeetingId = await meeting('2026-11-20');
  // Meetings are numbered in date order: the admission meeting of 22 November comes before the planned one.
  const admissionMeetingId = await meeting('2026-11-22');
  const plannedMeetingId = await meeting('2026-12-10');
  const lapseMeeting = expectOk(await fund['meetings.add']({ kind: 'members', meetingOn: '2026-11-21', place: 'ศาลาหมู่บ้าน' }));
  const lapseResolutionId =
    expectOk(
      await fund['meetings.record']({
        meetingId: lapseMeeting.id,
        expectedVersion: lapseMeeting.version,
        attendees: [{ name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true }],
        agenda: ['พิจารณาสมาชิกค้างส่งเงินสมทบ'],
        resolutions: [{ text: 'ให้พ้นสภาพเพราะค้างส่ง', decision: 'approved', target: { kind: 'lapse-decision', id: unpaid } }],
        minutes: '',
      }),
    ).resolutions[0]?.id ?? 0;
  const seed = expectOk(await fund['grants.add']({ source: 'codi-seed', subject: 'เงินทุนประเดิมจาก พอช.' }));
  expectOk(
    await fund['grants.receive']({
      ...inCash,
      requestId: 'world-grant-seed',
      grantId: seed.id,
      receivedOn: '2026-11-15',
      amountSatang: 1_000_000,
    }),
  );
  const term = expectOk(
    await fund['committee.addTerm']({ termNo: 1, startsOn: '2025-01-01', endsOn: '2028-12-31', appointedBy: 'ประชุมใหญ่ 1/2568' }),
  );
  const chair = expectOk(
    await fund['committee.addSeat']({
      termId: term.id,
      memberId: paid.memberId,
      position: 'chair',
      communityRole: 'member-representatives',
      startsOn: '2025-01-01',
    }),
  );
  expectOk(
    await fund['committee.addSeat']({
      termId: term.id,
      outsiderName: 'พระครูสมุห์ทองดี',
      position: 'advisor',
      communityRole: 'monks',
      startsOn: '2025-01-01',
    }),
  );
  const applicationId = expectOk(await fund['applications.add'](applicantInput(40, { appliedOn: '2026-11-05' }))).id;
  const admissionMeeting = expectOk(
    await fund['meetings.record']({
      meetingId: admissionMeetingId,
      expectedVersion: 1,
      // Both seats of the term: the quorum of a committee meeting is more than half of its seats.
      attendees: [
        { name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true },
        { name: 'พระครูสมุห์ทองดี', role: 'ที่ปรึกษา', isPresent: true },
      ],
      agenda: ['พิจารณารับสมาชิกใหม่'],
      resolutions: [
        { text: 'รับเป็นสมาชิก', decision: 'approved', target: { kind: 'member-approval', id: applicationId } },
        { text: 'ไม่รับเป็นสมาชิก', decision: 'rejected', target: { kind: 'member-approval', id: applicationId } },
      ],
      minutes: '',
    }),
  );
  const [approved, refused] = admissionMeeting.resolutions;
  // Last fiscal year's status-form answers, for a new year to start from.
  expectOk(
    await fund['statusForm.saveSection']({ fiscalYear: 2025, section: 'management', expectedVersion: 0, answers: { rules: ['members'] } }),
  );
  const bylaw = expectOk(
    await fund['bylaws.add']({
      bylawTitle: 'ข้อบังคับกองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์ พ.ศ. 2548',
      amendmentNo: 0,
      adoptedOn: '2005-12-01',
      adoptedAtText: 'ประชุมใหญ่จัดตั้งกองทุน 1 ธันวาคม 2548',
      clauses: [{ item: 'identity.name', foundAt: 'ข้อ 1' }],
    }),
  );
  const pdfPath = join(backend.home, 'bylaw-scan.pdf');
  writeFileSync(pdfPath, '%PDF-1.4\n% the signed bylaw\n%%EOF\n');
  const pdf = expectOk(await backend.app['files.receive']({ location: pdfPath }));
  const importPath = join(backend.home, 'members.csv');
  writeFileSync(
    importPath,
    csvBytes([importHeaders, [citizenIdOf(7001), 'นาง', 'นำเข้า', 'จากแฟ้ม', '12/05/2505', '15/06/2560', '09/2566']], 'utf-8'),
  );
  const importFile = expectOk(await backend.app['files.receive']({ location: importPath }));
  const history = await historyFiles(backend, unpaid);
  const formerPerson = await leftCommittee(backend);
  return {
    backend,
    paid,
    unpaid,
    resigned: { memberId: resignedId, eventId: resigned.statusEvents.at(-1)?.id ?? 0 },
    hospital,
    pendingClaimId,
    plannedMeetingId,
    heldMeetingId,
    lapseResolutionId,
    approvedClaimId,
    paidClaimId,
    batch: { id: batch.id, lineId: withLine.lines[0]?.id ?? 0 },
    activityId: activity.id,
    bank: { id: bank.bank?.id ?? 0, accountCode: bank.accountCode },
    deviceFolderId: expectOk(await backend.app['files.folder']({ location: deviceFolder(backend.home) })).folderId,
    villageId,
    incomeReceiptId: income.id,
    expenseVoucherId: expense.id,
    grantId: grant.id,
    receivedGrantId: seed.id,
    committee: { termId: term.id, chairSeatId: chair.id },
    admission: { meetingId: admissionMeetingId, applicationId, approvedId: approved?.id ?? 0, refusedId: refused?.id ?? 0 },
    bylaw: { versionId: bylaw.id, pdfFileId: pdf.fileId },
    memberImport: { fileId: importFile.fileId, sha256: importFile.sha256 },
    ...history,
    formerPerson,
  };
}

/** A committee member with a PIN who has since left: added, then deactivated by the treasurer. */
async function leftCommittee(backend: TestBackend): Promise<World['formerPerson']> {
  const treasurer = expectOk(await backend.fund['people.current']({})).person?.id ?? 0;
  const added = expectOk(await backend.fund['people.add']({ displayName: 'นางสมศรี อดีตกรรมการ', roles: ['committee'], pin: '2468' }));
  // Two active people now: the treasurer says it is she who is at the PC, as the window would ask.
  expectOk(await backend.fund['people.signIn']({ personId: treasurer }));
  const left = expectOk(
    await backend.fund['people.update']({
      personId: added.id,
      expectedVersion: added.version,
      displayName: added.displayName,
      roles: ['committee'],
      active: false,
    }),
  );
  return { id: left.id, version: left.version };
}

/**
 * A member from before the opening date (registered last and resigned at the opening, so nothing else in the
 * world moves), and a CSV each
 * for the history imports: her welfare payment before the opening date, and the unpaid member's first month paid
 * after it (a receipt).
 */
async function historyFiles(
  backend: TestBackend,
  unpaid: number,
): Promise<Pick<World, 'contributionHistory' | 'welfareHistory' | 'historyLines' | 'elder'>> {
  const elder = expectOk(
    await backend.fund['members.register'](
      memberInput(8, { approvedOn: '2019-06-15', appliedOn: '2019-06-01', paidThroughPeriod: '2023-12', approvalRef: 'ทะเบียนเดิม' }),
    ),
  );
  // She left at the opening, owing nothing: the world's lists of members behind stay as they were.
  expectOk(
    await backend.fund['members.recordStatus']({ memberId: elder.id, kind: 'resigned', effectiveOn: '2024-01-01', reason: 'ย้ายที่อยู่' }),
  );
  const unpaidNo = expectOk(await backend.fund['members.get']({ memberId: unpaid })).memberNo;
  const bring = async (name: string, rows: string[][]) => {
    const location = join(backend.home, name);
    writeFileSync(location, csvBytes(rows, 'utf-8'));
    const file = expectOk(await backend.app['files.receive']({ location }));
    return { fileId: file.fileId, sha256: file.sha256 };
  };
  // Her November 2023 and a hospital stay of 2022, imported before: lines a void may take back.
  const mapped = (columns: readonly { index: number; field: string | null; era: 'auto' | 'be' | 'ce' }[]) =>
    columns.flatMap((column) => (column.field ? [{ column: column.index, field: column.field, era: column.era }] : []));
  const earlier = await bring('earlier-contributions.csv', [
    ['สมาชิก', 'เดือน', 'วันที่ชำระ', 'จำนวนเงิน'],
    [elder.memberNo, '11/2566', '05/11/2566', '30'],
  ]);
  const earlierSheet = expectOk(await backend.fund['contributionHistory.open']({ fileId: earlier.fileId }));
  expectOk(
    await backend.fund['contributionHistory.commit']({
      fileId: earlier.fileId,
      mapping: mapped(earlierSheet.columns) as never,
      sha256: earlier.sha256,
      acceptedCount: 1,
    }),
  );
  const earlierWelfare = await bring('earlier-welfare.csv', [
    ['สมาชิก', 'ประเภทสวัสดิการ', 'วันที่เกิดเหตุ', 'จำนวนเงิน', 'จำนวนคืน'],
    [elder.memberNo, 'hospital', '10/03/2565', '200', '2'],
  ]);
  const welfareSheet = expectOk(await backend.fund['welfareHistory.open']({ fileId: earlierWelfare.fileId }));
  expectOk(
    await backend.fund['welfareHistory.commit']({
      fileId: earlierWelfare.fileId,
      mapping: mapped(welfareSheet.columns) as never,
      sha256: earlierWelfare.sha256,
      acceptedCount: 1,
    }),
  );
  const lines = expectOk(await backend.fund['history.ofMember']({ memberId: elder.id }));
  return {
    elder: elder.id,
    historyLines: { contributionId: lines.contributions[0]?.id ?? 0, welfareId: lines.welfare[0]?.id ?? 0 },
    contributionHistory: await bring('contributions.csv', [
      ['สมาชิก', 'เดือน', 'วันที่ชำระ', 'จำนวนเงิน'],
      [unpaidNo, '01/2567', '20/11/2569', '30'],
    ]),
    welfareHistory: await bring('welfare.csv', [
      ['สมาชิก', 'ประเภทสวัสดิการ', 'วันที่เกิดเหตุ', 'จำนวนเงิน', 'จำนวนคืน'],
      [elder.memberNo, 'hospital', '14/08/2566', '300', '3'],
    ]),
  };
}

/** An empty folder beside the fund, standing in for a USB drive. */
function deviceFolder(home: string): string {
  const folder = join(home, 'usb-drive');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * For every write method: a valid input (`ok`), an input the use case refuses after parsing (`refused`: a
 * missing record, a date out of range, a state that does not allow it), and, for request-id methods, a change
 * that makes it a different request under the same id (`vary`, naming the field it changes). `bare` methods
 * run on a fund with nothing in it. A write method missing here is a compile error.
 */
export type WriteExample<M extends WriteMethod> = {
  bare?: true;
  ok: (world: World) => Input<M>;
  refused: (world: World) => Input<M>;
  vary?: { field: string; change: (input: Input<M>) => Input<M> };
};

const rule = (effectiveFrom: string) => ({
  effectiveFrom,
  waitingDays: 0,
  amount: { kind: 'per-event' as const, amountSatang: 50000 },
  recipients: ['member' as const],
});

export const writeExamples: { [M in WriteMethod]: WriteExample<M> } = {
  'fund.update': {
    ok: () => ({ expectedVersion: 1, profile: { ...fundInput('x').profile, name: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์ (ใหม่)' } }),
    refused: () => ({ expectedVersion: 9, profile: fundInput('x').profile }),
  },
  'fund.setCeilings': {
    bare: true,
    ok: () => ({ paymentSatang: 150000, payoutSatang: 5000000, grantSatang: 300000000 }),
    // Nothing about a positive ceiling can be refused once parsed: a ceiling of nothing is refused by the schema.
    refused: () => ({ paymentSatang: 0, payoutSatang: 5000000, grantSatang: 300000000 }),
  },
  'fund.setAdminCost': {
    bare: true,
    ok: () => ({ percent: 15 }),
    // Nothing about a whole percent from 1 to 100 can be refused once parsed: the schema refuses the rest.
    refused: () => ({ percent: 0 }),
  },
  'plan.addRate': {
    ok: () => ({ effectiveFrom: '2026-11-01', monthlySatang: 4000, entryFeeSatang: 2000 }),
    refused: () => ({ effectiveFrom: '2024-01-01', monthlySatang: 4000 }),
  },
  'members.register': {
    bare: true,
    ok: () => memberInput(50),
    refused: () => memberInput(50, { approvedOn: '2027-01-01' }),
  },
  'applications.add': {
    bare: true,
    ok: () => applicantInput(60),
    refused: () => applicantInput(60, { appliedOn: '2027-01-01' }),
  },
  'applications.approve': {
    ok: (world) => ({ applicationId: world.admission.applicationId, resolutionId: world.admission.approvedId }),
    refused: (world) => ({ applicationId: world.admission.applicationId, resolutionId: world.admission.refusedId }),
  },
  'applications.refuse': {
    ok: (world) => ({ applicationId: world.admission.applicationId, resolutionId: world.admission.refusedId, reason: 'อายุเกินเกณฑ์' }),
    refused: (world) => ({ applicationId: world.admission.applicationId, resolutionId: world.admission.approvedId, reason: 'อายุเกินเกณฑ์' }),
  },
  'members.update': {
    ok: (world) => ({ memberId: world.unpaid, expectedVersion: 1, profile: memberInput(2, { phone: '0899999999' }) }),
    refused: (world) => ({ memberId: world.unpaid, expectedVersion: 5, profile: memberInput(2) }),
  },
  'members.recordStatus': {
    ok: (world) => ({ memberId: world.unpaid, kind: 'resigned', effectiveOn: '2026-11-10', reason: 'ย้ายที่อยู่' }),
    refused: (world) => ({ memberId: world.unpaid, kind: 'reinstated', effectiveOn: '2026-11-10' }),
  },
  'members.voidStatus': {
    ok: (world) => ({ memberId: world.resigned.memberId, eventId: world.resigned.eventId, reason: 'บันทึกผิดคน' }),
    refused: (world) => ({ memberId: world.unpaid, eventId: world.resigned.eventId, reason: 'บันทึกผิดคน' }),
  },
  'members.void': {
    ok: (world) => ({ memberId: world.unpaid, expectedVersion: 1, reason: 'ลงทะเบียนซ้ำ' }),
    refused: (world) => ({ memberId: world.paid.memberId, expectedVersion: 1, reason: 'ลงทะเบียนซ้ำ' }),
  },
  'members.revealPersonal': {
    ok: (world) => ({ memberId: world.paid.memberId, screen: 'profile' }),
    refused: () => ({ memberId: 999999, screen: 'profile' }),
  },
  'retention.setKeepYears': {
    bare: true,
    ok: () => ({ years: 12 }),
    // Nothing about a whole number of years from 1 to 50 can be refused once parsed: the schema refuses the rest.
    refused: () => ({ years: 0 }),
  },
  'retention.clear': {
    ok: (world) => {
      // Ten years after the fiscal year of her resignation closed (2024-01-01, fiscal year 2024): due from 2034-10-01.
      world.backend.clock.set('2034-10-01');
      return { memberIds: [world.elder], decisionRef: 'มติคณะกรรมการ ครั้งที่ 10/2577' };
    },
    // Resigned on 2026-11-01: her retention period runs to the end of fiscal year 2037.
    refused: (world) => ({ memberIds: [world.resigned.memberId], decisionRef: 'มติคณะกรรมการ ครั้งที่ 10/2577' }),
  },
  'members.addDependent': {
    ok: (world) => ({
      memberId: world.paid.memberId,
      fullName: 'เด็กหญิงมะลิ ใจดี',
      relationship: 'child',
      gender: 'female',
      birthDate: '2020-01-01',
    }),
    refused: (world) => ({
      memberId: world.paid.memberId,
      fullName: 'เด็กหญิงมะลิ',
      relationship: 'child',
      gender: 'female',
      birthDate: '2030-01-01',
    }),
  },
  'contributions.record': {
    ok: (world) => ({
      requestId: 'example-record-0001',
      memberId: world.unpaid,
      receivedOn: '2026-11-20',
      monthCount: 1,
      amountSatang: 3000,
      numbering: { kind: 'app' },
      ...inCash,
    }),
    refused: (world) => ({
      requestId: 'example-record-0002',
      memberId: world.unpaid,
      receivedOn: '2026-11-20',
      monthCount: 1,
      amountSatang: 3100,
      numbering: { kind: 'app' },
      ...inCash,
    }),
    vary: { field: 'amountSatang', change: (input) => ({ ...input, monthCount: 3, amountSatang: 9000 }) },
  },
  'contributions.void': {
    ok: (world) => ({ requestId: 'example-void-0001', receiptId: world.paid.receiptId, voidedOn: '2026-11-20', reason: 'รับเงินผิดคน' }),
    refused: (world) => ({ requestId: 'example-void-0002', receiptId: world.paid.receiptId, voidedOn: '2027-01-01', reason: 'รับเงินผิดคน' }),
    vary: { field: 'voidedOn', change: (input) => ({ ...input, voidedOn: '2026-11-21' }) },
  },
  'collection.createBatch': {
    bare: true,
    ok: () => ({ collectedOn: '2026-11-25', collector: 'เหรัญญิก' }),
    refused: () => ({ collectedOn: '2026-12-25' }),
  },
  'collection.setLine': {
    ok: (world) => ({ batchId: world.batch.id, memberId: world.unpaid, monthCount: 2, amountSatang: 6000 }),
    refused: (world) => ({ batchId: world.batch.id, memberId: world.unpaid, monthCount: 2, amountSatang: 5000 }),
  },
  'collection.removeLine': {
    ok: (world) => ({ batchId: world.batch.id, lineId: world.batch.lineId }),
    refused: (world) => ({ batchId: world.batch.id, lineId: world.batch.lineId + 100 }),
  },
  'collection.post': {
    ok: (world) => ({ batchId: world.batch.id, requestId: 'example-post-0001', ...inCash }),
    refused: (world) => ({ batchId: world.batch.id + 100, requestId: 'example-post-0002', ...inCash }),
    vary: { field: 'batchId', change: (input) => ({ ...input, batchId: input.batchId + 1 }) },
  },
  'community.record': {
    ok: () => ({
      requestId: 'example-community-0001',
      category: 'culture',
      activityDate: '2026-11-20',
      description: 'งานบุญประจำปี',
      beneficiariesCount: 120,
      amountSatang: 500000,
      payeeName: 'วัดทรัพย์อนันต์',
      ...inCash,
    }),
    refused: () => ({
      requestId: 'example-community-0002',
      category: 'culture',
      activityDate: '2027-01-20',
      description: 'งานบุญประจำปี',
      beneficiariesCount: 120,
      amountSatang: 500000,
      payeeName: 'วัดทรัพย์อนันต์',
      ...inCash,
    }),
    vary: { field: 'amountSatang', change: (input) => ({ ...input, amountSatang: 20000 }) },
  },
  'community.reverse': {
    ok: (world) => ({ activityId: world.activityId, requestId: 'example-reverse-0001', reversedOn: '2026-11-20', reason: 'จ่ายซ้ำ' }),
    refused: (world) => ({ activityId: world.activityId, requestId: 'example-reverse-0002', reversedOn: '2026-11-01', reason: 'จ่ายซ้ำ' }),
    vary: { field: 'reason', change: (input) => ({ ...input, reason: 'จ่ายผิดหมู่บ้าน' }) },
  },
  'income.record': {
    ok: () => ({
      ...inCash,
      requestId: 'example-income-0001',
      receivedOn: '2026-11-20',
      kind: 'interest',
      payerName: 'ธนาคารออมสิน',
      description: 'ดอกเบี้ยเงินฝาก',
      amountSatang: 12345,
    }),
    refused: () => ({
      ...inCash,
      requestId: 'example-income-0002',
      receivedOn: '2027-01-20',
      kind: 'interest',
      payerName: 'ธนาคารออมสิน',
      description: 'ดอกเบี้ยเงินฝาก',
      amountSatang: 12345,
    }),
    vary: { field: 'amountSatang', change: (input) => ({ ...input, amountSatang: 12346 }) },
  },
  'income.void': {
    ok: (world) => ({ receiptId: world.incomeReceiptId, requestId: 'example-income-void-0001', voidedOn: '2026-11-20', reason: 'ออกซ้ำ' }),
    refused: (world) => ({
      receiptId: world.incomeReceiptId,
      requestId: 'example-income-void-0002',
      voidedOn: '2026-11-01',
      reason: 'ออกซ้ำ',
    }),
    vary: { field: 'reason', change: (input) => ({ ...input, reason: 'ผิดประเภท' }) },
  },
  'expenses.record': {
    ok: () => ({
      ...inCash,
      requestId: 'example-expense-0001',
      paidOn: '2026-11-20',
      expenseCategory: 'stationery',
      payeeName: 'ร้านเครื่องเขียน',
      description: 'กระดาษและหมึก',
      amountSatang: 45000,
    }),
    refused: () => ({
      ...inCash,
      requestId: 'example-expense-0002',
      paidOn: '2027-01-20',
      expenseCategory: 'stationery',
      payeeName: 'ร้านเครื่องเขียน',
      description: 'กระดาษและหมึก',
      amountSatang: 45000,
    }),
    vary: { field: 'expenseCategory', change: (input) => ({ ...input, expenseCategory: 'meetings' }) },
  },
  'expenses.reverse': {
    ok: (world) => ({
      voucherId: world.expenseVoucherId,
      requestId: 'example-expense-rev-0001',
      reversedOn: '2026-11-20',
      reason: 'จ่ายซ้ำ',
    }),
    refused: (world) => ({
      voucherId: world.expenseVoucherId,
      requestId: 'example-expense-rev-0002',
      reversedOn: '2026-11-01',
      reason: 'จ่ายซ้ำ',
    }),
    vary: { field: 'reason', change: (input) => ({ ...input, reason: 'จ่ายผิดคน' }) },
  },
  'welfare.applyTemplate': {
    bare: true,
    ok: () => ({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }),
    refused: () => ({ templateKey: 'no-such-template', effectiveFrom: '2024-01-01' }),
  },
  'welfare.addType': {
    ok: () => ({ category: 'EDUCATION', nameTh: 'ทุนเรียนดี', nameEn: 'Merit scholarship', version: rule('2024-01-01') }),
    refused: () => ({ category: 'NOT-A-CATEGORY', nameTh: 'ทุนเรียนดี', nameEn: 'Merit scholarship', version: rule('2024-01-01') }),
  },
  'welfare.addRuleVersion': {
    ok: (world) => ({ typeId: world.hospital.id, version: rule('2026-11-01') }),
    refused: (world) => ({ typeId: world.hospital.id, version: rule('2024-01-01') }),
  },
  'welfare.recordClaim': {
    ok: (world) => ({
      requestId: 'example-claim-0001',
      typeId: world.hospital.id,
      memberId: world.paid.memberId,
      eventDate: '2026-11-01',
      units: 1,
      recipient: { kind: 'member' },
      documentsReceived: documents,
    }),
    refused: (world) => ({
      requestId: 'example-claim-0002',
      typeId: world.hospital.id,
      memberId: world.paid.memberId,
      eventDate: '2027-11-01',
      units: 1,
      recipient: { kind: 'member' },
    }),
    vary: { field: 'units', change: (input) => ({ ...input, units: 3 }) },
  },
  'welfare.recheckClaim': {
    ok: (world) => ({ claimId: world.pendingClaimId, documentsReceived: ['id-card'] }),
    refused: (world) => ({ claimId: world.approvedClaimId, documentsReceived: [] }),
  },
  'welfare.approveClaim': {
    ok: (world) => ({ claimId: world.pendingClaimId, meetingRef: 'มติ 11/2569' }),
    refused: (world) => ({ claimId: world.paidClaimId, meetingRef: 'มติ 11/2569' }),
  },
  'welfare.rejectClaim': {
    ok: (world) => ({ claimId: world.pendingClaimId, reason: 'ไม่ได้นอนโรงพยาบาล' }),
    refused: (world) => ({ claimId: world.approvedClaimId, reason: 'ไม่ได้นอนโรงพยาบาล' }),
  },
  'welfare.payClaim': {
    ok: (world) => ({ claimId: world.approvedClaimId, requestId: 'example-pay-0001', paidOn: '2026-11-20', payeeName: 'ผู้ป่วย', ...inCash }),
    refused: (world) => ({
      claimId: world.pendingClaimId,
      requestId: 'example-pay-0002',
      paidOn: '2026-11-20',
      payeeName: 'ผู้ป่วย',
      ...inCash,
    }),
    vary: { field: 'paidOn', change: (input) => ({ ...input, paidOn: '2026-11-21' }) },
  },
  'welfare.reverseClaim': {
    ok: (world) => ({ claimId: world.paidClaimId, requestId: 'example-unpay-0001', reversedOn: '2026-11-20', reason: 'จ่ายผิดคน' }),
    refused: (world) => ({ claimId: world.approvedClaimId, requestId: 'example-unpay-0002', reversedOn: '2026-11-20', reason: 'จ่ายผิดคน' }),
    vary: { field: 'reversedOn', change: (input) => ({ ...input, reversedOn: '2026-11-22' }) },
  },
  'villages.add': {
    bare: true,
    ok: () => ({ code: '86021401', moo: 1, name: 'บ้านหนองบัว', households: 95, population: 310 }),
    // The code's last two digits are หมู่ 2, not the หมู่ 1 it is given with.
    refused: () => ({ code: '86021402', moo: 1, name: 'บ้านหนองบัว' }),
  },
  'villages.update': {
    ok: (world) => ({ villageId: world.villageId, expectedVersion: 1, village: { code: '86021403', moo: 3, name: 'บ้านทรัพย์อนันต์ใต้' } }),
    refused: (world) => ({ villageId: world.villageId, expectedVersion: 9, village: { moo: 3, name: 'บ้านทรัพย์อนันต์ใต้' } }),
  },
  'printing.updateSettings': {
    bare: true,
    ok: () => ({ receiptPaper: 'a5', signers: { treasurer: { fullName: 'นางมาลี ศรีสุข', position: 'เหรัญญิก' } } }),
    refused: () => ({ receiptPaper: 'a4', signers: { chair: { fullName: 'ก'.repeat(121) } } }),
  },
  'statusForm.saveSection': {
    bare: true,
    ok: () => ({ fiscalYear: 2026, section: 'suggestions', expectedVersion: 0, answers: { suggestions: 'ขอให้จัดอบรมการทำบัญชี' } }),
    // Saved over a version the fund never had: someone else's save in between.
    refused: () => ({ fiscalYear: 2026, section: 'suggestions', expectedVersion: 3, answers: { suggestions: 'ขอให้จัดอบรม' } }),
  },
  'statusForm.copyFromYear': {
    ok: () => ({ fiscalYear: 2026, fromYear: 2025 }),
    refused: () => ({ fiscalYear: 2026, fromYear: 2024 }),
  },
  'fund.updateDuesSettings': {
    bare: true,
    ok: () => ({ duesFrom: 'application', dueDay: 15 }),
    // A due day past any month's end cannot be parsed; a real refusal (a month paid before approval) is tested
    // in tests/electron/backend/dues-settings.test.ts.
    refused: () => ({ duesFrom: 'approval', dueDay: 32 }),
  },
  'backups.make': {
    bare: true,
    ok: () => ({ kind: 'manual' }),
    // Only the schedule and the person ask for a backup; one "before a migration" comes with the migration.
    refused: () => ({ kind: 'pre-migration' }) as never,
  },
  'backups.copyTo': {
    ok: (world) => ({ folderId: world.deviceFolderId }),
    // A folder nobody chose (or one chosen in an earlier run of the app) is refused before anything is copied.
    refused: () => ({ folderId: 'not-a-chosen-folder' }),
  },
  'backups.download': {
    bare: true,
    ok: () => ({}),
    // Nothing about an empty request can be refused once parsed.
    refused: () => ({ extra: true }) as never,
  },
  'welfare.updateSettings': {
    bare: true,
    ok: () => ({ deductArrearsAtDeath: false, membershipCounting: 'first-spell' }),
    // Nothing about the settings can be refused once parsed; a change to settings is always recorded.
    refused: () => ({ deductArrearsAtDeath: false, membershipCounting: 'first-spell', extra: true }) as never,
  },
  'ledger.recordOpeningBalances': {
    bare: true,
    ok: () => ({ requestId: 'example-opening-0001', balances: [{ accountCode: '3100', amountSatang: 500000 }] }),
    refused: () => ({
      requestId: 'example-opening-0002',
      balances: [
        { accountCode: '3100', amountSatang: 500000 },
        { accountCode: '3100', amountSatang: 100 },
      ],
    }),
    vary: {
      field: 'balances.0.amountSatang',
      change: (input) => ({ ...input, balances: [{ accountCode: '3100', amountSatang: 600000 }] }),
    },
  },
  'moneyAccounts.setUsual': {
    ok: (world) => ({ accountCode: world.bank.accountCode }),
    refused: () => ({ accountCode: '4100' }),
  },
  'bankAccounts.add': {
    bare: true,
    ok: () => ({ bankName: 'ธกส.', branch: 'ท่าแซะ', accountNo: '012-3-45678-9', accountType: 'fixed' }),
    refused: () => ({ bankName: '', branch: 'ท่าแซะ', accountNo: '012-3-45678-9', accountType: 'fixed' }),
  },
  'bankAccounts.update': {
    ok: (world) => ({
      bankAccountId: world.bank.id,
      expectedVersion: 1,
      bankName: 'ธนาคารออมสิน',
      branch: 'ชุมพร',
      accountNo: '020-1-11111-1',
      accountType: 'savings',
    }),
    refused: (world) => ({
      bankAccountId: world.bank.id,
      expectedVersion: 9,
      bankName: 'ธนาคารออมสิน',
      branch: 'ชุมพร',
      accountNo: '020-1-11111-1',
      accountType: 'savings',
    }),
  },
  'money.transfer': {
    ok: (world) => ({
      requestId: 'example-transfer-0001',
      fromAccountCode: '3100',
      toAccountCode: world.bank.accountCode,
      transferredOn: '2026-11-20',
      amountSatang: 100000,
    }),
    refused: () => ({
      requestId: 'example-transfer-0002',
      fromAccountCode: '3100',
      toAccountCode: '3100',
      transferredOn: '2026-11-20',
      amountSatang: 100000,
    }),
    vary: { field: 'amountSatang', change: (input) => ({ ...input, amountSatang: 200000 }) },
  },
  'meetings.add': {
    ok: () => ({ kind: 'general-assembly', meetingOn: '2026-12-20', startsAt: '09:00', place: 'วัดหนองบัว', agenda: ['รับรองงบการเงิน'] }),
    refused: () => ({ kind: 'committee', meetingOn: '2026-12-10', meetingNo: 1, place: 'ซ้ำเลขครั้งที่ 1/2569' }),
  },
  'meetings.addAgenda': {
    ok: (world) => ({ meetingId: world.plannedMeetingId, expectedVersion: 1, items: ['พิจารณาคำขอรับสวัสดิการ'] }),
    refused: (world) => ({ meetingId: world.plannedMeetingId, expectedVersion: 7, items: ['พิจารณาคำขอรับสวัสดิการ'] }),
  },
  'meetings.record': {
    ok: (world) => ({
      meetingId: world.heldMeetingId,
      expectedVersion: 1,
      attendees: [
        { name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true },
        { name: 'นางสาย ทองดี', role: 'เหรัญญิก', isPresent: true },
        { name: 'นายมา ช้า', role: 'กรรมการ', isPresent: false },
      ],
      agenda: ['พิจารณาคำขอรับสวัสดิการ'],
      resolutions: [{ text: 'อนุมัติ', decision: 'approved', target: { kind: 'claim-decision', id: world.approvedClaimId } }],
      minutes: 'ประชุมเวลา 09:00 น.',
    }),
    refused: (world) => ({
      meetingId: world.plannedMeetingId,
      expectedVersion: 1,
      attendees: [{ name: 'นายสมชาย ใจดี', isPresent: true }],
      agenda: [],
      resolutions: [{ text: 'อนุมัติ', decision: 'approved', target: { kind: 'other' } }],
      minutes: '',
    }),
  },
  'meetings.setApprovalsCite': {
    bare: true,
    ok: () => ({ on: true }),
    // Nothing about a yes or no can be refused once parsed: the schema refuses anything else.
    refused: () => ({ on: 'yes' as unknown as boolean }),
  },
  'lapses.setSettings': {
    bare: true,
    ok: () => ({ proposalMonths: 4 }),
    // Nothing about a whole number of months from 1 to 120 can be refused once parsed: the schema refuses the rest.
    refused: () => ({ proposalMonths: 0 }),
  },
  'lapses.record': {
    ok: (world) => ({ memberIds: [world.unpaid], resolutionId: world.lapseResolutionId, reason: 'arrears' }),
    refused: (world) => ({ memberIds: [world.paid.memberId], resolutionId: world.lapseResolutionId, reason: 'arrears' }),
  },
  'meetings.setQuorum': {
    bare: true,
    ok: () => ({ quorum: 5 }),
    refused: () => ({ quorum: 0 }),
  },
  'grants.add': {
    ok: () => ({
      source: 'government-matching',
      subject: 'งบสมทบจากรัฐบาลผ่าน พอช. รอบที่ 3',
      requestedOn: '2026-10-15',
      amountRequestedSatang: 73_000,
      round: { roundNo: 3, cutoffYear: 2026 },
    }),
    refused: () => ({ source: 'government-matching', subject: 'งบสมทบ ไม่ระบุรอบ' }),
  },
  'grants.advance': {
    ok: (world) => ({ grantId: world.grantId, expectedVersion: 1, status: 'in-process', changedOn: '2026-11-01' }),
    refused: (world) => ({ grantId: world.grantId, expectedVersion: 9, status: 'in-process', changedOn: '2026-11-01' }),
  },
  'grants.receive': {
    ok: (world) => ({
      requestId: 'example-grant-0001',
      grantId: world.grantId,
      receivedOn: '2026-11-20',
      amountSatang: 5_000_000,
      accountCode: world.bank.accountCode,
    }),
    refused: (world) => ({
      requestId: 'example-grant-0002',
      grantId: world.grantId,
      receivedOn: '2026-11-20',
      amountSatang: 5_000_000,
      accountCode: '4100',
    }),
    vary: { field: 'amountSatang', change: (input) => ({ ...input, amountSatang: 6_000_000 }) },
  },
  'grants.reverse': {
    ok: (world) => ({ requestId: 'example-grant-reverse-0001', grantId: world.receivedGrantId, reversedOn: '2026-11-20', reason: 'รับซ้ำ' }),
    // A draft has no money to take back.
    refused: (world) => ({ requestId: 'example-grant-reverse-0002', grantId: world.grantId, reversedOn: '2026-11-20', reason: 'รับซ้ำ' }),
    vary: { field: 'reversedOn', change: (input) => ({ ...input, reversedOn: '2026-11-21' }) },
  },
  'grants.edit': {
    ok: (world) => ({ grantId: world.grantId, expectedVersion: 1, subject: 'อบต.สมทบกองทุน ปี 2570', reference: 'มท 0810/2570' }),
    // A received grant is posted money: reversal only.
    refused: (world) => ({ grantId: world.receivedGrantId, expectedVersion: 2, subject: 'แก้ไข', reference: '' }),
  },
  'grants.addPastRound': {
    ok: () => ({ roundNo: 1, cutoffYear: 2024, amountSatang: 1_095_000, membersCounted: 30 }),
    refused: () => ({ roundNo: 1, cutoffYear: 2030, amountSatang: 1_095_000, membersCounted: 30 }),
  },
  'bylaws.add': {
    ok: () => ({
      bylawTitle: 'ข้อบังคับกองทุน แก้ไขครั้งที่ 1',
      amendmentNo: 1,
      adoptedOn: '2023-03-01',
      adoptedAtText: 'ประชุมใหญ่สามัญประจำปี 2566',
    }),
    // Adopted before the version it amends.
    refused: () => ({ bylawTitle: 'แก้ไขครั้งที่ 1', amendmentNo: 1, adoptedOn: '2005-11-30', adoptedAtText: 'ประชุมใหญ่ 2548' }),
  },
  'memberImport.commit': {
    ok: (world) => ({ ...importExample(world), acceptedCount: 1 }),
    // The preview accepted one row, not two.
    refused: (world) => ({ ...importExample(world), acceptedCount: 2 }),
  },
  'contributionHistory.commit': {
    ok: (world) => ({ ...contributionHistoryExample(world), acceptedCount: 1 }),
    // The preview accepted one row, not two.
    refused: (world) => ({ ...contributionHistoryExample(world), acceptedCount: 2 }),
  },
  'welfareHistory.commit': {
    ok: (world) => ({ ...welfareHistoryExample(world), acceptedCount: 1 }),
    refused: (world) => ({ ...welfareHistoryExample(world), acceptedCount: 2 }),
  },
  'contributionHistory.void': {
    ok: (world) => ({ historyId: world.historyLines.contributionId, reason: 'นำเข้าผิดคน' }),
    refused: () => ({ historyId: 999, reason: 'ไม่มีรายการนี้' }),
  },
  'welfareHistory.void': {
    ok: (world) => ({ historyId: world.historyLines.welfareId, reason: 'วันที่ผิด' }),
    refused: () => ({ historyId: 999, reason: 'ไม่มีรายการนี้' }),
  },
  'bylaws.attach': {
    ok: (world) => ({ versionId: world.bylaw.versionId, fileId: world.bylaw.pdfFileId }),
    refused: (world) => ({ versionId: 999, fileId: world.bylaw.pdfFileId }),
  },
  'bylaws.void': {
    ok: (world) => ({ versionId: world.bylaw.versionId, reason: 'พิมพ์ปีที่รับรองผิด' }),
    refused: () => ({ versionId: 999, reason: 'ไม่มีฉบับนี้' }),
  },
  'committee.addTerm': {
    ok: () => ({ termNo: 2, startsOn: '2029-01-01', endsOn: '2032-12-31', appointedBy: 'ประชุมใหญ่ 1/2572' }),
    // Its first year falls inside term 1.
    refused: () => ({ termNo: 2, startsOn: '2028-06-01', endsOn: '2032-05-31' }),
  },
  'committee.addSeat': {
    ok: (world) => ({
      termId: world.committee.termId,
      memberId: world.unpaid,
      position: 'treasurer',
      communityRole: 'member-representatives',
      villageId: world.villageId,
      phone: '081-234-5678',
      startsOn: '2026-11-01',
    }),
    // A second chair while the paid member holds the office.
    refused: (world) => ({
      termId: world.committee.termId,
      outsiderName: 'นายสมชาย ใจดี',
      position: 'chair',
      communityRole: 'headmen',
      startsOn: '2026-11-01',
    }),
  },
  'committee.endSeat': {
    ok: (world) => ({ seatId: world.committee.chairSeatId, expectedVersion: 1, endsOn: '2026-11-20', reason: 'ลาออก' }),
    // After the term's last day.
    refused: (world) => ({ seatId: world.committee.chairSeatId, expectedVersion: 1, endsOn: '2029-06-30', reason: 'ลาออก' }),
  },
  'committee.updateSettings': {
    ok: () => ({ seatsMustBeMembers: false }),
    // The monk advising the committee is not a member: the fund cannot start requiring membership while he sits.
    refused: () => ({ seatsMustBeMembers: true }),
  },
  'periods.lock': {
    bare: true,
    ok: () => ({ through: '2026-09-30' }),
    refused: () => ({ through: '2027-09-30' }),
  },
  // The world's opening (100,000 baht of cash against ยอดยกมา) spread over the paper §10's lines.
  'ledger.reclassifyOpening': {
    ok: () => ({
      requestId: 'example-reclassify-0001',
      date: '2026-11-20',
      lines: [
        { accountCode: '1100', amountSatang: 11_000_000 },
        { accountCode: '5000', amountSatang: 1_000_000 },
      ],
    }),
    refused: () => ({ requestId: 'example-reclassify-0002', date: '2026-11-20', lines: [{ accountCode: '1100', amountSatang: 100 }] }),
    vary: { field: 'date', change: (input) => ({ ...input, date: '2026-11-21' }) },
  },
  'ledger.correctOpeningBalances': {
    ok: () => ({ requestId: 'example-correct-0001', balances: [{ accountCode: '3100', amountSatang: 20_000_000 }] }),
    refused: () => ({ requestId: 'example-correct-0002', balances: [{ accountCode: '4100', amountSatang: 100 }] }),
    vary: {
      field: 'balances.0.amountSatang',
      change: (input) => ({ ...input, balances: [{ accountCode: '3100', amountSatang: 30_000_000 }] }),
    },
  },
  'bankReconciliations.record': {
    ok: (world) => ({
      requestId: 'example-reconcile-0001',
      accountCode: world.bank.accountCode,
      statementDate: '2026-11-20',
      statementBalanceSatang: 0,
      ticked: [],
    }),
    refused: (world) => ({
      requestId: 'example-reconcile-0002',
      accountCode: world.bank.accountCode,
      statementDate: '2026-12-20',
      statementBalanceSatang: 0,
      ticked: [],
    }),
    vary: { field: 'statementBalanceSatang', change: (input) => ({ ...input, statementBalanceSatang: 100 }) },
  },
  'yearEnd.recordCashCount': {
    ok: () => ({ requestId: 'example-count-0001', countedOn: '2026-11-20', countedSatang: 10_000_000 }),
    refused: () => ({ requestId: 'example-count-0002', countedOn: '2026-12-20', countedSatang: 10_000_000 }),
    vary: { field: 'countedSatang', change: (input) => ({ ...input, countedSatang: 5 }) },
  },
  'sync.export': {
    ok: () => ({}),
    // Nothing about an empty request can be refused once parsed.
    refused: () => ({ extra: true }) as never,
  },
  'certification.record': {
    bare: true,
    ok: () => ({ asOf: '2026-11-20' }),
    // A day still to come has no data to judge.
    refused: () => ({ asOf: '2026-12-01' }),
  },
  'people.add': {
    ok: () => ({ displayName: 'นางสาวใจดี เลขานุการ', roles: ['secretary'], pin: '1357' }),
    // The treasurer of old is already called so.
    refused: () => ({ displayName: 'เหรัญญิก', roles: ['secretary'] }),
  },
  'people.update': {
    ok: (world) => ({
      personId: world.formerPerson.id,
      expectedVersion: world.formerPerson.version,
      displayName: 'นางสมศรี อดีตกรรมการ (ย้ายไปต่างจังหวัด)',
      roles: ['committee', 'auditor'],
      active: false,
    }),
    // Saved over a version she never had.
    refused: () => ({ personId: 1, expectedVersion: 9, displayName: 'เหรัญญิก', roles: ['treasurer'], active: true }),
  },
  'people.setPin': {
    ok: (world) => ({ personId: world.formerPerson.id, pin: '97531' }),
    refused: () => ({ personId: 999, pin: '1234' }),
  },
  'people.resetPin': {
    ok: (world) => ({ personId: world.formerPerson.id, reason: 'ลืมรหัส แจ้งในที่ประชุมกรรมการ' }),
    // The treasurer of old never set a PIN: there is nothing to reset.
    refused: () => ({ personId: 1, reason: 'ลืมรหัส' }),
  },
  'certification.updateSettings': {
    bare: true,
    ok: () => ({
      expectedVersion: 1,
      meetingMonths: 6,
      payoutMonths: 12,
      minWelfareTypes: 3,
      syncMonths: 12,
      coordinatorName: 'นางมาลี ศรีสุข',
    }),
    // Saved over a version the fund never had.
    refused: () => ({ expectedVersion: 9, meetingMonths: 6, payoutMonths: 12, minWelfareTypes: 3, syncMonths: 12 }),
  },
};
