import { describe, expect, it } from 'vitest';
import { ageOn, anniversaryIn, completedMonths, completedYears } from '../../../../shared/domain/welfare/durations';

describe('completed years and months (Decision 11)', () => {
  it('counts a year complete on its anniversary day, not the day before', () => {
    expect(completedYears('2021-01-15', '2022-01-14')).toBe(0);
    expect(completedYears('2021-01-15', '2022-01-15')).toBe(1);
    expect(completedMonths('2021-01-15', '2023-04-15')).toBe(27); // 2 years 3 months
    expect(completedMonths('2021-01-15', '2023-04-14')).toBe(26);
    expect(completedYears('2021-01-15', '2021-01-15')).toBe(0);
  });

  it('lets a 29 Feb membership anniversary fall on 28 Feb in a common year', () => {
    expect(completedYears('2024-02-29', '2025-02-27')).toBe(0);
    expect(completedYears('2024-02-29', '2025-02-28')).toBe(1);
    expect(completedYears('2024-02-29', '2028-02-28')).toBe(3); // 2028 is a leap year: the anniversary is 29 Feb
    expect(completedYears('2024-02-29', '2028-02-29')).toBe(4);
    expect(anniversaryIn('2024-02-29', 2025)).toBe('2025-02-28');
    expect(anniversaryIn('2024-02-29', 2028)).toBe('2028-02-29');
  });

  it('lets a 29 Feb birthday fall on 28 Feb: age 60 on 28 Feb 2021 for someone born 29 Feb 1960', () => {
    expect(ageOn('1960-02-29', '2020-02-28')).toBe(59);
    expect(ageOn('1960-02-29', '2020-02-29')).toBe(60);
    expect(ageOn('1960-02-29', '2021-02-27')).toBe(60);
    expect(ageOn('1960-02-29', '2021-02-28')).toBe(61);
    expect(ageOn('1960-02-29', '2019-02-28')).toBe(59);
    expect(ageOn('1960-02-29', '2019-02-27')).toBe(58);
  });

  it('clamps month-ends: 31 Jan + 1 month is the end of February', () => {
    expect(completedMonths('2023-01-31', '2023-02-27')).toBe(0);
    expect(completedMonths('2023-01-31', '2023-02-28')).toBe(1);
    expect(completedMonths('2023-01-31', '2023-03-30')).toBe(1);
    expect(completedMonths('2023-01-31', '2023-03-31')).toBe(2);
  });
});
