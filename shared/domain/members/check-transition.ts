import type { CalendarDate } from '../calendar-date';
import { failure, success, type Result } from '../result';
import type { MemberSpell, MemberStatus, StatusEventKind } from './spells';

/** The member as the transition rules see it: the current status and the spells so far. */
export type MemberStanding = { status: MemberStatus; approvedOn: CalendarDate; spells: readonly MemberSpell[] };

/** The event asked for; `field`s in the refusals are these names. */
export type StatusChange = { kind: StatusEventKind; effectiveOn: CalendarDate };

/**
 * Which status events may follow the member's current status (Decisions 6 and 8): nothing after a death; a
 * reinstatement only of a resigned or lapsed member, after the spell ended; an exit only of an active member
 * (a death of anyone living), not before the spell began. What a lapse rests on (the committee's resolution, or the
 * meeting in words) is checked where it is recorded (electron/backend/steps/lapses.ts).
 */
export function checkTransition(member: MemberStanding, change: StatusChange, today: CalendarDate): Result<void> {
  if (change.effectiveOn > today) return failure('date-in-future', 'effectiveOn');
  if (member.status === 'deceased') return failure('already-deceased', 'kind');
  const lastSpell = member.spells[member.spells.length - 1];
  const since = lastSpell?.end ?? lastSpell?.start ?? member.approvedOn;
  if (change.kind === 'reinstated') {
    if (member.status !== 'resigned' && member.status !== 'lapsed')
      return failure('status-not-allowed', 'kind', { status: change.kind, current: member.status });
    if (change.effectiveOn <= since) return failure('status-date-before-spell', 'effectiveOn', { since });
    return success(undefined);
  }
  if (member.status !== 'active' && change.kind !== 'deceased')
    return failure('status-not-allowed', 'kind', { status: change.kind, current: member.status });
  if (change.effectiveOn < since) return failure('status-date-before-spell', 'effectiveOn', { since });
  return success(undefined);
}
