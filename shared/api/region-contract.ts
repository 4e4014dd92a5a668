import { z } from 'zod';
import { fileId, fundHandle, optionalText, requiredNote, requiredText } from './common-schemas';
import { out, type ClientOf, type Contract } from './contract-kit';
import type { ProducedFile } from './fund-types';
import type { DescribedOutcome, OpenedRegion, RegionFileEntry, RegionOverview, RegionSortKey, RegionTablePage } from './region-types';

/**
 * The regional workspace in the app (issue 18 §4). Opening, making and closing a `.swregion` file are file-level
 * (A2), so they join the AppApi (`regions.*`, spread into app-contract.ts); everything done in an open workspace
 * is this contract (`region.*`), each call naming the workspace by the handle the host gave it, as fund calls do.
 */

/** A workspace as each transport names it: a dialog's path in Electron, a plain name in the server's folder in web mode. */
const location = z.string().trim().min(1, { message: 'required' }).max(1000, { message: 'too-long' });
/** The handle of an open workspace: the same shape as a fund's, and never one of them. */
export const regionHandle = fundHandle;
/** Who acts (A6 for the workspace): the officer's own name, logged with every import, pin, re-base and re-pin. */
const officer = requiredText(100);
const fundUuid = z.string().regex(/^[0-9a-f-]{36}$/i, { message: 'bad-uuid' });
/** A fingerprint as typed or read out: six groups of five digits, whatever spaces or dashes stand between them. */
const fingerprint = z
  .string()
  .max(80, { message: 'too-long' })
  .refine((text) => /^\d{30}$/.test(text.replace(/[\s-]+/g, '')), { message: 'bad-fingerprint' });
/** An alert is named by its file's SHA-256. */
const alertId = z.string().regex(/^[0-9a-f]{64}$/, { message: 'bad-alert-id' });
const sortKeys = [
  'code',
  'name',
  'province',
  'district',
  'lastExportOn',
  'membersCurrent',
  'moneyOnHandSatang',
] as const satisfies readonly RegionSortKey[];
const placeCode = z
  .string()
  .regex(/^\d{2,4}$/, { message: 'bad-code' })
  .optional();
const tableQuery = {
  provinceCode: placeCode,
  districtCode: placeCode,
  sort: z.enum(sortKeys).default('code'),
  descending: z.boolean().default(false),
};
const workspace = { workspace: regionHandle };

export const regionFileMethods = {
  'regions.list': { input: z.strictObject({}), output: out<{ folder: string; workspaces: RegionFileEntry[] }>(), read: true },
  /** A new workspace; one already there is refused rather than opened, so an officer never starts on another's file. */
  'regions.create': { input: z.strictObject({ location }), output: out<OpenedRegion>() },
  /** Opening a workspace the host already has open answers its existing handle. */
  'regions.open': { input: z.strictObject({ location }), output: out<OpenedRegion>() },
  /** The workspace a page was showing, if the host still has it open (a reload keeps its handle); null otherwise. */
  'regions.current': { input: z.strictObject({ workspace: regionHandle.optional() }), output: out<OpenedRegion | null>(), read: true },
  'regions.close': { input: z.strictObject(workspace), output: out<{ closed: boolean }>() },
} as const satisfies Contract;

export const regionContract = {
  'region.overview': { input: z.strictObject(workspace), output: out<RegionOverview>(), read: true },
  'region.table': { input: z.strictObject({ ...workspace, ...tableQuery }), output: out<RegionTablePage>(), read: true },
  /** Many sync files at once (uploaded in web mode, picked in Electron), verified and imported one by one: a job (A4). */
  'region.import': {
    input: z.strictObject({ ...workspace, officer, fileIds: z.array(fileId).min(1, { message: 'required' }).max(2000) }),
    output: out<{ outcomes: DescribedOutcome[] }>(),
    job: true,
  },
  /**
   * Every `.swfsync` of a folder chosen in the desktop app's folder dialog (a USB stick as collected), as
   * `region.import` does with files: a job (A4). Web mode uploads files instead (it names no folders, A13).
   */
  'region.importFolder': {
    input: z.strictObject({ ...workspace, officer, folderId: z.string().min(1, { message: 'required' }).max(80) }),
    output: out<{ outcomes: DescribedOutcome[] }>(),
    job: true,
  },
  /** The officer confirmed a new fund's fingerprint with its treasurer: its key is pinned and its waiting files imported. */
  'region.pin': {
    input: z.strictObject({ ...workspace, officer, fundUuid, fingerprint }),
    output: out<{ fundUuid: string; fingerprint: string; outcomes: DescribedOutcome[] }>(),
  },
  /** A fund restored from a backup: its next file may start the chain again (Decision 17), with the reason. */
  /** From a conflicting-sequence alert (`alertId`), the alert's file is the one let in, imported at once. */
  'region.rebase': {
    input: z.strictObject({ ...workspace, officer, fundUuid, reason: requiredNote(300), alertId: alertId.optional() }),
    output: out<{ fundUuid: string; outcome: DescribedOutcome | null }>(),
  },
  /**
   * A known fund that made a new key (a lost laptop): the file of a `key-mismatch` alert carries it. Its fingerprint,
   * confirmed with the fund, replaces the pinned key, with the reason logged; the file is then imported.
   */
  'region.repin': {
    input: z.strictObject({ ...workspace, officer, alertId, fingerprint, reason: requiredNote(300) }),
    output: out<{ fundUuid: string; fingerprint: string; outcome: DescribedOutcome }>(),
  },
  /** The officer has seen the alert (and dealt with it outside the app): it leaves the home page, kept with who and why. */
  'region.acknowledgeAlert': {
    input: z.strictObject({ ...workspace, officer, alertId, note: optionalText(300) }),
    output: out<{ alertId: string }>(),
  },
  /** The region's summary as an Excel workbook (region-excel.ts), filtered and sorted as the table: a job (A4). */
  'region.summaryExcel': { input: z.strictObject({ ...workspace, ...tableQuery }), output: out<ProducedFile>(), job: true, read: true },
} as const satisfies Contract;

export type RegionContract = typeof regionContract;
export type RegionMethod = keyof RegionContract;
export type RegionApi = ClientOf<RegionContract>;
