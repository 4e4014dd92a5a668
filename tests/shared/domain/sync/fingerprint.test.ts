import { describe, expect, it } from 'vitest';
import { fingerprintGroupCount, fingerprintGroups, formatFingerprint } from '../../../../shared/domain/sync/fingerprint';

function bytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

describe('the fund key fingerprint read aloud (Decision 17)', () => {
  it('reads the SHA-256 of a fixed key as six groups of five digits', () => {
    // RFC 8032 §7.1 test 1's public key d75a9801…f707511a; its SHA-256, computed apart:
    const digest = bytes('21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9');
    expect(fingerprintGroups(digest)).toEqual(['02145', '44043', '66322', '31051', '70008', '37623']);
    expect(formatFingerprint(digest)).toBe('02145 44043 66322 31051 70008 37623');
  });

  it('takes each 5-byte chunk big-endian, mod 100 000, zero-padded, and ignores the bytes past the sixth chunk', () => {
    const digest = new Uint8Array(32);
    digest.set([0, 0, 0, 0, 1], 0);
    digest.set([0xff, 0xff, 0xff, 0xff, 0xff], 5);
    digest.set([0, 0, 0, 0x01, 0x00], 10);
    digest.fill(0xaa, 30);
    expect(fingerprintGroups(digest)).toEqual(['00001', '27775', '00256', '00000', '00000', '00000']);
    expect(fingerprintGroups(digest)).toHaveLength(fingerprintGroupCount);
  });

  it('refuses a digest too short to give every group', () => {
    expect(() => fingerprintGroups(new Uint8Array(29))).toThrow(/too short/);
  });
});
