import { describe, expect, it } from 'vitest';
import { ageBandOn, latestMatchingYear, matchingStanding } from '../../../shared/domain/matching/eligibility';

/** Decision 15: a full year of membership at 30 September, matched fewer than 3 times. */
describe('matching eligibility', () => {
  const cutoff = '2026-09-30';
  const member = (
    approvedOn: string,
    events: { kind: 'resigned' | 'deceased' | 'lapsed' | 'reinstated'; effectiveOn: string }[] = [],
    timesMatched = 0,
  ) => ({
    approvedOn,
    events,
    timesMatched,
  });

  it('counts a full year by anniversary, the cut-off day included', () => {
    expect(matchingStanding(member('2025-09-30'), cutoff, 'current-spell')).toMatchObject({ kind: 'eligible', completedYears: 1 });
    expect(matchingStanding(member('2025-10-01'), cutoff, 'current-spell')).toMatchObject({ kind: 'under-a-year', completedYears: 0 });
    expect(matchingStanding(member('2026-10-01'), cutoff, 'current-spell')).toEqual({ kind: 'not-member' });
  });

  it('leaves out members who left by the cut-off, but counts an exit on the day itself (Decision 6)', () => {
    expect(matchingStanding(member('2020-01-01', [{ kind: 'resigned', effectiveOn: '2026-09-29' }]), cutoff, 'current-spell')).toEqual({
      kind: 'not-member',
    });
    expect(matchingStanding(member('2020-01-01', [{ kind: 'deceased', effectiveOn: cutoff }]), cutoff, 'current-spell').kind).toBe(
      'eligible',
    );
    // An exit after the cut-off does not change the count at it.
    expect(matchingStanding(member('2020-01-01', [{ kind: 'resigned', effectiveOn: '2026-10-01' }]), cutoff, 'current-spell').kind).toBe(
      'eligible',
    );
  });

  it('counts years in the current spell after a reinstatement, or from the first approval when the fund says so', () => {
    const back = member('2018-01-01', [
      { kind: 'lapsed', effectiveOn: '2025-03-01' },
      { kind: 'reinstated', effectiveOn: '2026-02-01' },
    ]);
    expect(matchingStanding(back, cutoff, 'current-spell')).toMatchObject({ kind: 'under-a-year', memberSince: '2026-02-01' });
    expect(matchingStanding(back, cutoff, 'first-spell')).toMatchObject({ kind: 'eligible', memberSince: '2018-01-01', completedYears: 8 });
  });

  it('leaves out a member matched three times already', () => {
    expect(matchingStanding(member('2010-01-01', [], 2), cutoff, 'current-spell').kind).toBe('eligible');
    expect(matchingStanding(member('2010-01-01', [], 3), cutoff, 'current-spell').kind).toBe('matched-out');
  });

  it('finds the latest cut-off and the age band on a day', () => {
    expect(latestMatchingYear('2026-09-29')).toBe(2025);
    expect(latestMatchingYear('2026-09-30')).toBe(2026);
    expect(ageBandOn('2008-10-01', cutoff)).toBe('child');
    expect(ageBandOn('2008-09-30', cutoff)).toBe('working-age');
    expect(ageBandOn('1966-09-30', cutoff)).toBe('elderly');
  });
});
