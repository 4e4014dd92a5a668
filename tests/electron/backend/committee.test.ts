import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 17 §1: committee terms and seats through the contract. Terms never overlap; the chair, the secretary and
 * the treasurer have one holder a day (a chair replaced mid-term: one seat ends, the next begins the day after);
 * a seat lies within its term; an outsider is refused where the bylaw setting requires membership. Each refusal
 * names its field in Thai and English and writes nothing. The list prints in status form §8's shape, §8 of the
 * status form reads the records, and papers sign with the committee's holders unless a name is typed.
 */
describe('the committee', () => {
  let backend: TestBackend;
  let members: number[];
  let villageId: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    villageId = expectOk(await backend.fund['villages.add']({ code: '86021404', moo: 4, name: 'บ้านหนองบัว' })).id;
    members = [];
    for (const serial of [1, 2, 3, 4])
      members.push(expectOk(await backend.fund['members.register'](memberInput(serial, { villageId }))).id);
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const auditRows = backend.db().prepare('SELECT COUNT(*) AS n FROM audit_events').get();
    const result = await call;
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    expect(tableCounts(backend.db())).toEqual(before);
    expect(backend.db().prepare('SELECT COUNT(*) AS n FROM audit_events').get()).toEqual(auditRows);
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).not.toBe('');
    expect(result.error.message.en).not.toBe('');
    expect(result.error.message.th).not.toContain(code);
    return result.error;
  }

  const addTerm = (termNo: number, startsOn: string, endsOn: string) =>
    backend.fund['committee.addTerm']({ termNo, startsOn, endsOn, appointedBy: `ประชุมใหญ่สามัญประจำปี ${termNo}/2568 มติที่ 3` });

  const seat = (termId: number, change: Record<string, unknown>) =>
    backend.fund['committee.addSeat']({
      termId,
      position: 'member',
      communityRole: 'member-representatives',
      villageId,
      phone: '081-111-2222',
      startsOn: '2025-01-01',
      ...change,
    });

  /** Term 2 (2025–2028) with its chair, treasurer and secretary, and the chair replaced on 1 November 2026. */
  async function termWithOfficers() {
    const term = expectOk(await addTerm(2, '2025-01-01', '2028-12-31'));
    const chair = expectOk(await seat(term.id, { memberId: members[0], position: 'chair' }));
    expectOk(await seat(term.id, { memberId: members[1], position: 'treasurer' }));
    expectOk(await seat(term.id, { memberId: members[2], position: 'secretary' }));
    expectOk(
      await seat(term.id, {
        outsiderName: 'นายบุญมี ศรีสุข',
        position: 'member',
        communityRole: 'local-government',
        roleNote: 'นายก อบต.',
        villageId: null,
      }),
    );
    expectOk(await backend.fund['committee.endSeat']({ seatId: chair.id, expectedVersion: 1, endsOn: '2026-10-31', reason: 'ลาออก' }));
    const newChair = expectOk(await seat(term.id, { memberId: members[3], position: 'chair', startsOn: '2026-11-01' }));
    return { term, chair, newChair };
  }

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('keeps terms and seats: the current term with who holds each office today, a chair replaced mid-term, past terms', async () => {
    const past = expectOk(await addTerm(1, '2021-01-01', '2024-12-31'));
    expectOk(await seat(past.id, { memberId: members[0], position: 'chair', startsOn: '2021-01-01' }));
    const { term, chair, newChair } = await termWithOfficers();
    const overview = expectOk(await backend.fund['committee.overview']({}));
    expect(overview.currentTermId).toBe(term.id);
    expect(overview.terms.map((item) => item.termNo)).toEqual([2, 1]);
    const current = overview.terms[0];
    expect(current?.appointedBy).toBe('ประชุมใหญ่สามัญประจำปี 2/2568 มติที่ 3');
    expect(current?.seats.find((item) => item.id === chair.id)).toMatchObject({ endsOn: '2026-10-31', endReason: 'ลาออก', version: 2 });
    expect(newChair).toMatchObject({ position: 'chair', startsOn: '2026-11-01', endsOn: null, memberNo: expect.any(String) });
    expect(newChair.village).toMatchObject({ moo: 4, name: 'บ้านหนองบัว' });
    expect(overview.terms[1]?.seats).toHaveLength(1);
    const audit = backend.db().prepare("SELECT COUNT(*) AS n FROM audit_events WHERE entity LIKE 'committee-%'").get() as { n: number };
    expect(audit.n).toBe(9);
  });

  it('refuses overlapping terms, a reused term number and a term that ends before it starts', async () => {
    expectOk(await addTerm(1, '2021-01-01', '2024-12-31'));
    const overlap = await expectRefused(addTerm(2, '2024-06-01', '2028-05-31'), 'committee-term-overlap', 'startsOn');
    expect(overlap.message.th).toContain('ชุดที่ 1');
    expect(overlap.message.th).toContain('2564');
    await expectRefused(addTerm(1, '2025-01-01', '2028-12-31'), 'committee-term-number-taken', 'termNo');
    await expectRefused(addTerm(2, '2025-01-01', '2024-12-31'), 'committee-term-ends-before-start', 'endsOn');
  });

  it('refuses two chairs on one day, even on the day the old chair leaves, and the same for the treasurer and secretary', async () => {
    const { term } = await termWithOfficers();
    const twoChairs = await expectRefused(
      seat(term.id, { outsiderName: 'นายสมชาย ใจดี', position: 'chair', startsOn: '2026-12-01', villageId: null }),
      'committee-office-held',
      'position',
    );
    expect(twoChairs.message.th).toContain('ประธาน');
    expect(twoChairs.message.en).toContain('Chair');
    // The old chair held office through 31 October: a chair from that day would be a second one.
    const other = expectOk(await backend.fund['members.register'](memberInput(5)));
    await expectRefused(
      seat(term.id, { memberId: other.id, position: 'chair', startsOn: '2026-10-31' }),
      'committee-office-held',
      'position',
    );
    await expectRefused(seat(term.id, { memberId: other.id, position: 'treasurer' }), 'committee-office-held', 'position');
    await expectRefused(
      seat(term.id, { memberId: other.id, position: 'secretary', startsOn: '2028-01-01' }),
      'committee-office-held',
      'position',
    );
    // A vice-chair is not one holder a day (รองประธาน คนที่ 1 and 2); the same person twice over the same days is refused.
    expectOk(await seat(term.id, { memberId: other.id, position: 'vice-chair' }));
    await expectRefused(seat(term.id, { memberId: other.id, position: 'member' }), 'committee-person-seated', 'person');
  });

  it('refuses a seat outside its term, a seat ended outside it, and a seat with no one or two people', async () => {
    const term = expectOk(await addTerm(2, '2025-01-01', '2028-12-31'));
    await expectRefused(seat(term.id, { memberId: members[0], startsOn: '2024-12-31' }), 'committee-seat-outside-term', 'startsOn');
    await expectRefused(seat(term.id, { memberId: members[0], endsOn: '2029-01-01' }), 'committee-seat-outside-term', 'endsOn');
    await expectRefused(
      seat(term.id, { memberId: members[0], startsOn: '2026-01-01', endsOn: '2025-12-31' }),
      'committee-seat-ends-before-start',
      'endsOn',
    );
    await expectRefused(seat(term.id, {}), 'committee-seat-person-required', 'outsiderName');
    await expectRefused(seat(term.id, { memberId: members[0], outsiderName: 'นายสมชาย ใจดี' }), 'committee-seat-one-person', 'outsiderName');
    await expectRefused(seat(9999, { memberId: members[0] }), 'committee-term-not-found', 'termId');
    const sitting = expectOk(await seat(term.id, { memberId: members[0] }));
    await expectRefused(
      backend.fund['committee.endSeat']({ seatId: sitting.id, expectedVersion: 1, endsOn: '2029-03-01', reason: 'ครบวาระ' }),
      'committee-seat-outside-term',
      'endsOn',
    );
    await expectRefused(
      backend.fund['committee.endSeat']({ seatId: sitting.id, expectedVersion: 1, endsOn: '2024-03-01', reason: 'ครบวาระ' }),
      'committee-seat-ends-before-start',
      'endsOn',
    );
  });

  it('refuses an outsider, and a member not yet approved, where the bylaw setting requires membership', async () => {
    const term = expectOk(await addTerm(2, '2025-01-01', '2028-12-31'));
    expect(expectOk(await backend.fund['committee.overview']({})).settings).toEqual({ seatsMustBeMembers: false });
    expectOk(await backend.fund['committee.updateSettings']({ seatsMustBeMembers: true }));
    const outsider = await expectRefused(
      seat(term.id, { outsiderName: 'พระครูสมุห์ทองดี', communityRole: 'monks', position: 'advisor', villageId: null }),
      'committee-seat-not-member',
      'outsiderName',
    );
    expect(outsider.message.th).toContain('พระครูสมุห์ทองดี');
    const newcomer = expectOk(
      await backend.fund['members.register'](memberInput(6, { appliedOn: '2026-02-01', approvedOn: '2026-03-01' })),
    );
    await expectRefused(seat(term.id, { memberId: newcomer.id, startsOn: '2026-01-01' }), 'committee-seat-not-member', 'memberId');
    expectOk(await seat(term.id, { memberId: newcomer.id, startsOn: '2026-03-01' }));
    // With the setting off again an outsider may sit, and the setting cannot come back on while he does.
    expectOk(await backend.fund['committee.updateSettings']({ seatsMustBeMembers: false }));
    expectOk(await seat(term.id, { outsiderName: 'พระครูสมุห์ทองดี', communityRole: 'monks', position: 'advisor', villageId: null }));
    await expectRefused(
      backend.fund['committee.updateSettings']({ seatsMustBeMembers: true }),
      'committee-outsider-seated',
      'seatsMustBeMembers',
    );
  });

  it('prints the committee list in status form §8 shape on A4 and in Excel, with the chair of the day signing', async () => {
    await termWithOfficers();
    const pdf = expectOk(await backend.fund['exports.committee']({ format: 'pdf' }));
    expect(pdf.fileName).toBe('รายชื่อคณะกรรมการ ชุดที่ 2 ณ 2569-11-25.pdf');
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain('รายชื่อคณะกรรมการกองทุนสวัสดิการชุมชน ชุดที่ 2');
    for (const words of ['ตำแหน่งในกองทุน', 'ตำแหน่งในชุมชน', 'ประธาน', 'เหรัญญิก', 'เลขานุการ', 'ผู้แทน อปท.', 'นายก อบต.', 'นายบุญมี ศรีสุข'])
      expect(text).toContain(words);
    const person = (index: number) => memberInput(index + 1);
    // The chair who left on 31 October is not on today's list; the new chair is, and signs.
    expect(text).not.toContain(person(0).lastName);
    expect(text).toContain(`(${person(3).title}${person(3).firstName} ${person(3).lastName})`);
    expect(text).toContain('ผู้แทนสมาชิก หมู่ 4 บ้านหนองบัว');
    const workbook = expectOk(await backend.fund['exports.committee']({ format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells).toContain('นายบุญมี ศรีสุข');
    // On a day before the replacement the old chair is listed.
    const earlier = expectOk(await backend.fund['exports.committee']({ asOf: '2026-06-30', format: 'pdf' }));
    expect((await pdfPages(await saved(earlier))).flat().join(' ')).toContain(person(0).lastName);
    const none = await backend.fund['exports.committee']({ asOf: '2020-01-01', format: 'pdf' });
    expect(none).toMatchObject({ ok: false, error: { code: 'committee-no-term', field: 'asOf' } });
  });

  it('fills status form §8 from the records for a year with a term, and keeps the typed answers for a year without', async () => {
    const typed = {
      memberCount: 15,
      composition: ['monks' as const],
      compositionOther: '',
      members: [{ fullName: 'นายพิมพ์ ไว้ก่อน', fundPosition: 'ประธาน', communityRole: 'พระ', phone: '' }],
    };
    for (const fiscalYear of [2024, 2027])
      expectOk(await backend.fund['statusForm.saveSection']({ fiscalYear, section: 'committee', expectedVersion: 0, answers: typed }));
    await termWithOfficers();
    const year = expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2027 }));
    expect(year.committeeRecords).toMatchObject({
      day: '2026-11-25',
      termNo: 2,
      answers: { memberCount: 4, composition: ['member-representatives', 'local-government'], compositionOther: '' },
    });
    expect(year.committeeRecords?.answers.members.map((row) => row.fundPosition)).toEqual(['ประธาน', 'เหรัญญิก', 'กรรมการ', 'เลขานุการ']);
    expect(year.committeeRecords?.answers.members[2]).toEqual({
      fullName: 'นายบุญมี ศรีสุข',
      fundPosition: 'กรรมการ',
      communityRole: 'ผู้แทน อปท. นายก อบต.',
      phone: '081-111-2222',
    });
    // A year before any term keeps its typed answers.
    expect(expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2024 })).committeeRecords).toBeNull();
    const pdf = expectOk(await backend.fund['exports.statusForm']({ fiscalYear: 2027, format: 'pdf' }));
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain('นายบุญมี ศรีสุข');
    expect(text).not.toContain('นายพิมพ์ ไว้ก่อน');
    const old = expectOk(await backend.fund['exports.statusForm']({ fiscalYear: 2024, format: 'pdf' }));
    expect((await pdfPages(await saved(old))).flat().join(' ')).toContain('นายพิมพ์ ไว้ก่อน');
  });

  it('signs papers with the committee holder of the office unless the print settings name someone', async () => {
    await termWithOfficers();
    const secretary = memberInput(3);
    const settings = expectOk(await backend.fund['printing.settings']({}));
    expect(settings.committeeNames).toEqual({
      chair: `${memberInput(4).title}${memberInput(4).firstName} ${memberInput(4).lastName}`,
      treasurer: `${memberInput(2).title}${memberInput(2).firstName} ${memberInput(2).lastName}`,
      secretary: `${secretary.title}${secretary.firstName} ${secretary.lastName}`,
    });
    const summary = async () =>
      (await pdfPages(await saved(expectOk(await backend.fund['exports.memberSummary']({ format: 'pdf' }))))).flat().join(' ');
    expect(await summary()).toContain(`(${secretary.title}${secretary.firstName} ${secretary.lastName})`);
    expectOk(
      await backend.fund['printing.updateSettings']({
        receiptPaper: 'a4',
        signers: { secretary: { fullName: 'นางสาวพิมพ์ เอง', position: '' } },
      }),
    );
    const typed = await summary();
    expect(typed).toContain('(นางสาวพิมพ์ เอง)');
    expect(typed).not.toContain(`(${secretary.title}${secretary.firstName} ${secretary.lastName})`);
  });
});
