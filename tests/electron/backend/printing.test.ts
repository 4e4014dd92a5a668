import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash, openWithMoney } from '../../support/money-accounts';

/** Issue 14 §15: how the fund's papers print is a fund setting: the receipt paper, and who signs. */
describe('print settings', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  it('prints receipts on A4 and names no signer until the fund says otherwise', async () => {
    const blank = { fullName: '', position: '' };
    expect(expectOk(await backend.fund['printing.settings']({}))).toEqual({
      receiptPaper: 'a4',
      signers: { chair: blank, treasurer: blank, secretary: blank, checker: blank },
      // No committee on record: no office has a holder to sign in its place.
      committeeNames: {},
    });
  });

  it('keeps the paper and the signers, trimmed, with an audit row holding what they were', async () => {
    const saved = expectOk(
      await backend.fund['printing.updateSettings']({
        receiptPaper: 'a4-two',
        signers: { chair: { fullName: '  นายประเสริฐ ทองคำ ', position: 'ประธานกรรมการกองทุน' }, treasurer: { fullName: 'นางมาลี ศรีสุข' } },
      }),
    );
    expect(saved.receiptPaper).toBe('a4-two');
    expect(saved.signers.chair).toEqual({ fullName: 'นายประเสริฐ ทองคำ', position: 'ประธานกรรมการกองทุน' });
    expect(saved.signers.treasurer).toEqual({ fullName: 'นางมาลี ศรีสุข', position: '' });
    expect(expectOk(await backend.fund['printing.settings']({}))).toEqual(saved);
    const again = expectOk(await backend.fund['printing.updateSettings']({ receiptPaper: 'a5', signers: {} }));
    expect(again.signers.chair).toEqual({ fullName: '', position: '' });
    const audit = expectOk(await backend.fund['audit.list']({})).rows.filter((row) => row.entity === 'print-settings');
    expect(audit).toHaveLength(2);
  });

  it('refuses an unknown paper or an over-long name on its field, in Thai and English, and writes nothing', async () => {
    const before = tableCounts(backend.db());
    const paper = await backend.fund['printing.updateSettings']({ receiptPaper: 'a3' as 'a4', signers: {} });
    expect(paper.ok ? '' : `${paper.error.code} ${paper.error.field}`).toBe('bad-input receiptPaper');
    const long = await backend.fund['printing.updateSettings']({ receiptPaper: 'a4', signers: { chair: { fullName: 'ก'.repeat(121) } } });
    expect(long.ok ? '' : `${long.error.code} ${long.error.field}`).toBe('bad-input signers.chair.fullName');
    expect(long.ok ? '' : long.error.message.th).toContain('ชื่อ');
    expect(long.ok ? '' : long.error.message.en).not.toBe('');
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('names the signers under the arrears list’s signature lines', async () => {
    expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(
      await backend.fund['printing.updateSettings']({
        receiptPaper: 'a4',
        signers: { treasurer: { fullName: 'นางมาลี ศรีสุข', position: 'เหรัญญิกกองทุน' }, chair: { fullName: 'นายประเสริฐ ทองคำ' } },
      }),
    );
    const file = expectOk(await backend.fund['exports.arrears']({ minMonths: 1, format: 'pdf' }));
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    const text = (await pdfPages(location)).flat().join(' ');
    for (const expected of ['(นางมาลี ศรีสุข)', 'เหรัญญิกกองทุน', '(นายประเสริฐ ทองคำ)', 'ประธานกรรมการ']) expect(text).toContain(expected);
  });

  it('gives a welfare voucher the committee’s decision and the fund’s place, and other vouchers no decision', async () => {
    const types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const memberId = expectOk(await backend.fund['members.register'](memberInput(1))).id;
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-1-00001',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 26,
        amountSatang: 78000,
        numbering: { kind: 'app' },
      }),
    );
    const claim = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'death-claim-0001',
        typeId: types.find((type) => type.code === 'death')?.id ?? 0,
        memberId,
        eventDate: '2026-05-10',
        recipient: { kind: 'beneficiary' },
      }),
    );
    expectOk(await backend.fund['welfare.approveClaim']({ claimId: claim.id, meetingRef: 'มติ 5/2569' }));
    const { bankAccountCode } = await openWithMoney(backend.fund, { cashSatang: 1_000_000, bankSatang: 5_000_000 });
    const paid = expectOk(
      await backend.fund['welfare.payClaim']({
        claimId: claim.id,
        requestId: 'death-pay-00001',
        paidOn: '2026-05-20',
        accountCode: bankAccountCode,
      }),
    );
    const voucher = expectOk(await backend.fund['vouchers.get']({ voucherId: paid.payments[0]?.voucherId ?? 0 }));
    expect(voucher).toMatchObject({ method: 'transfer', decisionRef: 'มติ 5/2569' });
    expect(voucher.fund).toMatchObject({ subdistrictName: 'ทรัพย์อนันต์', districtName: 'ท่าแซะ', provinceName: 'ชุมพร', postcode: '86140' });
    const community = expectOk(
      await backend.fund['community.record']({
        ...inCash,
        requestId: 'community-00001',
        category: 'disaster',
        activityDate: '2026-11-03',
        description: 'ช่วยเหลือผู้ประสบอุทกภัย',
        beneficiariesCount: 4,
        amountSatang: 200000,
        payeeName: 'ผู้ใหญ่บ้าน หมู่ 3',
      }),
    );
    expect(community.voucher.decisionRef).toBeNull();
  });
});
