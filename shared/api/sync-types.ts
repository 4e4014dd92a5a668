/**
 * Who the fund is to the regional registry (issue 18 §1–2, Decision 17): what the settings page shows and a sync
 * file's manifest carries.
 */
export type SyncIdentity = {
  /** Fixed when the fund was made; a copy saved as a separate fund has its own. */
  fundUuid: string;
  /** The key's fingerprint as read aloud: groups of five digits separated by spaces. */
  fingerprint: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** A demo fund (trainer mode): its files say so, and the collector refuses them. */
  demo: boolean;
};

/** How much of the members' personal data a sync file carries (Decision 18). */
export type SyncPersonalData = 'pseudonymous' | 'encrypted-full';

/** A regional workspace's key file as read for the treasurer, before she confirms a full-data export. */
export type SyncRecipientKey = {
  /** The key file's text as read: what `sync.export` is then given, so the key shown is the key used. */
  contents: string;
  fingerprint: string;
  workspace: string | null;
  createdAt: string;
};

/** One sync file the fund wrote (issue 18 §2): a link of the chain the regional collector checks. */
export type SyncExportRow = {
  sequence: number;
  kind: 'full' | 'incremental';
  manifestSha256: string;
  /** When it was written (an instant) and the fund's day it stands at. */
  exportedAt: string;
  exportedOn: string;
  fileName: string;
  /** Records per part, by the part's short name (members, claims, …). */
  counts: Record<string, number>;
  /** Which level of personal data it carried, and for full data whose key it was encrypted to (Decision 18). */
  personalData: SyncPersonalData;
  recipientFingerprint: string | null;
};

export type SyncExportHistory = { exports: SyncExportRow[] };

/** What an export answers: the file to hand over, its place in the chain, and the fingerprint to read aloud. */
export type SyncExportResult = {
  kind: SyncExportRow['kind'];
  fileId: string;
  fileName: string;
  bytes: number;
  sequence: number;
  manifestSha256: string;
  fingerprint: string;
  personalData: SyncPersonalData;
  recipientFingerprint: string | null;
  counts: Record<string, number>;
};

/** A kept sync file handed over again. */
export type SyncResentFile = { fileId: string; fileName: string; sequence: number };
