import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  fiscalYearOf,
  isValidIsoDate,
  isValidPeriod,
  lastDayOfPeriod,
  periodFromIndex,
  periodIndex,
  toBuddhistYear,
} from '../../../shared/domain/calendar-date';

describe('calendar dates', () => {
  it('knows real dates: leap years on the Gregorian year', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2024-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2567-01-01')).toBe(false);
    expect(isValidIsoDate('2024-2-9')).toBe(false);
    expect(isValidPeriod('2024-12')).toBe(true);
    expect(isValidPeriod('2024-13')).toBe(false);
  });

  it('counts months and days', () => {
    expect(periodFromIndex(periodIndex('2024-12') + 1)).toBe('2025-01');
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(lastDayOfPeriod('2024-02')).toBe('2024-02-29');
    expect(lastDayOfPeriod('2023-02')).toBe('2023-02-28');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('names the fiscal year by the C.E. year it ends in (1 Oct – 30 Sep by default, Decision 4)', () => {
    expect(fiscalYearOf('2023-09-30', 10)).toBe(2023);
    expect(fiscalYearOf('2023-10-01', 10)).toBe(2024);
    expect(fiscalYearOf('2024-09-30', 10)).toBe(2024);
    expect(fiscalYearOf('2024-10-01', 10)).toBe(2025);
    expect(toBuddhistYear(fiscalYearOf('2024-01-15', 10))).toBe(2567);
    expect(fiscalYearOf('2024-06-30', 1)).toBe(2024);
    expect(fiscalYearOf('2024-03-31', 4)).toBe(2024);
    expect(fiscalYearOf('2024-04-01', 4)).toBe(2025);
  });
});
