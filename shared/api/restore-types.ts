import type { OpenedFund } from './app-contract';
import type { BackupView } from './fund-types';

/**
 * A backup on the restore screen (reliability §(b) "Restore", step 1): what its index says of it — when, why, its
 * figures and how it was verified — and whether this app can take it (a backup from a newer app is shown, but
 * refused if chosen).
 */
export type RestoreChoice = BackupView & {
  verifiedAt: string;
  /** Its schema is newer than this app's: restoring it is refused, and the file is left untouched. */
  isNewer: boolean;
};

/** The fund a location holds, as far as the file can be read without opening it for writing. */
export type RestoreTarget = {
  location: string;
  /** The fund's identity and name, read from the file or, when it cannot be read, from its backups' index. */
  fundUuid: string | null;
  fundName: string;
  exists: boolean;
  /** Open in this app now: a restore closes it first, and opens the restored file in its place. */
  isOpen: boolean;
  /** The file could not be read (damaged, or not a fund file): its backups were found by its name instead. */
  isUnreadable: boolean;
};

/** What the restore screen lists for one fund location: its backups, newest first. */
export type RestoreCandidates = { target: RestoreTarget; backups: RestoreChoice[]; appVersion: number };

/**
 * A `.swfbak` the person picked (a USB drive, an upload): what it holds, and the fund file it would be restored
 * over — the fund with the same identity in the fund folder or the recent list, else a new file of its own.
 */
export type InspectedBackup = { backup: RestoreChoice; fundUuid: string; target: RestoreTarget; appVersion: number };

/** What was kept of the file a restore replaced (step 3). */
export type RestoreSafety = { kind: 'backup' | 'damaged' | 'none'; location: string | null };

/** One restore, as the restored file records it. */
export type RestoreSummary = {
  uuid: string;
  restoredAt: string;
  actor: string;
  backupFileName: string;
  backupMadeAt: string | null;
  safety: RestoreSafety;
};

/**
 * One change the safety copy holds after the backup's last entry (step 6): one audit row of the replaced file,
 * with what a treasurer needs to enter it again, as far as the safety copy tells it.
 */
export type GapEntry = {
  auditId: number;
  at: string;
  actor: string;
  method: string;
  callId: string | null;
  entity: string;
  entityId: string;
  /** The paper's number: a receipt, voucher or claim number, a member number, a journal entry number. */
  documentNo: string | null;
  /** The member or payee, as the paper names them. */
  name: string | null;
  /** The business date of it: received, paid, the event, the status's effective day. */
  date: string | null;
  amountSatang: number | null;
  /** The months a receipt covered. */
  periods: string[];
  /** A void's or status's reason, a claim's state. */
  note: string | null;
};

/**
 * What the replaced file held after the backup's last entry. 'listed': read from the safety copy; 'unreadable':
 * the safety copy is kept but could not be read (a damaged file); 'missing': it is no longer where it was kept;
 * 'none': there was no file to replace, so nothing is missing.
 */
export type RestoreGap = {
  restore: RestoreSummary;
  state: 'listed' | 'unreadable' | 'missing' | 'none';
  problem: string | null;
  entries: GapEntry[];
};

/** A finished restore: the restored fund, open under a new handle, and the gap to re-enter. */
export type RestoreOutcome = { fund: OpenedFund; gap: RestoreGap };
