import type { ImportEra } from '../../../../shared/domain/import/import-columns';
import { defineStatement, param, type Connection } from '../execute';

/** The sheet imports whose column choices are remembered, each apart (one header may mean a field in each). */
export type ImportKind = 'members' | 'contributions' | 'welfare';

/** A header's remembered mapping: the field its column filled last time, and how that column wrote its years. */
export type RememberedMapping = { headerKey: string; field: string; era: ImportEra };

const selectMappings = defineStatement<{ kind: string }, { header_key: string; field: string; era: string }>((db) =>
  db.selectFrom('import_mappings').select(['header_key', 'field', 'era']).where('kind', '=', param('kind')),
);

/** The kind's remembered choices; the caller keeps only fields it still knows (the table holds any field name). */
export function readRememberedMappings(connection: Connection, kind: ImportKind): RememberedMapping[] {
  // The table's CHECK holds era to the import's own names.
  return selectMappings
    .all(connection, { kind })
    .map((row) => ({ headerKey: row.header_key, field: row.field, era: row.era as ImportEra }));
}

const upsertMapping = defineStatement<{ kind: string; header_key: string; field: string; era: string; updated_at: string }>((db) =>
  db
    .insertInto('import_mappings')
    .values({
      kind: param('kind'),
      header_key: param('header_key'),
      field: param('field'),
      era: param('era'),
      updated_at: param('updated_at'),
    })
    .onConflict((conflict) =>
      conflict.columns(['kind', 'header_key']).doUpdateSet((eb) => ({
        field: eb.ref('excluded.field'),
        era: eb.ref('excluded.era'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    ),
);

export function rememberMapping(connection: Connection, kind: ImportKind, mapping: RememberedMapping, updatedAt: string): void {
  upsertMapping.run(connection, { kind, header_key: mapping.headerKey, field: mapping.field, era: mapping.era, updated_at: updatedAt });
}
