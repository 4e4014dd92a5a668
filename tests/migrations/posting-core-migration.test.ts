import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectBooksConsistent } from '../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../support/test-backend';

type OldLine = { line_date: string; document_no: string; in_satang: number; out_satang: number };

/**
 * Migration 0015 (issue 16) on a fund from an earlier release (tests/fixtures/fund-schema-4.swfund): the cash
 * book's own table goes, and the cash book read from journal lines shows what it held, line for line; the
 * entries learn their documents; the daily totals start equal to the journal; the chart carries its §10 lines.
 */
describe('0015: the posting core on a fund from schema 4', () => {
  let backend: TestBackend;
  let oldLines: OldLine[];
  let usedBank: boolean;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    const location = join(backend.home, 'upgraded.swfund');
    copyFileSync(join(__dirname, '../fixtures/fund-schema-4.swfund'), location);
    const raw = new Database(location, { readonly: true });
    oldLines = raw
      .prepare('SELECT line_date, document_no, in_satang, out_satang FROM cash_book_lines ORDER BY line_date, id')
      .all() as OldLine[];
    usedBank = raw.prepare("SELECT COUNT(*) FROM journal_lines WHERE account_code = '3200'").pluck().get() !== 0;
    raw.close();
    expectOk(await backend.app['funds.open']({ location }));
  });
  afterEach(() => backend.close());

  it('reads the cash book from the journal, line for line as the old table held it', async () => {
    expect(oldLines.length).toBeGreaterThan(0);
    const book = expectOk(await backend.fund['ledger.cashBook']({ limit: 500 }));
    expect(
      book.rows.map((row) => ({ line_date: row.date, document_no: row.documentNo, in_satang: row.inSatang, out_satang: row.outSatang })),
    ).toEqual(oldLines);
    const db = backend.db();
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'cash_book_lines'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM journal_entries WHERE document_no = ''").pluck().get()).toBe(0);
    expect(
      db
        .prepare(
          "SELECT COUNT(*) FROM journal_entries e JOIN receipts r ON r.journal_entry_id = e.id WHERE e.source_type <> 'receipt' OR e.source_id <> r.id",
        )
        .pluck()
        .get(),
    ).toBe(0);
    expectBooksConsistent(db);
    expect(() => db.prepare("UPDATE journal_entries SET document_no = 'x'").run()).toThrow(/posted-immutable/);
  });

  it('gives each account its §10 line and keeps the one bank account, unnamed, in the register when it was used', async () => {
    const accounts = expectOk(await backend.fund['ledger.accounts']({}));
    expect(accounts.find((account) => account.code === '3100')?.section10Line).toBe('assets.cash');
    expect(accounts.find((account) => account.code === '5000')?.section10Line).toBe('welfare.member');
    expect(accounts.every((account) => account.section10Line !== 'other')).toBe(true);
    const money = expectOk(await backend.fund['moneyAccounts.list']({}));
    expect(money.usualAccountCode).toBe('3100');
    const banks = money.accounts.filter((account) => account.kind === 'bank');
    expect(banks.map((bank) => [bank.accountCode, bank.nameEn, bank.bank?.named])).toEqual(
      usedBank ? [['3200', 'Bank account (before the register)', false]] : [],
    );
  });
});
