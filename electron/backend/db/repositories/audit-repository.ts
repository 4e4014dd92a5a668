import type { AuditEvent, Paged } from '../../../../shared/api/fund-types';
import { defineStatement, param, type Connection } from '../execute';
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

/** Every write use case appends one of these in its own transaction (A6). */
export function appendAudit(connection: Connection, record: AuditRecord): void {
  insertAudit.run(connection, {
    at: record.at,
    actor: record.actor,
    method: record.method,
    entity: record.entity,
    entity_id: String(record.entityId),
    before_json: record.before === undefined ? null : JSON.stringify(record.before),
    after_json: record.after === undefined ? null : JSON.stringify(record.after),
  });
}

const countAudit = defineStatement<Record<string, never>, { total: number }>((db) =>
  db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('total')),
);
const pageAudit = defineStatement<{ limit: number; offset: number }, { id: number; at: string; actor: string; method: string; entity: string; entity_id: string }>(
  (db) =>
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
