import { describe, expect, it } from 'vitest';
import { formatThaiId, isValidThaiId, normalizeThaiId, thaiIdCheckDigit } from '../../../../shared/domain/members/thai-id';

describe('Thai citizen ID', () => {
  it('accepts the verified example and its printed forms', () => {
    expect(thaiIdCheckDigit('301230456708')).toBe(2);
    expect(isValidThaiId('3012304567082')).toBe(true);
    expect(isValidThaiId('3-0123-04567-08-2')).toBe(true);
    expect(isValidThaiId(' 3 0123 04567 08 2 ')).toBe(true);
  });

  it('refuses a wrong check digit, a leading 9, wrong lengths and letters', () => {
    expect(isValidThaiId('3012304567083')).toBe(false);
    expect(isValidThaiId(`9${'301230456708'.slice(1)}${thaiIdCheckDigit(`9${'301230456708'.slice(1)}`)}`)).toBe(false);
    expect(isValidThaiId('301230456708')).toBe(false);
    expect(isValidThaiId('30123045670820')).toBe(false);
    expect(isValidThaiId('30123O4567082')).toBe(false);
    expect(isValidThaiId('')).toBe(false);
  });

  it('accepts a leading 0 (people without registration status) when the check digit holds', () => {
    const first12 = '012345678901';
    expect(isValidThaiId(`${first12}${thaiIdCheckDigit(first12)}`)).toBe(true);
  });

  it('normalizes and formats 1-4-5-2-1', () => {
    expect(normalizeThaiId('3-0123-04567-08-2')).toBe('3012304567082');
    expect(formatThaiId('3012304567082')).toBe('3-0123-04567-08-2');
    expect(formatThaiId('12345')).toBe('12345');
  });
});
