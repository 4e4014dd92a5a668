import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * A digest of every row of every table of a fund, for "the same seed gives the same fund" and "a reset copy is as
 * it started". The random identity pieces are left out rather than made seed-derived: record UUIDs (UUIDv7: time
 * and random bits) wherever they appear, the fund's pseudonym secret and signing key, and how the file was copied
 * (copy_origin). Seed-derived identities would make two participants' funds one fund to the regional registry,
 * which must never take two files for one fund; only the data a person sees must be the same.
 */
export function fundDigest(db: BetterSqlite3.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    if (name === 'sync_identity' || name === 'copy_origin') continue;
    hash.update(`\u0000${name}\u0000`);
    // Rows in a fixed order whatever the table's key (some tables have no rowid): sorted by their text.
    const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row.map(withoutIdentity)));
    for (const row of rows.sort()) hash.update(row);
  }
  return hash.digest('hex');
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const secretPattern = /^[0-9a-f]{64}$/i;

function withoutIdentity(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return secretPattern.test(value) ? 'secret' : value.replace(uuidPattern, 'uuid');
}
