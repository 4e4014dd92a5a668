import type { ApiError, ApiResult } from '../../shared/api/api-result';
import type { AppApi } from '../../shared/api/app-contract';
import type { ContractSide, Transport } from '../../shared/api/create-api-client';
import type { FundApi } from '../../shared/api/fund-contract';
import type { JobsApi } from '../../shared/api/jobs-contract';
import type { RegionApi } from '../../shared/api/region-contract';
import { bothLanguages } from '../app/i18n';

type Call = (input: unknown, fund?: string) => Promise<ApiResult<unknown>>;
/** The preload's bridge in Electron (A11): one function per contract method, nothing else. */
type Bridge = Record<ContractSide, Record<string, Call>>;

declare global {
  // Declaration merging needs an interface: Window is one.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    swf?: Bridge;
  }
}

/** The desktop app (the preload's bridge is there) names files by path through main's dialogs; web mode cannot (A13). */
export function isDesktop(): boolean {
  return window.swf !== undefined;
}

const tokenKey = 'swf-token';
const fundKey = 'swf-fund';
const regionKey = 'swf-region';

/**
 * What arrives once in the URL fragment: web mode's per-launch token, and the handle of a fund that the
 * Electron shell opened for this page. Both move to sessionStorage (per tab) and the fragment is cleared.
 */
function takeFragment(): void {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  const fund = fragment.get('fund');
  if (token) sessionStorage.setItem(tokenKey, token);
  if (fund) sessionStorage.setItem(fundKey, fund);
  if (token || fund) history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** Web mode's per-launch token, sent as a header with every API call and download (never a cookie, A13). */
export function webToken(): string {
  return sessionStorage.getItem(tokenKey) ?? '';
}

const participantKey = 'swf-room-participant';

/**
 * A room of laptops (issue 19 §4): a participant's browser opens the room's address at `/join`, and her session
 * token, given when she joins, takes the place of the per-launch token for this tab (sessionStorage, never a cookie).
 */
export function isJoinPage(): boolean {
  return !isDesktop() && window.location.pathname === '/join';
}

export function isParticipant(): boolean {
  return sessionStorage.getItem(participantKey) === '1';
}

export function becomeParticipant(token: string): void {
  sessionStorage.setItem(tokenKey, token);
  sessionStorage.setItem(participantKey, '1');
}

/** Her session ended (the trainer closed it, or the room): the token is forgotten, and so is the fund it reached. */
export function leaveRoom(): void {
  sessionStorage.removeItem(tokenKey);
  sessionStorage.removeItem(participantKey);
  sessionStorage.removeItem(fundKey);
}

function httpTransport(): Transport {
  return async (side, method, input, fund) => {
    let response: Response;
    try {
      // Read on every call: a participant's token arrives after the page has started.
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-SWF-Token': webToken() };
      if (fund !== undefined) headers['X-SWF-Fund'] = fund;
      response = await fetch(`/api/${side}/${method}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
    } catch {
      // The server is gone (closed, or the laptop slept through it): nothing was sent.
      return { ok: false, error: { code: 'offline', message: bothLanguages('ui.common.offline') } };
    }
    try {
      const body = (await response.json()) as ApiResult<unknown>;
      if (body.ok === false && !body.error.message)
        return { ok: false, error: { code: body.error.code, message: bothLanguages('ui.common.requestRefused') } };
      return body;
    } catch {
      // Not our JSON (a refused token or origin answers plainly): say so rather than "offline".
      return { ok: false, error: { code: `http-${response.status}`, message: bothLanguages('ui.common.requestRefused') } };
    }
  };
}

function bridgeTransport(bridge: Bridge): Transport {
  return (side, method, input, fund) => {
    const call = bridge[side][method];
    if (!call) return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: bothLanguages('ui.common.requestRefused') } });
    return call(input, fund);
  };
}

const fundLostListeners = new Set<() => void>();
const fundTroubleListeners = new Set<(error: ApiError) => void>();
/** What the fund's file itself answers (issue 15 §4): damage found while reading, a full or failing disk. */
const troubleCodes = new Set(['file-damaged', 'storage-full', 'storage-io-error']);

/**
 * The fund this page shows is named by its handle on every fund and job request (A2), so a tab still showing one
 * fund can never write into another. When the host answers that the fund is no longer open (closed in another
 * tab, or the app restarted), the page forgets it and goes back to the start screen.
 */
function fundBound(transport: Transport): Transport {
  return async (side, method, input, fund) => {
    const result = await transport(side, method, input, fund);
    if (!result.ok && result.error.code === 'fund-not-open' && side !== 'app') {
      setOpenFund(null);
      fundLostListeners.forEach((listener) => listener());
    }
    if (!result.ok && side !== 'app' && troubleCodes.has(result.error.code)) {
      const { error } = result;
      fundTroubleListeners.forEach((listener) => listener(error));
    }
    return result;
  };
}

export function setOpenFund(handle: string | null): void {
  if (handle === null) sessionStorage.removeItem(fundKey);
  else sessionStorage.setItem(fundKey, handle);
}

export function openFundHandle(): string | undefined {
  return sessionStorage.getItem(fundKey) ?? undefined;
}

/** The regional workspace this tab shows (issue 18 §4): its calls name it by handle in their input, so a reload keeps it. */
export function setOpenRegion(handle: string | null): void {
  if (handle === null) sessionStorage.removeItem(regionKey);
  else sessionStorage.setItem(regionKey, handle);
}

export function openRegionHandle(): string | undefined {
  return sessionStorage.getItem(regionKey) ?? undefined;
}

/** Called when a request finds the page's fund closed; returns the unsubscribe. */
export function onFundLost(listener: () => void): () => void {
  fundLostListeners.add(listener);
  return () => fundLostListeners.delete(listener);
}

/**
 * Called when the open fund's file answers a request with damage or a disk problem, whichever page made it: a page
 * that would otherwise show an empty list says nothing, so the shell says it. Returns the unsubscribe.
 */
export function onFundTrouble(listener: (error: ApiError) => void): () => void {
  fundTroubleListeners.add(listener);
  return () => fundTroubleListeners.delete(listener);
}

/**
 * The contract's client, one function per method as createApiClient makes it, but made on first use from the
 * method's name. createApiClient needs the contract objects, whose zod schemas would put zod and every schema
 * into the start screen's script; the types still come from the contracts, and the backend parses every input.
 * Fund and job calls name the fund this page shows (A2); region calls carry their workspace's handle in their input.
 */
function clientFor<Api extends object>(side: ContractSide, transport: Transport): Api {
  const methods = new Map<string, (input: unknown) => Promise<ApiResult<unknown>>>();
  return new Proxy({} as Api, {
    get: (_target, method) => {
      // Every method is `noun.verb`: anything else (`then`, symbols, devtools probes) is not a method.
      if (typeof method !== 'string' || !method.includes('.')) return undefined;
      let call = methods.get(method);
      if (!call) {
        call = (input: unknown) => transport(side, method, input, side === 'app' || side === 'region' ? undefined : openFundHandle());
        methods.set(method, call);
      }
      return call;
    },
  });
}

function createClients(): { app: AppApi; fund: FundApi; jobs: JobsApi; region: RegionApi } {
  takeFragment();
  const transport = fundBound(window.swf ? bridgeTransport(window.swf) : httpTransport());
  return {
    app: clientFor<AppApi>('app', transport),
    fund: clientFor<FundApi>('fund', transport),
    jobs: clientFor<JobsApi>('jobs', transport),
    region: clientFor<RegionApi>('region', transport),
  };
}

export const api = createClients();
