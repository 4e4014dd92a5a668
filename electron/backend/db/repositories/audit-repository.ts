import type { AuditEvent, Paged } from '../../../../shared/api/fund-types';
import { defineBulkInsert, defineStatement, param, type Connection } from '../execute';
import type { AuditEventsTable } from '../schema';

/** One changed entity, written by one call (A6): the call's id, method, actor and request id come with it. */
export type AuditRecord = {
  at: string;
  actor: string;
  method: string;
  callId: string;
  requestId: string | null;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

type AuditRow = Omit<AuditEventsTable, 'id'>;
const columns = ['at', 'actor', 'method', 'call_id', 'request_id', 'entity', 'entity_id', 'before_json', 'after_json'] as const;

function auditRow(record: AuditRecord): AuditRow {
  return {
    at: record.at,
    actor: record.actor,
    method: record.method,
    call_id: record.callId,
    request_id: record.requestId,
    entity: record.entity,
    entity_id: String(record.entityId),
    before_json: record.before === undefined ? null : JSON.stringify(record.before),
    after_json: record.after === undefined ? null : JSON.stringify(record.after),
  };
}

const insertAuditRows = defineBulkInsert<'audit_events', AuditRow>('audit_events', columns);

/** The audit rows of one call, many per statement (a collection day writes one per receipt). */
export function appendAudits(connection: Connection, records: readonly AuditRecord[]): void {
  insertAuditRows(connection, records.map(auditRow));
}

const countAudit = defineStatement<Record<string, never>, { total: number }>((db) =>
  db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('total')),
);
const pageAudit = defineStatement<
  { limit: number; offset: number },
  { id: number; at: string; actor: string; method: string; call_id: string | null; entity: string; entity_id: string }
>((db) =>
  db
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor', 'method', 'call_id', 'entity', 'entity_id'])
    .orderBy('id', 'desc')
    .limit(param('limit'))
    .offset(param('offset')),
);

export function listAudit(connection: Connection, offset: number, limit: number): Paged<AuditEvent> {
  return {
    total: countAudit.get(connection, {})?.total ?? 0,
    offset,
    rows: pageAudit.all(connection, { limit, offset }).map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      method: row.method,
      callId: row.call_id,
      entity: row.entity,
      entityId: row.entity_id,
    })),
  };
}
