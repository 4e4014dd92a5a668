import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { StoredPin } from '../db/repositories/people-repository';

/**
 * A person's PIN is kept only as an scrypt hash (issue 20 §2): a PIN has few digits, so the cost of each guess is
 * what protects it when the file leaves the PC. The parameters are stored beside each hash, so a later version can
 * raise them for new PINs and still check the old ones. N = 2^15, r = 8 takes about a tenth of a second here.
 */
const current = { name: 'scrypt', N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;
type KdfParams = { name: 'scrypt'; N: number; r: number; p: number; keyLength: number };

function derive(pin: string, salt: Buffer, params: KdfParams): Buffer {
  // scrypt needs 128·N·r bytes of memory; Node's default ceiling is exactly that at these parameters, so give room.
  return scryptSync(pin.normalize('NFC'), salt, params.keyLength, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r,
  });
}

export function hashPin(pin: string): StoredPin {
  const salt = randomBytes(16);
  return { hash: derive(pin, salt, current).toString('base64'), salt: salt.toString('base64'), kdf: JSON.stringify(current) };
}

/** Whether the PIN is the one stored, compared in constant time. */
export function pinMatches(pin: string, stored: StoredPin): boolean {
  const params = JSON.parse(stored.kdf) as KdfParams;
  const expected = Buffer.from(stored.hash, 'base64');
  const given = derive(pin, Buffer.from(stored.salt, 'base64'), { ...params, keyLength: expected.length });
  return given.length === expected.length && timingSafeEqual(given, expected);
}
