import { sql } from 'kysely';
import type { AuditTrailRow } from '../../../../shared/api/audit-trail-types';
import { defineSqlStatement, defineStatement, param, type Connection, type Statement } from '../execute';

/*
 * The audit trail's page (issue 20 §1, migration 0038): newest first by time then id, a page after a cursor, never
 * an offset, so the millionth row costs what the first does. Each filter is an equality on an indexed column whose
 * index also holds the time and the id, so SQLite walks it in the page's order; the optional filters are not
 * written as "? IS NULL OR …" (which no index serves) but as one statement per combination, each prepared once.
 */

export type AuditTrailQuery = {
  actor?: string | undefined;
  method?: string | undefined;
  entity?: string | undefined;
  /** UTC instants: rows at or after `fromAt` and before `toAt`. */
  fromAt: string;
  toAt: string;
  after?: { at: string; id: number } | undefined;
  limit: number;
};

type TrailRow = {
  id: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entity_id: string;
  call_id: string | null;
  before_json: string | null;
  after_json: string | null;
};
type TrailArgs = {
  actor?: string;
  method?: string;
  entity?: string;
  fromAt: string;
  toAt: string;
  afterAt: string;
  afterId: number;
  limit: number;
};

const equalities = ['actor', 'method', 'entity'] as const;
type Equality = (typeof equalities)[number];

function trailStatement(filters: readonly Equality[]): Statement<TrailArgs, TrailRow> {
  return defineStatement<TrailArgs, TrailRow>((db) => {
    let query = db
      .selectFrom('audit_events')
      .select(['id', 'at', 'actor', 'method', 'entity', 'entity_id', 'call_id', 'before_json', 'after_json'])
      .where('at', '>=', param('fromAt'))
      .where('at', '<', param('toAt'))
      .where(sql<boolean>`(at, id) < (${param('afterAt')}, ${param('afterId')})`);
    for (const column of filters) query = query.where(column, '=', param(column));
    return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(param('limit'));
  });
}

/** One statement per combination of the equality filters, keyed by which are set. */
const trailStatements = new Map<string, Statement<TrailArgs, TrailRow>>();
function statementFor(filters: readonly Equality[]): Statement<TrailArgs, TrailRow> {
  const key = filters.join(',');
  let statement = trailStatements.get(key);
  if (!statement) {
    statement = trailStatement(filters);
    trailStatements.set(key, statement);
  }
  return statement;
}

/** Past every stored instant and id: the first page's cursor. */
const newest = { at: '9999-12-31T23:59:59.999Z', id: Number.MAX_SAFE_INTEGER };

export function auditTrailRows(connection: Connection, query: AuditTrailQuery): AuditTrailRow[] {
  const filters = equalities.filter((column) => query[column] !== undefined);
  const after = query.after ?? newest;
  const args: TrailArgs = { fromAt: query.fromAt, toAt: query.toAt, afterAt: after.at, afterId: after.id, limit: query.limit };
  for (const column of filters) args[column] = query[column];
  return statementFor(filters)
    .all(connection, args)
    .map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      method: row.method,
      entity: row.entity,
      entityId: row.entity_id,
      callId: row.call_id,
      before: row.before_json,
      after: row.after_json,
    }));
}

/** Each distinct value of an indexed column, by skipping from one value to the next along its index. */
function distinctValues(column: Equality) {
  const ref = sql.ref(column);
  return defineSqlStatement<Record<string, never>, { value: string }>(
    () => sql`
      WITH RECURSIVE found (value) AS (
        SELECT min(${ref}) FROM audit_events
        UNION ALL
        SELECT (SELECT min(${ref}) FROM audit_events WHERE ${ref} > found.value) FROM found WHERE found.value IS NOT NULL
      )
      SELECT value FROM found WHERE value IS NOT NULL`,
  );
}

const distinctStatements = { actor: distinctValues('actor'), method: distinctValues('method'), entity: distinctValues('entity') };

export function auditTrailValues(connection: Connection, column: Equality): string[] {
  return distinctStatements[column].all(connection, {}).map((row) => row.value);
}
