import { generateKeyPairSync } from 'node:crypto';
import { v7 } from 'uuid';
import type BetterSqlite3 from 'better-sqlite3';
import type { MigrationStep } from './step-types';

/**
 * The tables whose records travel in a sync file and had no uuid: 0031_sync_identity.sql rebuilt them with a
 * placeholder uuid (`0031-<id>`) in every row.
 */
export const travellingTables = [
  'welfare_types',
  'welfare_rule_versions',
  'member_dependents',
  'member_status_events',
  'welfare_claims',
  'welfare_payments',
  'community_activities',
] as const;

type Row = { id: number; created_at: string };
type Trigger = { name: string; sql: string };

/**
 * A row's UUIDv7 carries the instant the row was made, so a table's rows sort by uuid in the order they were
 * recorded, as rows made from now on do; a created_at the clock cannot read falls back to now.
 */
function recordIdFor(createdAt: string): string {
  const made = Date.parse(createdAt);
  return Number.isFinite(made) && made >= 0 ? v7({ msecs: made }) : v7();
}

/**
 * Posted rows refuse every UPDATE through their triggers, so the placeholders are replaced with the table's
 * triggers set aside: each is dropped and then recreated from its own stored text, exactly as it was.
 */
function fillRecordIds(connection: BetterSqlite3.Database, table: (typeof travellingTables)[number]): void {
  const triggers = connection
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY rowid`)
    .all(table) as Trigger[];
  for (const trigger of triggers) connection.exec(`DROP TRIGGER "${trigger.name}"`);
  const rows = connection.prepare(`SELECT id, created_at FROM ${table} ORDER BY id`).all() as Row[];
  const update = connection.prepare(`UPDATE ${table} SET uuid = ? WHERE id = ?`);
  for (const row of rows) update.run(recordIdFor(row.created_at), row.id);
  for (const trigger of triggers) connection.exec(trigger.sql);
}

/**
 * The fund's Ed25519 signing key for sync files (Decision 17), for a file that holds a fund and has no key yet; a
 * fund made from now on gets its key when it is created. Stored as base64 DER: SPKI for the public half, PKCS8
 * for the private one.
 */
function makeSigningKey(connection: BetterSqlite3.Database): void {
  const fund = connection.prepare('SELECT 1 FROM fund').get();
  const key = connection.prepare('SELECT 1 FROM sync_identity').get();
  if (fund === undefined || key !== undefined) return;
  const pair = generateKeyPairSync('ed25519');
  connection
    .prepare('INSERT INTO sync_identity (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)')
    .run(
      pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
      new Date().toISOString(),
    );
}

/** Gives every travelling record its UUIDv7 in place of the SQL's placeholder, and the fund its signing key. */
export const syncIdentity: MigrationStep = (connection) => {
  for (const table of travellingTables) fillRecordIds(connection, table);
  makeSigningKey(connection);
};
