import { z } from 'zod';
import { personalEntry, personalPart, personalRecipient } from './sync-personal-format';

/**
 * The `.swfsync` file's contents (Decision 17, reliability §(c)), as zod schemas: the exporter builds its rows to
 * these shapes, the collector parses every line with them, and docs/sync-format.md's JSON Schemas are generated
 * from them (a test keeps the document current). A reader in another language needs only the document.
 *
 * `formatVersion` is the container (entry names, signature prefix, canonical ZIP); `schemaVersion` the record
 * shapes below. Either changes only with a new number and a changelog line in the document.
 */
export const syncFormatVersion = 1;
export const syncSchemaVersion = 2;
/** Put before the manifest's canonical JSON when signing, so this use of the fund's key is told from any other. */
export const signaturePrefix = 'SWF-SYNC-MANIFEST-v1\n';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const satang = z.int();
const count = z.int().min(0);
const code = z.string().min(1).max(40);

/** Members, pseudonymous (Decision 18): the HMAC of the citizen ID under the fund's secret, never the ID itself. */
export const memberRecord = z.strictObject({
  uuid,
  citizenIdHmac: sha256.nullable(),
  birthYear: z.int().min(1800).max(2200).nullable(),
  gender: z.enum(['male', 'female', 'unspecified']),
  categories: z.array(code),
  villageCode: z
    .string()
    .regex(/^\d{8}$/)
    .nullable(),
  appliedOn: day,
  approvedOn: day.nullable(),
  status: code,
  statusSince: day.nullable(),
  voided: z.boolean(),
});

export const statusEventRecord = z.strictObject({
  uuid,
  memberUuid: uuid,
  kind: code,
  effectiveOn: day,
  lapseReason: code.nullable(),
  voided: z.boolean(),
});

export const dependentRecord = z.strictObject({
  uuid,
  memberUuid: uuid,
  relationship: code,
  gender: z.enum(['male', 'female', 'unspecified']),
  birthYear: z.int().min(1800).max(2200).nullable(),
});

export const welfareTypeRecord = z.strictObject({
  uuid,
  code,
  category: code,
  nameTh: z.string().max(200),
  nameEn: z.string().max(200),
});

export const claimRecord = z.strictObject({
  uuid,
  claimNo: z.string().max(40).nullable(),
  memberUuid: uuid,
  welfareTypeUuid: uuid,
  forDependent: z.boolean(),
  eventOn: day,
  state: code,
  computedSatang: satang,
  reversed: z.boolean(),
});

/** A payout to one payee; the payee's name stays home. */
export const payoutRecord = z.strictObject({
  uuid,
  claimUuid: uuid,
  paidOn: day,
  grossSatang: satang,
  deductedSatang: satang,
  reversed: z.boolean(),
});

/** A community-welfare payment: category, day, amount and how many were helped; its description stays home. */
export const communityPaymentRecord = z.strictObject({
  uuid,
  category: code,
  paidOn: day,
  amountSatang: satang,
  beneficiaries: count.nullable(),
  reversed: z.boolean(),
});

export const committeeTermRecord = z.strictObject({ uuid, termNo: z.int().min(1), startsOn: day, endsOn: day });

/** A seat: position and community role; a member's seat names the member's UUID, an outsider's nobody. */
export const committeeSeatRecord = z.strictObject({
  uuid,
  termUuid: uuid,
  position: code,
  communityRole: code,
  memberUuid: uuid.nullable(),
  startsOn: day,
  endsOn: day.nullable(),
});

export const meetingRecord = z.strictObject({
  uuid,
  kind: code,
  meetingNo: z.int().min(1),
  meetingYear: z.int(),
  meetingOn: day,
  held: z.boolean(),
  present: count,
  resolutions: count,
});

export const bylawVersionRecord = z.strictObject({
  uuid,
  versionNo: z.int().min(1),
  amendmentNo: z.int().min(0).nullable(),
  adoptedOn: day,
  /** The essential clause items the version's checklist says it covers. */
  clauseItems: z.array(code),
  voided: z.boolean(),
});

export const grantRecord = z.strictObject({
  uuid,
  source: code,
  status: code,
  requestedOn: day.nullable(),
  approvedOn: day.nullable(),
  receivedOn: day.nullable(),
  requestedSatang: satang.nullable(),
  approvedSatang: satang.nullable(),
  receivedSatang: satang.nullable(),
});

