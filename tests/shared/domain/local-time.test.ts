import { describe, expect, it } from 'vitest';
import { formatInstant, formatInstantDate } from '../../../shared/domain/buddhist-date';
import { localDateOf, localDateTimeOf } from '../../../shared/domain/local-time';

describe('Thai time for instants (issue 14 §8)', () => {
  it('reads a UTC instant seven hours later, crossing days, months and years', () => {
    expect(localDateTimeOf('2026-11-25T03:00:00.000Z')).toEqual({ date: '2026-11-25', time: '10:00' });
    expect(localDateTimeOf('2026-09-30T18:30:00.000Z')).toEqual({ date: '2026-10-01', time: '01:30' });
    expect(localDateTimeOf('2026-12-31T17:00:00Z')).toEqual({ date: '2027-01-01', time: '00:00' });
    expect(localDateTimeOf('2024-02-28T20:15:09.5Z')).toEqual({ date: '2024-02-29', time: '03:15' });
    expect(localDateTimeOf('2026-03-01T00:10:00+09:00')).toEqual({ date: '2026-02-28', time: '22:10' });
    expect(localDateTimeOf('2026-03-01 00:10')).toBeUndefined();
    expect(localDateOf('2026-09-30T16:59:59.999Z')).toBe('2026-09-30');
    expect(localDateOf('2026-09-30T17:00:00.000Z')).toBe('2026-10-01');
  });

  it('shows an instant as the treasurer reads it, in B.E. and Thai time', () => {
    expect(formatInstant('2026-09-30T18:30:00.000Z', 'th')).toBe('1 ต.ค. 2569 01:30 น.');
    expect(formatInstant('2026-09-30T18:30:00.000Z', 'en')).toBe('1 Oct 2569 01:30');
    expect(formatInstantDate('2026-09-30T18:30:00.000Z', 'th')).toBe('1 ต.ค. 2569');
    expect(formatInstant('not a time', 'th')).toBe('not a time');
  });
});
