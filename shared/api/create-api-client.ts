import type { ApiResult } from './api-result';
import type { ClientOf, Contract } from './contract-kit';

/** `region`: the calls of an open regional workspace (region-contract.ts), which name it by handle in their input. */
export type ContractSide = 'app' | 'fund' | 'jobs' | 'region';

/**
 * A transport carries one call: which contract, which method, the input, and for fund and job calls the
 * handle of the fund the call was made for (A2); it answers plain data.
 */
export type Transport = (side: ContractSide, method: string, input: unknown, fund?: string) => Promise<ApiResult<unknown>>;

/**
 * Builds a typed client with one function per method of the contract, over any transport (A11). A fund or
 * jobs client asks `fund` for the handle at each call, so it follows the fund its page is showing.
 */
export function createApiClient<C extends Contract>(
  contract: C,
  side: ContractSide,
  transport: Transport,
  fund: () => string | undefined = () => undefined,
): ClientOf<C> {
  const client: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const method of Object.keys(contract)) {
    client[method] = (input: unknown) => transport(side, method, input, side === 'app' || side === 'region' ? undefined : fund());
  }
  return client as ClientOf<C>;
}
