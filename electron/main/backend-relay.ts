import type { ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import type { ContractSide } from '../backend/host-types';
import { translateError } from '../backend/messages';
import type { BackendCommand, BackendMessage } from './ipc-messages';

/** The part of Electron's UtilityProcess the relay uses, so the relay itself stays electron-free and testable. */
export type BackendPort = {
  postMessage: (message: BackendCommand) => void;
  onMessage: (listener: (message: BackendMessage) => void) => void;
  onExit: (listener: (code: number) => void) => void;
};

export type BackendRelay = {
  call: (side: ContractSide, method: string, input: unknown, fund?: string) => Promise<ApiResult<unknown>>;
  onProgress: (listener: (status: JobStatus) => void) => void;
  /** Asks the backend to close the fund and exit; resolves when it has, or after the grace period. */
  stop: (graceMilliseconds?: number) => Promise<void>;
  isRunning: () => boolean;
};

/**
 * Main only relays (A1): each call gets an id, the backend answers it once. If the backend process dies, every
 * call still waiting is answered `internal` instead of hanging the page forever.
 */
export function createBackendRelay(port: BackendPort): BackendRelay {
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const progressListeners: Array<(status: JobStatus) => void> = [];
  const exitWaiters: Array<() => void> = [];
  let nextId = 1;
  let isRunning = true;

  port.onMessage((message) => {
    if (message.kind === 'reply') {
      const answer = pending.get(message.id);
      pending.delete(message.id);
      answer?.(message.result);
    } else if (message.kind === 'progress') {
      for (const listener of progressListeners) listener(message.status);
    }
  });
  port.onExit(() => {
    isRunning = false;
    for (const answer of pending.values()) answer({ ok: false, error: translateError({ code: 'internal' }) });
    pending.clear();
    for (const resolve of exitWaiters.splice(0)) resolve();
  });

  return {
    call(side, method, input, fund) {
      if (!isRunning) return Promise.resolve({ ok: false, error: translateError({ code: 'internal' }) });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        port.postMessage({ kind: 'call', id, side, method, input, ...(fund === undefined ? {} : { fund }) });
      });
    },
    onProgress: (listener) => void progressListeners.push(listener),
    stop(graceMilliseconds = 5_000) {
      if (!isRunning) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMilliseconds);
        exitWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
        port.postMessage({ kind: 'close' });
      });
    },
    isRunning: () => isRunning,
  };
}
