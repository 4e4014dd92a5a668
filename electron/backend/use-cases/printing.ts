import type { PrintSettings } from '../../../shared/api/printing-types';
import { success, type Result } from '../../../shared/domain/result';
import { readPrintSettings, savePrintSettings } from '../db/repositories/print-settings-repository';
import type { UseCaseContext } from './use-case-context';

/** How the fund's papers print: the receipt paper, and the officers who sign (issue 14 §15). */
export function printSettings(context: UseCaseContext): Result<PrintSettings> {
  return success(readPrintSettings(context.connection));
}

/** Saved whole, as the settings card shows them; the audit row keeps what they were before. */
export function updatePrintSettings(context: UseCaseContext, input: PrintSettings): Result<PrintSettings> {
  const { connection } = context;
  const before = readPrintSettings(connection);
  savePrintSettings(connection, input);
  const after = readPrintSettings(connection);
  context.audit({ entity: 'print-settings', entityId: 1, before, after });
  return success(after);
}
