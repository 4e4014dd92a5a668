import type { CalendarDate } from '../calendar-date';

export type MemberStatus = 'active' | 'resigned' | 'deceased' | 'lapsed';
export type StatusEventKind = MemberStatus | 'reinstated';

/** A dated change of a member's status (Decision 6): the spells are derived from these, never stored. */
export type StatusEvent = {
  id: number;
  kind: StatusEventKind;
  effectiveOn: CalendarDate;
  reason: string;
  meetingRef: string;
};

/** A membership spell (Decision 6): from its start date to its end date inclusive, or still open. */
export type MemberSpell = { start: CalendarDate; end: CalendarDate | null };

/**
 * Membership spells from the approval date and the dated status events in force, oldest first: an exit ends
 * the open spell on its date (inclusive); a reinstatement opens a new one.
 */
export function spellsOf(approvedOn: CalendarDate, events: readonly Pick<StatusEvent, 'kind' | 'effectiveOn'>[]): MemberSpell[] {
  const spells: MemberSpell[] = [{ start: approvedOn, end: null }];
  for (const event of events) {
    const current = spells[spells.length - 1];
    if (!current) continue;
    if (event.kind === 'reinstated') spells.push({ start: event.effectiveOn, end: null });
    else if (event.kind !== 'active' && current.end === null) current.end = event.effectiveOn;
  }
  return spells;
}
