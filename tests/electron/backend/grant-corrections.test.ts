import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { cashAccountCode, openWithMoney } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 16 §3, corrections of the grant register: a received grant is posted money and is taken back only by a
 * reversal through the posting core (Decision 13); a draft or in-process grant's own words can be corrected.
 * Each bad input is refused naming its field, in Thai and English, and writes nothing.
 */
describe('correcting a grant', () => {
  let backend: TestBackend;
  let bank: string;
  let founders: number[];
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    founders = [];
    for (const serial of [1, 2, 3]) founders.push(expectOk(await backend.fund['members.register'](memberInput(serial))).id);
    bank = (await openWithMoney(backend.fund, { cashSatang: 100_000 })).bankAccountCode;
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    expect(tableCounts(backend.db())).toEqual(before);
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).not.toBe('');
    expect(result.error.message.en).not.toBe('');
    expect(result.error.message.th).not.toBe(result.error.message.en);
    return result.error;
  }

  const matchingGrant = () =>
    backend.fund['grants.add']({
      source: 'government-matching',
      subject: 'งบสมทบจากรัฐบาลผ่าน พอช. รอบที่ 1',
      reference: 'พอช. 1/2569',
      requestedOn: '2026-10-15',
      amountRequestedSatang: 109_500,
      round: { roundNo: 1, cutoffYear: 2025 },
    });

  async function received() {
    const grant = expectOk(await matchingGrant());
    return expectOk(
      await backend.fund['grants.receive']({
        requestId: `receive-${grant.id}`,
        grantId: grant.id,
        receivedOn: '2026-11-20',
        amountSatang: 109_500,
        accountCode: bank,
      }),
    );
  }

  const reverse = (grantId: number, change: Record<string, unknown> = {}) =>
    backend.fund['grants.reverse']({
      requestId: `reverse-${grantId}-${JSON.stringify(change)}`,
      grantId,
      reversedOn: '2026-11-22',
      reason: 'รับซ้ำกับรายการเดิม',
      ...change,
    });

  it('reverses a received grant through the posting core: the money leaves the bank, the grant reads reversed, its round stops counting', async () => {
    const grant = await received();
    const reversed = expectOk(await reverse(grant.id));
    expect(reversed).toMatchObject({
      status: 'reversed',
      receivedSatang: 109_500,
      reversal: { reversedOn: '2026-11-22', reason: 'รับซ้ำกับรายการเดิม' },
    });
    expect(reversed.reversal?.journalEntryNo).toMatch(/^JV2570-/);
    expect(reversed.history.map((step) => step.status)).toEqual(['draft', 'received', 'reversed']);
    expect(reversed.history.at(-1)).toMatchObject({ changedOn: '2026-11-22', note: 'รับซ้ำกับรายการเดิม' });
    const entry = backend
      .db()
      .prepare('SELECT id, source_type, grant_source, matching_round, reverses_entry_id FROM journal_entries WHERE entry_no = ?')
      .get(reversed.reversal?.journalEntryNo) as { id: number; source_type: string; reverses_entry_id: number };
    expect(entry).toMatchObject({ source_type: 'grant-reversal', grant_source: 'government-matching', matching_round: 1 });
    expect(entry.reverses_entry_id).not.toBeNull();
    const lines = backend
      .db()
      .prepare('SELECT account_code, debit_satang, credit_satang FROM journal_lines WHERE entry_id = ?')
      .all(entry.id);
    expect(lines).toEqual(
      expect.arrayContaining([
        { account_code: bank, debit_satang: 0, credit_satang: 109_500 },
        { account_code: '1300', debit_satang: 109_500, credit_satang: 0 },
      ]),
    );
    const book = expectOk(await backend.fund['ledger.cashBook']({ accountCode: bank }));
    expect(book.rows.map((row) => [row.inSatang, row.outSatang, row.balanceSatang])).toEqual([
      [109_500, 0, 109_500],
      [0, 109_500, 0],
    ]);
    expectBooksConsistent(backend.db());
    // Its round no longer counts its members: the 2026 list sees no one matched, and the number is free again.
    const { rounds } = expectOk(await backend.fund['grants.list']({}));
    expect(rounds[0]).toMatchObject({ roundNo: 1, cancelled: true, grantStatus: 'reversed' });
    const list = expectOk(await backend.fund['reports.matchingEligibility']({ year: 2026 }));
    for (const row of list.rows) expect(row.timesMatched).toBe(0);
    expectOk(await matchingGrant());
    // The grant's row is untouched posted money; the audit says what happened, and a retry answers the same grant.
    const audit = backend
      .db()
      .prepare("SELECT entity, method, before_json, after_json FROM audit_events WHERE method = 'grants.reverse' ORDER BY id")
      .all() as { entity: string; after_json: string }[];
    expect(audit.map((row) => row.entity)).toEqual(['external_grant', 'matching_round']);
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ status: 'reversed', reason: 'รับซ้ำกับรายการเดิม' });
    expect(expectOk(await reverse(grant.id)).reversal?.journalEntryNo).toBe(reversed.reversal?.journalEntryNo);
  });

  it('refuses each bad reversal, naming the field and writing nothing', async () => {
    const draft = expectOk(
      await backend.fund['grants.add']({ source: 'local-government', subject: 'อบต.สมทบกองทุน', reference: 'มท 0810/2569' }),
    );
    await expectRefused(reverse(draft.id), 'grant-not-received', 'grantId');
    await expectRefused(reverse(999), 'grant-not-found', 'grantId');
    const grant = await received();
    await expectRefused(reverse(grant.id, { reason: '' }), 'bad-input', 'reason');
    await expectRefused(reverse(grant.id, { reason: '   ' }), 'bad-input', 'reason');
    await expectRefused(reverse(grant.id, { reversedOn: '2026-11-31' }), 'bad-input', 'reversedOn');
    await expectRefused(reverse(grant.id, { reversedOn: '2026-11-26' }), 'date-in-future', 'reversedOn');
    const early = await expectRefused(reverse(grant.id, { reversedOn: '2026-11-19' }), 'reversal-before-receipt', 'reversedOn');
    expect(early.message.th).toContain('20 พ.ย. 2569');
    // The money left the bank on a later day: taking it back on the 21st would leave the bank below zero on the 23rd.
    expectOk(
      await backend.fund['money.transfer']({
        requestId: 'withdraw-0001',
        fromAccountCode: bank,
        toAccountCode: cashAccountCode,
        transferredOn: '2026-11-23',
        amountSatang: 100_000,
      }),
    );
    const short = await expectRefused(reverse(grant.id, { reversedOn: '2026-11-21' }), 'account-below-zero', 'reversedOn');
    expect(short.params).toMatchObject({ accountCode: bank, date: '2026-11-23' });
    expectOk(
      await backend.fund['money.transfer']({
        requestId: 'deposit-0001',
        fromAccountCode: cashAccountCode,
        toAccountCode: bank,
        transferredOn: '2026-11-24',
        amountSatang: 100_000,
      }),
    );
    await expectRefused(reverse(grant.id, { reversedOn: '2026-11-21' }), 'account-below-zero', 'reversedOn');
    expectOk(await backend.fund['periods.lock']({ through: '2026-11-22' }));
    await expectRefused(reverse(grant.id, { reversedOn: '2026-11-22' }), 'period-locked', 'reversedOn');
    expectOk(await reverse(grant.id, { reversedOn: '2026-11-24' }));
    await expectRefused(reverse(grant.id, { reversedOn: '2026-11-25' }), 'grant-already-reversed', 'grantId');
    expectBooksConsistent(backend.db());
  });

  const edit = (grantId: number, expectedVersion: number, change: Record<string, unknown> = {}) =>
    backend.fund['grants.edit']({
      grantId,
      expectedVersion,
      subject: 'อบต.สมทบกองทุน ปี 2570',
      reference: 'มท 0810/2570',
      amountRequestedSatang: 5_000_000,
      ...change,
    });

  it("corrects a draft or in-process grant's subject, reference and requested amount, with the audit before and after", async () => {
    const draft = expectOk(
      await backend.fund['grants.add']({
        source: 'local-government',
        subject: 'อบต.สมทบ',
        reference: 'มท 0810',
        amountRequestedSatang: 100,
      }),
    );
    const edited = expectOk(await edit(draft.id, draft.version));
    expect(edited).toMatchObject({
      status: 'draft',
      subject: 'อบต.สมทบกองทุน ปี 2570',
      reference: 'มท 0810/2570',
      amountRequestedSatang: 5_000_000,
      version: draft.version + 1,
    });
    const audit = backend.db().prepare("SELECT before_json, after_json FROM audit_events WHERE method = 'grants.edit'").get() as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(audit.before_json)).toEqual({ subject: 'อบต.สมทบ', reference: 'มท 0810', amountRequestedSatang: 100 });
    expect(JSON.parse(audit.after_json)).toEqual({
      subject: 'อบต.สมทบกองทุน ปี 2570',
      reference: 'มท 0810/2570',
      amountRequestedSatang: 5_000_000,
    });
    const sent = expectOk(
      await backend.fund['grants.advance']({
        grantId: draft.id,
        expectedVersion: edited.version,
        status: 'in-process',
        changedOn: '2026-11-01',
      }),
    );
    expect(expectOk(await edit(sent.id, sent.version, { amountRequestedSatang: null, reference: '' }))).toMatchObject({
      status: 'in-process',
      amountRequestedSatang: null,
      reference: '',
    });
  });

  it('refuses each bad edit of a grant, naming the field and writing nothing', async () => {
    const draft = expectOk(await backend.fund['grants.add']({ source: 'local-government', subject: 'อบต.สมทบ' }));
    await expectRefused(edit(draft.id, draft.version, { subject: '' }), 'bad-input', 'subject');
    await expectRefused(edit(draft.id, draft.version, { subject: 'ก'.repeat(201) }), 'bad-input', 'subject');
    await expectRefused(edit(draft.id, draft.version, { amountRequestedSatang: 0 }), 'bad-input', 'amountRequestedSatang');
    await expectRefused(edit(draft.id, draft.version, { amountRequestedSatang: 10.5 }), 'bad-input', 'amountRequestedSatang');
    await expectRefused(edit(draft.id, draft.version + 1), 'version-conflict', 'expectedVersion');
    await expectRefused(edit(999, 1), 'grant-not-found', 'grantId');
    const cancelled = expectOk(
      await backend.fund['grants.advance']({
        grantId: draft.id,
        expectedVersion: draft.version,
        status: 'cancelled',
        changedOn: '2026-11-01',
      }),
    );
    await expectRefused(edit(cancelled.id, cancelled.version), 'grant-cancelled', 'grantId');
    const grant = await received();
    await expectRefused(edit(grant.id, grant.version), 'grant-received', 'grantId');
    const reversed = expectOk(await reverse(grant.id));
    await expectRefused(edit(reversed.id, reversed.version), 'grant-received', 'grantId');
  });
});
