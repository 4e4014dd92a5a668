import type { Connection } from './execute';
import { fundApplicationId } from './fund-header';
import { FundFileError } from './fund-file-error';
import type { Migration } from './migrate';
import { fundFileErrorOf, isDamage, sqliteCode } from './sqlite-errors';
import { versionContradiction } from './version-contradiction';

/**
 * Tables every fund file has had since its first migration. Another program's SQLite file that happens to carry
 * our application id lacks them; none of them has ever been dropped or renamed (a migration that must do so
 * changes this list in the same commit).
 */
const coreTables = ['fund', 'members', 'accounts', 'journal_entries', 'journal_lines', 'receipts', 'audit_events'] as const;

export type FundFacts = {
  userVersion: number;
  fundUuid: string;
  /** What the quick check found wrong (its first lines); undefined when the file passed. */
  damage: string | undefined;
};

/** SQLite's quick check of every page; a page too damaged to be read is a finding like any other. */
function quickCheck(connection: Connection): string | undefined {
  try {
    const problems = (connection.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((line) => line.quick_check);
    return problems.length === 1 && problems[0] === 'ok' ? undefined : problems.join('; ').slice(0, 500);
  } catch (error) {
    if (isDamage(sqliteCode(error))) return error instanceof Error ? error.message : 'corrupt';
    throw error;
  }
}

/**
 * Files up to this size get the quick check of every page at open (≈1.5 s at this size on a slow laptop). A larger
 * fund (a 30,000-member fund after ten years is 2.4 GB: ≈6 s) would keep its treasurer waiting at every open; its
 * pages are checked instead on the backup made at open, which reads every page and quick-checks the copy (a full
 * integrity check weekly), and SQLite refuses a damaged page the moment work touches it (the fund then turns
 * read-only, create-host.ts).
 */
export const pageCheckLimitBytes = 512 * 1024 * 1024;

/**
 * The checks of A8 on a read-only connection, before anything is written: our application id, a schema that is a
 * fund's, a fund row (a half-made fund has none: its making was interrupted), a schema holding nothing a later
 * version than its header's makes, and (`checkPages`) SQLite's quick check of every page. Damage found by either of
 * the last two is reported, not thrown, so that the person may still look at what can be read; damage that stops
 * the fund row from being read at all is thrown.
 */
export function checkFundFile(connection: Connection, checkPages: boolean, migrations: readonly Migration[] = []): FundFacts {
  try {
    if (Number(connection.pragma('application_id', { simple: true })) !== fundApplicationId) throw new FundFileError('not-a-fund-file');
    const userVersion = Number(connection.pragma('user_version', { simple: true }));
    const tables = new Set(
      (connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name),
    );
    if (userVersion === 0 && tables.size === 0) throw new FundFileError('fund-file-incomplete');
    if (userVersion === 0 || coreTables.some((table) => !tables.has(table))) throw new FundFileError('not-a-fund-file');
    let row: { uuid: unknown } | undefined;
    try {
      row = connection.prepare('SELECT uuid FROM fund WHERE id = 1').get() as { uuid: unknown } | undefined;
    } catch (error) {
      // A table named `fund` without our columns is another program's.
      if ((error as { code?: string }).code === 'SQLITE_ERROR') throw new FundFileError('not-a-fund-file');
      throw error;
    }
    if (!row) throw new FundFileError('fund-file-incomplete');
    if (typeof row.uuid !== 'string') throw new FundFileError('not-a-fund-file');
    // A header whose version is lower than its schema's is damage too (checked on every open: one read of the schema).
    const damage = versionContradiction(connection, userVersion, migrations) ?? (checkPages ? quickCheck(connection) : undefined);
    return { userVersion, fundUuid: row.uuid, damage };
  } catch (error) {
    throw fundFileErrorOf(error) ?? error;
  }
}
