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
