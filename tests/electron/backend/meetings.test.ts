import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { meetingMinutesDocument } from '../../../electron/backend/files/reports/meeting-documents';
import { expectRefusedUnwritten } from '../../support/refusals';
import { pdfPages } from '../../support/pdf-text';
import { expectOk } from '../../support/test-backend';
import { buildWorld, type World } from '../../support/write-examples';

/**
 * Issue 17 §2: meetings planned ahead and recorded once their date has come, with attendance (quorum),
 * agenda, resolutions pointing at what they decide, and minutes; the list a picker reads; the printed papers.
 * Each bad input is refused naming its field, in Thai and English, and writes nothing.
 */
describe('meetings and resolutions', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  const expectRefused = (call: Promise<ApiResult<unknown>>, code: string, field: string) =>
    expectRefusedUnwritten(world.backend, call, code, field);

  const people = [
    { name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true },
    { name: 'นางสาย ทองดี', role: 'เหรัญญิก', isPresent: true },
    { name: 'นายมา ช้า', role: 'กรรมการ', isPresent: false },
  ];

  it('numbers meetings within their kind and year, and refuses a number taken', async () => {
    const { fund } = world.backend;
    const planned = expectOk(await fund['meetings.get']({ meetingId: world.plannedMeetingId }));
    expect(planned).toMatchObject({ kind: 'committee', meetingNo: 3, meetingYear: 2026, state: 'planned', agenda: ['เรื่องแจ้งให้ทราบ'] });
    const held = expectOk(await fund['meetings.get']({ meetingId: world.heldMeetingId }));
    expect(held.meetingNo).toBe(1);
    const assembly = expectOk(await fund['meetings.add']({ kind: 'general-assembly', meetingOn: '2026-12-20', place: 'วัด' }));
    expect(assembly.meetingNo).toBe(1);
    const error = await expectRefused(
      fund['meetings.add']({ kind: 'committee', meetingOn: '2026-03-01', meetingNo: 2 }),
      'meeting-number-taken',
      'meetingNo',
    );
    expect(error.message.th).toContain('2/2569');
    await expectRefused(fund['meetings.add']({ kind: 'committee', meetingOn: '2026-03-01', startsAt: '25:00' }), 'bad-input', 'startsAt');
  });

  it('records a held meeting once: attendance, quorum, resolutions pointing at what they decide, minutes', async () => {
    const { fund } = world.backend;
    const meeting = expectOk(
      await fund['meetings.record']({
        meetingId: world.heldMeetingId,
        expectedVersion: 1,
        attendees: [...people, { name: 'สมาชิกผู้แทน', memberId: world.paid.memberId, role: 'กรรมการ', isPresent: true }],
        agenda: ['พิจารณาคำขอรับสวัสดิการ', 'เรื่องอื่น ๆ'],
        resolutions: [
          { text: 'อนุมัติคำขอรับสวัสดิการค่ารักษาพยาบาล', decision: 'approved', target: { kind: 'claim-decision', id: world.approvedClaimId } },
          { text: 'รับทราบรายงานการเงิน', decision: 'noted', target: { kind: 'other' } },
        ],
        minutes: 'เปิดประชุมเวลา 09:00 น.\nปิดประชุมเวลา 11:00 น.',
      }),
    );
    // The committee has two seats that day: more than half of them is two, whoever else is listed.
    expect(meeting).toMatchObject({ state: 'held', quorum: { rule: null, seats: 2, needed: 2, present: 3, absent: 1, isMet: true } });
    expect(meeting.attendees[3]).toMatchObject({ memberId: world.paid.memberId, memberNo: expect.any(String) });
    expect(meeting.resolutions.map((resolution) => [resolution.resolutionNo, resolution.targetKind])).toEqual([
      [1, 'claim-decision'],
      [2, 'other'],
    ]);
    expect(meeting.resolutions[0]?.targetLabel).toMatch(/^WF2570-\d+ \d+ /);
    // Once recorded, a meeting is not recorded again; its resolutions are never edited.
    await expectRefused(
      fund['meetings.record']({
        meetingId: world.heldMeetingId,
        expectedVersion: meeting.version,
        attendees: people,
        agenda: [],
        resolutions: [],
        minutes: '',
      }),
      'meeting-recorded',
      'meetingId',
    );
    expect(() => world.backend.db().prepare('UPDATE meeting_resolutions SET text = ?').run('x')).toThrow(/posted-immutable/);

    // The picker's read: meetings with a resolution of one kind, only those resolutions.
    const picked = expectOk(await fund['meetings.list']({ targetKind: 'claim-decision' }));
    expect(picked.total).toBe(1);
    expect(picked.rows[0]?.resolutions.map((resolution) => resolution.resolutionNo)).toEqual([1]);
    const all = expectOk(await fund['meetings.list']({ limit: 1 }));
    expect(all).toMatchObject({ total: 4, offset: 0 });
    expect(all.rows[0]?.id).toBe(world.plannedMeetingId);
    expect(expectOk(await fund['meetings.list']({ state: 'held', kind: 'committee' })).rows.map((row) => row.id)).toEqual([
      world.admission.meetingId,
      world.heldMeetingId,
    ]);

    // The minutes, as the one document path prints them.
    const document = meetingMinutesDocument({ fund: expectOk(await fund['fund.get']({})), meeting, printedOn: '2026-11-25' });
    const text = JSON.stringify(document);
    for (const words of [
      'รายงานการประชุม',
      'การประชุมคณะกรรมการกองทุน ครั้งที่ 1/2569',
      'ครบองค์ประชุม',
      'นายมา ช้า',
      'อนุมัติ',
      'คำขอสวัสดิการ WF',
      'ปิดประชุมเวลา 11:00 น.',
    ])
      expect(text).toContain(words);
    const pdf = expectOk(await fund['exports.meetingMinutes']({ meetingId: world.heldMeetingId, format: 'pdf' }));
    expect(pdf.fileName).toBe('รายงานการประชุม การประชุมคณะกรรมการกองทุน ครั้งที่ 1-2569.pdf');
    const pages = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(pages).toContain('รับทราบรายงานการเงิน');
    const workbook = expectOk(await fund['exports.meetingInvitation']({ meetingId: world.plannedMeetingId, format: 'xlsx' }));
    expect(workbook.fileName).toMatch(/\.xlsx$/);
  });

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(world.backend.home, file.fileName);
    expectOk(await world.backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('refuses attendance or resolutions before the date, a resolution pointing at nothing, no quorum, a wrong member', async () => {
    const { fund } = world.backend;
    const record = (meetingId: number, change: Record<string, unknown> = {}) =>
      fund['meetings.record']({ meetingId, expectedVersion: 1, attendees: people, agenda: [], resolutions: [], minutes: '', ...change });
    const resolution = (kind: string, id: number | null) => ({ text: 'มติ', decision: 'approved' as const, target: { kind, id } as never });
    const early = await expectRefused(
      record(world.plannedMeetingId, { resolutions: [resolution('other', null)] }),
      'meeting-not-yet-held',
      'resolutions',
    );
    expect(early.message.th).toContain('10 ธ.ค. 2569');
    await expectRefused(record(world.plannedMeetingId), 'meeting-not-yet-held', 'attendees');
    await expectRefused(
      record(world.heldMeetingId, { resolutions: [resolution('claim-decision', 9999)] }),
      'resolution-target-not-found',
      'resolutions.0.target',
    );
    await expectRefused(
      record(world.heldMeetingId, { resolutions: [resolution('other', 1)] }),
      'resolution-target-other',
      'resolutions.0.target',
    );
    await expectRefused(
      record(world.heldMeetingId, { resolutions: [resolution('other', null), resolution('lapse-decision', 9999)] }),
      'resolution-target-not-found',
      'resolutions.1.target',
    );
    await expectRefused(
      record(world.heldMeetingId, { resolutions: [resolution('bylaw-adoption', 999)] }),
      'resolution-target-not-found',
      'resolutions.0.target',
    );
    await expectRefused(
      record(world.heldMeetingId, {
        attendees: people.map((person, index) => ({ ...person, isPresent: index === 0 })),
        resolutions: [resolution('other', null)],
      }),
      'meeting-no-quorum',
      'resolutions',
    );
    await expectRefused(
      record(world.heldMeetingId, { attendees: [{ name: 'ใครก็ไม่รู้', memberId: 9999, isPresent: true }] }),
      'member-not-found',
      'attendees.0.memberId',
    );
    await expectRefused(record(world.heldMeetingId, { expectedVersion: 5 }), 'version-conflict', 'expectedVersion');
    await expectRefused(record(world.heldMeetingId, { attendees: [] }), 'bad-input', 'attendees');
    // A fixed quorum of 3 present: two present is not enough, three is.
    expectOk(await fund['meetings.setQuorum']({ quorum: 3 }));
    await expectRefused(record(world.heldMeetingId, { resolutions: [resolution('other', null)] }), 'meeting-no-quorum', 'resolutions');
  });

  it('numbers a meeting by date, and refuses one dated before a meeting already numbered after it', async () => {
    const { fund } = world.backend;
    // Held 2026-11-20 is 1/2569, the admission meeting of 2026-11-22 is 2/2569, planned 2026-12-10 is 3/2569: a
    // meeting on 2026-11-01 would be 1, which is taken.
    const error = await expectRefused(
      fund['meetings.add']({ kind: 'committee', meetingOn: '2026-11-01' }),
      'meeting-number-out-of-order',
      'meetingNo',
    );
    expect(error.params).toMatchObject({ meetingNo: 1, laterNo: 1, laterOn: '2026-11-20', nextFree: 4, year: 2569 });
    expect(error.message.th).toContain('ครั้งที่ 4/2569');
    // Between the last two, it would be 3, taken by the later one; given a number, it is kept.
    await expectRefused(fund['meetings.add']({ kind: 'committee', meetingOn: '2026-12-01' }), 'meeting-number-out-of-order', 'meetingNo');
    expect(expectOk(await fund['meetings.add']({ kind: 'committee', meetingOn: '2026-12-01', meetingNo: 4 })).meetingNo).toBe(4);
    // After every meeting of the year: the next number; a new year starts again at 1.
    expect(expectOk(await fund['meetings.add']({ kind: 'committee', meetingOn: '2026-12-20' })).meetingNo).toBe(5);
    expect(expectOk(await fund['meetings.add']({ kind: 'committee', meetingOn: '2027-01-10' })).meetingNo).toBe(1);
    // Numbers already given stay as they were.
    expect(expectOk(await fund['meetings.get']({ meetingId: world.plannedMeetingId })).meetingNo).toBe(3);
  });

  it("starts a committee meeting's attendance from the seats holding office that day, and counts the quorum on them", async () => {
    const { fund } = world.backend;
    const held = expectOk(await fund['meetings.get']({ meetingId: world.heldMeetingId }));
    expect(held.seats.map((seat) => [seat.position, seat.memberId])).toEqual([
      ['chair', world.paid.memberId],
      ['advisor', null],
    ]);
    const [chair, advisor] = held.seats;
    if (!chair || !advisor) throw new Error('two seats expected');
    const fromSeats = [
      { name: chair.name, memberId: chair.memberId, seatId: chair.seatId, role: 'ประธาน', isPresent: true },
      { name: advisor.name, seatId: advisor.seatId, role: 'ที่ปรึกษา', isPresent: false },
      { name: 'ผู้สังเกตการณ์ 1', isPresent: true },
      { name: 'ผู้สังเกตการณ์ 2', isPresent: true },
    ];
    const record = (attendees: unknown[]) =>
      fund['meetings.record']({
        meetingId: world.heldMeetingId,
        expectedVersion: 1,
        attendees: attendees as never,
        agenda: [],
        resolutions: [{ text: 'รับทราบ', decision: 'noted', target: { kind: 'other' } }],
        minutes: '',
      });
    // Three of four listed are present, but the committee has two seats and only one of them came: no quorum.
    const noQuorum = await expectRefused(record(fromSeats), 'meeting-no-quorum', 'resolutions');
    expect(noQuorum.params).toMatchObject({ present: 1, needed: 2 });
    await expectRefused(record([{ ...fromSeats[0], seatId: 9999 }]), 'meeting-seat-not-holding', 'attendees.0.seatId');
    await expectRefused(record([fromSeats[0], { ...fromSeats[1], seatId: chair.seatId }]), 'meeting-attendee-twice', 'attendees.1.seatId');
    // Two present of two seats: the quorum is met, whoever else is on the list.
    const recorded = expectOk(await record([fromSeats[0], { ...fromSeats[1], isPresent: true }, fromSeats[2]]));
    expect(recorded.quorum).toMatchObject({ rule: null, seats: 2, needed: 2, present: 3, counted: 2, isMet: true });
    expect(recorded.attendees.map((attendee) => attendee.seatId)).toEqual([chair.seatId, advisor.seatId, null]);

    // A members' meeting counts more than half of those listed; so does a committee meeting with no term that day.
    const members = expectOk(await fund['meetings.add']({ kind: 'members', meetingOn: '2026-11-22', place: 'ศาลา' }));
    expect(members.seats).toEqual([]);
    const early = expectOk(await fund['meetings.add']({ kind: 'committee', meetingOn: '2024-06-01', place: 'ศาลา' }));
    expect(early.seats).toEqual([]);
    const earlyHeld = expectOk(
      await fund['meetings.record']({
        meetingId: early.id,
        expectedVersion: 1,
        attendees: people,
        agenda: [],
        resolutions: [],
        minutes: '',
      }),
    );
    expect(earlyHeld.quorum).toMatchObject({ seats: null, needed: 2 });
    // A fund's own quorum number stands over the committee's size.
    expectOk(await fund['meetings.setQuorum']({ quorum: 3 }));
    expect(expectOk(await fund['meetings.get']({ meetingId: world.heldMeetingId })).quorum).toMatchObject({
      rule: 3,
      needed: 3,
      isMet: false,
    });
  });

  it('adds agenda items to a planned meeting only', async () => {
    const { fund } = world.backend;
    const meeting = expectOk(
      await fund['meetings.addAgenda']({ meetingId: world.plannedMeetingId, expectedVersion: 1, items: ['คำขอ WC1', 'คำขอ WC2'] }),
    );
    expect(meeting).toMatchObject({ version: 2, agenda: ['เรื่องแจ้งให้ทราบ', 'คำขอ WC1', 'คำขอ WC2'] });
    expectOk(
      await fund['meetings.record']({
        meetingId: world.heldMeetingId,
        expectedVersion: 1,
        attendees: people,
        agenda: [],
        resolutions: [],
        minutes: '',
      }),
    );
    await expectRefused(
      fund['meetings.addAgenda']({ meetingId: world.heldMeetingId, expectedVersion: 2, items: ['x'] }),
      'meeting-recorded',
      'meetingId',
    );
    await expectRefused(fund['meetings.addAgenda']({ meetingId: 999, expectedVersion: 1, items: ['x'] }), 'meeting-not-found', 'meetingId');
  });
});
