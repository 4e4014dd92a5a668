import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatThaiId } from '../../shared/domain/members/thai-id';
import { citizenIdFor, fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 20 §3 on screen at 1366×768: a member registered with her consent, her ID masked until a look that is
 * logged and listed, her own data exported on A4 (read back and drawn to a picture), and the retention list
 * from which the committee's decision clears a long-resigned member's personal data.
 */
describe('PDPA duties in the browser', () => {
  let session: WebSession;
  let folder: string;
  const leaver = memberInput(1, { appliedOn: '2023-01-05', approvedOn: '2023-01-20', approvalRef: 'ทะเบียนเดิม', noArrearsAtOpening: true });
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-pdpa-'));
    const { host } = session;
    expect((await host.dispatch('app', 'funds.create', fundInput('pdpa.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    // She left on 2024-03-01 (fiscal year 2567): with one year kept, her personal data is due from 1 October 2568.
    const member = await host.dispatch('fund', 'members.register', leaver);
    if (!member.ok) throw new Error(member.error.message.en);
    const memberId = (member.value as { id: number }).id;
    const resigned = await host.dispatch('fund', 'members.recordStatus', {
      memberId,
      kind: 'resigned',
      effectiveOn: '2024-03-01',
      reason: 'ย้ายที่อยู่',
    });
    expect(resigned.ok).toBe(true);
    await session.page.setViewportSize({ width: 1366, height: 768 });
    await session.page.goto(session.fundUrl());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('registers a member with her consent and shows her ID masked until a logged look', async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByTestId('register-member').click();
    await page.getByTestId('member-title').click();
    await page.keyboard.type('นาง');
    await page.keyboard.press('Enter');
    await page.getByTestId('member-citizen-id').fill(citizenIdFor(91));
    await page.getByTestId('member-first-name').fill('บุญมา');
    await page.getByTestId('member-last-name').fill('ทองคำ');
    await page.getByTestId('member-birth-date').fill('15/05/2503');
    await page.getByTestId('member-applied-on').fill('20/05/2560');
    await page.getByTestId('member-approved-on').fill('01/06/2560');
    await page.getByTestId('member-approval-ref').fill('มติคณะกรรมการ ครั้งที่ 5/2560');
    await page.getByTestId('member-opening-no-arrears').click();
    await page.getByTestId('consent-given').click();
    // The day starts at today and the way at the signed paper form; the form's number is typed.
    await expect.poll(() => page.getByTestId('consent-date').inputValue()).toBe('25/11/2569');
    await page.getByTestId('consent-form-no').fill('PD-0042');
    await page.getByTestId('consent-form-no').scrollIntoViewIfNeeded();
    await screenshot(page, 'pdpa-01-register-consent');
    await page.getByTestId('member-submit').click();

    await page.getByRole('tab', { name: 'ข้อมูลสมาชิก' }).click();
    const id = page.getByTestId('member-citizen-id-view');
    await expect
      .poll(() => id.textContent())
      .toBe(`${citizenIdFor(91).slice(0, 1)}-••••-•••••-${citizenIdFor(91).slice(10, 12)}-${citizenIdFor(91).slice(12)}`);
    expect(await page.getByTestId('member-consent').textContent()).toBe('ให้ความยินยอม เมื่อ 25 พ.ย. 2569 (แบบฟอร์มกระดาษที่ลงนาม เลขที่ PD-0042)');
    expect(await page.getByTestId('personal-hidden').count()).toBe(4);
    await screenshot(page, 'pdpa-02-masked');

    await page.getByTestId('reveal-personal').click();
    await expect.poll(() => id.textContent()).toBe(formatThaiId(citizenIdFor(91)));
    await page.getByTestId('personal-logged').waitFor();
    expect(await page.getByTestId('personal-hidden').count()).toBe(0);
    await screenshot(page, 'pdpa-03-revealed');

    await page.getByRole('tab', { name: 'ผู้เข้าดูข้อมูล' }).click();
    const log = page.getByTestId('access-log');
    await expect.poll(() => log.textContent()).toContain('หน้าข้อมูลสมาชิก');
    await screenshot(page, 'pdpa-04-access-log');
  });

  it('exports her own data as an A4 page in Thai, the export itself logged', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'ข้อมูลสมาชิก' }).click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('member-data-export').click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toBe('ข้อมูลส่วนบุคคลของสมาชิก 00002 ณ 2569-11-25.pdf');
    expect(await pdfPageSizes(path)).toEqual([[595, 842]]);
    const text = (await pdfPages(path)).flat().join(' ');
    for (const words of [
      'ข้อมูลส่วนบุคคลของสมาชิกที่กองทุนเก็บรักษา',
      'บุญมา',
      formatThaiId(citizenIdFor(91)),
      'PD-0042',
      'ส่งออกข้อมูลตามคำขอ',
      'หน้าข้อมูลสมาชิก',
    ])
      expect(text).toContain(words);
    execFileSync('pdftoppm', ['-png', '-r', '70', path, join(artifactsFolder, 'print-pdpa-member-data')]);

    await page.getByRole('tab', { name: 'ผู้เข้าดูข้อมูล' }).click();
    await expect.poll(() => page.getByTestId('access-log').textContent()).toContain('ส่งออกข้อมูลตามคำขอ');
  });

  it("lists the members due under the fund's retention rule and clears one by the committee's decision", async () => {
    const { page } = session;
    await page.getByTestId('menu-members').click();
    await page.getByTestId('open-retention').click();
    const due = page.getByTestId('retention-due');
    await expect.poll(() => page.getByTestId('retention-rule').textContent()).toContain('เก็บรักษา 10 ปี');
    expect(await due.textContent()).toContain('ไม่มีสมาชิกที่ถึงกำหนดลบข้อมูล');
    await page.getByTestId('retention-years').fill('1');
    await page.getByTestId('retention-years-save').click();
    await expect.poll(() => due.textContent()).toContain(leaver.lastName);
    expect(await due.textContent()).toContain('1 ต.ค. 2568');
    // Nothing ticked, no decision written: the button says why it waits.
    expect(await page.locator('[data-why-disabled] [data-testid="retention-clear"]').count()).toBe(1);
    expect(
      await page
        .locator('[data-why-disabled]')
        .filter({ has: page.getByTestId('retention-clear') })
        .getAttribute('data-why-disabled'),
    ).toBe('เลือกสมาชิกก่อน');
    await page.locator('[data-testid="retention-due"] .ant-table-tbody .ant-checkbox-input').first().check();
    await page.getByTestId('retention-decision').fill('การประชุมคณะกรรมการ ครั้งที่ 11/2569 มติที่ 4');
    await screenshot(page, 'pdpa-05-retention-due');
    await page.getByTestId('retention-clear').click();
    await page.getByTestId('retention-clear-confirm').click();
    await expect.poll(() => due.textContent()).toContain('ไม่มีสมาชิกที่ถึงกำหนดลบข้อมูล');
    await screenshot(page, 'pdpa-06-retention-cleared');
  });
});
