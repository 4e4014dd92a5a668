import { periodFromIndex } from '../../../shared/domain/calendar-date';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { UseCaseContext } from '../use-cases/use-case-context';
import type { DemoMember } from './demo-members';
import { callFund, expectCall } from './fund-calls';

/** A committee term as the generator keeps it: when it ends, and who sits on it (named in each meeting's attendance). */
export type Committee = { termNo: number; endsIndex: number; seats: { name: string; role: string }[] };

const termYears = 4;
const offices = [
  { position: 'chair', role: 'ประธาน' },
  { position: 'vice-chair', role: 'รองประธาน' },
  { position: 'treasurer', role: 'เหรัญญิก' },
  { position: 'secretary', role: 'เลขานุการ' },
  { position: 'welfare-officer', role: 'กรรมการฝ่ายสวัสดิการ' },
  { position: 'member', role: 'กรรมการ' },
  { position: 'member', role: 'กรรมการ' },
] as const;

function fullName(member: DemoMember): string {
  return `${member.person.title}${member.person.firstName} ${member.person.lastName}`;
}

/**
 * A new committee term of four years from this month, its seats held by members who pay on time (so the members'
 * meeting elected people in good standing), each chosen by the seed.
 */
export function seatCommittee(
  context: UseCaseContext,
  members: readonly DemoMember[],
  random: () => number,
  month: number,
  previous: Committee | undefined,
): Committee {
  const termNo = (previous?.termNo ?? 0) + 1;
  const startsOn = `${periodFromIndex(month)}-01`;
  const endsIndex = month + termYears * 12 - 1;
  const term = expectCall(context, 'committee.addTerm', {
    termNo,
    startsOn,
    endsOn: `${periodFromIndex(endsIndex)}-${lastDay(periodFromIndex(endsIndex))}`,
    appointedBy: `ประชุมใหญ่สามัญ ${termNo}/${Number(startsOn.slice(0, 4)) + 543}`,
  });
  const eligible = members.filter((member) => member.kind !== 'irregular');
  const chosen = new Set<DemoMember>();
  const seats = offices.flatMap((office) => {
    if (eligible.length <= chosen.size) return [];
    let member = eligible[Math.floor(random() * eligible.length)];
    while (!member || chosen.has(member)) member = eligible[Math.floor(random() * eligible.length)];
    chosen.add(member);
    expectCall(context, 'committee.addSeat', {
      termId: term.id,
      memberId: member.id,
      position: office.position,
      communityRole: 'member-representatives',
      startsOn,
    });
    return [{ name: fullName(member), role: office.role }];
  });
  return { termNo, endsIndex, seats };
}

function lastDay(period: string): string {
  const [year = 2000, month = 1] = period.split('-').map(Number);
  const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
  return String(days);
}

/**
 * A quarter's committee meeting: the welfare claims of the month (hospital nights of members a year or more in
 * the fund) are recorded on the 10th, judged by the rules; the committee meets on the 20th, its resolutions
 * approve each claim the rules allow, and the treasurer pays them in cash on the 28th. A claim the rules refuse
 * (a waiting period, a yearly cap) is left out, as a treasurer would not put it to the committee.
 */
export function holdCommitteeMeeting(quarter: {
  at: (day: string) => UseCaseContext;
  period: string;
  month: number;
  committee: Committee;
  members: readonly DemoMember[];
  hospitalTypeId: number;
  random: () => number;
}): void {
  const { period, random } = quarter;
  const senior = quarter.members.filter((member) => member.kind !== 'irregular' && member.joinIndex <= quarter.month - 12);
  // One claim a quarter in sixty members, at most about ninety a quarter (a large fund's committee would split them).
  const wanted = senior.length === 0 ? 0 : 1 + Math.round(Math.min(senior.length / 60, 60) * (0.5 + random()));
  const recording = quarter.at('10');
  const claims: { id: number; member: DemoMember }[] = [];
  for (let serial = 0; serial < wanted && senior.length > 0; serial += 1) {
    const member = senior[Math.floor(random() * senior.length)];
    const units = 1 + Math.floor(random() * 3);
    if (!member) continue;
    const recorded = callFund(recording, 'welfare.recordClaim', {
      requestId: `demo-claim-${period}-${serial}`,
      typeId: quarter.hospitalTypeId,
      memberId: member.id,
      eventDate: `${period}-05`,
      units,
      recipient: { kind: 'member' },
      documentsReceived: ['hospital-certificate', 'id-card'],
    });
    if (recorded.ok) claims.push({ id: recorded.value.id, member });
  }
  const meetingOn = `${period}-20`;
  const meeting = quarter.at('20');
  const planned = expectCall(meeting, 'meetings.add', {
    kind: 'committee',
    meetingOn,
    place: 'ที่ทำการกองทุน',
    agenda: ['รายงานการเงินประจำไตรมาส', 'พิจารณาคำขอรับสวัสดิการ'],
  });
  const held = expectCall(meeting, 'meetings.record', {
    meetingId: planned.id,
    expectedVersion: planned.version,
    attendees: quarter.committee.seats.map((seat) => ({ name: seat.name, role: seat.role, isPresent: true })),
    agenda: ['รายงานการเงินประจำไตรมาส', 'พิจารณาคำขอรับสวัสดิการ'],
    resolutions: [
      { text: 'รับทราบรายงานการเงินประจำไตรมาส', decision: 'noted', target: { kind: 'other' } },
      ...claims.map((claim) => ({
        text: `อนุมัติสวัสดิการนอนโรงพยาบาล ${fullName(claim.member)}`,
        decision: 'approved' as const,
        target: { kind: 'claim-decision' as const, id: claim.id },
      })),
    ],
    minutes: 'ประชุมเวลา 09:00 น. ที่ทำการกองทุน',
  });
  const paying = quarter.at('28');
  claims.forEach((claim, index) => {
    const resolution = held.resolutions[index + 1];
    expectCall(paying, 'welfare.approveClaim', { claimId: claim.id, resolutionId: resolution?.id ?? null, meetingRef: '' });
    expectCall(paying, 'welfare.payClaim', {
      claimId: claim.id,
      requestId: `demo-pay-${period}-${index}`,
      paidOn: `${period}-28`,
      payeeName: fullName(claim.member),
      payeeAddress: '',
      accountCode: accountCodes.cash,
    });
  });
}
