import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { pdfPages, pdfPageSizes } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

describe('collection day', () => {
  let backend: TestBackend;
  let members: number[];
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    members = [];
    for (let serial = 1; serial <= 12; serial += 1) members.push(expectOk(await backend.fund['members.register'](memberInput(serial))).id);
  });
  afterEach(() => backend.close());

  it('saves lines as they are typed and posts the day as a job with progress, one receipt each', async () => {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20', collector: 'นางมาลี' }));
    for (const [index, memberId] of members.entries()) {
      const months = index === 0 ? 12 : 1;
      expectOk(
        await backend.fund['collection.setLine']({
          batchId: batch.id,
          memberId,
          monthCount: months,
          amountSatang: months === 12 ? 36500 : 3000,
        }),
      );
    }
    // Retyping a member's line, saying so, replaces it rather than adding a second.
    const retyped = expectOk(
      await backend.fund['collection.setLine']({
        batchId: batch.id,
        memberId: members[1] ?? 0,
        monthCount: 2,
        amountSatang: 6000,
        mode: 'replace',
      }),
    );
    expect(retyped.lines).toHaveLength(12);
    expect(retyped.totalSatang).toBe(36500 + 6000 + 10 * 3000);

    const { jobId } = expectOk(
      await backend.jobs['jobs.start']({
        method: 'collection.post',
        input: { ...inCash, batchId: batch.id, requestId: 'post-batch-0001' },
      }),
    );
    let status = expectOk(await backend.jobs['jobs.status']({ jobId }));
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = expectOk(await backend.jobs['jobs.status']({ jobId }));
    }
    expect(status.state).toBe('succeeded');
    const posted = expectOk(await backend.fund['collection.getBatch']({ batchId: batch.id }));
    expect(posted.state).toBe('posted');
    expect(posted.receiptRange).toEqual({ first: 'RC2570-000001', last: 'RC2570-000012' });
    expect(
      posted.lines.every((line) => line.receiptNo !== null && line.receiptId !== null && line.periods.length === line.monthCount),
    ).toBe(true);
    const firstLine = posted.lines.find((line) => line.memberId === members[0]);
    const firstReceipt = expectOk(await backend.fund['contributions.receipt']({ receiptId: firstLine?.receiptId ?? 0 }));
    expect(firstReceipt.periods).toHaveLength(12);
    expect(firstReceipt.batchId).toBe(batch.id);

    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    expect(cash.rows).toHaveLength(1);
    expect(cash.rows[0]?.description.code).toBe('batch');
    expect(cash.rows[0]?.inSatang).toBe(72500);
    expect(cash.rows[0]?.documentNo).toBe('RC2570-000001 – RC2570-000012');
    expectBooksConsistent(backend.db());

    // Posting again with the same request answers the same batch; a posted batch takes no more lines.
    const again = expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'post-batch-0001' }));
    expect(again.state).toBe('posted');
    const refused = await backend.fund['collection.setLine']({
      batchId: batch.id,
      memberId: members[0] ?? 0,
      monthCount: 1,
      amountSatang: 3000,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('batch-posted');
  });

  it("plans each line from the member's real paid months, gaps and advance payments included", async () => {
    const pay = (memberId: number, body: { periods?: string[]; monthCount?: number }, amountSatang: number, requestId: string) =>
      backend.fund['contributions.record']({
        ...inCash,
        requestId,
        memberId,
        receivedOn: '2026-11-20',
        amountSatang,
        numbering: { kind: 'app' },
        ...body,
      });
    const [unbroken, gapped, voided] = [members[0] ?? 0, members[1] ?? 0, members[2] ?? 0];
    expectOk(await pay(unbroken, { monthCount: 5 }, 15000, 'prefix-0001'));
    expectOk(await pay(gapped, { periods: ['2024-02', '2024-03'] }, 6000, 'gapped-0001'));
    const toVoid = expectOk(await pay(voided, { monthCount: 4 }, 12000, 'voided-0001'));
    expectOk(await pay(voided, { periods: ['2024-06'] }, 3000, 'voided-0002'));
    expectOk(
      await backend.fund['contributions.void']({ receiptId: toVoid.id, voidedOn: '2026-11-21', reason: 'ผิด', requestId: 'voided-void-01' }),
    );
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-22' }));
    for (const memberId of [unbroken, gapped, voided])
      expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 2, amountSatang: 6000 }));
    const posted = expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'post-batch-0009' }));
    const byMember = new Map(posted.lines.map((line) => [line.memberId, line.periods]));
    expect(byMember.get(unbroken)).toEqual(['2024-06', '2024-07']);
    expect(byMember.get(gapped)).toEqual(['2024-01', '2024-04']);
    expect(byMember.get(voided)).toEqual(['2024-01', '2024-02']);
    expectBooksConsistent(backend.db());
  });

  it('refuses a wrong line amount when typed, and a whole batch whose line went stale, writing nothing', async () => {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
    const wrong = await backend.fund['collection.setLine']({
      batchId: batch.id,
      memberId: members[0] ?? 0,
      monthCount: 1,
      amountSatang: 2500,
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('amount-mismatch');
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId: members[0] ?? 0, monthCount: 1, amountSatang: 3000 }));
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId: members[1] ?? 0, monthCount: 1, amountSatang: 3000 }));
    // The member resigns before the batch is posted: the line no longer holds.
    expectOk(await backend.fund['members.recordStatus']({ memberId: members[1] ?? 0, kind: 'resigned', effectiveOn: '2024-01-25' }));
    const before = tableCounts(backend.db());
    const result = await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'post-batch-0002' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('batch-line-invalid');
      expect(result.error.message.th).toContain('00002');
    }
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('refuses to start a job for a method that is not one, or with bad input', async () => {
    const notJob = await backend.jobs['jobs.start']({ method: 'members.search', input: {} });
    expect(notJob.ok).toBe(false);
    if (!notJob.ok) expect(notJob.error.code).toBe('not-a-job');
    const bad = await backend.jobs['jobs.start']({ method: 'collection.post', input: { batchId: 'one' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.field).toBe('input.batchId');
    const empty = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
    const reused = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
    expectOk(
      await backend.fund['collection.setLine']({ batchId: reused.id, memberId: members[0] ?? 0, monthCount: 1, amountSatang: 3000 }),
    );
    expectOk(await backend.fund['collection.post']({ ...inCash, batchId: reused.id, requestId: 'post-batch-0004' }));
    const other = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
    expectOk(await backend.fund['collection.setLine']({ batchId: other.id, memberId: members[1] ?? 0, monthCount: 1, amountSatang: 3000 }));
    const sameRequest = await backend.fund['collection.post']({ ...inCash, batchId: other.id, requestId: 'post-batch-0004' });
    expect(sameRequest.ok).toBe(false);
    if (!sameRequest.ok) expect(sameRequest.error.code).toBe('request-reused');
    const emptyPost = await backend.fund['collection.post']({ ...inCash, batchId: empty.id, requestId: 'post-batch-0003' });
    expect(emptyPost.ok).toBe(false);
    if (!emptyPost.ok) expect(emptyPost.error.code).toBe('batch-empty');
  });

  it("takes a new member's entry fee with the months on one receipt, and refuses a second entry fee, writing nothing", async () => {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20', collector: 'นางมาลี' }));
    // The plan: 30 baht a month, 20 baht entry fee.
    const wrong = await backend.fund['collection.setLine']({
      batchId: batch.id,
      memberId: members[0] ?? 0,
      monthCount: 1,
      amountSatang: 3000,
      includeEntryFee: true,
    });
    expect(wrong.ok ? '' : wrong.error.code).toBe('amount-mismatch');
    const line = expectOk(
      await backend.fund['collection.setLine']({
        batchId: batch.id,
        memberId: members[0] ?? 0,
        monthCount: 1,
        amountSatang: 5000,
        includeEntryFee: true,
      }),
    );
    expect(line.lines[0]).toMatchObject({ includeEntryFee: true, amountSatang: 5000 });
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId: members[1] ?? 0, monthCount: 1, amountSatang: 3000 }));
    const posted = expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'post-batch-fee1' }));
    const receipt = expectOk(
      await backend.fund['contributions.receipt']({ receiptId: posted.lines.find((row) => row.memberId === members[0])?.receiptId ?? 0 }),
    );
    expect(receipt.lines.map((receiptLine) => [receiptLine.kind, receiptLine.amountSatang])).toEqual([
      ['entry-fee', 2000],
      ['contribution', 3000],
    ]);
    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    expect(cash.rows.reduce((sum, row) => sum + row.inSatang, 0)).toBe(8000);
    expectBooksConsistent(backend.db());

    const next = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-21', collector: 'นางมาลี' }));
    const before = tableCounts(backend.db());
    const twice = await backend.fund['collection.setLine']({
      batchId: next.id,
      memberId: members[0] ?? 0,
      monthCount: 1,
      amountSatang: 5000,
      includeEntryFee: true,
    });
    expect(twice.ok ? '' : `${twice.error.code} ${twice.error.field}`).toBe('entry-fee-already-paid includeEntryFee');
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('refuses a second entry for a member without a choice, naming the field in both languages, and writes nothing', async () => {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20', collector: 'นางมาลี' }));
    const memberId = members[0] ?? 0;
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 2, amountSatang: 6000 }));
    const before = tableCounts(backend.db());
    const again = await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 1, amountSatang: 3000 });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error).toMatchObject({
      code: 'batch-line-exists',
      field: 'mode',
      params: { memberNo: '00001', monthCount: 2, lineAmount: 6000 },
    });
    expect(again.error.message.th).toContain('00001');
    expect(again.error.message.th).toContain('60.00');
    expect(again.error.message.th).toContain('เพิ่มเดือน');
    expect(again.error.message.en).toContain('add the months');
    expect(tableCounts(backend.db())).toEqual(before);
    const line = expectOk(await backend.fund['collection.getBatch']({ batchId: batch.id })).lines[0];
    expect(line).toMatchObject({ monthCount: 2, amountSatang: 6000 });
  });

  it('adds an entry’s months to the member’s line, priced as one line, or replaces the line, as the collector chose', async () => {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20', collector: 'นางมาลี' }));
    const memberId = members[0] ?? 0;
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 11, amountSatang: 33000 }));
    // Eleven months and one more make the plan's 12-month bundle (365 baht): this entry brings 35.00.
    const wrong = await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 1, amountSatang: 3000, mode: 'add' });
    expect(wrong.ok ? '' : `${wrong.error.code} ${wrong.error.field} ${JSON.stringify(wrong.error.params)}`).toBe(
      'amount-mismatch amountSatang {"expected":3500}',
    );
    const added = expectOk(
      await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 1, amountSatang: 3500, mode: 'add' }),
    );
    expect(added.lines).toHaveLength(1);
    expect(added.lines[0]).toMatchObject({ monthCount: 12, amountSatang: 36500 });
    // Adding a new member's entry fee to the line keeps the months and adds the fee.
    const fee = expectOk(
      await backend.fund['collection.setLine']({
        batchId: batch.id,
        memberId: members[1] ?? 0,
        monthCount: 1,
        amountSatang: 3000,
      }),
    );
    expect(fee.totalSatang).toBe(39500);
    const withFee = expectOk(
      await backend.fund['collection.setLine']({
        batchId: batch.id,
        memberId: members[1] ?? 0,
        monthCount: 1,
        amountSatang: 5000,
        includeEntryFee: true,
        mode: 'add',
      }),
    );
    expect(withFee.lines.find((line) => line.memberId === members[1])).toMatchObject({
      monthCount: 2,
      amountSatang: 8000,
      includeEntryFee: true,
    });
    const tooMany = await backend.fund['collection.setLine']({
      batchId: batch.id,
      memberId,
      monthCount: 50,
      amountSatang: 150000,
      mode: 'add',
    });
    expect(tooMany.ok ? '' : `${tooMany.error.code} ${tooMany.error.field}`).toBe('bad-input monthCount');
    const replaced = expectOk(
      await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 1, amountSatang: 3000, mode: 'replace' }),
    );
    expect(replaced.lines.find((line) => line.memberId === memberId)).toMatchObject({ monthCount: 1, amountSatang: 3000 });
    const posted = expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'post-batch-mode1' }));
    expect(posted.lines.find((line) => line.memberId === members[1])?.periods).toEqual(['2024-01', '2024-02']);
    expectBooksConsistent(backend.db());
  });

  it('lists a posted day’s receipts in number order, refuses a draft’s, and makes its day sheet as an A4 PDF', async () => {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20', collector: 'นางมาลี ศรีสุข' }));
    for (const memberId of [members[2] ?? 0, members[0] ?? 0, members[1] ?? 0])
      expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 2, amountSatang: 6000 }));
    const draft = await backend.fund['collection.receipts']({ batchId: batch.id });
    expect(draft.ok ? '' : `${draft.error.code} ${draft.error.field}`).toBe('batch-not-posted batchId');
    expect(draft.ok ? '' : draft.error.message.en).toContain('not posted');
    const draftSheet = await backend.fund['exports.collectionDay']({ batchId: batch.id, format: 'pdf' });
    expect(draftSheet.ok ? '' : draftSheet.error.code).toBe('batch-not-posted');
    expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'post-batch-sheet' }));
    const receipts = expectOk(await backend.fund['collection.receipts']({ batchId: batch.id }));
    expect(receipts.map((receipt) => receipt.receiptNo)).toEqual(['RC2570-000001', 'RC2570-000002', 'RC2570-000003']);
    expect(receipts[0]?.fund).toMatchObject({ subdistrictName: 'ทรัพย์อนันต์', districtName: 'ท่าแซะ', provinceName: 'ชุมพร' });
    expectOk(
      await backend.fund['contributions.void']({
        receiptId: receipts[1]?.id ?? 0,
        voidedOn: '2026-11-21',
        reason: 'รับเงินผิดคน',
        requestId: 'void-sheet-0001',
      }),
    );
    expectOk(
      await backend.fund['printing.updateSettings']({
        receiptPaper: 'a4',
        signers: { treasurer: { fullName: 'นางวิไล แก้วมณี', position: 'เหรัญญิกกองทุน' } },
      }),
    );
    const sheet = expectOk(await backend.fund['exports.collectionDay']({ batchId: batch.id, format: 'pdf' }));
    expect(sheet.fileName).toBe('สรุปการเก็บเงินสมทบ 2569-11-20.pdf');
    const path = join(backend.home, sheet.fileName);
    expectOk(await backend.app['files.save']({ fileId: sheet.fileId, location: path }));
    expect(await pdfPageSizes(path)).toEqual([[595, 842]]);
    const text = (await pdfPages(path)).flat().join(' ');
    for (const expected of [
      'สรุปการเก็บเงินสมทบประจำวัน',
      'นางมาลี ศรีสุข',
      'RC2570-000001 – RC2570-000003 (ปีงบประมาณ 2570)',
      '180.00',
      'หนึ่งร้อยแปดสิบบาทถ้วน',
      'ใบเสร็จ RC2570-000002 ยกเลิกเมื่อ',
      'นางวิไล แก้วมณี',
      'เหรัญญิกกองทุน',
      'ผู้ตรวจสอบ',
    ])
      expect(text).toContain(expected);
    const excel = expectOk(await backend.fund['exports.collectionDay']({ batchId: batch.id, format: 'xlsx' }));
    expect(excel.fileName).toBe('สรุปการเก็บเงินสมทบ 2569-11-20.xlsx');
  });
});
