import { commonHeaders, contentSecurityPolicy } from '../web/security';

/**
 * Electron settings kept as plain data (no `electron` import), so tests can read them (A16) and the shell
 * only applies them. Numbers refer to Electron's security checklist (reliability.md §(d)).
 */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://swf`;
export { contentSecurityPolicy };

/** 7: every app:// response carries the CSP of A14 and the same hardening headers as web mode. */
export const appResponseHeaders: Readonly<Record<string, string>> = commonHeaders;

/** The app:// scheme: standard and secure, so the page gets a real origin, fetch and no mixed-content gaps. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true, stream: true } as const;

export function windowWebPreferences(preloadPath: string, isProduction: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true, // 3
    sandbox: true, // 4
    nodeIntegration: false, // 2
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true, // 6
    allowRunningInsecureContent: false, // 8
    experimentalFeatures: false, // 9
    enableBlinkFeatures: '', // 10
    webviewTag: false, // 11, 12
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: !isProduction, // extra: no devtools in production
  } as const;
}

export const windowSize = { width: 1360, height: 900, minWidth: 1024, minHeight: 680 } as const;

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** 13: the window may only show the app's own origin (checked on the parsed URL, never by prefix). */
export function isAllowedNavigation(url: string): boolean {
  return originOf(url) === appOrigin;
}

/**
 * 1: no request leaves the app. The page loads app:// only; inline images may be data: or blob:, and the
 * devtools of a development build use their own schemes.
 */
export function isAllowedRequest(url: string, isProduction: boolean): boolean {
  if (originOf(url) === appOrigin) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data' || scheme === 'blob') return true;
  return !isProduction && (scheme === 'devtools' || scheme === 'chrome-devtools');
}

/** 15: only https help pages on an allowlist are opened in the system browser. */
const externalHosts = new Set(['codi.or.th', 'www.codi.or.th']);
export function isAllowedExternal(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && externalHosts.has(parsed.hostname) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** 5: every permission request and check (camera, notifications, geolocation, …) is denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** 14: the page never opens windows; main makes the few it needs (print preview) itself. */
export const windowOpenDecision = { action: 'deny' } as const;

/**
 * 18: the path part of an app:// URL, still percent-encoded, for the contained static reader that web mode
 * also uses (which decodes it and refuses anything that leaves the renderer folder). Other origins: none.
 */
export function appRequestPath(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin ? parsed.pathname : undefined;
  } catch {
    return undefined;
  }
}

/** extra: a packaged build refuses to run with a debugging port or inspector open. */
export function hasDebuggingArgument(argv: readonly string[]): boolean {
  return argv.some((argument) => /^--(remote-debugging-port|remote-debugging-pipe|inspect|inspect-brk|js-flags)(=|$)/.test(argument));
}

/**
 * The page of the window. A fund opened by main (a double-clicked file) is handed to the page by its handle in
 * the URL fragment, as web mode hands over its token: the page binds its fund requests to that fund (A2).
 */
export function pageUrl(fund?: string): string {
  return `${appOrigin}/index.html${fund ? `#fund=${encodeURIComponent(fund)}` : ''}`;
}

/** The handle in a funds.open answer, if it opened. */
export function openedHandle(result: { ok: boolean; value?: unknown }): string | undefined {
  const handle = result.ok ? (result.value as { handle?: unknown } | null)?.handle : undefined;
  return typeof handle === 'string' ? handle : undefined;
}

/** The save dialog's file type for a document the backend made: the type of its suggested name. */
export function documentFilters(defaultPath: string): { name: string; extensions: string[] }[] {
  return defaultPath.toLowerCase().endsWith('.xlsx') ? [{ name: 'Excel', extensions: ['xlsx'] }] : [{ name: 'PDF', extensions: ['pdf'] }];
}
