import type { ApiResult } from '../../shared/api/api-result';
import type { AppApi } from '../../shared/api/app-contract';
import type { Transport } from '../../shared/api/create-api-client';
import type { FundApi } from '../../shared/api/fund-contract';
import type { JobsApi } from '../../shared/api/jobs-contract';
import { bothLanguages } from '../app/i18n';

/** The preload's bridge in Electron (A11): one function per contract method, nothing else. */
type Bridge = { app: AppApi; fund: FundApi; jobs: JobsApi };

declare global {
  // Declaration merging needs an interface: Window is one.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    swf?: Bridge;
  }
}

const tokenKey = 'swf-token';

/** Web mode: the per-launch token arrives once in the URL fragment, lives in sessionStorage, travels as a header. */
function webToken(): string {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

function httpTransport(): Transport {
  const token = webToken();
  return async (side, method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${side}/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-SWF-Token': token },
        body: JSON.stringify(input ?? {}),
      });
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

type Side = Parameters<Transport>[0];

/**
 * The contract's client, one function per method as createApiClient makes it, but made on first use from the
 * method's name. createApiClient needs the contract objects, whose zod schemas would put zod and every schema
 * into the start screen's script; the types still come from the contracts, and the backend parses every input.
 */
function clientFor<Api extends object>(side: Side, transport: Transport): Api {
  const methods = new Map<string, (input: unknown) => Promise<ApiResult<unknown>>>();
  return new Proxy({} as Api, {
    get: (_target, method) => {
      // Every method is `noun.verb`: anything else (`then`, symbols, devtools probes) is not a method.
      if (typeof method !== 'string' || !method.includes('.')) return undefined;
      let call = methods.get(method);
      if (!call) {
        call = (input: unknown) => transport(side, method, input);
        methods.set(method, call);
      }
      return call;
    },
  });
}

function createClients(): Bridge {
  if (window.swf) return window.swf;
  const transport = httpTransport();
  return {
    app: clientFor<AppApi>('app', transport),
    fund: clientFor<FundApi>('fund', transport),
    jobs: clientFor<JobsApi>('jobs', transport),
  };
}

export const api = createClients();
