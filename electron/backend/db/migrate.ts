import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationSteps } from '../../../migrations/steps';
import type { MigrationStep } from '../../../migrations/step-types';
import type { Connection } from './execute';
import { crashPoint } from '../crash-points';
import { FundFileError } from './fund-file-error';

/** A numbered SQL file and, when SQL alone cannot do it, the TypeScript step that runs after it (A9). */
export type Migration = { version: number; name: string; sql: string; step?: MigrationStep };

/** migrations/ beside electron/; the desktop build ships the same files as extraResources (architecture.md). */
export function defaultMigrationsFolder(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');
}

const fileNamePattern = /^(\d{4})_[a-z0-9_-]+\.sql$/;

/**
 * Reads the numbered plain-SQL files and joins each to its code step, if it has one; a gap, a duplicate number
 * or a step without its SQL file is a packaging error, refused loudly (A9).
 */
export function loadMigrations(
  folder = defaultMigrationsFolder(),
  steps: ReadonlyMap<number, MigrationStep> = migrationSteps,
): Migration[] {
  const migrations = readdirSync(folder)
    .filter((name) => fileNamePattern.test(name))
    .sort()
    .map((name): Migration => {
      const version = Number(fileNamePattern.exec(name)?.[1]);
      const step = steps.get(version);
      return { version, name, sql: readFileSync(join(folder, name), 'utf8'), ...(step ? { step } : {}) };
    });
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations out of order: expected ${index + 1}, found ${migration.name}`);
    }
  });
  for (const version of steps.keys()) {
    if (!migrations.some((migration) => migration.version === version)) throw new Error(`migration step ${version} has no SQL file`);
  }
  return migrations;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : (migrations[migrations.length - 1]?.version ?? 0);
}

/**
 * The runner of A9: foreign keys off outside any transaction; each migration (its SQL, then its code step) in its
 * own immediate transaction with `foreign_key_check` before commit and `user_version` bumped inside it; foreign
 * keys back on. A file from a newer app is refused before anything is written.
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
          migration.step?.(connection);
          const problems = connection.pragma('foreign_key_check') as unknown[];
          if (problems.length > 0) throw new Error(`migration ${migration.name} broke foreign keys`);
          connection.pragma(`user_version = ${migration.version}`);
          crashPoint(`migration-step-${migration.version}`);
        })
        .immediate();
    }
  } finally {
    connection.pragma('foreign_keys = ON');
  }
  return { from, to: latest };
}
