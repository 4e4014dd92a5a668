import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { Assessment } from '../../../shared/api/certification-types';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { clauseItems } from '../../../shared/domain/bylaws/clause-groups';
import { fundInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { inCash } from '../../support/money-accounts';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { buildWorld, type World } from '../../support/write-examples';

/**
 * Issue 17 §5: the certification self-assessment through the contract. Each criterion flips from pass to fail and
 * back as the data changes (the books' part reads "not applicable" in a fund's first year, the sync part "not yet
 * available", leaving criterion 1 incomplete at best); thresholds are settings; kept assessments never change; the
 * report reads back from its PDF and its workbook.
 */
describe('the certification self-assessment', () => {
  let world: World;
  let backend: TestBackend;
  beforeEach(async () => {
    world = await buildWorld();
    backend = world.backend;
  });
  afterEach(() => backend.close());

  const assess = async (asOf?: string) => expectOk(await backend.fund['certification.assess'](asOf ? { asOf } : {}));
  const statuses = (assessment: Assessment) => assessment.criteria.map((criterion) => criterion.status);
  const part = (assessment: Assessment, key: string) => {
    const found = assessment.criteria.flatMap((criterion) => criterion.parts).find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no part ${key}`);
    return found;
  };
  const db = () => backend.db();
  async function changeSettings(changes: Record<string, string | number>) {
    const { version, ...settings } = expectOk(await backend.fund['certification.settings']({}));
    return expectOk(await backend.fund['certification.updateSettings']({ ...settings, expectedVersion: version, ...changes }));
  }

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(db());
    const result = await call;
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    expect(tableCounts(db())).toEqual(before);
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).not.toBe('');
    expect(result.error.message.en).not.toBe('');
  }

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  /** Bylaws are written through the bylaw methods of issue 17 §3; here their rows stand in for them. */
  function addBylaw(versionNo: number, adoptedOn: string, items: readonly string[]) {
    const { lastInsertRowid } = db()
      .prepare(
        `INSERT INTO bylaw_versions (uuid, version_no, amendment_no, title, adopted_on, adopted_at_text, body_text, created_at)
         VALUES (?, ?, ?, 'ข้อบังคับกองทุนสวัสดิการชุมชน', ?, 'ประชุมใหญ่', '', '2026-01-01T00:00:00Z')`,
      )
      .run(`bylaw-${versionNo}`, versionNo, versionNo - 1, adoptedOn);
    for (const item of items)
      db()
        .prepare('INSERT INTO bylaw_clauses (bylaw_version_id, clause_item, location) VALUES (?, ?, ?)')
        .run(lastInsertRowid, item, 'ข้อ 1');
  }

  async function seat(position: 'treasurer' | 'secretary', outsiderName: string) {
    return expectOk(
      await backend.fund['committee.addSeat']({
        termId: world.committee.termId,
        outsiderName,
        position,
        communityRole: 'experts',
        startsOn: '2026-01-01',
      }),
    );
  }

  async function recordHeldMeeting() {
    expectOk(
      await backend.fund['meetings.record']({
        meetingId: world.heldMeetingId,
        expectedVersion: 1,
        attendees: [
          // Four seats once the treasurer and secretary sit: three present make the quorum.
          { name: 'นายหนึ่ง', role: 'ประธาน', isPresent: true },
          { name: 'นางสอง', role: 'เหรัญญิก', isPresent: true },
          { name: 'นายสาม', role: 'เลขานุการ', isPresent: true },
        ],
        agenda: ['เรื่องแจ้งให้ทราบ'],
        resolutions: [{ text: 'รับทราบรายงานการเงิน', decision: 'noted', target: { kind: 'other' } }],
        minutes: 'ปิดประชุมเวลา 11:00 น.',
      }),
    );
  }

  it('judges criterion 1: the profile, members’ dates, last year’s books, and the sync file not yet available', async () => {
    let result = await assess();
    expect(result.criteria[0]?.status).toBe('fail');
    expect(part(result, 'profile')).toMatchObject({ status: 'fail', fixes: [{ code: 'certification.fix.coordinator-missing' }] });
    expect(part(result, 'member-dates').status).toBe('pass');
    expect(part(result, 'books-closed')).toMatchObject({ status: 'fail', link: { page: 'cashbook', tab: 'yearEnd' } });
    expect(part(result, 'books-closed').evidence.map((line) => line.code)).toEqual([
      'certification.evidence.books-never-locked',
      'certification.evidence.section10-balanced',
    ]);
    expect(part(result, 'sync-export')).toMatchObject({
      status: 'fail',
      evidence: [{ code: 'certification.evidence.sync-none' }],
      fixes: [{ code: 'certification.fix.sync' }],
      link: { page: 'sync' },
    });

    await changeSettings({ coordinatorName: 'นางมาลี ศรีสุข' });
    expectOk(await backend.fund['periods.lock']({ through: '2026-09-30' }));
    result = await assess();
    // Every part passes but the sync file, never sent: the criterion fails until the fund exports one.
    expect(result.criteria[0]?.status).toBe('fail');
    expectOk(await backend.fund['sync.export']({}));
    result = await assess();
    expect(result.criteria[0]?.status).toBe('pass');
    expect(part(result, 'sync-export').evidence[0]).toEqual({ code: 'certification.evidence.sync-last', params: { date: '2026-11-25' } });
    // As of a day before the export, it was not there yet.
    expect(part(await assess('2026-11-24'), 'sync-export').status).toBe('fail');
    expect(part(result, 'profile').evidence[1]).toEqual({ code: 'certification.evidence.coordinator', params: { name: 'นางมาลี ศรีสุข' } });
    expect(part(result, 'books-closed')).toMatchObject({ status: 'pass', fixes: [] });

    // A member whose birth date was lost (an imported record): the part fails and names the member; mended, it passes.
    const member = db().prepare('SELECT member_no, birth_date FROM members WHERE id = ?').get(world.unpaid) as {
      member_no: string;
      birth_date: string;
    };
    db().prepare("UPDATE members SET birth_date = '' WHERE id = ?").run(world.unpaid);
    result = await assess();
    expect(result.criteria[0]?.status).toBe('fail');
    expect(part(result, 'member-dates').evidence[0]).toEqual({
      code: 'certification.evidence.member-dates-missing',
      params: { count: 1, memberNo: member.member_no },
    });
    // As of a day before the member was approved, the member does not count.
    expect(part(await assess('2023-06-30'), 'member-dates').status).toBe('pass');
    db().prepare('UPDATE members SET birth_date = ? WHERE id = ?').run(member.birth_date, world.unpaid);
    expect((await assess()).criteria[0]?.status).toBe('pass');
  });

  it('reads the books part as not applicable in a fund’s first fiscal year', async () => {
    const young = createTestBackend('2026-11-25');
    try {
      expectOk(await young.app['funds.create'](fundInput(join(young.home, 'young.swfund'), { openedOn: '2026-10-15' })));
      const result = expectOk(await young.fund['certification.assess']({}));
      expect(part(result, 'books-closed')).toMatchObject({
        status: 'not-applicable',
        evidence: [{ code: 'certification.evidence.books-first-year', params: { date: '2026-10-15' } }],
      });
      expect(result.criteria.map((criterion) => criterion.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
    } finally {
      young.close();
    }
  });

  it('judges criterion 2: a running term with its three offices held and a recent committee meeting', async () => {
    let result = await assess();
    expect(result.criteria[1]?.status).toBe('fail');
    expect(part(result, 'term').status).toBe('pass');
    expect(part(result, 'officers').fixes.map((line) => line.code)).toEqual([
      'certification.fix.treasurer-vacant',
      'certification.fix.secretary-vacant',
    ]);
    // The world's first committee meeting on record is the admission meeting of 22 November: none before it.
    expect(part(result, 'meeting').evidence[0]?.params.date).toBe('2026-11-22');
    expect(part(await assess('2026-11-21'), 'meeting').evidence[0]?.code).toBe('certification.evidence.meeting-none');

    await seat('treasurer', 'นางสอง เงินดี');
    const secretary = await seat('secretary', 'นายสาม จดดี');
    await recordHeldMeeting();
    result = await assess();
    expect(result.criteria[1]?.status).toBe('pass');
    expect(part(await assess('2026-11-21'), 'meeting').evidence[0]).toEqual({
      code: 'certification.evidence.meeting',
      params: { meetingNo: expect.any(Number), year: 2569, date: '2026-11-20' },
    });
    // A meeting older than the threshold: as of five months later it would fail; a shorter threshold fails it now.
    await changeSettings({ meetingMonths: 1 });
    expect((await assess()).criteria[1]?.status).toBe('pass');
    expect(part(await assess('2026-11-19'), 'meeting').status).toBe('fail');

    // The secretary leaves: the office is vacant from the next day.
    expectOk(await backend.fund['committee.endSeat']({ seatId: secretary.id, expectedVersion: 1, endsOn: '2026-11-24', reason: 'ลาออก' }));
    result = await assess();
    expect(part(result, 'officers')).toMatchObject({ status: 'fail', fixes: [{ code: 'certification.fix.secretary-vacant' }] });
    expect((await assess('2026-11-24')).criteria[1]?.status).toBe('pass');
    // Before term 1 began, no term ran.
    expect(part(await assess('2024-12-31'), 'term')).toMatchObject({ status: 'fail', link: { page: 'committee' } });
  });

  it('judges criterion 3: the bylaw in force and its essential clause groups', async () => {
    // The world's bylaw of 2005 is in force but names only the fund: the clauses part fails, group by group.
    let result = await assess();
    expect(result.criteria[2]?.status).toBe('fail');
    expect(part(result, 'bylaw')).toMatchObject({
      status: 'pass',
      evidence: [{ code: 'certification.evidence.bylaw', params: { versionNo: 1 } }],
    });
    expect(part(result, 'clauses').fixes).toHaveLength(6);
    // Before its adoption there was no bylaw at all.
    expect(part(await assess('2005-11-30'), 'bylaw').evidence[0]?.code).toBe('certification.evidence.bylaw-none');

    addBylaw(2, '2024-01-01', clauseItems);
    result = await assess();
    expect(result.criteria[2]?.status).toBe('pass');
    expect(part(result, 'clauses').evidence).toHaveLength(6);

    // An amendment that leaves out the finance clauses: failing from its adoption, the earlier version stands before it.
    addBylaw(
      3,
      '2026-11-01',
      clauseItems.filter((item) => !item.startsWith('finance.')),
    );
    result = await assess();
    expect(result.criteria[2]?.status).toBe('fail');
    expect(part(result, 'clauses').fixes).toEqual([{ code: 'certification.fix.group.finance', params: {} }]);
    expect((await assess('2026-10-31')).criteria[2]?.status).toBe('pass');
  });

  it('judges criterion 4: a member payout and a community payment within the months, and enough welfare types', async () => {
    let result = await assess();
    expect(result.criteria[3]?.status).toBe('pass');
    expect(part(result, 'member-payout').link).toMatchObject({ page: 'voucher' });
    expect(part(result, 'community-payment').evidence[0]).toMatchObject({
      code: 'certification.evidence.community-payment',
      params: { date: '2026-11-03' },
    });

    // The community payment reversed: no community welfare from the reversal on; before it, the payment counted.
    expectOk(
      await backend.fund['community.reverse']({
        activityId: world.activityId,
        requestId: 'reverse-1',
        reversedOn: '2026-11-24',
        reason: 'จ่ายผิด',
      }),
    );
    result = await assess();
    expect(result.criteria[3]?.status).toBe('fail');
    expect(part(result, 'community-payment')).toMatchObject({
      status: 'fail',
      fixes: [{ code: 'certification.fix.community-payment', params: { from: '2025-11-26', to: '2026-11-25' } }],
    });
    expect((await assess('2026-11-23')).criteria[3]?.status).toBe('pass');
    expectOk(
      await backend.fund['community.record']({
        ...inCash,
        requestId: 'community-2',
        category: 'culture',
        activityDate: '2026-11-25',
        description: 'สนับสนุนงานประเพณีลอยกระทง',
        beneficiariesCount: 100,
        amountSatang: 100000,
        payeeName: 'คณะกรรมการหมู่บ้าน',
      }),
    );
    expect((await assess()).criteria[3]?.status).toBe('pass');
    // Before the world's payout there was none within the months.
    expect(part(await assess('2026-11-01'), 'member-payout').status).toBe('fail');

    const types = part(result, 'welfare-types').evidence[0]?.params.count as number;
    await changeSettings({ minWelfareTypes: types + 1 });
    expect(part(await assess(), 'welfare-types')).toMatchObject({
      status: 'fail',
      fixes: [{ params: { count: types, minimum: types + 1 } }],
    });
    // Before the template's rules took effect, no type was in force.
    expect(part(await assess('2023-12-31'), 'welfare-types').evidence[0]?.params.count).toBe(0);
  });

  it('refuses bad settings and a day to come, naming the field and writing nothing', async () => {
    const { version, ...settings } = expectOk(await backend.fund['certification.settings']({}));
    expect(settings).toMatchObject({ meetingMonths: 3, payoutMonths: 12, minWelfareTypes: 3, syncMonths: 12, coordinatorName: '' });
    const valid = { ...settings, expectedVersion: version };
    await expectRefused(backend.fund['certification.updateSettings']({ ...valid, meetingMonths: 0 }), 'bad-input', 'meetingMonths');
    await expectRefused(backend.fund['certification.updateSettings']({ ...valid, payoutMonths: 37 }), 'bad-input', 'payoutMonths');
    await expectRefused(backend.fund['certification.updateSettings']({ ...valid, minWelfareTypes: 1.5 }), 'bad-input', 'minWelfareTypes');
    await expectRefused(
      backend.fund['certification.updateSettings']({ ...valid, coordinatorPhone: '081-111-1111' }),
      'certification-coordinator-name-required',
      'coordinatorName',
    );
    await expectRefused(
      backend.fund['certification.updateSettings']({ ...valid, expectedVersion: 5 }),
      'version-conflict',
      'expectedVersion',
    );
    await expectRefused(backend.fund['certification.record']({ asOf: '2026-11-26' }), 'date-in-future', 'asOf');
    expect(await backend.fund['certification.assess']({ asOf: '2026-11-26' })).toMatchObject({ ok: false, error: { field: 'asOf' } });
    await expectRefused(backend.fund['certification.get']({ assessmentId: 99 }), 'certification-assessment-not-found', 'assessmentId');
    await expectRefused(
      backend.fund['exports.certification']({ asOf: '2026-11-25', assessmentId: 1, format: 'pdf' }),
      'certification-one-source',
      'assessmentId',
    );
  });

  it('keeps an assessment exactly as computed, lists the history latest first, and never changes a kept one', async () => {
    const first = expectOk(await backend.fund['certification.record']({ asOf: '2026-11-20' }));
    expect(first.assessment).toEqual(await assess('2026-11-20'));
    await seat('treasurer', 'นางสอง เงินดี');
    await seat('secretary', 'นายสาม จดดี');
    await recordHeldMeeting();
    const second = expectOk(await backend.fund['certification.record']({}));
    expect(statuses(second.assessment)).not.toEqual(statuses(first.assessment));

    const kept = expectOk(await backend.fund['certification.get']({ assessmentId: first.id }));
    expect(kept).toEqual(first);
    const history = expectOk(await backend.fund['certification.history']({}));
    expect(history.items.map((item) => [item.id, item.asOf, item.statuses])).toEqual([
      [second.id, '2026-11-25', statuses(second.assessment)],
      [first.id, '2026-11-20', statuses(first.assessment)],
    ]);
    expect(() => db().prepare("UPDATE certification_assessments SET as_of = '2020-01-01'").run()).toThrow(/posted-immutable/);
    expect(() => db().prepare('DELETE FROM certification_assessments').run()).toThrow(/posted-immutable/);
  });

  it('prints the report on A4 and in Excel; printing a live assessment keeps it first', async () => {
    const pdf = expectOk(await backend.fund['exports.certification']({ format: 'pdf' }));
    const history = expectOk(await backend.fund['certification.history']({}));
    expect(history.items).toHaveLength(1);
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    for (const words of [
      'ผลการประเมินตนเองตามเกณฑ์การรับรองกองทุนสวัสดิการชุมชน',
      'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์',
      '2569',
      'เกณฑ์ที่ 1',
      'ยังไม่เคยส่งออกไฟล์ข้อมูลให้ พอช.',
      'ไม่มีผู้ดำรงตำแหน่งเหรัญญิก',
      'สิ่งที่ต้องแก้',
      'เลขานุการ',
    ])
      expect(text.replace(/\s+/g, '')).toContain(words.replace(/\s+/g, ''));

    // A kept one prints as it was, without keeping another.
    const workbook = expectOk(await backend.fund['exports.certification']({ assessmentId: history.items[0]?.id ?? 0, format: 'xlsx' }));
    expect(expectOk(await backend.fund['certification.history']({})).items).toHaveLength(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => {
      const values: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.text)));
      return values;
    });
    expect(book.worksheets.length).toBeGreaterThanOrEqual(4);
    expect(cells.some((cell) => cell.includes('ประธานกองทุน'))).toBe(true);
    expect(cells.some((cell) => cell.includes('บันทึกคณะกรรมการชุดปัจจุบัน') || cell.includes('บันทึกเหรัญญิก'))).toBe(true);
  });
});
