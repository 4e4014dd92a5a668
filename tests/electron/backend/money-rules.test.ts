import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/**
 * Issue 14 item 9: rule versions and plan rates are money rules. A version a claim was judged by, or a rate a
 * receipt was priced by, is fixed (a trigger behind the use cases); one nothing has used yet is corrected by a
 * version from the same date, and the answer says which happened.
 */
describe('money rules fixed once used', () => {
  let backend: TestBackend;
  let memberId: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    memberId = expectOk(await backend.fund['members.register'](memberInput(1))).id;
  });
  afterEach(() => backend.close());

  async function hospital() {
    const types = expectOk(await backend.fund['welfare.types']({}));
    const found = types.find((type) => type.code === 'hospital');
    if (!found) throw new Error('no hospital type');
    return found;
  }

  const perNight = (satang: number) => ({
    effectiveFrom: '2024-01-01',
    waitingDays: 180,
    amount: { kind: 'per-unit' as const, unit: 'night' as const, perUnitSatang: satang, maxAmountPerEventSatang: 60000 },
    yearlyCap: { amountSatang: 100000 },
    recipients: ['member' as const],
    requiredDocuments: [],
  });

  it('corrects a welfare rule version no claim used, and refuses to change one a claim was judged by', async () => {
    expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const type = await hospital();
    expect(type.usedBy).toEqual({});

    // A typo in the template's numbers, caught before any claim: corrected from the same date, not a second version.
    const corrected = expectOk(await backend.fund['welfare.addRuleVersion']({ typeId: type.id, version: perNight(25000) }));
    expect(corrected.change).toBe('corrected');
    expect(corrected.versions).toHaveLength(1);
    expect(corrected.versions[0]?.amount).toMatchObject({ perUnitSatang: 25000 });

    // A claim is judged by it: from then on it is fixed.
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-000001',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 24,
        amountSatang: 72000,
        numbering: { kind: 'app' },
      }),
    );
    const claim = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'claim-000001',
        typeId: type.id,
        memberId,
        eventDate: '2025-03-01',
        units: 2,
        recipient: { kind: 'member' },
      }),
    );
    expect(claim.amountSatang).toBe(50000);
    expect((await hospital()).usedBy).toEqual({ '2024-01-01': claim.claimNo });

    const before = tableCounts(backend.db());
    const refused = await backend.fund['welfare.addRuleVersion']({ typeId: type.id, version: perNight(30000) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'rule-version-in-use', field: 'version.effectiveFrom' });
      expect(refused.error.message.th).toContain(`ใช้ตัดสินคำขอ ${claim.claimNo} ไปแล้ว`);
      expect(refused.error.message.th).toContain('1 ม.ค. 2567');
    }
    expect(tableCounts(backend.db())).toEqual(before);
    expect((await hospital()).versions[0]?.amount).toMatchObject({ perUnitSatang: 25000 });

    // An amendment from a later date is a new version; it too can be corrected until a claim uses it.
    const amended = expectOk(
      await backend.fund['welfare.addRuleVersion']({ typeId: type.id, version: { ...perNight(30000), effectiveFrom: '2026-12-01' } }),
    );
    expect(amended.change).toBe('added');
    expect(amended.versions).toHaveLength(2);
    const again = expectOk(
      await backend.fund['welfare.addRuleVersion']({ typeId: type.id, version: { ...perNight(35000), effectiveFrom: '2026-12-01' } }),
    );
    expect(again).toMatchObject({ change: 'corrected', usedBy: { '2024-01-01': claim.claimNo } });
    expect(again.versions.map((version) => version.amount)).toMatchObject([{ perUnitSatang: 25000 }, { perUnitSatang: 35000 }]);
  });

  it('marks the version a pending claim is judged by again, and guards used versions in the database itself', async () => {
    expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const type = await hospital();
    expectOk(
      await backend.fund['welfare.addRuleVersion']({ typeId: type.id, version: { ...perNight(30000), effectiveFrom: '2025-01-01' } }),
    );
    // Judged by the 2024 version (an event before the amendment), kept on file though ineligible (no dues paid).
    const claim = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'claim-000002',
        typeId: type.id,
        memberId,
        eventDate: '2024-12-01',
        units: 1,
        recipient: { kind: 'member' },
        recordIneligible: true,
      }),
    );
    expect((await hospital()).usedBy).toEqual({ '2024-01-01': claim.claimNo });
    const db = backend.db();
    const row = (effectiveFrom: string) =>
      db.prepare('SELECT id FROM welfare_rule_versions WHERE type_id = ? AND effective_from = ?').get(type.id, effectiveFrom) as {
        id: number;
      };
    const used = row('2024-01-01').id;
    const unused = row('2025-01-01').id;
    expect(() => db.prepare("UPDATE welfare_rule_versions SET rule_json = '{}' WHERE id = ?").run(used)).toThrow(/money-rule-in-use/);
    expect(() => db.prepare('DELETE FROM welfare_rule_versions WHERE id = ?').run(used)).toThrow(/money-rule-in-use/);
    expect(() => db.prepare('UPDATE welfare_rule_versions SET used_by_claim_id = NULL WHERE id = ?').run(used)).toThrow(
      /money-rule-in-use/,
    );
    // An unused version is still open (the app corrects it through the use case).
    expect(db.prepare('UPDATE welfare_rule_versions SET created_at = created_at WHERE id = ?').run(unused).changes).toBe(1);
  });

  it('corrects a plan rate no receipt used, and refuses to change one a receipt was priced by', async () => {
    const [first] = expectOk(await backend.fund['plan.list']({}));
    expect(first).toMatchObject({ effectiveFrom: '2024-01-01', monthlySatang: 3000, usedBy: null });
    const corrected = expectOk(
      await backend.fund['plan.addRate']({
        effectiveFrom: '2024-01-01',
        monthlySatang: 3100,
        entryFeeSatang: 2000,
        bundles: [{ months: 12, priceSatang: 36500 }],
      }),
    );
    expect(corrected).toMatchObject({ change: 'corrected', id: first?.id, monthlySatang: 3100, usedBy: null });
    expect(expectOk(await backend.fund['plan.list']({}))).toHaveLength(1);

    const receipt = expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-000002',
        memberId,
        receivedOn: '2024-02-01',
        monthCount: 1,
        amountSatang: 3100,
        numbering: { kind: 'app' },
      }),
    );
    expect(expectOk(await backend.fund['plan.list']({}))[0]?.usedBy).toBe(receipt.receiptNo);

    const before = tableCounts(backend.db());
    const refused = await backend.fund['plan.addRate']({ effectiveFrom: '2024-01-01', monthlySatang: 3000 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'rate-in-use', field: 'effectiveFrom' });
      expect(refused.error.message.th).toContain(`ใช้คิดเงินในใบเสร็จ ${receipt.receiptNo} ไปแล้ว`);
    }
    expect(tableCounts(backend.db())).toEqual(before);

    // A rate from a later date is added, and corrected while no receipt uses it.
    expect(expectOk(await backend.fund['plan.addRate']({ effectiveFrom: '2026-12-01', monthlySatang: 3500 })).change).toBe('added');
    expect(
      expectOk(
        await backend.fund['plan.addRate']({
          effectiveFrom: '2026-12-01',
          monthlySatang: 4000,
          bundles: [{ months: 12, priceSatang: 40000 }],
        }),
      ),
    ).toMatchObject({ change: 'corrected', monthlySatang: 4000, bundles: [{ months: 12, priceSatang: 40000 }] });

    const db = backend.db();
    const used = first?.id ?? 0;
    expect(() => db.prepare('UPDATE plan_rates SET monthly_satang = 1 WHERE id = ?').run(used)).toThrow(/money-rule-in-use/);
    expect(() => db.prepare('DELETE FROM plan_rates WHERE id = ?').run(used)).toThrow(/money-rule-in-use/);
    expect(() => db.prepare('UPDATE plan_bundles SET price_satang = 1 WHERE rate_id = ?').run(used)).toThrow(/money-rule-in-use/);
    expect(() => db.prepare('DELETE FROM plan_bundles WHERE rate_id = ?').run(used)).toThrow(/money-rule-in-use/);
    expect(() => db.prepare('INSERT INTO plan_bundles (rate_id, months, price_satang) VALUES (?, 6, 100)').run(used)).toThrow(
      /money-rule-in-use/,
    );
  });
});
