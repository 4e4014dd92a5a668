import { it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { startWebSession } from '../support/web-launcher';

it('debug', async () => {
  const session = await startWebSession();
  const { host, page } = session;
  await host.dispatch('app', 'funds.create', fundInput('d.swfund', { openedOn: '2024-01-01' }));
  const types = (await host.dispatch('fund', 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' })) as {
    ok: true;
    value: { id: number; code: string }[];
  };
  const hospital = types.value.find((type) => type.code === 'hospital')?.id ?? 0;
  for (let serial = 1; serial <= 25; serial += 1) {
    const member = (await host.dispatch('fund', 'members.register', memberInput(serial))) as { ok: true; value: { id: number } };
    await host.dispatch('fund', 'welfare.recordClaim', {
      requestId: `dbg-claim-${String(serial).padStart(4, '0')}`,
      typeId: hospital,
      memberId: member.value.id,
      eventDate: '2026-11-01',
      units: 2,
      recipient: { kind: 'member' },
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(session.fundUrl());
  await page.getByTestId('menu-welfare').click();
  await page.getByTestId('open-approvals').click();
  await page.getByTestId('approval-paper').waitFor();
  const { writeFileSync } = await import('node:fs');
  await page.emulateMedia({ media: null });
  writeFileSync(
    '/tmp/collday/exp/paper.html',
    await page.evaluate(() => document.querySelector('[data-testid="approval-paper"]')?.outerHTML ?? ''),
  );
  writeFileSync('/tmp/collday/exp/full.html', await page.evaluate(() => document.documentElement.outerHTML));
  await session.close();
}, 120_000);
