import type { ApiResult } from './api-result';
import type { ClientOf, Contract } from './contract-kit';

/** A transport carries one call: which contract, which method, the input; it answers plain data. */
export type Transport = (side: 'app' | 'fund' | 'jobs', method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds a typed client with one function per method of the contract, over any transport (A11). */
export function createApiClient<C extends Contract>(contract: C, side: 'app' | 'fund' | 'jobs', transport: Transport): ClientOf<C> {
  const client: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const method of Object.keys(contract)) {
    client[method] = (input: unknown) => transport(side, method, input);
  }
  return client as ClientOf<C>;
}
