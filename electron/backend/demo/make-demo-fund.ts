import { existsSync, linkSync, rmSync } from 'node:fs';
import { fundProfileInput, planRateInput } from '../../../shared/api/fund-contract';
import type { DemoSize } from '../../../shared/api/demo-types';
import { addMonths } from '../../../shared/domain/calendar-date';
import { failure, success, type Result } from '../../../shared/domain/result';
import { withBulkWriting } from '../db/bulk-writing';
import { createFundFile, removeFundFile, type OpenOptions } from '../db/open-fund-file';
import { markFundAsDemo } from '../db/repositories/demo-repository';
import type { JobContext } from '../jobs/job-runner';
import type { OpenFund } from '../open-funds';
import { callContext, runUnitOfWork, type CallSource } from '../unit-of-work';
import { initializeFund } from '../use-cases/fund';
import { demoPlace } from './demo-people';
import { demoShapes } from './demo-shapes';
import { generateDemoHistory } from './generate-demo-history';

export type DemoRequest = { path: string; size: DemoSize; seed: number; today: string };

/** The demo fund's profile: ตำบลทรัพย์อนันต์, its name saying it is a demo, opened `years` before this month. */
function demoProfile(openedOn: string) {
  return fundProfileInput.parse({
    name: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์ (ตัวอย่าง)',
    fundCode: 'DEMO',
    level: 'tambon',
    ...demoPlace,
    address: 'ที่ทำการกองทุน อบต.ทรัพย์อนันต์',
    foundedOn: openedOn,
    openedOn,
  });
}

/**
 * Makes a demo fund (issue 19 §3) under a temporary name beside its place: the fund row marked demo, then its
 * history generated as a job (written without waiting for the disk after each month, see bulk-writing.ts), then
 * closed with a checkpoint and given its name by a hard link, which never replaces a file that appeared there
 * meanwhile. Anything that fails leaves nothing behind, neither the temporary file nor a half-made fund.
 */
export async function makeDemoFund(
  request: DemoRequest,
  openOptions: OpenOptions,
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource,
  job: JobContext,
): Promise<Result<string>> {
  const making = `${request.path}.making`;
  removeFundFile(making);
  const openedOn = `${addMonths(request.today.slice(0, 7), -12 * demoShapes[request.size].years)}-01`;
  const session = createFundFile(making, openOptions);
  try {
    const input = { size: request.size, seed: request.seed };
    const context = callContext(sourceOf(session), 'demo.create', input);
    const plan = planRateInput.parse({
      effectiveFrom: openedOn,
      monthlySatang: 3000,
      entryFeeSatang: 2000,
      bundles: [{ months: 12, priceSatang: 36500 }],
    });
    const created = runUnitOfWork(context, input, () => {
      const made = initializeFund(context, demoProfile(openedOn), plan, false);
      if (!made.ok) return made;
      markFundAsDemo(context.connection);
      context.audit({ entity: 'fund', entityId: made.value.uuid, after: { demo: true, size: request.size, seed: request.seed } });
      return made;
    });
    if (!created.ok) throw new Error(`demo fund refused: ${created.error.code}`);
    session.identify(created.value.uuid);
    await withBulkWriting(session.connection, () =>
      generateDemoHistory(sourceOf(session), { size: request.size, seed: request.seed, openedOn, today: request.today }, job),
    );
    session.close();
    if (existsSync(request.path)) {
      removeFundFile(making);
      return failure('file-exists', 'location', {});
    }
    linkSync(making, request.path);
    rmSync(making);
    return success(request.path);
  } catch (error) {
    session.close();
    removeFundFile(making);
    throw error;
  }
}
