import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, parseBuddhistDate, thaiMonthNames } from '../../../shared/domain/buddhist-date';

describe('formatting B.E. dates (Decision 3)', () => {
  it('shows 2024-02-29 as 29 ก.พ. 2567 in every style', () => {
    expect(formatDate('2024-02-29', 'th')).toBe('29 ก.พ. 2567');
    expect(formatDate('2024-02-29', 'th', 'short')).toBe('29 ก.พ. 2567');
    expect(formatDate('2024-02-29', 'th', 'long')).toBe('29 กุมภาพันธ์ พ.ศ. 2567');
    expect(formatDate('2024-02-29', 'th', 'numeric')).toBe('29/02/2567');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2567');
    expect(formatDate('2024-02-29', 'en', 'long')).toBe('29 February B.E. 2567');
    expect(formatDate('2024-02-29', 'en', 'numeric')).toBe('29/02/2567');
  });

  it('adds 543 across year ends and does not pad the day in words', () => {
    expect(formatDate('2023-12-31', 'th')).toBe('31 ธ.ค. 2566');
    expect(formatDate('2024-01-01', 'th', 'long')).toBe('1 มกราคม พ.ศ. 2567');
    expect(formatDate('2024-01-01', 'th', 'numeric')).toBe('01/01/2567');
    expect(formatDate('1970-05-15', 'en', 'long')).toBe('15 May B.E. 2513');
  });

  it('formats periods', () => {
    expect(formatPeriod('2024-02', 'th')).toBe('ก.พ. 2567');
    expect(formatPeriod('2024-02', 'en')).toBe('Feb 2567');
    expect(formatPeriod('2024-10', 'th')).toBe('ต.ค. 2567');
  });

  it('names twelve months, long and short', () => {
    expect(thaiMonthNames.long).toHaveLength(12);
    expect(thaiMonthNames.short).toHaveLength(12);
    expect(thaiMonthNames.long[0]).toBe('มกราคม');
    expect(thaiMonthNames.short[11]).toBe('ธ.ค.');
  });
});

describe('parsing B.E. dates typed on screen', () => {
  it('accepts 29/02/2567 (2024 is a leap year) and refuses 29/02/2566', () => {
    expect(parseBuddhistDate('29/02/2567')).toBe('2024-02-29');
    expect(parseBuddhistDate('29/02/2566')).toBeUndefined();
    expect(parseBuddhistDate('28/02/2566')).toBe('2023-02-28');
  });

  it('takes /, - and . separators, one-digit parts, Thai digits and spaces around', () => {
    expect(parseBuddhistDate('1-1-2549')).toBe('2006-01-01');
    expect(parseBuddhistDate('1.1.2549')).toBe('2006-01-01');
    expect(parseBuddhistDate(' 5/6/2567 ')).toBe('2024-06-05');
    expect(parseBuddhistDate('๑๕.๕.๒๕๑๓')).toBe('1970-05-15');
    expect(parseBuddhistDate('๒๙/๐๒/๒๕๖๗')).toBe('2024-02-29');
  });

  it('reads a two-digit year as B.E. 25yy', () => {
    expect(parseBuddhistDate('20/1/67')).toBe('2024-01-20');
    expect(parseBuddhistDate('29/2/67')).toBe('2024-02-29');
    expect(parseBuddhistDate('29/2/66')).toBeUndefined();
  });

  it('refuses Gregorian-looking years: the screen always takes B.E.', () => {
    expect(parseBuddhistDate('20/01/2024')).toBeUndefined();
    expect(parseBuddhistDate('20/01/1800')).toBeUndefined();
    expect(parseBuddhistDate('20/01/2399')).toBeUndefined();
    expect(parseBuddhistDate('20/01/2400')).toBe('1857-01-20');
  });

  it.each([
    '31/04/2567',
    '00/01/2567',
    '32/01/2567',
    '15/13/2567',
    '15/00/2567',
    '1/1/567',
    '1/1/25670',
    'hello',
    '',
    '2024-02-29',
    '29//2567',
  ])('refuses %j', (text) => {
    expect(parseBuddhistDate(text)).toBeUndefined();
  });

  it('round-trips with the numeric format', () => {
    for (const iso of ['2024-02-29', '2023-10-01', '2026-12-31', '1990-07-04']) {
      expect(parseBuddhistDate(formatDate(iso, 'th', 'numeric'))).toBe(iso);
    }
  });
});
