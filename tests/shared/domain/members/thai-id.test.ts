import { describe, expect, it } from 'vitest';
import { formatThaiId, isValidThaiId, normalizeThaiId, thaiIdCheckDigit } from '../../../../shared/domain/members/thai-id';

/** A valid ID with the given first twelve digits. */
const withCheckDigit = (first12: string): string => `${first12}${thaiIdCheckDigit(first12)}`;

describe('Thai citizen ID (Decision 5, §(f)1)', () => {
  it('accepts the verified example 3012304567082 and its printed forms', () => {
    expect(thaiIdCheckDigit('301230456708')).toBe(2);
    expect(isValidThaiId('3012304567082')).toBe(true);
    expect(isValidThaiId('3-0123-04567-08-2')).toBe(true);
    expect(isValidThaiId(' 3 0123 04567 08 2 ')).toBe(true);
  });

  it('computes the check digit as (11 − Σ dᵢ × (14 − i) mod 11) mod 10', () => {
    // 1×13 + 1×12 + … + 1×2 = 90; 90 mod 11 = 2; 11 − 2 = 9.
    expect(thaiIdCheckDigit('111111111111')).toBe(9);
    // Sum 0: 11 − 0 = 11, mod 10 = 1.
    expect(thaiIdCheckDigit('000000000000')).toBe(1);
    // 1×13 = 13 ≡ 2: 11 − 2 = 9; and a remainder of 1 gives 10, which becomes 0.
    expect(thaiIdCheckDigit('100000000000')).toBe(9);
    expect(thaiIdCheckDigit('000000000006')).toBe(0); // 6 × 2 = 12 ≡ 1 (mod 11)
  });

  it('refuses a wrong check digit', () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(isValidThaiId(`301230456708${digit}`)).toBe(digit === 2);
    }
  });

  it('refuses a first digit 9 even when the check digit holds, and accepts 0', () => {
    expect(isValidThaiId(withCheckDigit('901230456708'))).toBe(false);
    expect(isValidThaiId(withCheckDigit('001230456708'))).toBe(true);
    expect(isValidThaiId(withCheckDigit('801230456708'))).toBe(true);
  });

  it('refuses wrong lengths, letters and other separators', () => {
    expect(isValidThaiId('301230456708')).toBe(false);
    expect(isValidThaiId('30123045670820')).toBe(false);
    expect(isValidThaiId('30123O4567082')).toBe(false);
    expect(isValidThaiId('a012304567082')).toBe(false);
    expect(isValidThaiId('3.0123.04567.08.2')).toBe(false);
    expect(isValidThaiId('')).toBe(false);
  });

  it('normalizes by dropping spaces and dashes', () => {
    expect(normalizeThaiId('3-0123-04567-08-2')).toBe('3012304567082');
    expect(normalizeThaiId(' 3 0123 04567-08-2 ')).toBe('3012304567082');
  });

  it('formats N-NNNN-NNNNN-NN-N, and leaves anything else as it was', () => {
    expect(formatThaiId('3012304567082')).toBe('3-0123-04567-08-2');
    expect(formatThaiId('3 0123 04567 08 2')).toBe('3-0123-04567-08-2');
    expect(formatThaiId('12345')).toBe('12345');
    expect(formatThaiId('30123O4567082')).toBe('30123O4567082');
  });
});
