import type { PrintSettings, PrintSettingsView } from '../../../shared/api/printing-types';
import { success, type Result } from '../../../shared/domain/result';
import { readPrintSettings, savePrintSettings } from '../db/repositories/print-settings-repository';
import { committeeSignerNames } from '../steps/committee';
import type { UseCaseContext } from './use-case-context';

/** How the fund's papers print: the receipt paper, and the officers who sign (issue 14 §15), with the committee's holders today. */
export function printSettings(context: UseCaseContext): Result<PrintSettingsView> {
  return success(viewOf(context, readPrintSettings(context.connection)));
}

/** Saved whole, as the settings card shows them; the audit row keeps what they were before. */
export function updatePrintSettings(context: UseCaseContext, input: PrintSettings): Result<PrintSettingsView> {
  const { connection } = context;
  const before = readPrintSettings(connection);
  savePrintSettings(connection, input);
  const after = readPrintSettings(connection);
  context.audit({ entity: 'print-settings', entityId: 1, before, after });
  return success(viewOf(context, after));
}

function viewOf(context: UseCaseContext, settings: PrintSettings): PrintSettingsView {
  return { ...settings, committeeNames: committeeSignerNames(context.connection, context.clock.today()) };
}
