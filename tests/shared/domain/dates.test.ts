import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, parseBuddhistDate } from '../../../shared/domain/buddhist-date';
import { daysBetween, fiscalYearOf, isValidIsoDate, isValidPeriod } from '../../../shared/domain/calendar-date';

describe('Buddhist-era dates', () => {
  it('accepts 29 ก.พ. 2567 (2024 is a leap year) and refuses 29 ก.พ. 2566', () => {
    expect(parseBuddhistDate('29/02/2567')).toBe('2024-02-29');
    expect(parseBuddhistDate('29/02/2566')).toBeUndefined();
    expect(formatDate('2024-02-29', 'th')).toBe('29 ก.พ. 2567');
    expect(formatDate('2024-02-29', 'th', 'long')).toBe('29 กุมภาพันธ์ พ.ศ. 2567');
    expect(formatDate('2024-02-29', 'th', 'numeric')).toBe('29/02/2567');
    expect(formatDate('2024-02-29', 'en', 'long')).toBe('29 February B.E. 2567');
  });

  it('reads what people type: separators, Thai digits, two-digit B.E. years; refuses Gregorian years and non-dates', () => {
    expect(parseBuddhistDate('1-1-2549')).toBe('2006-01-01');
    expect(parseBuddhistDate('๑๕.๕.๒๕๑๓')).toBe('1970-05-15');
    expect(parseBuddhistDate('20/1/67')).toBe('2024-01-20');
    expect(parseBuddhistDate('20/01/2024')).toBeUndefined();
    expect(parseBuddhistDate('31/04/2567')).toBeUndefined();
    expect(parseBuddhistDate('00/01/2567')).toBeUndefined();
    expect(parseBuddhistDate('hello')).toBeUndefined();
  });

  it('formats periods', () => {
    expect(formatPeriod('2024-10', 'th')).toBe('ต.ค. 2567');
    expect(formatPeriod('2024-10', 'en')).toBe('Oct 2567');
  });
});

describe('calendar dates', () => {
  it('knows real dates and periods', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2567-01-01')).toBe(false);
    expect(isValidPeriod('2024-12')).toBe(true);
    expect(isValidPeriod('2024-13')).toBe(false);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('names the fiscal year by the year it ends in (1 Oct – 30 Sep by default)', () => {
    expect(fiscalYearOf('2023-10-01', 10)).toBe(2024);
    expect(fiscalYearOf('2024-09-30', 10)).toBe(2024);
    expect(fiscalYearOf('2024-10-01', 10)).toBe(2025);
    expect(fiscalYearOf('2024-06-30', 1)).toBe(2024);
  });
});
