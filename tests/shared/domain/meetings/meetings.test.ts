import { describe, expect, it } from 'vitest';
import { isQuorumMet, meetingNumberByDate, presentForQuorum, quorumNeeded } from '../../../../shared/domain/meetings/meetings';
import { isActiveOn } from '../../../../shared/domain/members/lapses';

describe('the quorum (issue 17 §2)', () => {
  it('is the fund number when set, else more than half of the seats, else of those listed', () => {
    expect(quorumNeeded({ rule: 4, seats: 9 }, 3)).toBe(4);
    expect(quorumNeeded({ rule: null, seats: 9 }, 3)).toBe(5);
    expect(quorumNeeded({ rule: null, seats: 10 }, 3)).toBe(6);
    expect(quorumNeeded({ rule: null, seats: null }, 7)).toBe(4);
    expect(isQuorumMet({ rule: null, seats: 9 }, 5, 6)).toBe(true);
    expect(isQuorumMet({ rule: null, seats: 9 }, 4, 4)).toBe(false);
    expect(isQuorumMet({ rule: null, seats: null }, 0, 0)).toBe(false);
  });

  it('counts the seat holders present when the attendance links seats, everyone present otherwise', () => {
    const linked = [
      { isPresent: true, seatId: 1 },
      { isPresent: false, seatId: 2 },
      { isPresent: true, seatId: null },
    ];
    expect(presentForQuorum({ rule: null, seats: 2 }, linked)).toBe(1);
    expect(presentForQuorum({ rule: null, seats: null }, linked)).toBe(2);
    const typed = linked.map((attendee) => ({ ...attendee, seatId: null }));
    expect(presentForQuorum({ rule: null, seats: 2 }, typed)).toBe(2);
  });
});

describe('meeting numbers by date (issue 17 §2)', () => {
  const year = [
    { meetingNo: 1, meetingOn: '2026-02-10' },
    { meetingNo: 2, meetingOn: '2026-05-10' },
    { meetingNo: 5, meetingOn: '2026-09-10' },
  ];
  it('takes the next after the meetings dated on or before it', () => {
    expect(meetingNumberByDate([], '2026-03-01')).toMatchObject({ meetingNo: 1, isInOrder: true, nextFree: 1 });
    expect(meetingNumberByDate(year, '2026-06-01')).toMatchObject({ meetingNo: 3, isInOrder: true, nextFree: 6 });
    expect(meetingNumberByDate(year, '2026-05-10')).toMatchObject({ meetingNo: 3, isInOrder: true });
    expect(meetingNumberByDate(year, '2026-12-01')).toMatchObject({ meetingNo: 6, isInOrder: true });
  });

  it('is out of order when a meeting dated later already has that number or a lower one', () => {
    expect(meetingNumberByDate(year, '2026-03-01')).toEqual({
      meetingNo: 2,
      isInOrder: false,
      nextFree: 6,
      laterMeeting: { meetingNo: 2, meetingOn: '2026-05-10' },
    });
    expect(meetingNumberByDate(year, '2026-01-01')).toMatchObject({ meetingNo: 1, isInOrder: false, laterMeeting: { meetingNo: 1 } });
  });
});

describe('active on a day (Decision 7 "as of")', () => {
  it('is within an open spell at the end of the day', () => {
    const lapsed = [{ kind: 'lapsed' as const, effectiveOn: '2026-03-01' }];
    expect(isActiveOn('2024-01-20', [], '2024-01-19')).toBe(false);
    expect(isActiveOn('2024-01-20', [], '2024-01-20')).toBe(true);
    expect(isActiveOn('2024-01-20', lapsed, '2026-02-28')).toBe(true);
    expect(isActiveOn('2024-01-20', lapsed, '2026-03-01')).toBe(false);
    expect(isActiveOn('2024-01-20', [...lapsed, { kind: 'reinstated' as const, effectiveOn: '2026-06-01' }], '2026-06-01')).toBe(true);
  });
});
