import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLinkText, chainGenesis, type AuditRowForChain } from '../../../shared/domain/audit/audit-chain';
import { nextLink } from '../../../electron/backend/steps/audit-chain';
import { fundInput, memberInput } from '../../support/builders';
import { inCash } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 20 §1: every journal entry and audit row is linked into a hash chain in the call that writes it; a row
 * changed, removed or slipped in outside the app is found at its first failing link, by the full check and at open
 * (which then opens the fund to look only).
 */
describe('the hash chains of the journal and the audit trail', () => {
  let backend: TestBackend;
  let location: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    location = join(backend.home, 'chain.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(
      await backend.fund['ledger.recordOpeningBalances']({
        requestId: 'chain-opening-01',
        balances: [{ accountCode: '3100', amountSatang: 100_000 }],
      }),
    );
    for (const serial of [1, 2, 3]) {
      const member = expectOk(await backend.fund['members.register'](memberInput(serial)));
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: `chain-dues-${serial}`,
          memberId: member.id,
          receivedOn: '2026-11-20',
          monthCount: 1,
          amountSatang: 3000,
          numbering: { kind: 'app' },
        }),
      );
    }
  });
  afterEach(() => backend.close());

  const count = (sql: string) => (backend.db().prepare(sql).get() as { n: number }).n;

  async function reopenAfter(tamper: (db: Database.Database) => void) {
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const outside = new Database(location);
    tamper(outside);
    outside.close();
    return expectOk(await backend.app['funds.open']({ location }));
  }

  it('links every row in the call that writes it, and a full check finds both chains whole', async () => {
    expect(count("SELECT count(*) AS n FROM chain_links WHERE chain = 'journal'")).toBe(count('SELECT count(*) AS n FROM journal_entries'));
    expect(count("SELECT count(*) AS n FROM chain_links WHERE chain = 'audit'")).toBe(count('SELECT count(*) AS n FROM audit_events'));
    // The audit chain recomputed by hand from its canonical rows: SHA-256(previous link ‖ row).
    const rows = backend.db().prepare('SELECT * FROM audit_events ORDER BY id').all() as AuditRowForChain[];
    const links = backend.db().prepare("SELECT link FROM chain_links WHERE chain = 'audit' ORDER BY row_id").pluck().all();
    let previous = chainGenesis;
    expect(rows.map((row) => (previous = nextLink(previous, auditLinkText(row))))).toEqual(links);

    const report = expectOk(await backend.fund['audit.verifyChains']({}));
    expect(report.chains.map((chain) => [chain.chain, chain.rows, chain.broken])).toEqual([
      ['journal', count('SELECT count(*) AS n FROM journal_entries'), null],
      ['audit', count('SELECT count(*) AS n FROM audit_events'), null],
    ]);
    expect(report.chains[1]?.head?.link).toBe(links[links.length - 1]);
  });

  it('a refused call links nothing', async () => {
    const before = count('SELECT count(*) AS n FROM chain_links');
    const refused = await backend.fund['members.register']({ ...memberInput(4), citizenId: '123' });
    expect(refused.ok).toBe(false);
    expect(count('SELECT count(*) AS n FROM chain_links')).toBe(before);
  });

  it('checks at open only what was added since the last open', async () => {
    const opened = await reopenAfter(() => undefined);
    expect(opened.readOnly).toBeNull();
    const verified = () => backend.db().prepare('SELECT chain, verified_through FROM chain_verifications ORDER BY chain').all();
    expect(verified()).toEqual([
      { chain: 'audit', verified_through: count('SELECT max(id) AS n FROM audit_events') },
      { chain: 'journal', verified_through: count('SELECT max(id) AS n FROM journal_entries') },
    ]);
    expectOk(await backend.fund['members.register'](memberInput(5)));
    await reopenAfter(() => undefined);
    expect(verified()[0]).toEqual({ chain: 'audit', verified_through: count('SELECT max(id) AS n FROM audit_events') });
  });

  it('finds a journal entry edited outside the app: the full check names it, and the fund opens to look only', async () => {
    const entryId = count("SELECT max(id) AS n FROM journal_entries WHERE source_type = 'receipt'");
    const opened = await reopenAfter((db) => {
      db.exec('DROP TRIGGER journal_entries_immutable_update');
      db.prepare("UPDATE journal_entries SET description = 'แก้ไขนอกโปรแกรม' WHERE id = ?").run(entryId);
    });
    expect(opened.readOnly).toEqual({ reason: 'chain-broken', params: { chain: 'journal', rowId: entryId, problem: 'changed' } });
    const report = expectOk(await backend.fund['audit.verifyChains']({}));
    expect(report.chains[0]?.broken).toEqual({ rowId: entryId, problem: 'changed' });
    expect(report.chains[0]?.head?.rowId).toBe(entryId - 1);
    const refused = await backend.fund['members.register'](memberInput(6));
    expect(refused.ok ? '' : refused.error.code).toBe('fund-read-only');
    expect(refused.ok ? '' : refused.error.message.th).toContain('รายการที่');
  });

  it('finds a line amount changed at open', async () => {
    const opened = await reopenAfter((db) => {
      db.exec('DROP TRIGGER journal_lines_immutable_update');
      db.prepare('UPDATE journal_lines SET debit_satang = debit_satang + 100 WHERE entry_id = 1 AND debit_satang > 0').run();
    });
    expect(opened.readOnly?.params).toEqual({ chain: 'journal', rowId: 1, problem: 'changed' });
  });

  it('finds an old audit row removed in the full check (the check at open reads only what is new)', async () => {
    await reopenAfter(() => undefined);
    const firstAudit = count('SELECT min(id) AS n FROM audit_events') + 1;
    const opened = await reopenAfter((db) => {
      db.exec('DROP TRIGGER audit_immutable_delete');
      db.prepare('DELETE FROM audit_events WHERE id = ?').run(firstAudit);
    });
    expect(opened.readOnly).toBeNull();
    const report = expectOk(await backend.fund['audit.verifyChains']({}));
    expect(report.chains[1]?.broken).toEqual({ rowId: firstAudit, problem: 'removed' });
    expect(report.chains[0]?.broken).toBeNull();
  });

  it('finds a row without its link before the head: slipped in between', async () => {
    const opened = await reopenAfter((db) => {
      db.exec('DROP TRIGGER chain_links_no_delete');
      db.prepare("DELETE FROM chain_links WHERE chain = 'journal' AND row_id = 2").run();
    });
    expect(opened.readOnly?.params).toEqual({ chain: 'journal', rowId: 2, problem: 'inserted' });
    expect(expectOk(await backend.fund['audit.verifyChains']({})).chains[0]?.broken).toEqual({ rowId: 2, problem: 'inserted' });
  });
});
