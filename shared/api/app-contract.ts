import { z } from 'zod';
import { fileId, fundHandle } from './common-schemas';
import { out, type ClientOf, type Contract } from './contract-kit';
import { fundProfileInput, planRateInput } from './fund-contract';
import type { FundProfile } from './fund-types';
import { demoSizes } from './demo-types';
import { regionFileMethods } from './region-contract';
import { roomMethods } from './room-contract';
import type { InspectedBackup, RestoreCandidates, RestoreOutcome } from './restore-types';

/**
 * File-level use cases (A2). A `location` is whatever the transport can name: a path from a system dialog in
 * Electron, a path on the command line, or a plain file name inside the server's fund folder in web mode.
 */
const location = z.string().trim().min(1, { message: 'required' }).max(1000, { message: 'too-long' });

/** `fromOlderVersion`: opening it upgrades it, after which an older app no longer opens it (look without changing instead). */
export type FundFileEntry = {
  location: string;
  name: string;
  fundCode: string;
  modifiedAt: string;
  sizeBytes: number;
  fromOlderVersion: boolean;
  /** A demo fund (trainer mode), as this host last saw it opened: listed apart so it is never taken for a real one. */
  demo: boolean;
};
/** `demo`: the fund was a demo when it was last opened (trainer mode, issue 19 §3); absent in older lists. */
export type RecentFund = { location: string; name: string; openedAt: string; demo?: boolean };
/**
 * Why a fund is open only to be looked at (issue 15 §4–5): every write is refused with `fund-read-only` naming the
 * reason. `older-version`: a file from an earlier app version looked at without upgrading it; `file-damaged`: a
 * file that failed its checks; `wal-not-ours`: a leftover `-wal` beside it that was not its own was set aside;
 * `backup-file`: a `.swfbak` backup (restoring one is the Restore feature's action).
 * `chain-broken`: a journal entry or audit row no longer matches its hash chain (changed, removed or slipped in
 * outside the app; issue 20 §1): `params` name the chain, the first row that fails and how.
 */
export type ReadOnlyReason =
  'requested' | 'older-version' | 'file-read-only' | 'file-damaged' | 'wal-not-ours' | 'backup-file' | 'chain-broken';
export type ReadOnlyState = { reason: ReadOnlyReason; params: Record<string, string | number> };
/**
 * Where a fund file should not live (reliability.md §(b) "Where files live"): a removable or FAT/exFAT drive, a
 * cloud-synced folder, a temporary folder. Shown with "move to this computer" (`funds.openCopy`).
 */
export type LocationWarningCode = 'removable' | 'fat' | 'cloud' | 'temporary';
export type LocationWarning = { code: LocationWarningCode; params: Record<string, string> };
/** An open fund as the host holds it: `handle` names it in every fund request made for it. */
export type OpenedFund = {
  handle: string;
  location: string;
  profile: FundProfile;
  /** Null when the fund takes writes. */
  readOnly: ReadOnlyState | null;
  warnings: LocationWarning[];
  /** A demo fund (trainer mode): a banner on every screen, and "ตัวอย่าง" on every paper and file it makes. */
  demo: boolean;
  /** A demo made as a workshop copy: `workshop.reset` puts it back as its master is (issue 19 §5). */
  workshopCopy: boolean;
};
/** A file the person brought, named by id in the calls that read it (an upload, or a path picked or typed). */
export type ReceivedFile = { fileId: string; name: string; bytes: number; sha256: string };

/**
 * Where "Save a copy" reads from: a fund this host has open (by handle), or a fund file it has not opened (by
 * location: the host opens it briefly as the backup source). Exactly one of the two.
 */
const copySource = z
  .strictObject({ fund: fundHandle.optional(), location: location.optional() })
  .refine((source) => (source.fund === undefined) !== (source.location === undefined), { message: 'one-source' });

/**
 * What a copy is for (said on screen before it is made): the same fund moved to another computer, so only one of
 * the two files may be used from now on; or a separate file (practice, a trial), which becomes a fund of its own
 * (a new fund UUID, signing key and pseudonym secret; issue 18). Recorded in the copy (copy_origin).
 */
/**
 * A room's copies (issue 19 §4) are kept in the workshop folder, not among the funds: `location` is then a plain file
 * name inside `Workshop/Room`, whatever the transport, and the copy never joins the recent list.
 */
const inWorkshop = z.boolean().default(false);

export const copyIntents = ['same-fund', 'separate'] as const;
export type CopyIntent = (typeof copyIntents)[number];
export type SavedCopy = { location: string; intent: CopyIntent; fundUuid: string; bytes: number; sha256: string };
/** A folder the person chose (Electron's folder dialog, a path on the command line), named by id from now on. */
export type ChosenFolder = { folderId: string; location: string };

/** A backup as its fund's index names it: a plain `.swfbak` file name, never a path. */
const backupFileName = z
  .string()
  .max(300, { message: 'too-long' })
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+\.swfbak$/, { message: 'bad-backup-name' })
  .refine((name) => !name.startsWith('.'), { message: 'bad-backup-name' });

