import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { expectRefusedUnwritten } from '../../support/refusals';
import { memberInput } from '../../support/builders';
import { inCash } from '../../support/money-accounts';
import { pdfPages } from '../../support/pdf-text';
import { expectOk } from '../../support/test-backend';
import { buildWorld, type World } from '../../support/write-examples';

/**
 * Issue 17 §4 (Decision 8): the committee's list of proposed lapses as of a day, and lapses recorded only as a
 * meeting decided them. In the world (today 2026-11-25): the unpaid member of หมู่ 3 has paid nothing since her
 * approval in January 2024, the paid member is paid through October 2026, and a members' meeting on 2026-11-21
 * approved the unpaid member's lapse for arrears (resolution 1).
 */
describe('lapse proposals and decisions', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  const expectRefused = (call: Promise<ApiResult<unknown>>, code: string, field: string) =>
    expectRefusedUnwritten(world.backend, call, code, field);

  const proposed = async (asOf?: string, villageId?: number) =>
    expectOk(
      await world.backend.fund['lapses.proposals']({ ...(asOf ? { asOf } : {}), ...(villageId === undefined ? {} : { villageId }) }),
    );
  const ids = (list: { rows: { memberId: number }[] }) => list.rows.map((row) => row.memberId);

  /** A member approved on the day, paying nothing: behind by the months due since. */
  async function newMember(serial: number, approvedOn: string) {
    return expectOk(await world.backend.fund['members.register'](memberInput(serial, { appliedOn: approvedOn, approvedOn }))).id;
  }

  it('proposes the members active on the day and behind by the setting, as of that day, by village', async () => {
    const { fund } = world.backend;
    const today = await proposed();
    expect(today).toMatchObject({ asOf: '2026-11-25', proposalMonths: 3 });
    expect(ids(today)).toEqual([world.unpaid]);
    expect(today.rows[0]).toMatchObject({ arrearsMonths: 34, owedSatang: 102000, lastPaidOn: null, moo: 3 });
    // The resigned member owes as much, but left on 2026-11-01: proposed only as of a day before she left.
    expect(ids(await proposed('2026-10-31')).sort()).toEqual([world.unpaid, world.resigned.memberId].sort());

    // Three months behind on the day (August to October 2026): proposed at three, not at four.
    const recent = await newMember(70, '2026-08-05');
    expect(ids(await proposed())).toContain(recent);
    expectOk(await fund['lapses.setSettings']({ proposalMonths: 4 }));
    expect(expectOk(await fund['lapses.settings']({}))).toEqual({ proposalMonths: 4 });
    expect(ids(await proposed())).toEqual([world.unpaid]);
    expectOk(await fund['lapses.setSettings']({ proposalMonths: 3 }));

    // A village: หมู่ 3 holds only the unpaid member; 0 is the members with no village.
    expect(ids(await proposed(undefined, world.villageId))).toEqual([world.unpaid]);
    expect(ids(await proposed(undefined, 0))).toEqual([recent]);
    expect((await proposed()).places.map((place) => [place.moo, place.members])).toEqual([
      [3, 1],
      [null, 1],
    ]);

    // She pays everything on 2026-11-24: no longer proposed today, but as of the 20th she still was.
    expectOk(
      await fund['contributions.record']({
        ...inCash,
        requestId: 'lapses-late-payment',
        memberId: recent,
        receivedOn: '2026-11-24',
        monthCount: 3,
        amountSatang: 9000,
        numbering: { kind: 'app' },
      }),
    );
    expect(ids(await proposed())).not.toContain(recent);
    const before = await proposed('2026-11-20');
    expect(ids(before)).toContain(recent);
    expect(before.rows.find((row) => row.memberId === recent)?.lastPaidOn).toBeNull();
  });

  it('prints the proposals with a decision box per member and the signatures', async () => {
    const { fund } = world.backend;
    const pdf = expectOk(await fund['exports.lapseProposals']({ format: 'pdf' }));
    const location = join(world.backend.home, pdf.fileName);
    expectOk(await world.backend.app['files.save']({ fileId: pdf.fileId, location }));
    const text = (await pdfPages(location)).flat().join(' ');
    for (const words of ['รายชื่อสมาชิกที่เสนอให้พ้นสภาพ', 'ค้างส่งตั้งแต่ 3 เดือนขึ้นไป', 'พ้นสภาพ', 'ยังไม่พ้น', 'ประธาน', 'มติที่ประชุมคณะกรรมการ'])
      expect(text).toContain(words);
    const workbook = expectOk(await fund['exports.lapseProposals']({ villageId: world.villageId, format: 'xlsx' }));
    expect(workbook.fileName).toMatch(/^รายชื่อเสนอพ้นสภาพ หมู่ 3 .*\.xlsx$/);
  });

  it('records a lapse citing the resolution: the status changes on the meeting day and dues stop', async () => {
    const { fund } = world.backend;
    const recorded = expectOk(
      await fund['lapses.record']({
        memberIds: [world.unpaid],
        resolutionId: world.lapseResolutionId,
        reason: 'arrears',
        note: 'ค้าง 34 เดือน',
      }),
    );
    expect(recorded).toMatchObject({ effectiveOn: '2026-11-21' });
    expect(recorded.meetingRef).toContain('ครั้งที่ 1/2569');
    const member = expectOk(await fund['members.get']({ memberId: world.unpaid }));
    expect(member.status).toBe('lapsed');
    expect(member.spells).toEqual([{ start: '2024-01-20', end: '2026-11-21' }]);
    expect(member.statusEvents.at(-1)).toMatchObject({ kind: 'lapsed', effectiveOn: '2026-11-21', reason: 'ค้าง 34 เดือน' });
    const row = world.backend
      .db()
      .prepare('SELECT resolution_id, lapse_reason FROM member_status_events WHERE member_id = ?')
      .get(world.unpaid);
    expect(row).toEqual({ resolution_id: world.lapseResolutionId, lapse_reason: 'arrears' });
    // Dues stop from the month of the lapse (Decision 7): still 34 months behind, November not due.
    const statement = expectOk(await fund['contributions.statement']({ memberId: world.unpaid, asOf: '2027-03-31' }));
    expect(statement.arrearsMonths).toBe(34);
    expect(ids(await proposed())).toEqual([]);
  });

  it('refuses a lapse the decision does not support, naming the member, and writes nothing', async () => {
    const { fund } = world.backend;
    const lapse = (change: Record<string, unknown>) =>
      fund['lapses.record']({ memberIds: [world.unpaid], resolutionId: world.lapseResolutionId, reason: 'arrears', ...change });
    const notBehind = await expectRefused(lapse({ memberIds: [world.unpaid, world.paid.memberId] }), 'lapse-not-in-arrears', 'memberIds.1');
    expect(notBehind.params).toMatchObject({ months: 0, needed: 3, date: '2026-11-21' });
    expect(notBehind.message.th).toContain('ค้างส่งเงินสมทบ 0 เดือน');
    await expectRefused(lapse({ memberIds: [world.resigned.memberId] }), 'lapse-member-not-active', 'memberIds.0');
    await expectRefused(lapse({ effectiveOn: '2026-11-20' }), 'lapse-before-meeting', 'effectiveOn');
    // The world is built as an upgraded fund (approvals in words): once it cites resolutions, a lapse needs one.
    // A second member, registered while approvals are still in words, for the other-target refusal below.
    const other = await newMember(71, '2024-01-20');
    expectOk(await fund['meetings.setApprovalsCite']({ on: true }));
    await expectRefused(lapse({ resolutionId: null }), 'resolution-required', 'resolutionId');
    await expectRefused(lapse({ resolutionId: 9999 }), 'resolution-not-found', 'resolutionId');
    // The resolution decided the unpaid member's lapse, not another's, whatever the reason.
    await expectRefused(lapse({ memberIds: [other], reason: 'moved-away' }), 'resolution-other-target', 'resolutionId');
    await expectRefused(lapse({ memberIds: [world.unpaid, world.unpaid] }), 'bad-input', 'memberIds');
    // The member's status dialog: a lapse needs its reason.
    await expectRefused(
      fund['members.recordStatus']({
        memberId: world.unpaid,
        kind: 'lapsed',
        effectiveOn: '2026-11-21',
        resolutionId: world.lapseResolutionId,
      }),
      'bad-input',
      'lapseReason',
    );
    expect(expectOk(await fund['members.get']({ memberId: world.unpaid })).status).toBe('active');
  });

  it('takes the meeting in words while the fund does not cite resolutions', async () => {
    const { fund } = world.backend;
    world.backend.db().prepare('UPDATE fund SET approvals_cite_resolution = 0').run();
    const lapse = (change: Record<string, unknown>) => fund['lapses.record']({ memberIds: [world.unpaid], reason: 'other', ...change });
    await expectRefused(lapse({ meetingRef: 'ประชุมกรรมการ 5/2569' }), 'bad-input', 'effectiveOn');
    await expectRefused(lapse({ effectiveOn: '2026-11-15' }), 'bad-input', 'meetingRef');
    expectOk(await lapse({ meetingRef: 'ประชุมกรรมการ 5/2569', effectiveOn: '2026-11-15' }));
    const member = expectOk(await fund['members.get']({ memberId: world.unpaid }));
    expect(member.statusEvents.at(-1)).toMatchObject({ kind: 'lapsed', effectiveOn: '2026-11-15', meetingRef: 'ประชุมกรรมการ 5/2569' });
  });

  it('reinstates a lapsed member on the committee approval of her return, starting a new spell', async () => {
    const { fund } = world.backend;
    expectOk(await fund['lapses.record']({ memberIds: [world.unpaid], resolutionId: world.lapseResolutionId, reason: 'arrears' }));
    const meeting = expectOk(await fund['meetings.add']({ kind: 'members', meetingOn: '2026-11-24', place: 'ศาลา' }));
    const approval =
      expectOk(
        await fund['meetings.record']({
          meetingId: meeting.id,
          expectedVersion: meeting.version,
          attendees: [{ name: 'นายสมชาย ใจดี', isPresent: true }],
          agenda: [],
          resolutions: [{ text: 'รับกลับเป็นสมาชิก', decision: 'approved', target: { kind: 'member-approval', id: world.unpaid } }],
          minutes: '',
        }),
      ).resolutions[0]?.id ?? 0;
    const back = { memberId: world.unpaid, kind: 'reinstated' as const, effectiveOn: '2026-11-24' };
    expectOk(await fund['meetings.setApprovalsCite']({ on: true }));
    await expectRefused(fund['members.recordStatus'](back), 'resolution-required', 'resolutionId');
    await expectRefused(
      fund['members.recordStatus']({ ...back, resolutionId: world.lapseResolutionId }),
      'resolution-wrong-kind',
      'resolutionId',
    );
    await expectRefused(
      fund['members.recordStatus']({ ...back, effectiveOn: '2026-11-23', resolutionId: approval }),
      'resolution-after-approval',
      'resolutionId',
    );
    const member = expectOk(await fund['members.recordStatus']({ ...back, resolutionId: approval }));
    expect(member.status).toBe('active');
    expect(member.spells).toEqual([
      { start: '2024-01-20', end: '2026-11-21' },
      { start: '2026-11-24', end: null },
    ]);
    expect(member.statusEvents.at(-1)?.meetingRef).toContain('มติที่ 1');
  });
});
