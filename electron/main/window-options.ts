import { contentSecurityPolicy } from '../web/security';

/**
 * Electron settings kept as plain data (no `electron` import), so tests can read them (A16) and the shell
 * only applies them. Items refer to Electron's security checklist (reliability.md §(d)).
 */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://swf`;
export { contentSecurityPolicy };

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
    devTools: !isProduction,
  } as const;
}

export const windowSize = { width: 1360, height: 900, minWidth: 1024, minHeight: 680 } as const;

/** 13: the window may only show the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

/** 15: only https help pages on an allowlist are opened in the system browser. */
const externalHosts = new Set(['codi.or.th', 'www.codi.or.th']);
export function isAllowedExternal(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && externalHosts.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** 5: every permission request (camera, notifications, geolocation, …) is denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** 18: a path under the app:// origin, resolved inside the renderer folder or refused. */
export function appPathToFile(url: string, rendererFolder: string, join: (...parts: string[]) => string, resolve: (path: string) => string): string | undefined {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (`${parsed.protocol}//${parsed.host}` !== appOrigin) return undefined;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return undefined;
  const root = resolve(rendererFolder);
  const file = resolve(join(root, pathname === '/' || !/\.[a-z0-9]+$/i.test(pathname) ? '/index.html' : pathname));
  return file.startsWith(join(root, '/')) ? file : undefined;
}