/** Money as totals (Decision 17): debits and credits per ledger account and calendar month. */
export const accountMonthRecord = z.strictObject({
  account: z.string().regex(/^\d{4}$/),
  month,
  debitSatang: satang,
  creditSatang: satang,
});

/** Contributions per member and fiscal year (named by the C.E. year it ends in, Decision 4): receipts not voided. */
export const memberYearRecord = z.strictObject({
  memberUuid: uuid,
  fiscalYear: z.int(),
  months: count,
  contributedSatang: satang,
});

/** The record parts' short names (`members` for `records/members.jsonl`): how the removed part names a part. */
export const recordPartShortNames = [
  'members',
  'status-events',
  'dependents',
  'welfare-types',
  'claims',
  'payouts',
  'community-payments',
  'committee-terms',
  'committee-seats',
  'meetings',
  'bylaw-versions',
  'grants',
  'account-months',
  'member-years',
] as const;
export type RecordPartShortName = (typeof recordPartShortNames)[number];

/**
 * A record the previous file carried that the fund no longer has (an incremental file, schema 2): its part and
 * its key (the UUID; `account/month` and `memberUuid/fiscalYear` for the totals). Empty in a full file.
 */
export const removedRecord = z.strictObject({
  part: z.enum(recordPartShortNames),
  key: z.string().min(1).max(80),
});

/**
 * Every record part, by entry name, in the order the exporter writes them. Records are sorted by their UUID (the
 * totals, which have none, by their key fields in the order listed), one canonical JSON object a line.
 */
export const recordParts = {
  'records/members.jsonl': memberRecord,
  'records/status-events.jsonl': statusEventRecord,
  'records/dependents.jsonl': dependentRecord,
  'records/welfare-types.jsonl': welfareTypeRecord,
  'records/claims.jsonl': claimRecord,
  'records/payouts.jsonl': payoutRecord,
  'records/community-payments.jsonl': communityPaymentRecord,
  'records/committee-terms.jsonl': committeeTermRecord,
  'records/committee-seats.jsonl': committeeSeatRecord,
  'records/meetings.jsonl': meetingRecord,
  'records/bylaw-versions.jsonl': bylawVersionRecord,
  'records/grants.jsonl': grantRecord,
  'records/account-months.jsonl': accountMonthRecord,
  'records/member-years.jsonl': memberYearRecord,
  'records/removed.jsonl': removedRecord,
} as const;
export type RecordPartName = keyof typeof recordParts;
export const recordPartNames = Object.keys(recordParts) as RecordPartName[];

/** The fixed entries besides the record parts; nothing else may stand in the ZIP. */
export const manifestEntry = 'manifest.json';
export const signatureEntry = 'manifest.sig';
export const statusFormEntry = 'status-form.json';
export const syncEntryNames: readonly string[] = [manifestEntry, signatureEntry, statusFormEntry, ...recordPartNames, personalEntry];

const part = z.strictObject({
  name: z.enum(recordPartNames as [RecordPartName, ...RecordPartName[]]),
  sha256,
  bytes: count,
  records: count,
});

export const syncManifest = z.strictObject({
  format: z.literal('swfsync'),
  formatVersion: z.literal(syncFormatVersion),
  schemaVersion: z.int().min(1),
  appVersion: z.string().max(40),
  fund: z.strictObject({
    uuid,
    code: z.string().max(40),
    provinceCode: z.string().max(10),
    districtCode: z.string().max(10),
    demo: z.boolean(),
  }),
  key: z.strictObject({
    algorithm: z.literal('ed25519'),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    fingerprint: z.string().max(80),
  }),
  sequence: z.int().min(1),
  previousSha256: sha256.nullable(),
  kind: z.enum(['full', 'incremental']),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/),
  asOf: day,
  /** Decision 18: `encrypted-full` adds the members' personal data, encrypted to `recipient` (sync-personal-format.ts). */
  personalData: z.enum(['pseudonymous', 'encrypted-full']),
  recipient: personalRecipient.nullable(),
  personal: personalPart.nullable(),
  statusForm: z.strictObject({ sha256, bytes: count }),
  parts: z.array(part).max(recordPartNames.length),
  /** The heads of the journal's and the audit's hash chains; null until the fund file keeps the chain. */
  chainHeads: z.strictObject({ journal: sha256.nullable(), audit: sha256.nullable() }),
});
export type SyncManifest = z.infer<typeof syncManifest>;
