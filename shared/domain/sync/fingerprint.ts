/**
 * The fund key's fingerprint as a treasurer reads it aloud to her regional officer (Decision 17): groups of five
 * decimal digits, as Signal shows a safety number. Each group is one 5-byte chunk of the SHA-256 of the raw
 * 32-byte Ed25519 public key, read as a big-endian integer, mod 100 000, zero-padded. A 32-byte digest holds six
 * whole chunks: 30 digits, about 100 bits, what Signal reads for one party's key. The hashing is the backend's;
 * this only shapes the digest it is handed.
 */
export const fingerprintGroupCount = 6;

const bytesPerGroup = 5;
const digitsPerGroup = 5;
const groupModulus = 10 ** digitsPerGroup;

/** The groups of a digest of at least 30 bytes (the SHA-256 of the public key), first chunk first. */
export function fingerprintGroups(digest: Uint8Array): string[] {
  if (digest.length < fingerprintGroupCount * bytesPerGroup) throw new Error('fingerprint digest too short');
  return Array.from({ length: fingerprintGroupCount }, (_, group) => {
    // 40 bits fit a JavaScript number exactly (2^53), so no BigInt is needed.
    let value = 0;
    for (let index = 0; index < bytesPerGroup; index += 1) value = value * 256 + (digest[group * bytesPerGroup + index] ?? 0);
    return String(value % groupModulus).padStart(digitsPerGroup, '0');
  });
}

/** The groups on one line, a space between each: "12345 67890 …". */
export function formatFingerprint(digest: Uint8Array): string {
  return fingerprintGroups(digest).join(' ');
}
