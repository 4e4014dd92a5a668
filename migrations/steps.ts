import type { MigrationStep } from './step-types';
import { groupAuditRowsIntoCalls } from './0007_call_ids';
import { freeCitizenIdsOfVoidedMembers } from './0011_member_forms';
import { villagesFromFreeText } from './0016_villages';
import { syncIdentity } from './0031_sync_identity';
import { chainExistingRows } from './0035_audit_chain';

/**
 * The TypeScript steps of numbered migrations (A9), by migration number. Each runs right after its SQL file, in
 * the same transaction. They are listed here, not found on disk, so the desktop bundle compiles them in while
 * the SQL files travel as resources; a test checks every `NNNN_*.ts` file in this folder is listed.
 */
export const migrationSteps: ReadonlyMap<number, MigrationStep> = new Map([
  [7, groupAuditRowsIntoCalls],
  [11, freeCitizenIdsOfVoidedMembers],
  [16, villagesFromFreeText],
  [31, syncIdentity],
  [35, chainExistingRows],
]);
