import type { ChainReport, ChainState } from '../../../shared/api/audit-chain-types';
import { chainNames } from '../../../shared/domain/audit/audit-chain';
import { success, type Result } from '../../../shared/domain/result';
import { chainWalk } from '../steps/audit-chain';
import type { JobUseCaseContext } from './use-case-context';

/**
 * The full check of both hash chains from their first row (issue 20 §1), on demand: a job that yields between
 * batches, so a ten-year fund's millions of rows never freeze the page. It reads only: a break it finds is said
 * here, and the next open of the fund turns it to look-only.
 */
export async function verifyAuditChains(context: JobUseCaseContext): Promise<Result<ChainReport>> {
  const chains: ChainState[] = [];
  for (const chain of chainNames) {
    const walk = chainWalk(context.connection, chain, undefined);
    for (;;) {
      const step = walk.next();
      if (step.done) {
        const { checked, through, broken } = step.value;
        chains.push({ chain, rows: checked, head: through ?? null, broken: broken && { rowId: broken.rowId, problem: broken.problem } });
        break;
      }
      context.job.progress(step.value.rowId, step.value.headRowId, chain);
      await context.job.checkpoint();
    }
  }
  return success({ checkedAt: context.call.at, chains });
}
