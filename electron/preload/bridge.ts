import type { ApiResult } from '../../shared/api/api-result';
import { appContract } from '../../shared/api/app-contract';
import type { Contract } from '../../shared/api/contract-kit';
import { fundContract } from '../../shared/api/fund-contract';
import { jobsContract, type JobStatus } from '../../shared/api/jobs-contract';
import { regionContract } from '../../shared/api/region-contract';

/** The IPC channels main listens and speaks on (electron/main/ipc-messages.ts holds the same names). */
export const callChannel = 'swf:call';
export const progressChannel = 'swf:progress';

type Side = 'app' | 'fund' | 'jobs' | 'region';
/** One contract method: its input, and for fund and job methods the handle of the fund the page is showing (A2). */
type Call = (input: unknown, fund?: string) => Promise<ApiResult<unknown>>;

/** The two things of ipcRenderer the bridge needs; they stay inside the preload and are never exposed. */
export type BridgeIpc = {
  invoke: (channel: string, side: Side, method: string, input: unknown, fund?: string) => Promise<ApiResult<unknown>>;
  subscribe: (channel: string, listener: (status: JobStatus) => void) => () => void;
};

export type Bridge = {
  app: Record<string, Call>;
  fund: Record<string, Call>;
  jobs: Record<string, Call>;
  region: Record<string, Call>;
  onJobProgress: (listener: (status: JobStatus) => void) => () => void;
};

function sideOf(side: Side, contract: Contract, ipc: BridgeIpc): Record<string, Call> {
  // A plain object: contextBridge copies own keys only, so the page sees the contract's methods and nothing more.
  const functions: Record<string, Call> = {};
  for (const method of Object.keys(contract)) functions[method] = (input, fund) => ipc.invoke(callChannel, side, method, input, fund);
  return Object.freeze(functions);
}

/**
 * `window.swf` (A11, checklist item 20): `{ app, fund, jobs, region }`, each holding exactly one function per contract
 * method, plus a progress subscription whose listener gets only the job status (never the IPC event).
 */
export function createBridge(ipc: BridgeIpc): Bridge {
  return Object.freeze({
    app: sideOf('app', appContract, ipc),
    fund: sideOf('fund', fundContract, ipc),
    jobs: sideOf('jobs', jobsContract, ipc),
    region: sideOf('region', regionContract, ipc),
    onJobProgress: (listener: (status: JobStatus) => void) => ipc.subscribe(progressChannel, (status) => listener(status)),
  });
}
