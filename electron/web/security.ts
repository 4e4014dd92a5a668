import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The CSP of architecture A14, sent with every response in web mode (and by Electron's app:// handler). */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export const commonHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The per-launch token (reliability.md §(d)): 32 random bytes, given to the page in the URL fragment and sent
 * back in a header. Both sides go through an HMAC first, so timingSafeEqual always sees equal lengths: a wrong
 * length neither throws nor answers faster.
 */
export function createTokenChecker(): { token: string; matches: (candidate: string | undefined) => boolean } {
  const token = randomBytes(32).toString('base64url');
  const key = randomBytes(32);
  const expected = createHmac('sha256', key).update(token).digest();
  return {
    token,
    matches: (candidate) => {
      if (typeof candidate !== 'string') return false;
      return timingSafeEqual(createHmac('sha256', key).update(candidate).digest(), expected);
    },
  };
}

/** DNS-rebinding guard: only our own loopback host names, with our port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

type FetchHeaders = { host?: string | undefined; origin?: string | undefined; 'sec-fetch-site'?: string | string[] | undefined };

/**
 * A request from another page (another local port, another site): its Origin is not the one the browser is
 * talking to (`http://` + the Host we already checked), or the browser itself calls it cross-site. The API is
 * stricter: only our own pages (`same-origin`) or no browser context at all (`none`, or no header) may call it,
 * because a page on another port of 127.0.0.1 counts as `same-site`.
 */
export function isForeignRequest(headers: FetchHeaders, options: { isApi: boolean }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) {
    if (typeof site !== 'string') return true;
    if (site === 'cross-site') return true;
    if (options.isApi && site !== 'same-origin' && site !== 'none') return true;
  }
  const origin = headers.origin;
  if (origin === undefined) return false;
  return headers.host === undefined || origin !== `http://${headers.host}`;
}
