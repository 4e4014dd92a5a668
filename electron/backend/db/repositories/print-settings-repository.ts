import { signerRoles, type PrintSettings, type ReceiptPaper } from '../../../../shared/api/printing-types';
import { defineStatement, param, type Connection } from '../execute';
import type { FundSignersTable, PrintSettingsTable } from '../schema';

const selectSettings = defineStatement<Record<string, never>, PrintSettingsTable>((db) =>
  db.selectFrom('print_settings').selectAll().where('id', '=', 1),
);
const selectSigners = defineStatement<Record<string, never>, FundSignersTable>((db) => db.selectFrom('fund_signers').selectAll());

const receiptPapers: readonly ReceiptPaper[] = ['a4', 'a5', 'a4-two'];

/** The fund's print settings; a fund that never chose prints receipts on A4 and names no signer. */
export function readPrintSettings(connection: Connection): PrintSettings {
  const stored = selectSettings.get(connection, {})?.receipt_paper;
  const rows = new Map(selectSigners.all(connection, {}).map((row) => [row.role, row]));
  const signers = Object.fromEntries(
    signerRoles.map((role) => [role, { fullName: rows.get(role)?.name ?? '', position: rows.get(role)?.position ?? '' }]),
  ) as PrintSettings['signers'];
  return { receiptPaper: receiptPapers.find((paper) => paper === stored) ?? 'a4', signers };
}

const upsertSettings = defineStatement<{ receipt_paper: string }>((db) =>
  db
    .insertInto('print_settings')
    .values({ id: 1, receipt_paper: param('receipt_paper') })
    .onConflict((conflict) => conflict.column('id').doUpdateSet((eb) => ({ receipt_paper: eb.ref('excluded.receipt_paper') }))),
);
const upsertSigner = defineStatement<FundSignersTable>((db) =>
  db
    .insertInto('fund_signers')
    .values({ role: param('role'), name: param('name'), position: param('position') })
    .onConflict((conflict) =>
      conflict.column('role').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), position: eb.ref('excluded.position') })),
    ),
);

export function savePrintSettings(connection: Connection, settings: PrintSettings): void {
  upsertSettings.run(connection, { receipt_paper: settings.receiptPaper });
  for (const role of signerRoles) {
    const signer = settings.signers[role];
    upsertSigner.run(connection, { role, name: signer.fullName, position: signer.position });
  }
}
