import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from './execute';
import { FundFileError } from './fund-file-error';

export type Migration = { version: number; name: string; sql: string };

/** migrations/ beside electron/; the desktop build ships the same files as extraResources (architecture.md). */
export function defaultMigrationsFolder(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');
}

const fileNamePattern = /^(\d{4})_[a-z0-9_-]+\.sql$/;

/** Reads the numbered plain-SQL files; a gap or a duplicate number is a packaging error, refused loudly (A9). */
export function loadMigrations(folder = defaultMigrationsFolder()): Migration[] {
  const migrations = readdirSync(folder)
    .filter((name) => fileNamePattern.test(name))
    .sort()
    .map((name) => ({
      version: Number(fileNamePattern.exec(name)?.[1]),
      name,
      sql: readFileSync(join(folder, name), 'utf8'),
    }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations out of order: expected ${index + 1}, found ${migration.name}`);
    }
  });
  return migrations;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : (migrations[migrations.length - 1]?.version ?? 0);
}

/**
 * The runner of A9: foreign keys off outside any transaction; each file in its own immediate transaction with
 * `foreign_key_check` before commit and `user_version` bumped inside it; foreign keys back on. A file from a
 * newer app is refused before anything is written.
 */
export function migrate(connection: Connection, migrations: readonly Migration[]): { from: number; to: number } {
  const from = Number(connection.pragma('user_version', { simple: true }));
  const latest = latestVersion(migrations);
  if (from > latest) throw new FundFileError('fund-file-newer', { fileVersion: from, appVersion: latest });
  if (from === latest) return { from, to: from };
  connection.pragma('foreign_keys = OFF');
  try {
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      connection
        .transaction(() => {
          connection.exec(migration.sql);
          const problems = connection.pragma('foreign_key_check') as unknown[];
          if (problems.length > 0) throw new Error(`migration ${migration.name} broke foreign keys`);
          connection.pragma(`user_version = ${migration.version}`);
        })
        .immediate();
    }
  } finally {
    connection.pragma('foreign_keys = ON');
  }
  return { from, to: latest };
}
