import type { BackupChains } from '../../../shared/api/fund-types';
import { chainNames } from '../../../shared/domain/audit/audit-chain';
import { openDatabase } from '../db/open-database';
import { keepsChains } from '../db/repositories/chain-repository';
import { chainWalk } from '../steps/audit-chain';

/**
 * The full check of a copy's hash chains, from each chain's first row (issue 20 §1, "before a backup counts"). It
 * reads the copy, not the live file: the copy is what a restore brings back, and a page the backup API copied wrong
 * or a row changed in the live file before its last check would only show there. Between batches it gives the
 * backend's thread back, so a ten-year fund's millions of rows never freeze the screen. Null for a copy made at a
 * schema before the chains (a backup before migration 0035).
 */
export async function checkCopyChains(path: string, progress?: (done: number, total: number) => void): Promise<BackupChains | null> {
  const copy = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    if (!keepsChains(copy)) return null;
    const heads: BackupChains['heads'] = { journal: null, audit: null };
    for (const chain of chainNames) {
      const walk = chainWalk(copy, chain, undefined);
      for (;;) {
        const step = walk.next();
        if (step.done) {
          const { checked, through, broken } = step.value;
          if (broken) return { heads, broken: { chain, rowId: broken.rowId, problem: broken.problem } };
          heads[chain] = through ? { rowId: through.rowId, link: through.link, rows: checked } : null;
          break;
        }
        progress?.(step.value.rowId, step.value.headRowId);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return { heads, broken: null };
  } finally {
    copy.close();
  }
}
