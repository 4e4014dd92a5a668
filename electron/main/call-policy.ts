import type { ApiError } from '../../shared/api/api-result';
import { appContract } from '../../shared/api/app-contract';
import { fundHandle } from '../../shared/api/common-schemas';
import type { Contract } from '../../shared/api/contract-kit';
import { fundContract } from '../../shared/api/fund-contract';
import { jobsContract } from '../../shared/api/jobs-contract';
import { regionContract } from '../../shared/api/region-contract';
import type { ContractSide } from '../backend/host-types';
import { translateError } from '../backend/messages';
import { parseInput } from '../backend/parse-input';
import { isAllowedNavigation } from './window-options';

export const contracts: Readonly<Record<ContractSide, Contract>> = {
  app: appContract,
  fund: fundContract,
  jobs: jobsContract,
  region: regionContract,
};

/** What main knows about the frame behind an IPC call (Electron's senderFrame, reduced to plain data). */
export type CallSender = { frameUrl: string | undefined; isTopFrame: boolean; isOurWindow: boolean };

/** 17: only the top frame of our own window, showing our own app:// origin, may call the backend. */
export function isTrustedSender(sender: CallSender): boolean {
  return sender.isOurWindow && sender.isTopFrame && sender.frameUrl !== undefined && isAllowedNavigation(sender.frameUrl);
}

export type CheckedCall =
  { ok: true; side: ContractSide; method: string; input: unknown; fund: string | undefined } | { ok: false; error: ApiError };

/**
 * Main's own check before relaying (A1): a trusted sender, a known side and method, and input the contract's
 * schema accepts. A refusal is answered by main in both languages, with the field named as the backend would
 * name it; what is relayed is the caller's raw input, which the backend parses again. A fund or job call names
 * its fund by handle (A2); the backend refuses one that is not open.
 */
export function checkCall(sender: CallSender, side: unknown, method: unknown, input: unknown, fund?: unknown): CheckedCall {
  if (!isTrustedSender(sender)) return { ok: false, error: translateError({ code: 'forbidden' }) };
  if (side !== 'app' && side !== 'fund' && side !== 'jobs' && side !== 'region')
    return { ok: false, error: translateError({ code: 'unknown-method', params: { method: String(side) } }) };
  if (typeof method !== 'string' || !Object.hasOwn(contracts[side], method)) {
    return { ok: false, error: translateError({ code: 'unknown-method', params: { method: String(method).slice(0, 100) } }) };
  }
  const spec = contracts[side][method];
  if (!spec) return { ok: false, error: translateError({ code: 'unknown-method', params: { method } }) };
  const parsed = parseInput(spec.input, input);
  if (!parsed.ok) return { ok: false, error: translateError(parsed.error) };
  if (side !== 'app' && side !== 'region' && fund !== undefined && !fundHandle.safeParse(fund).success)
    return { ok: false, error: translateError({ code: 'fund-not-open' }) };
  return {
    ok: true,
    side,
    method,
    input: input === undefined ? {} : input,
    fund: side === 'app' || side === 'region' ? undefined : (fund as string | undefined),
  };
}
