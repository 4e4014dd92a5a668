import { failure, success, type Result } from '../result';
import { latestBylawVersion, nextAmendmentNo, type DatedBylawVersion } from './in-force';

/** What a new bylaw version says of its place in the sequence and its checklist. */
export type NewBylawVersion = {
  readonly amendmentNo: number;
  readonly adoptedOn: string;
  readonly clauses: readonly { readonly item: string }[];
};

/**
 * A new version follows the fund's latest: its amendment number is the next one (0 for the first, never a skip or
 * a repeat), and it is adopted after the version it amends, so each version is in force for at least a day.
 * Each checklist item appears once.
 */
export function checkNewBylawVersion(versions: readonly DatedBylawVersion[], input: NewBylawVersion): Result<true> {
  const expected = nextAmendmentNo(versions);
  if (input.amendmentNo !== expected)
    return failure('bylaw-amendment-not-next', 'amendmentNo', { nextNo: expected, given: input.amendmentNo });
  const previous = latestBylawVersion(versions);
  if (previous && input.adoptedOn <= previous.adoptedOn)
    return failure('bylaw-adopted-before-previous', 'adoptedOn', { adoptedOn: input.adoptedOn, previousOn: previous.adoptedOn });
  const seen = new Set<string>();
  for (const [index, clause] of input.clauses.entries()) {
    if (seen.has(clause.item)) return failure('bylaw-clause-twice', `clauses.${index}.item`);
    seen.add(clause.item);
  }
  return success(true);
}
