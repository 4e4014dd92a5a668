import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { memberInput } from '../../support/builders';
import { expectRefusal, holdMeeting, type Decided } from '../../support/refusals';
import { expectOk } from '../../support/test-backend';
import { buildWorld, type World } from '../../support/write-examples';

/**
 * Issue 17 §2: with the fund's setting on, every approval cites the resolution it rests on — a member's
 * registration, a claim's approval or rejection, a rule version, a committee term — and its reference becomes the
 * record's words. Each refusal names its field and writes nothing; with the setting off, words are accepted.
 */
describe('approvals that cite a resolution', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
    expectOk(await world.backend.fund['meetings.setApprovalsCite']({ on: true }));
  });
  afterEach(() => world.backend.close());

  const expectRefused = (call: Promise<ApiResult<unknown>>, code: string, field: string) => expectRefusal(world.backend, call, code, field);

  const heldMeeting = (meetingOn: string, resolutions: Decided[]) => holdMeeting(world.backend, meetingOn, resolutions);

  it('reads and sets the setting', async () => {
    const { fund } = world.backend;
    expect(expectOk(await fund['meetings.approvalsCite']({}))).toEqual({ on: true });
    expect(expectOk(await fund['meetings.setApprovalsCite']({ on: false }))).toEqual({ on: false });
    expect(expectOk(await fund['meetings.approvalsCite']({}))).toEqual({ on: false });
  });

  it('registers a member citing her admission; refuses none, another kind or decision, a meeting after the approval or before the application', async () => {
    const { fund } = world.backend;
    const [admitted, refused, claimDecision] = await heldMeeting('2026-11-24', [
      { kind: 'member-approval', decision: 'approved' },
      { kind: 'member-approval', decision: 'rejected' },
      { kind: 'claim-decision', decision: 'approved', id: world.pendingClaimId },
    ]);
    const dates = { appliedOn: '2026-11-10', approvedOn: '2026-11-24' };
    await expectRefused(fund['members.register'](memberInput(70, dates)), 'resolution-required', 'approvalResolutionId');
    await expectRefused(
      fund['members.register'](memberInput(70, { ...dates, approvalResolutionId: claimDecision })),
      'resolution-wrong-kind',
      'approvalResolutionId',
    );
    await expectRefused(
      fund['members.register'](memberInput(70, { ...dates, approvalResolutionId: refused })),
      'resolution-wrong-decision',
      'approvalResolutionId',
    );
    await expectRefused(
      fund['members.register'](memberInput(70, { ...dates, approvedOn: '2026-11-23', approvalResolutionId: admitted })),
      'resolution-after-approval',
      'approvalResolutionId',
    );
    await expectRefused(
      fund['members.register'](memberInput(70, { appliedOn: '2026-11-25', approvedOn: '2026-11-25', approvalResolutionId: admitted })),
      'resolution-before-record',
      'approvalResolutionId',
    );
    await expectRefused(
      fund['members.register'](memberInput(70, { ...dates, approvalResolutionId: 9999 })),
      'resolution-not-found',
      'approvalResolutionId',
    );

    const member = expectOk(await fund['members.register'](memberInput(70, { ...dates, approvalRef: '', approvalResolutionId: admitted })));
    expect(member.approvalRef).toBe('การประชุมคณะกรรมการกองทุน ครั้งที่ 4/2569 มติที่ 1');
    const row = world.backend.db().prepare('SELECT approval_resolution_id AS id FROM members WHERE id = ?').get(member.id);
    expect(row).toEqual({ id: admitted });

    // A member who joined before the fund's opening date is entered from paper, with the words.
    expectOk(
      await fund['members.register'](memberInput(71, { appliedOn: '2023-05-01', approvedOn: '2023-06-01', paidThroughPeriod: '2023-12' })),
    );
    // With the setting off, words stand for the resolution; without either the approval names nothing.
    expectOk(await fund['meetings.setApprovalsCite']({ on: false }));
    expectOk(await fund['members.register'](memberInput(72, dates)));
    await expectRefused(fund['members.register'](memberInput(73, { ...dates, approvalRef: '' })), 'reference-required', 'approvalRef');
  });

  it('approves and rejects a claim citing the committee’s decision on it', async () => {
    const { fund } = world.backend;
    const claimId = world.pendingClaimId;
    // The claims of the world were recorded today (2026-11-25): a meeting of the day before did not decide them.
    const [early] = await heldMeeting('2026-11-24', [{ kind: 'claim-decision', decision: 'approved' }]);
    const [approved, rejected, other, admission] = await heldMeeting('2026-11-25', [
      { kind: 'claim-decision', decision: 'approved', id: claimId },
      { kind: 'claim-decision', decision: 'rejected' },
      { kind: 'claim-decision', decision: 'approved', id: world.approvedClaimId },
      { kind: 'member-approval', decision: 'approved' },
    ]);
    await expectRefused(fund['welfare.approveClaim']({ claimId, meetingRef: 'มติ 11/2569' }), 'resolution-required', 'resolutionId');
    await expectRefused(fund['welfare.approveClaim']({ claimId, resolutionId: admission }), 'resolution-wrong-kind', 'resolutionId');
    await expectRefused(fund['welfare.approveClaim']({ claimId, resolutionId: rejected }), 'resolution-wrong-decision', 'resolutionId');
    await expectRefused(fund['welfare.approveClaim']({ claimId, resolutionId: other }), 'resolution-other-target', 'resolutionId');
    await expectRefused(fund['welfare.approveClaim']({ claimId, resolutionId: early }), 'resolution-before-record', 'resolutionId');
    await expectRefused(fund['welfare.rejectClaim']({ claimId, reason: 'ไม่ได้นอนโรงพยาบาล' }), 'resolution-required', 'resolutionId');
    await expectRefused(
      fund['welfare.rejectClaim']({ claimId, resolutionId: approved, reason: 'ไม่ได้นอนโรงพยาบาล' }),
      'resolution-wrong-decision',
      'resolutionId',
    );

    const claim = expectOk(await fund['welfare.approveClaim']({ claimId, resolutionId: approved }));
    expect(claim).toMatchObject({ state: 'approved', decisionRef: 'การประชุมคณะกรรมการกองทุน ครั้งที่ 5/2569 มติที่ 1' });
    expect(world.backend.db().prepare('SELECT decision_resolution_id AS id FROM welfare_claims WHERE id = ?').get(claimId)).toEqual({
      id: approved,
    });
    // A paid claim keeps the resolution it was approved at.
    expect(() =>
      world.backend.db().prepare('UPDATE welfare_claims SET decision_resolution_id = ? WHERE id = ?').run(approved, world.paidClaimId),
    ).toThrow(/posted-immutable/);
  });

  it('rejects a claim citing a rejection, its reason kept beside the reference; the setting off accepts the words', async () => {
    const { fund } = world.backend;
    const [rejected] = await heldMeeting('2026-11-25', [{ kind: 'claim-decision', decision: 'rejected', id: world.pendingClaimId }]);
    const claim = expectOk(
      await fund['welfare.rejectClaim']({ claimId: world.pendingClaimId, resolutionId: rejected, reason: 'ไม่ได้นอนโรงพยาบาล' }),
    );
    expect(claim).toMatchObject({
      state: 'rejected',
      rejectionReason: 'ไม่ได้นอนโรงพยาบาล',
      decisionRef: 'การประชุมคณะกรรมการกองทุน ครั้งที่ 4/2569 มติที่ 1',
    });
    expectOk(await fund['meetings.setApprovalsCite']({ on: false }));
    const recorded = expectOk(
      await fund['welfare.recordClaim']({
        requestId: 'citations-claim-1',
        typeId: world.hospital.id,
        memberId: world.paid.memberId,
        eventDate: '2026-10-20',
        units: 2,
        recipient: { kind: 'member' },
        documentsReceived: ['hospital-certificate', 'id-card'],
      }),
    );
    await expectRefused(fund['welfare.approveClaim']({ claimId: recorded.id }), 'reference-required', 'meetingRef');
    expect(expectOk(await fund['welfare.approveClaim']({ claimId: recorded.id, meetingRef: 'มติ 11/2569' })).decisionRef).toBe('มติ 11/2569');
  });

  const rule = (effectiveFrom: string) => ({
    effectiveFrom,
    waitingDays: 0,
    amount: { kind: 'per-event' as const, amountSatang: 50000 },
    recipients: ['member' as const],
  });

  it('rests a rule version on a resolution held by the day it takes effect; versions before the opening date need none', async () => {
    const { fund } = world.backend;
    // Two versions no claim used yet: a correction of one may not cite the resolution that adopted the other.
    const unused = world.backend
      .db()
      .prepare(
        'SELECT id, type_id AS typeId, effective_from AS effectiveFrom FROM welfare_rule_versions WHERE used_by_claim_id IS NULL LIMIT 2',
      )
      .all() as { id: number; typeId: number; effectiveFrom: string }[];
    const [ruleResolution, admission, ruleRejected, forOther] = await heldMeeting('2026-11-24', [
      { kind: 'rule-version', decision: 'approved' },
      { kind: 'member-approval', decision: 'approved' },
      { kind: 'rule-version', decision: 'rejected' },
      { kind: 'rule-version', decision: 'approved', id: unused[1]?.id ?? 0 },
    ]);
    const typeId = world.hospital.id;
    await expectRefused(
      fund['welfare.addRuleVersion']({ typeId, version: rule('2026-12-01'), resolutionId: ruleRejected }),
      'resolution-wrong-decision',
      'resolutionId',
    );
    await expectRefused(
      fund['welfare.addRuleVersion']({
        typeId: unused[0]?.typeId ?? 0,
        version: rule(unused[0]?.effectiveFrom ?? ''),
        resolutionId: forOther,
      }),
      'resolution-other-target',
      'resolutionId',
    );
    await expectRefused(fund['welfare.addRuleVersion']({ typeId, version: rule('2026-12-01') }), 'resolution-required', 'resolutionId');
    await expectRefused(
      fund['welfare.addRuleVersion']({ typeId, version: rule('2026-12-01'), resolutionId: admission }),
      'resolution-wrong-kind',
      'resolutionId',
    );
    await expectRefused(
      fund['welfare.addRuleVersion']({ typeId, version: rule('2026-11-01'), resolutionId: ruleResolution }),
      'resolution-after-approval',
      'resolutionId',
    );
    await expectRefused(
      fund['welfare.addType']({ category: 'EDUCATION', nameTh: 'ทุนเรียนดี', nameEn: 'Merit scholarship', version: rule('2026-12-01') }),
      'resolution-required',
      'resolutionId',
    );
    const amended = expectOk(await fund['welfare.addRuleVersion']({ typeId, version: rule('2026-12-01'), resolutionId: ruleResolution }));
    expect(amended.restsOn).toEqual({ '2026-12-01': 'การประชุมคณะกรรมการกองทุน ครั้งที่ 4/2569 มติที่ 1' });
    const added = expectOk(
      await fund['welfare.addType']({
        category: 'EDUCATION',
        nameTh: 'ทุนเรียนดี',
        nameEn: 'Merit scholarship',
        version: rule('2026-12-01'),
        resolutionId: ruleResolution,
      }),
    );
    expect(added.restsOn['2026-12-01']).toContain('มติที่ 1');
    // A rule the fund had before it used the app is entered from paper.
    expectOk(await fund['welfare.addType']({ category: 'EDUCATION', nameTh: 'ทุนเก่า', nameEn: 'Old grant', version: rule('2023-06-01') }));
    // A version a claim was judged by stays as it was, its resolution included (the 0008 guard).
    expect(() =>
      world.backend.db().prepare('UPDATE welfare_rule_versions SET resolution_id = ? WHERE type_id = ?').run(ruleResolution, typeId),
    ).toThrow(/money-rule-in-use/);
  });

  it('appoints a committee term citing its resolution, held by the day the term starts', async () => {
    const { fund } = world.backend;
    const [appointed, ruleResolution] = await heldMeeting('2026-11-24', [
      { kind: 'committee-appointment', decision: 'approved' },
      { kind: 'rule-version', decision: 'approved' },
    ]);
    const term = { termNo: 2, startsOn: '2029-01-01', endsOn: '2032-12-31' };
    await expectRefused(fund['committee.addTerm'](term), 'resolution-required', 'appointedByResolutionId');
    await expectRefused(
      fund['committee.addTerm']({ ...term, appointedByResolutionId: ruleResolution }),
      'resolution-wrong-kind',
      'appointedByResolutionId',
    );
    // A term that began before the meeting was not appointed by it (before the opening date, words would do).
    await expectRefused(
      fund['committee.addTerm']({ termNo: 2, startsOn: '2021-01-01', endsOn: '2024-12-31', appointedByResolutionId: appointed }),
      'resolution-after-approval',
      'appointedByResolutionId',
    );
    const added = expectOk(await fund['committee.addTerm']({ ...term, appointedByResolutionId: appointed }));
    expect(added).toMatchObject({ appointedByResolutionId: appointed, appointedBy: 'การประชุมคณะกรรมการกองทุน ครั้งที่ 4/2569 มติที่ 1' });
  });
});