export const appContract = {
  'funds.list': { input: z.strictObject({}), output: out<{ folder: string; funds: FundFileEntry[] }>(), read: true },
  'funds.recent': { input: z.strictObject({}), output: out<RecentFund[]>(), read: true },
  /** The fund a page was showing, if the host still has it open (a reload keeps its handle); null otherwise. */
  'funds.current': { input: z.strictObject({ fund: fundHandle.optional() }), output: out<OpenedFund | null>(), read: true },
  'funds.create': {
    input: z.strictObject({
      location,
      profile: fundProfileInput,
      plan: planRateInput,
      /** Whether approvals must cite a resolution (issue 17): on for a fund made now; a fund entered from paper may start without. */
      approvalsCiteResolution: z.boolean().default(true),
    }),
    output: out<OpenedFund>(),
  },
  /**
   * Opening a fund the host already has open answers its existing handle; other open funds stay as they are.
   * `readOnly`: only look — nothing is migrated or written, and every write is refused (issue 15 §5).
   */
  'funds.open': { input: z.strictObject({ location, readOnly: z.boolean().default(false) }), output: out<OpenedFund>() },
  /**
   * "Open a copy" of a file that cannot be changed where it is, and "move to this computer" for one in a risky place:
   * a copy made with SQLite's backup API into the fund folder, opened for work (the file itself stays as it was;
   * if this host had it open, it is closed once the copy is open).
   */
  'funds.openCopy': { input: z.strictObject({ location }), output: out<OpenedFund & { copiedFrom: string }>() },
  'funds.close': { input: z.strictObject({ fund: fundHandle }), output: out<{ closed: boolean }>() },
  /** SQLite's backup API into a new file the treasurer names, verified before it counts (never a file copy). */
  'funds.saveCopy': {
    input: z.strictObject({ source: copySource, location, intent: z.enum(copyIntents) }),
    output: out<SavedCopy>(),
  },

  // Trainer mode (issue 19 §3, §5). A demo fund made in one step from a seed, so every participant gets the same
  // fund; a workshop copy made from a demo with "save a copy" (a pristine master kept in the workshop folder), and
  // reset to that master in one step. None of them ever writes over a real fund (`demo-over-real-fund`).
  'demo.create': {
    input: z.strictObject({
      location,
      size: z.enum(demoSizes).default('small'),
      seed: z.int({ message: 'bad-seed' }).min(1, { message: 'bad-seed' }).max(2_147_483_647, { message: 'bad-seed' }).default(1),
    }),
    output: out<OpenedFund>(),
    job: true,
  },
  'workshop.makeCopy': { input: z.strictObject({ source: copySource, location, inWorkshop }), output: out<OpenedFund>(), job: true },
  /** The workshop copy at `location` made again from its master, whatever was done in it; open afterwards. */
  'workshop.reset': { input: z.strictObject({ location, inWorkshop }), output: out<OpenedFund>(), job: true },

  // Files in and out (issue 13 §4). A file the backend made is handed over once: saved where the person chose
  // (Electron's save dialog, a path on the command line, a name in the exports folder in web mode) or
  // downloaded in web mode. A file the person brings is uploaded in web mode or named by path elsewhere.
  'files.save': { input: z.strictObject({ fileId, location }), output: out<{ location: string }>() },
  'files.receive': { input: z.strictObject({ location }), output: out<ReceivedFile>() },
  'files.describe': { input: z.strictObject({ fileId }), output: out<ReceivedFile>(), read: true },
  // A folder the backend writes into ("Copy to…" a USB drive): from Electron's folder dialog or a path on the
  // command line; web mode names no paths (A13) and downloads instead.
  'files.folder': { input: z.strictObject({ location }), output: out<ChosenFolder>() },

  // Restore (reliability §(b) "Restore", issue 15 item 3). File-level, so that a fund that cannot be opened can be
  // restored from the start screen too. `backups.find` lists a fund location's backups (found by the fund's
  // identity, read without writing to the file, or by its name when the file cannot be read); `backups.inspect`
  // describes a `.swfbak` the person picked or uploaded; `backups.restore` restores one over the fund file in one
  // confirmed step, as a job: the backup re-verified, the current file kept first, the restored fund opened.
  'backups.find': { input: z.strictObject({ location }), output: out<RestoreCandidates>(), read: true },
  'backups.inspect': { input: z.strictObject({ fileId }), output: out<InspectedBackup>(), read: true },
  'backups.restore': {
    // One of the two: a backup from the fund's own backups folder by its name, or a picked file by its id.
    input: z.strictObject({ location, backupFileName: backupFileName.optional(), fileId: fileId.optional() }),
    output: out<RestoreOutcome>(),
    job: true,
  },

  // Regional workspaces (issue 18 §4): a `.swregion` file opened through the host's handles, as a fund is.
  ...regionFileMethods,

  // A room of laptops (issue 19 §4): served by the program that serves pages, never by the host alone.
  ...roomMethods,
} as const satisfies Contract;

export type AppContract = typeof appContract;
export type AppMethod = keyof AppContract;
export type AppApi = ClientOf<AppContract>;
