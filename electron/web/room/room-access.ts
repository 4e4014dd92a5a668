import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';

/**
 * The room code (issue 19 §4, reliability.md §(d) "LAN mode"): 8 characters read off a projector or aloud, so no
 * 0/O/1/I. The alphabet has 32 letters, and `randomInt` draws each one evenly from the system's crypto source.
 */
export const roomCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const roomCodeLength = 8;

export function newRoomCode(): string {
  return Array.from({ length: roomCodeLength }, () => roomCodeAlphabet[randomInt(roomCodeAlphabet.length)]).join('');
}

/** What a participant typed, as the code is written: spaces and dashes dropped, letters upper-case. */
export function normalizedRoomCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** Compares HMACs with timingSafeEqual, as the per-launch token does: a wrong length neither throws nor answers faster. */
export function createCodeChecker(code: string): (typed: string) => boolean {
  const key = randomBytes(32);
  const expected = createHmac('sha256', key).update(code).digest();
  return (typed) => timingSafeEqual(createHmac('sha256', key).update(normalizedRoomCode(typed)).digest(), expected);
}

export const lockoutFailures = 5;
export const lockoutMilliseconds = 5 * 60_000;

/**
 * Brute force (reliability.md §(d)): 5 wrong codes from one address lock that address out for 5 minutes, the right
 * code included; 32^8 codes leave a locked-out guesser nowhere.
 */
export class Lockout {
  private readonly byAddress = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(private readonly now: () => number) {}

  /** Milliseconds the address stays locked out; 0 when it may try. */
  remaining(address: string): number {
    const entry = this.byAddress.get(address);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  /** Counts a wrong code; answers the lock it starts, if this was the fifth. */
  fail(address: string): number {
    const entry = this.byAddress.get(address) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= lockoutFailures) {
      entry.failures = 0;
      entry.lockedUntil = this.now() + lockoutMilliseconds;
    }
    this.byAddress.set(address, entry);
    return this.remaining(address);
  }

  succeed(address: string): void {
    this.byAddress.delete(address);
  }
}

/**
 * Participants' session tokens: 32 random bytes each, kept only as an HMAC under a key of this room, so the room
 * never holds a token it could leak; sent back in `X-SWF-Token`, never a cookie.
 */
export class SessionTokens<T> {
  private readonly key = randomBytes(32);
  private readonly byDigest = new Map<string, T>();

  private digest(token: string): string {
    return createHmac('sha256', this.key).update(token).digest('hex');
  }

  issue(value: T): string {
    const token = randomBytes(32).toString('base64url');
    this.byDigest.set(this.digest(token), value);
    return token;
  }

  find(token: string | undefined): T | undefined {
    return typeof token === 'string' ? this.byDigest.get(this.digest(token)) : undefined;
  }

  revoke(value: T): void {
    for (const [digest, held] of this.byDigest) if (held === value) this.byDigest.delete(digest);
  }

  clear(): void {
    this.byDigest.clear();
  }
}

/** This machine's IPv4 addresses on its networks (not loopback): where participants can reach it. */
export function machineAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}
