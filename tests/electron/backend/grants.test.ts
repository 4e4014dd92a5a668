import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { openWithMoney } from '../../support/money-accounts';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 16 §3: the external-grant register, government matching rounds with the members each counted
 * (Decision 15), past rounds, and the matching-grant proposal. Each bad input is refused naming its field, in
 * Thai and English, and writes nothing.
 */
describe('the external-grant register', () => {
  let backend: TestBackend;
  let bank: string;
  let founders: number[];
  let newcomer: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    founders = [];
    for (const serial of [1, 2, 3]) founders.push(expectOk(await backend.fund['members.register'](memberInput(serial))).id);
    // Joined 2025-06-01: under a year at 30 September 2025, a full year at 30 September 2026.
    newcomer = expectOk(await backend.fund['members.register'](memberInput(4, { approvedOn: '2025-06-01' }))).id;
    bank = (await openWithMoney(backend.fund, { cashSatang: 100_000 })).bankAccountCode;
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    expect(tableCounts(backend.db())).toEqual(before);
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).not.toBe('');
    expect(result.error.message.en).not.toBe('');
    return result.error;
  }

  const matchingGrant = (roundNo: number, cutoffYear: number) =>
    backend.fund['grants.add']({
      source: 'government-matching',
      subject: `งบสมทบจากรัฐบาลผ่าน พอช. รอบที่ ${roundNo}`,
      reference: `พอช. ${roundNo}/${cutoffYear + 544}`,
      approvingBody: 'คณะกรรมการสนับสนุนการขับเคลื่อนฯ จังหวัดชุมพร',
      requestedOn: '2026-10-15',
      amountRequestedSatang: 109_500,
      round: { roundNo, cutoffYear },
    });

  const receive = (grantId: number, change: Record<string, unknown> = {}) =>
    backend.fund['grants.receive']({
      requestId: `receive-${grantId}-${JSON.stringify(change)}`,
      grantId,
      receivedOn: '2026-11-20',
      amountSatang: 109_500,
      accountCode: bank,
      ...change,
    });

  async function timesMatched(year: number): Promise<Map<number, number>> {
    const list = expectOk(await backend.fund['reports.matchingEligibility']({ year }));
    return new Map(list.rows.map((row) => [row.memberId, row.timesMatched]));
  }

  it('records a matching round with the members the list counted, and the list counts them as matched once', async () => {
    const grant = expectOk(await matchingGrant(1, 2025));
    expect(grant).toMatchObject({ status: 'draft', sourceAccountCode: '1300', round: { roundNo: 1, cutoffYear: 2025, membersCounted: 3 } });
    expect(grant.history.map((step) => step.status)).toEqual(['draft']);
    const { rounds } = expectOk(await backend.fund['grants.list']({}));
    const round = expectOk(await backend.fund['grants.round']({ roundId: rounds[0]?.id ?? 0 }));
    expect(round.members.map((member) => member.memberId).sort()).toEqual([...founders].sort());
    expect(round).toMatchObject({ cutoff: '2025-09-30', membersCounted: 3, membersKnown: 3, amountSatang: 109_500 });
    // The 2026 list counts each of them matched once; the newcomer never; the 2025 list itself is unchanged.
    const after = await timesMatched(2026);
    for (const id of founders) expect(after.get(id)).toBe(1);
    expect(after.get(newcomer)).toBe(0);
    expect([...(await timesMatched(2025)).values()]).toEqual([0, 0, 0]);
  });

  it('receives a grant as one entry into the chosen bank account, with its grant dimensions, and keeps it as posted money', async () => {
    const grant = expectOk(await matchingGrant(1, 2025));
    const sent = expectOk(
      await backend.fund['grants.advance']({
        grantId: grant.id,
        expectedVersion: grant.version,
        status: 'in-process',
        changedOn: '2026-10-20',
        approvedOn: '2026-11-01',
        amountApprovedSatang: 109_500,
        note: 'ส่งแบบเสนอแล้ว',
      }),
    );
    expect(sent).toMatchObject({ status: 'in-process', approvedOn: '2026-11-01', amountApprovedSatang: 109_500 });
    const received = expectOk(await receive(grant.id));
    expect(received).toMatchObject({ status: 'received', receivedOn: '2026-11-20', receivedSatang: 109_500, accountCode: bank });
    expect(received.history.map((step) => step.status)).toEqual(['draft', 'in-process', 'received']);
    expect(received.journalEntryNo).toMatch(/^JV2570-/);
    const entry = backend
      .db()
      .prepare('SELECT id, grant_source, matching_round, source_type FROM journal_entries WHERE entry_no = ?')
      .get(received.journalEntryNo) as { id: number; grant_source: string; matching_round: number; source_type: string };
    expect(entry).toMatchObject({ grant_source: 'government-matching', matching_round: 1, source_type: 'grant' });
    const lines = backend
      .db()
      .prepare('SELECT account_code, debit_satang, credit_satang FROM journal_lines WHERE entry_id = ?')
      .all(entry.id);
    expect(lines).toEqual(
      expect.arrayContaining([
        { account_code: bank, debit_satang: 109_500, credit_satang: 0 },
        { account_code: '1300', debit_satang: 0, credit_satang: 109_500 },
      ]),
    );
    const book = expectOk(await backend.fund['ledger.cashBook']({ accountCode: bank }));
    expect(book.rows.find((row) => row.inSatang === 109_500)?.description).toEqual({
      code: 'grant',
      params: { subject: 'งบสมทบจากรัฐบาลผ่าน พอช. รอบที่ 1', reference: 'พอช. 1/2569' },
    });
    const section10 = expectOk(await backend.fund['reports.section10']({}));
    expect(JSON.stringify(section10)).toContain('109500');
    expectBooksConsistent(backend.db());
    // Posted money: the database itself refuses to change or delete it.
    expect(() => backend.db().prepare("UPDATE external_grants SET title = 'x' WHERE id = ?").run(grant.id)).toThrow(/posted-immutable/);
    expect(() => backend.db().prepare('DELETE FROM external_grants WHERE id = ?').run(grant.id)).toThrow(/posted-immutable/);
    // A retry of the same request answers the same grant; the money posts once.
    expect(expectOk(await receive(grant.id)).id).toBe(grant.id);
  });

  it('refuses each bad receipt of a grant, naming the field and writing nothing', async () => {
    const grant = expectOk(await matchingGrant(1, 2025));
    await expectRefused(receive(grant.id, { amountSatang: -100 }), 'bad-input', 'amountSatang');
    await expectRefused(receive(grant.id, { amountSatang: 0 }), 'bad-input', 'amountSatang');
    await expectRefused(receive(grant.id, { amountSatang: 100.5 }), 'bad-input', 'amountSatang');
    await expectRefused(receive(grant.id, { accountCode: undefined }), 'bad-input', 'accountCode');
    await expectRefused(receive(grant.id, { accountCode: '4100' }), 'account-not-money', 'accountCode');
    await expectRefused(receive(grant.id, { receivedOn: '2026-11-26' }), 'date-in-future', 'receivedOn');
    await expectRefused(receive(999), 'grant-not-found', 'grantId');
    expectOk(await backend.fund['periods.lock']({ through: '2026-11-10' }));
    const locked = await expectRefused(receive(grant.id, { receivedOn: '2026-11-05' }), 'period-locked', 'receivedOn');
    expect(locked.message.th).toContain('10 พ.ย. 2569');
    expectOk(await receive(grant.id));
    await expectRefused(receive(grant.id, { amountSatang: 200 }), 'grant-received', 'grantId');
    await expectRefused(
      backend.fund['grants.advance']({ grantId: grant.id, expectedVersion: 3, status: 'cancelled', changedOn: '2026-11-21' }),
      'grant-received',
      'grantId',
    );
  });

  it('refuses a grant round recorded twice, by number or by year, and a matching grant without a round', async () => {
    expectOk(await matchingGrant(1, 2025));
    const twice = await expectRefused(matchingGrant(1, 2024), 'matching-round-recorded', 'round.roundNo');
    expect(twice.message.th).toContain('รอบที่ 1');
    await expectRefused(matchingGrant(2, 2025), 'matching-year-recorded', 'round.cutoffYear');
    await expectRefused(
      backend.fund['grants.addPastRound']({ roundNo: 1, cutoffYear: 2020, amountSatang: 100_000, membersCounted: 10 }),
      'matching-round-recorded',
      'roundNo',
    );
    await expectRefused(backend.fund['grants.add']({ source: 'government-matching', subject: 'งบสมทบ' }), 'grant-round-required', 'round');
    await expectRefused(
      backend.fund['grants.add']({ source: 'codi-seed', subject: 'เงินทุนประเดิม', round: { roundNo: 5, cutoffYear: 2025 } }),
      'grant-round-only-matching',
      'round',
    );
    await expectRefused(matchingGrant(3, 2027), 'matching-year-outside', 'round.cutoffYear');
    await expectRefused(
      backend.fund['grants.add']({ source: 'local-government', subject: 'อบต.', amountRequestedSatang: 0 }),
      'bad-input',
      'amountRequestedSatang',
    );
  });

  it('cancelling a grant frees its round: its members stop counting and the number can be used again', async () => {
    const grant = expectOk(await matchingGrant(1, 2025));
    const cancelled = expectOk(
      await backend.fund['grants.advance']({
        grantId: grant.id,
        expectedVersion: 1,
        status: 'cancelled',
        changedOn: '2026-11-02',
        note: 'ซ้ำ',
      }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect([...(await timesMatched(2026)).values()]).toEqual([0, 0, 0, 0]);
    await expectRefused(receive(grant.id), 'grant-cancelled', 'grantId');
    await expectRefused(
      backend.fund['grants.advance']({ grantId: grant.id, expectedVersion: 2, status: 'in-process', changedOn: '2026-11-02' }),
      'grant-cancelled',
      'grantId',
    );
    expectOk(await matchingGrant(1, 2025));
  });

  it('enters past rounds with a count, and with the members where known; three rounds match a member out', async () => {
    const counted = expectOk(
      await backend.fund['grants.addPastRound']({ roundNo: 1, cutoffYear: 2022, amountSatang: 3_650_000, membersCounted: 100 }),
    );
    expect(counted).toMatchObject({ roundNo: 1, cutoff: '2022-09-30', membersCounted: 100, membersKnown: 0, grantId: null });
    const first = founders[0] ?? 0;
    await expectRefused(
      backend.fund['grants.addPastRound']({ roundNo: 2, cutoffYear: 2023, amountSatang: 100_000, membersCounted: 2, memberIds: [first] }),
      'matching-members-count',
      'membersCounted',
    );
    await expectRefused(
      backend.fund['grants.addPastRound']({ roundNo: 2, cutoffYear: 2023, amountSatang: 100_000, membersCounted: 1, memberIds: [999] }),
      'member-not-found',
      'memberIds.0',
    );
    await expectRefused(
      backend.fund['grants.addPastRound']({ roundNo: 2, cutoffYear: 2023, amountSatang: 0, membersCounted: 1 }),
      'bad-input',
      'amountSatang',
    );
    for (const [roundNo, cutoffYear] of [
      [2, 2023],
      [3, 2024],
    ] as const)
      expectOk(
        await backend.fund['grants.addPastRound']({ roundNo, cutoffYear, amountSatang: 36_500, membersCounted: 1, memberIds: [first] }),
      );
    expectOk(await matchingGrant(4, 2025));
    const list = expectOk(await backend.fund['reports.matchingEligibility']({ year: 2026 }));
    expect(list.counts).toMatchObject({ members: 4, eligible: 3, matchedOut: 1 });
    expect(list.rows.find((row) => row.memberId === first)).toBeUndefined();
  });

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('fills the matching-grant proposal from the data, on screen, on A4 and in Excel', async () => {
    expectOk(await backend.fund['grants.addPastRound']({ roundNo: 1, cutoffYear: 2022, amountSatang: 3_650_000, membersCounted: 100 }));
    const grant = expectOk(await matchingGrant(2, 2025));
    expectOk(await receive(grant.id));
    const proposal = expectOk(await backend.fund['reports.matchingProposal']({}));
    expect(proposal).toMatchObject({
      year: 2026,
      roundNo: 3,
      currentMembers: 4,
      eligibility: { cutoff: '2026-09-30', counts: { members: 4, eligible: 4 } },
      ratePerMemberSatang: 36_500,
      amountAskedSatang: 4 * 36_500,
      pastRoundsTotalSatang: 3_650_000 + 109_500,
    });
    expect(proposal.pastRounds.map((round) => round.roundNo)).toEqual([1, 2]);
    expect(proposal.criteria).toMatchObject({ operatingAYear: true, yearsOperating: 20 });
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.matchingProposal']({ format: 'pdf' }));
    expect(pdf.fileName).toBe('แบบเสนอขอรับการสนับสนุนงบสมทบ ปี 2569.pdf');
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain(fundInput('x').profile.name);
    expect(text).toContain('แบบเสนอเพื่อรับการสนับสนุนกองทุนสวัสดิการชุมชน');
    expect(text).toContain('1,460.00');
    const workbook = expectOk(await backend.fund['exports.matchingProposal']({ year: 2025, format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('การได้รับงบสมทบจากรัฐบาลรอบที่ผ่านมา');
    expect(tableCounts(backend.db())).toEqual(counts);
    await expectRefused(backend.fund['reports.matchingProposal']({ year: 2027 }), 'matching-year-outside', 'year');
  });
});
