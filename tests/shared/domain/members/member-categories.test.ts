import { describe, expect, it } from 'vitest';
import { formatIsoDate, daysInMonth } from '../../../../shared/domain/calendar-date';
import { latestBirthDateAged, memberCategoriesOn } from '../../../../shared/domain/members/member-categories';
import { ageOn } from '../../../../shared/domain/welfare/durations';

describe('member categories (status form §3.3)', () => {
  it('derives child and elderly from the age on the day, adds the flags, and is general otherwise', () => {
    expect(memberCategoriesOn('2008-11-26', [], '2026-11-25')).toEqual(['child']);
    expect(memberCategoriesOn('2008-11-25', [], '2026-11-25')).toEqual(['general']);
    expect(memberCategoriesOn('1966-11-25', ['disabled'], '2026-11-25')).toEqual(['elderly', 'disabled']);
    expect(memberCategoriesOn('1966-11-26', ['orphan', 'disadvantaged'], '2026-11-25')).toEqual(['disadvantaged', 'orphan']);
  });

  it('bounds birth dates exactly as ageOn counts ages, 29 February included', () => {
    const days = ['2023-02-28', '2024-02-28', '2024-02-29', '2025-02-28', '2025-03-01', '2026-11-25', '2028-02-29'];
    for (const day of days) {
      for (const age of [18, 60]) {
        const bound = latestBirthDateAged(age, day);
        const year = Number(day.slice(0, 4)) - age;
        for (const month of [1, 2, 3, 11, 12]) {
          for (let date = 1; date <= daysInMonth(year, month); date += 1) {
            const birth = formatIsoDate({ year, month, day: date });
            expect(ageOn(birth, day) >= age, `${birth} on ${day}`).toBe(birth <= bound);
          }
        }
      }
    }
  });
});
