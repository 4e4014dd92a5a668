import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { applicantInput, memberInput } from '../../support/builders';
import { expectRefusal, holdMeeting } from '../../support/refusals';
import { expectOk } from '../../support/test-backend';
import { buildWorld, type World } from '../../support/write-examples';

/**
 * Issue 17 §2, applicants: an application recorded before the committee meets, waiting until a meeting approves
 * it (the member made from it, her spell from the approval) or refuses it. Each refusal names its field and
 * writes nothing.
 */
describe('applicants', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  const expectRefused = (call: Promise<ApiResult<unknown>>, code: string, field: string) => expectRefusal(world.backend, call, code, field);

  /** A committee meeting held on a day, deciding applications (or, when said, claims) in this order; its resolutions' ids. */
  const admissionMeeting = (
    meetingOn: string,
    decisions: { decision: 'approved' | 'rejected'; id?: number; kind?: 'member-approval' | 'claim-decision' }[],
  ) =>
    holdMeeting(
      world.backend,
      meetingOn,
      decisions.map(({ kind, ...decided }) => ({ kind: kind ?? 'member-approval', ...decided })),
    );

  it('records an applicant, lists those waiting first, and admits her at a meeting: the member, her spell and dues from the approval', async () => {
    const { fund } = world.backend;
    const added = expectOk(
      await fund['applications.add'](
        applicantInput(80, { firstName: 'บุญเรือน', lastName: 'ศรีสุข', appliedOn: '2026-10-28', villageId: world.villageId }),
      ),
    );
    expect(added).toMatchObject({ state: 'waiting', fullName: 'นางบุญเรือน ศรีสุข', appliedOn: '2026-10-28', decision: null });
    expect(added.village).toContain('หมู่ 3');

    const list = expectOk(await fund['applications.list']({}));
    expect(list.total).toBe(2);
    expect(list.rows.map((row) => row.id)).toEqual([added.id, world.admission.applicationId]);
    expect(expectOk(await fund['applications.list']({ query: 'บุญเรือน' })).rows.map((row) => row.id)).toEqual([added.id]);

    const [admitted] = await admissionMeeting('2026-11-24', [{ decision: 'approved', id: added.id }]);
    const meetings = expectOk(await fund['meetings.list']({ targetKind: 'member-approval', limit: 1 }));
    expect(meetings.rows[0]?.resolutions[0]?.targetLabel).toBe('นางบุญเรือน ศรีสุข');

    const approved = expectOk(await fund['applications.approve']({ applicationId: added.id, resolutionId: admitted ?? 0 }));
    expect(approved).toMatchObject({ state: 'approved', decidedOn: '2026-11-24' });
    expect(approved.decision).toMatchObject({
      reference: 'การประชุมคณะกรรมการกองทุน ครั้งที่ 4/2569 มติที่ 1',
      meetingNo: 4,
      meetingOn: '2026-11-24',
      termNo: 1,
    });
    const memberId = approved.decision?.memberId ?? 0;
    const member = expectOk(await fund['members.get']({ memberId }));
    expect(member).toMatchObject({
      firstName: 'บุญเรือน',
      appliedOn: '2026-10-28',
      approvedOn: '2026-11-24',
      approvalRef: 'การประชุมคณะกรรมการกองทุน ครั้งที่ 4/2569 มติที่ 1',
      status: 'active',
      villageId: world.villageId,
    });
    expect(member.spells[0]?.start).toBe('2026-11-24');
    expect(approved.memberNo).toBe(member.memberNo);
    // Decision 7: dues from the month of approval by default, or of the application when the fund says so.
    expect(expectOk(await fund['contributions.statement']({ memberId })).duesStart).toBe('2026-11');
    expectOk(await fund['fund.updateDuesSettings']({ duesFrom: 'application', dueDay: null }));
    expect(expectOk(await fund['contributions.statement']({ memberId })).duesStart).toBe('2026-10');

    expect(expectOk(await fund['applications.list']({ state: 'waiting' })).rows.map((row) => row.id)).toEqual([
      world.admission.applicationId,
    ]);
    await expectRefused(
      fund['applications.approve']({ applicationId: added.id, resolutionId: admitted ?? 0 }),
      'application-decided',
      'applicationId',
    );
    expect(() => world.backend.db().prepare("UPDATE applications SET refusal_reason = 'x' WHERE id = ?").run(added.id)).toThrow(
      /posted-immutable/,
    );
  });

  it('refuses an applicant with the reason; a refused application is not approved later', async () => {
    const { fund } = world.backend;
    const { applicationId, approvedId, refusedId } = world.admission;
    await expectRefused(
      fund['applications.refuse']({ applicationId, resolutionId: approvedId, reason: 'ไม่ได้อยู่ในพื้นที่' }),
      'resolution-wrong-decision',
      'resolutionId',
    );
    const refused = expectOk(await fund['applications.refuse']({ applicationId, resolutionId: refusedId, reason: 'ไม่ได้อยู่ในพื้นที่' }));
    expect(refused).toMatchObject({ state: 'refused', decidedOn: '2026-11-22', memberNo: null });
    expect(refused.decision).toMatchObject({ refusalReason: 'ไม่ได้อยู่ในพื้นที่', memberId: null, resolutionNo: 2 });
    await expectRefused(fund['applications.approve']({ applicationId, resolutionId: approvedId }), 'application-decided', 'applicationId');
    // Once refused, the person may apply again.
    expectOk(await fund['applications.add'](applicantInput(40, { appliedOn: '2026-11-24' })));
  });

  it('refuses a resolution of a meeting before the application, after the approval date, of another kind or for another application', async () => {
    const { fund } = world.backend;
    const { applicationId, approvedId } = world.admission;
    const later = expectOk(await fund['applications.add'](applicantInput(81, { appliedOn: '2026-11-23' })));
    // The world's meeting of 2026-11-22 was held before this application came in.
    await expectRefused(
      fund['applications.approve']({ applicationId: later.id, resolutionId: approvedId }),
      'resolution-other-target',
      'resolutionId',
    );
    const [general, forOther, claimDecision] = await admissionMeeting('2026-11-24', [
      { decision: 'approved' },
      { decision: 'approved', id: later.id },
      { decision: 'approved', kind: 'claim-decision' },
    ]);
    const early = expectOk(await fund['applications.add'](applicantInput(82, { appliedOn: '2026-11-25' })));
    await expectRefused(
      fund['applications.approve']({ applicationId: early.id, resolutionId: general ?? 0 }),
      'resolution-before-record',
      'resolutionId',
    );
    await expectRefused(
      fund['applications.approve']({ applicationId, resolutionId: general ?? 0, approvedOn: '2026-11-23' }),
      'resolution-after-approval',
      'resolutionId',
    );
    await expectRefused(
      fund['applications.approve']({ applicationId, resolutionId: forOther ?? 0 }),
      'resolution-other-target',
      'resolutionId',
    );
    await expectRefused(
      fund['applications.approve']({ applicationId, resolutionId: claimDecision ?? 0 }),
      'resolution-wrong-kind',
      'resolutionId',
    );
    await expectRefused(
      fund['applications.approve']({ applicationId: 9999, resolutionId: general ?? 0 }),
      'application-not-found',
      'applicationId',
    );
    await expectRefused(
      fund['applications.approve']({ applicationId, resolutionId: general ?? 0, approvedOn: '2026-11-30' }),
      'date-in-future',
      'approvedOn',
    );
    // A resolution naming no application admits any applicant who had applied by then, on the day given.
    const approved = expectOk(await fund['applications.approve']({ applicationId, resolutionId: general ?? 0, approvedOn: '2026-11-25' }));
    expect(approved.decidedOn).toBe('2026-11-25');
  });

  it('keeps one citizen ID to one person: a member not voided or another waiting application holds it', async () => {
    const { fund } = world.backend;
    await expectRefused(fund['applications.add'](applicantInput(1)), 'duplicate-thai-id', 'citizenId');
    await expectRefused(fund['applications.add'](applicantInput(40)), 'duplicate-thai-id-application', 'citizenId');
    await expectRefused(fund['members.register'](memberInput(40)), 'duplicate-thai-id-application', 'citizenId');
    await expectRefused(fund['applications.add'](applicantInput(83, { appliedOn: '2026-11-26' })), 'date-in-future', 'appliedOn');
    await expectRefused(fund['applications.add'](applicantInput(83, { citizenId: '1234567890123' })), 'bad-thai-id', 'citizenId');
    const voided = expectOk(await fund['members.register'](memberInput(84)));
    expectOk(await fund['members.void']({ memberId: voided.id, expectedVersion: voided.version, reason: 'บันทึกซ้ำ' }));
    expectOk(await fund['applications.add'](applicantInput(84)));
  });
});
