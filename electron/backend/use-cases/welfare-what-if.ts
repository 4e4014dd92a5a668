import type { z } from 'zod';
import type { WelfareWhatIf } from '../../../shared/api/fund-types';
import type { whatIfInput } from '../../../shared/api/welfare-schemas';
import { failure, success, type Result } from '../../../shared/domain/result';
import { checkRuleVersions } from '../../../shared/domain/welfare/rules';
import { listMemberIds } from '../db/repositories/member-repository';
import { decide, typeFacts } from '../steps/claims';
import type { JobUseCaseContext } from './use-case-context';

type WhatIfInput = z.output<typeof whatIfInput>;

const chunk = 500;

/**
 * "What if every member claimed this welfare on this date?" — each member judged by the engine exactly as a
 * claim would be, nothing written. A committee uses it to see what a bylaw amendment would cost (with a
 * `draft`, the proposed version judges every member instead of the rule in force). It runs as a
 * job (A4): 30,000 members take seconds, so it reports progress and yields between chunks.
 */
export async function welfareWhatIf(context: JobUseCaseContext, input: WhatIfInput): Promise<Result<WelfareWhatIf>> {
  const { job } = context;
  const stored = typeFacts(context.connection, input.typeId);
  if (!stored) return failure('welfare-type-not-found', 'typeId');
  if (input.eventDate > context.clock.today()) return failure('date-in-future', 'eventDate');
  let known = stored;
  if (input.draft) {
    // The proposal judges the date as if adopted then; its own numbers are checked like a real amendment's.
    const proposal = { ...input.draft, effectiveFrom: input.eventDate, effectiveTo: null };
    const checked = checkRuleVersions([proposal]);
    if (!checked.ok)
      return failure(
        checked.error.code,
        checked.error.field ? `draft.${checked.error.field.replace(/^versions\.\d+\./, '')}` : 'draft',
        checked.error.params,
      );
    known = { ...stored, versions: [proposal] };
  }
  const ids = listMemberIds(context.connection);
  const today = context.clock.today();
  const amounts = new Map<number, number>();
  const refusals = new Map<string, number>();
  let eligible = 0;
  let totalSatang = 0;
  for (let index = 0; index < ids.length; index += 1) {
    if (index % chunk === 0) {
      job.progress(index, ids.length, 'deciding');
      await job.checkpoint();
    }
    const claim = {
      typeId: input.typeId,
      memberId: ids[index] ?? 0,
      eventDate: input.eventDate,
      units: input.units ?? null,
      recipient: { kind: input.recipient },
    };
    const decided = decide(context.connection, claim, today, known);
    if (!decided.ok) return decided;
    const decision = decided.value;
    if (decision.eligible && decision.amountSatang > 0) {
      eligible += 1;
      totalSatang += decision.amountSatang;
      amounts.set(decision.amountSatang, (amounts.get(decision.amountSatang) ?? 0) + 1);
    } else {
      const code = decision.refusal?.code ?? 'claim-nothing-to-pay';
      refusals.set(code, (refusals.get(code) ?? 0) + 1);
    }
  }
  job.progress(ids.length, ids.length, 'done');
  return success({
    typeId: input.typeId,
    eventDate: input.eventDate,
    members: ids.length,
    eligible,
    totalSatang,
    amounts: [...amounts].map(([amountSatang, count]) => ({ amountSatang, count })).sort((a, b) => a.amountSatang - b.amountSatang),
    refusals: [...refusals].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count),
  });
}
