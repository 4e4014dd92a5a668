import { fiscalYearOf, type CalendarDate } from '../calendar-date';
import { memberCategories, memberCategoriesOn, type MemberCategory, type StoredMemberCategory } from './member-categories';
import { spellsOf, type StatusEvent } from './spells';

/** What the summary reads of one member (voided registrations are left out before). */
export type SummaryMember = {
  birthDate: CalendarDate;
  approvedOn: CalendarDate;
  villageId: number | null;
  flags: readonly StoredMemberCategory[];
  /** Her status events in force, oldest first. */
  events: readonly Pick<StatusEvent, 'kind' | 'effectiveOn'>[];
};

export type Counts = { cumulative: number; current: number };
export type YearCounts = { fiscalYear: number; joined: number; rejoined: number; left: number };

export type MemberFigures = {
  founding: number;
  totals: Counts;
  byCategory: Map<MemberCategory, Counts>;
  /** By village id; members with no village under 0. */
  byVillage: Map<number, Counts>;
  byFiscalYear: YearCounts[];
};

/**
 * The member figures of status form §3 as of the end of day `asOf` (Decision 7: events dated later do not count).
 * Cumulative is everyone approved by then; current is a member whose spell covers the day (a spell includes its
 * end date, Decision 6). Founding members are those approved on the founding date, at the founding meeting.
 * A current member's categories are her age on the day; a former member's are her age on the day she left,
 * so a member who died at 80 stays elderly in the cumulative count. Years run from founding to the day.
 */
export function memberFigures(
  members: Iterable<SummaryMember>,
  options: { asOf: CalendarDate; foundedOn: CalendarDate; fiscalYearStartMonth: number },
): MemberFigures {
  const { asOf, foundedOn, fiscalYearStartMonth } = options;
  const counts = (): Counts => ({ cumulative: 0, current: 0 });
  const byCategory = new Map<MemberCategory, Counts>(memberCategories.map((category) => [category, counts()]));
  const byVillage = new Map<number, Counts>();
  const first = fiscalYearOf(foundedOn, fiscalYearStartMonth);
  const last = fiscalYearOf(asOf, fiscalYearStartMonth);
  const years = new Map<number, YearCounts>();
  for (let year = first; year <= last; year += 1) years.set(year, { fiscalYear: year, joined: 0, rejoined: 0, left: 0 });
  const yearOf = (date: CalendarDate) => {
    const fiscalYear = fiscalYearOf(date, fiscalYearStartMonth);
    const found = years.get(fiscalYear) ?? { fiscalYear, joined: 0, rejoined: 0, left: 0 };
    years.set(fiscalYear, found);
    return found;
  };
  const totals = counts();
  let founding = 0;
  for (const member of members) {
    if (member.approvedOn > asOf) continue;
    const spells = spellsOf(
      member.approvedOn,
      member.events.filter((event) => event.effectiveOn <= asOf),
    );
    const latest = spells[spells.length - 1];
    const isCurrent = latest !== undefined && (latest.end === null || latest.end >= asOf);
    const ageDay = isCurrent || !latest?.end ? asOf : latest.end;
    const add = (target: Counts) => {
      target.cumulative += 1;
      if (isCurrent) target.current += 1;
    };
    add(totals);
    if (member.approvedOn === foundedOn) founding += 1;
    for (const category of memberCategoriesOn(member.birthDate, member.flags, ageDay)) add(byCategory.get(category) ?? counts());
    const village = byVillage.get(member.villageId ?? 0) ?? counts();
    add(village);
    byVillage.set(member.villageId ?? 0, village);
    spells.forEach((spell, index) => {
      if (index === 0) yearOf(spell.start).joined += 1;
      else yearOf(spell.start).rejoined += 1;
      if (spell.end !== null && spell.end < asOf) yearOf(spell.end).left += 1;
    });
  }
  return {
    founding,
    totals,
    byCategory,
    byVillage,
    byFiscalYear: [...years.values()].sort((left, right) => left.fiscalYear - right.fiscalYear),
  };
}
