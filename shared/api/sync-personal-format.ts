import { z } from 'zod';

/**
 * The full-data option of the sync file (Decision 18, issue 18 §3): the members' personal data, which a
 * pseudonymous file leaves at home, travels as one more entry encrypted to the regional workspace's X25519 key,
 * and the workspace's public key travels to the fund as a small key file (`.swfkey`). These schemas are the
 * plaintext lines the workspace decrypts and checks, the manifest's description of the entry, and the key file;
 * docs/sync-format.md gives the construction and its JSON Schemas are generated from these.
 */

/** The encrypted entry's name in the ZIP, after the record parts; stored (ciphertext does not compress). */
export const personalEntry = 'records/personal.enc';
/** HKDF's info: names this use of the shared secret, so the key derived here is used for nothing else. */
export const personalKeyInfo = 'SWF-SYNC-PERSONAL-v1';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const citizenId = z.string().regex(/^\d{13}$/);
/** A raw 32-byte X25519 public key, base64 with its padding. */
const rawKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
/** Six groups of five digits, as shared/domain/sync/fingerprint.ts shapes every key's fingerprint. */
export const fingerprintText = z.string().regex(/^\d{5}( \d{5}){5}$/);
const text = (max: number) => z.string().max(max);

/** A member's home, as the member form keeps it: the village by its name and หมู่, the rest as typed. */
const address = z.strictObject({
  houseNo: text(40),
  moo: z.int().min(0).max(99).nullable(),
  village: text(200),
  soi: text(200),
  road: text(200),
  subdistrict: text(200),
  district: text(200),
  province: text(200),
  postcode: text(10),
});

/** Whom the member named to receive her death benefit, in the order and shares she gave. */
const beneficiary = z.strictObject({
  fullName: text(200),
  relationship: text(40),
  share: z.number().min(0).max(100),
  citizenId: citizenId.nullable(),
  phone: text(40).nullable(),
});

/** A dependent's name and ID: the dependents part carries the rest by the same UUID. */
const dependent = z.strictObject({ uuid, fullName: text(200), citizenId: citizenId.nullable() });

/** Who was paid a payout of the member's claims: the payouts part carries the money by the same UUID. */
const payee = z.strictObject({ payoutUuid: uuid, payeeName: text(200) });

/**
 * One member's personal data, a line of the decrypted entry, sorted by `uuid` (the member's, as in the members
 * part): what the pseudonymous parts leave out.
 */
export const personalRecord = z.strictObject({
  uuid,
  citizenId: citizenId.nullable(),
  title: text(40),
  firstName: text(200),
  lastName: text(200),
  birthDate: day.nullable(),
  phone: text(40),
  address,
  beneficiaries: z.array(beneficiary).max(50),
  dependents: z.array(dependent).max(100),
  payees: z.array(payee).max(1000),
});
export type PersonalRecord = z.infer<typeof personalRecord>;

/** In the manifest of a full-data file: whose key the entry is encrypted to, and the sender's one-time key. */
export const personalRecipient = z.strictObject({
  algorithm: z.literal('x25519'),
  fingerprint: fingerprintText,
  ephemeralPublicKey: rawKey,
});

/** In the manifest of a full-data file: the encrypted entry's SHA-256, byte count and member count. */
export const personalPart = z.strictObject({
  name: z.literal(personalEntry),
  sha256,
  bytes: z.int().min(0),
  records: z.int().min(0),
});

/** The regional workspace's public key file (`.swfkey`), canonical JSON. */
export const recipientKeyFile = z.strictObject({
  format: z.literal('swfkey'),
  version: z.literal(1),
  algorithm: z.literal('x25519'),
  publicKey: rawKey,
  fingerprint: fingerprintText,
  /** The workspace's name (its file's name), to tell two offices' keys apart; null when unknown. */
  workspace: text(200).nullable(),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/),
});
export type RecipientKeyFile = z.infer<typeof recipientKeyFile>;
/** A key file is a few hundred bytes; anything much larger is not one. */
export const recipientKeyFileMaxBytes = 4096;
