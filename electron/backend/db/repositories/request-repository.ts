import { defineStatement, param, type Connection } from '../execute';
import type { RequestsTable } from '../schema';

/** What a request id was first used for. `inputJson` is null for requests recorded before the log existed. */
export type RequestRecord = { requestId: string; method: string; inputJson: string | null; entityId: number | null };

const selectRequest = defineStatement<{ request_id: string }, Pick<RequestsTable, 'request_id' | 'method' | 'input_json' | 'entity_id'>>(
  (db) =>
    db.selectFrom('requests').select(['request_id', 'method', 'input_json', 'entity_id']).where('request_id', '=', param('request_id')),
);

export function findRequest(connection: Connection, requestId: string): RequestRecord | undefined {
  const row = selectRequest.get(connection, { request_id: requestId });
  return row && { requestId: row.request_id, method: row.method, inputJson: row.input_json, entityId: row.entity_id };
}

const insertRequestRow = defineStatement<RequestsTable>((db) =>
  db.insertInto('requests').values({
    request_id: param('request_id'),
    method: param('method'),
    input_json: param('input_json'),
    entity_id: param('entity_id'),
    call_id: param('call_id'),
    at: param<string>('at'),
  }),
);

export function insertRequest(
  connection: Connection,
  request: { requestId: string; method: string; inputJson: string; entityId: number; callId: string; at: string },
): void {
  insertRequestRow.run(connection, {
    request_id: request.requestId,
    method: request.method,
    input_json: request.inputJson,
    entity_id: request.entityId,
    call_id: request.callId,
    at: request.at,
  });
}
