import type { InputOf, OutputOf } from '../../../shared/api/contract-kit';
import { fundContract, type FundContract, type FundMethod } from '../../../shared/api/fund-contract';
import type { Result } from '../../../shared/domain/result';
import { createBackend } from '../create-backend';
import type { UseCaseContext } from '../use-cases/use-case-context';

/** The methods that run inside one call's transaction (not jobs): the ones a generator may chain. */
type PlainMethod = { [M in FundMethod]: FundContract[M] extends { job: true } ? never : M }[FundMethod];

const handlers = createBackend();

/**
 * One fund method run inside the generator's own transaction, its input parsed by the contract's schema exactly as
 * a call from the screen would be (defaults filled, bad input refused). A refusal answers the error, for a caller
 * that expects some (a claim the rules do not allow); `expect` turns any refusal into a thrown bug.
 */
export function callFund<M extends PlainMethod>(
  context: UseCaseContext,
  method: M,
  input: InputOf<FundContract, M>,
): Result<OutputOf<FundContract, M>> {
  const parsed: unknown = fundContract[method].input.parse(input);
  const handler = handlers[method] as (context: UseCaseContext, input: unknown) => Result<OutputOf<FundContract, M>>;
  return handler(context, parsed);
}

export function expectCall<M extends PlainMethod>(
  context: UseCaseContext,
  method: M,
  input: InputOf<FundContract, M>,
): OutputOf<FundContract, M> {
  const result = callFund(context, method, input);
  if (!result.ok) throw new Error(`demo generation: ${method} refused: ${result.error.code} ${result.error.field ?? ''}`);
  return result.value;
}
