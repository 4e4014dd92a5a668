import type { ImportEra, ImportField } from '../../../../shared/domain/members/import/import-fields';
import { defineStatement, param, type Connection } from '../execute';

/** A header's remembered mapping: the field its column filled last time, and how that column wrote its years. */
export type RememberedMapping = { headerKey: string; field: ImportField; era: ImportEra };

const selectMappings = defineStatement<Record<string, never>, { header_key: string; field: string; era: string }>((db) =>
  db.selectFrom('member_import_mappings').select(['header_key', 'field', 'era']),
);

export function readRememberedMappings(connection: Connection): RememberedMapping[] {
  // The table's CHECK constraints hold field and era to the import's own names.
  return selectMappings.all(connection, {}).map((row) => ({
    headerKey: row.header_key,
    field: row.field as ImportField,
    era: row.era as ImportEra,
  }));
}

const upsertMapping = defineStatement<{ header_key: string; field: string; era: string; updated_at: string }>((db) =>
  db
    .insertInto('member_import_mappings')
    .values({ header_key: param('header_key'), field: param('field'), era: param('era'), updated_at: param('updated_at') })
    .onConflict((conflict) =>
      conflict.column('header_key').doUpdateSet((eb) => ({
        field: eb.ref('excluded.field'),
        era: eb.ref('excluded.era'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    ),
);

export function rememberMapping(connection: Connection, mapping: RememberedMapping, updatedAt: string): void {
  upsertMapping.run(connection, { header_key: mapping.headerKey, field: mapping.field, era: mapping.era, updated_at: updatedAt });
}

const selectHeldIds = defineStatement<Record<string, never>, { citizen_id: string; holder: string }>((db) =>
  db
    .selectFrom('members')
    .select([
      'citizen_id',
      (eb) => eb.fn<string>('printf', [eb.val('%s %s%s %s'), 'member_no', 'title', 'first_name', 'last_name']).as('holder'),
    ])
    .where('citizen_id', 'is not', null)
    .where('voided_on', 'is', null)
    .$narrowType<{ citizen_id: string }>()
    .unionAll((eb) =>
      eb
        .selectFrom('applications')
        .select([
          'citizen_id',
          (inner) => inner.fn<string>('printf', [inner.val('%s%s %s'), 'title', 'first_name', 'last_name']).as('holder'),
        ])
        .where('state', '=', 'waiting')
        .where('citizen_id', 'is not', null)
        .$narrowType<{ citizen_id: string }>(),
    ),
);

/** Every citizen ID a member (not voided) or a waiting application holds, with who holds it: one read for a whole sheet. */
export function heldCitizenIds(connection: Connection): Map<string, string> {
  const held = new Map<string, string>();
  for (const row of selectHeldIds.iterate(connection, {})) if (!held.has(row.citizen_id)) held.set(row.citizen_id, row.holder);
  return held;
}
