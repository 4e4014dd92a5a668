import type { AuditEvent, Paged } from '../../../../shared/api/fund-types';
import { defineBulkInsert, defineStatement, param, type Connection } from '../execute';
import type { AuditEventsTable } from '../schema';

export type AuditRecord = {
  at: string;
  actor: string;
  method: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

const insertAudit = defineStatement<Omit<AuditEventsTable, 'id'>>((db) =>
  db.insertInto('audit_events').values({
    at: param<string>('at'),
    actor: param('actor'),
    method: param('method'),
    entity: param('entity'),
    entity_id: param('entity_id'),
    before_json: param('before_json'),
    after_json: param('after_json'),
  }),
);

function auditRow(record: AuditRecord): Omit<AuditEventsTable, 'id'> {
  return {
    at: record.at,
    actor: record.actor,
    method: record.method,
    entity: record.entity,
    entity_id: String(record.entityId),
    before_json: record.before === undefined ? null : JSON.stringify(record.before),
    after_json: record.after === undefined ? null : JSON.stringify(record.after),
  };
}

/** Every write use case appends one of these in its own transaction (A6). */
export function appendAudit(connection: Connection, record: AuditRecord): void {
  insertAudit.run(connection, auditRow(record));
}

const insertAuditRows = defineBulkInsert<'audit_events', Omit<AuditEventsTable, 'id'>>('audit_events', [
  'at',
  'actor',
  'method',
  'entity',
  'entity_id',
  'before_json',
  'after_json',
]);

/** The audit rows of a bulk posting, many per statement. */
export function appendAudits(connection: Connection, records: readonly AuditRecord[]): void {
  insertAuditRows(connection, records.map(auditRow));
}

const countAudit = defineStatement<Record<string, never>, { total: number }>((db) =>
  db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('total')),
);
const pageAudit = defineStatement<
  { limit: number; offset: number },
  { id: number; at: string; actor: string; method: string; entity: string; entity_id: string }
>((db) =>
  db
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor', 'method', 'entity', 'entity_id'])
    .orderBy('id', 'desc')
    .limit(param('limit'))
    .offset(param('offset')),
);

export function listAudit(connection: Connection, offset: number, limit: number): Paged<AuditEvent> {
  return {
    total: countAudit.get(connection, {})?.total ?? 0,
    offset,
    rows: pageAudit
      .all(connection, { limit, offset })
      .map((row) => ({ id: row.id, at: row.at, actor: row.actor, method: row.method, entity: row.entity, entityId: row.entity_id })),
  };
}
