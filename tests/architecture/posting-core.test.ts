import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 16 §1: one function writes journal entries. Only the ledger repository names the posted tables in a
 * write, and only the posting core (electron/backend/steps/post-entry.ts) calls the repository's writer; every
 * money event goes through the core, so its checks (balanced, open period, no account below zero) hold for all.
 */
const root = resolve(import.meta.dirname, '../..');
const postedTables = ['journal_entries', 'journal_lines', 'account_month_totals', 'account_day_totals'];
const writer = 'electron/backend/db/repositories/ledger-repository.ts';
const core = 'electron/backend/steps/post-entry.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the posting core', () => {
  it('is the only way into the journal: no other source writes the posted tables', () => {
    const writes = new RegExp(
      `(insertInto|updateTable|deleteFrom|defineBulkInsert[^(]*)\\(\\s*['"](${postedTables.join('|')})['"]|(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"?(${postedTables.join('|')})\\b`,
      'i',
    );
    const offenders = ['electron', 'shared']
      .flatMap(sourceFiles)
      .filter((file) => file !== writer && writes.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is the only caller of the journal writer', () => {
    const callers = ['electron', 'shared', 'tests']
      .flatMap(sourceFiles)
      .filter((file) => file !== writer && file !== core && /\binsertJournalEntries\b/.test(readFileSync(join(root, file), 'utf8')))
      .filter((file) => !file.startsWith('tests/architecture/'));
    expect(callers).toEqual([]);
  });
});
