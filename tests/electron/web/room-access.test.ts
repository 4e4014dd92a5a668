import { describe, expect, it } from 'vitest';
import {
  createCodeChecker,
  Lockout,
  lockoutMilliseconds,
  newRoomCode,
  roomCodeAlphabet,
  SessionTokens,
} from '../../../electron/web/room/room-access';

/** The room's secrets (issue 19 §4): the code, the lockout, participants' tokens. */
describe('room access', () => {
  it('makes 8-character codes from an alphabet without 0/O/1/I, every letter in use', () => {
    expect(roomCodeAlphabet).toHaveLength(32);
    expect(roomCodeAlphabet).not.toMatch(/[0O1I]/);
    const seen = new Set<string>();
    const codes = Array.from({ length: 2000 }, () => newRoomCode());
    for (const code of codes) {
      expect(code).toMatch(new RegExp(`^[${roomCodeAlphabet}]{8}$`));
      for (const letter of code) seen.add(letter);
    }
    expect(seen.size).toBe(32);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('accepts the code as people type it and nothing else, whatever its length', () => {
    const check = createCodeChecker('KKM7M7NU');
    for (const typed of ['KKM7M7NU', 'kkm7m7nu', 'KKM7-M7NU', ' kkm7 m7nu ']) expect(check(typed), typed).toBe(true);
    for (const typed of ['', 'KKM7M7N', 'KKM7M7NUU', 'KKM7M7NO', 'é'.repeat(40)]) expect(check(typed), typed).toBe(false);
  });

  it('locks an address after 5 failures for 5 minutes, others untouched; a success clears its count', () => {
    let now = 0;
    const lockout = new Lockout(() => now);
    for (let failure = 1; failure <= 4; failure += 1) expect(lockout.fail('10.0.0.5')).toBe(0);
    lockout.succeed('10.0.0.5');
    for (let failure = 1; failure <= 4; failure += 1) expect(lockout.fail('10.0.0.5')).toBe(0);
    expect(lockout.fail('10.0.0.5')).toBe(lockoutMilliseconds);
    expect(lockout.remaining('10.0.0.6')).toBe(0);
    now += lockoutMilliseconds - 1;
    expect(lockout.remaining('10.0.0.5')).toBe(1);
    now += 1;
    expect(lockout.remaining('10.0.0.5')).toBe(0);
  });

  it('a token finds its holder until revoked; a wrong or missing one finds nobody', () => {
    const tokens = new SessionTokens<{ name: string }>();
    const holder = { name: 'ที่นั่ง 1' };
    const token = tokens.issue(holder);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokens.find(token)).toBe(holder);
    expect(tokens.find(`${token}x`)).toBeUndefined();
    expect(tokens.find(undefined)).toBeUndefined();
    tokens.revoke(holder);
    expect(tokens.find(token)).toBeUndefined();
  });
});
