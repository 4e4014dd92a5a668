import { defineStatement, type Connection } from '../execute';

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
