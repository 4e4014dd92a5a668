import { join } from 'node:path';
import type { SheetColumn } from '../../shared/api/sheet-import-types';
import { fundInput, memberInput } from './builders';
import { createTestBackend, expectOk, type TestBackend } from './test-backend';

export const contributionHeaders = ['สมาชิก', 'เดือน', 'จำนวนเดือน', 'วันที่ชำระ', 'จำนวนเงิน', 'เล่มที่', 'เลขที่ใบเสร็จ'];
export const welfareHeaders = ['สมาชิก', 'ประเภทสวัสดิการ', 'วันที่เกิดเหตุ', 'จำนวนเงิน', 'จำนวนคืน'];

export type HistoryFund = {
  backend: TestBackend;
  /** Paid through June 2023 by the old register: July–December 2023 are owed unless history says they were paid. */
  elder: { id: number; memberNo: string };
  /** Owed nothing at the opening (1 January 2024). */
  advance: { id: number; memberNo: string };
};

/** A fund opened on 1 January 2024, on 15 June 2024, with the one-baht-a-day rules and two members from before it. */
export async function historyFund(): Promise<HistoryFund> {
  const backend = createTestBackend('2024-06-15');
  expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2019-01-01' }));
  const elder = expectOk(
    await backend.fund['members.register'](
      memberInput(1, { appliedOn: '2019-06-01', approvedOn: '2019-06-15', paidThroughPeriod: '2023-06' }),
    ),
  );
  const advance = expectOk(
    await backend.fund['members.register'](memberInput(2, { appliedOn: '2020-01-01', approvedOn: '2020-01-10', noArrearsAtOpening: true })),
  );
  return { backend, elder, advance };
}

/** The mapping the sheet suggested, as a preview or commit takes it. */
export function suggestedMapping<F extends string>(columns: readonly SheetColumn<F>[]) {
  return columns.flatMap((column) => (column.field ? [{ column: column.index, field: column.field, era: column.era }] : []));
}
