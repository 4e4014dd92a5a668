import { randomUUID } from 'node:crypto';
import type { MigrationStep } from './step-types';

/**
 * Audit rows written before calls had ids are grouped back into the calls that wrote them. Calls ran one at a
 * time, so one call's rows are a run of consecutive rows with one instant, one actor and one method (a
 * collection day's hundreds of receipt rows and its batch row); each run gets one fresh call id. The audit
 * table refuses updates, so its guard is lifted for these statements and put back exactly as it was, inside the
 * migration's transaction.
 */
export const groupAuditRowsIntoCalls: MigrationStep = (connection) => {
  const rows = connection.prepare('SELECT id, at, actor, method FROM audit_events WHERE call_id IS NULL ORDER BY id').all() as {
    id: number;
    at: string;
    actor: string;
    method: string;
  }[];
  if (rows.length === 0) return;
  const guard = connection.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'audit_immutable_update'").get() as
    { sql: string } | undefined;
  if (!guard) throw new Error('audit_immutable_update trigger missing');
  connection.exec('DROP TRIGGER audit_immutable_update');
  const assign = connection.prepare('UPDATE audit_events SET call_id = ? WHERE id = ?');
  let previousKey = '';
  let callId = '';
  for (const row of rows) {
    const key = JSON.stringify([row.at, row.actor, row.method]);
    if (key !== previousKey) callId = randomUUID();
    previousKey = key;
    assign.run(callId, row.id);
  }
  connection.exec(guard.sql);
};
