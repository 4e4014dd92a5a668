import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  appPathToFile,
  contentSecurityPolicy,
  isAllowedExternal,
  isAllowedNavigation,
  isPermissionGranted,
  windowWebPreferences,
} from '../../../electron/main/window-options';
import { appContract } from '../../../shared/api/app-contract';
import { fundContract } from '../../../shared/api/fund-contract';
import { jobsContract } from '../../../shared/api/jobs-contract';

/** Electron-only settings tested as data (A16); the shell itself never runs here. */
describe('Electron window policy', () => {
  it('isolates the renderer: no Node, sandboxed, context-isolated, no webview, devtools off in production', () => {
    const preferences = windowWebPreferences('/preload.cjs', true);
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('sends exactly the CSP of A14', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('navigates only within the app origin and opens only allowlisted https pages outside', () => {
    expect(isAllowedNavigation(`${appOrigin}/index.html`)).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url']) expect(isAllowedNavigation(url)).toBe(false);
    expect(isAllowedExternal('https://www.codi.or.th/help')).toBe(true);
    for (const url of ['http://www.codi.or.th/', 'file:///C:/x', 'javascript:alert(1)', 'https://codi.or.th.evil.example/']) expect(isAllowedExternal(url)).toBe(false);
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) expect(isPermissionGranted(permission)).toBe(false);
  });

  it('serves app:// paths only from inside the renderer folder', () => {
    const folder = '/opt/swf/dist/renderer';
    expect(appPathToFile(`${appOrigin}/index.html`, folder, join, resolve)).toBe(join(folder, 'index.html'));
    expect(appPathToFile(`${appOrigin}/assets/app.js`, folder, join, resolve)).toBe(join(folder, 'assets/app.js'));
    expect(appPathToFile(`${appOrigin}/members`, folder, join, resolve)).toBe(join(folder, 'index.html'));
    for (const url of [`${appOrigin}/..%5c..%5cwin.ini`, 'app://other/index.html', `${appOrigin}/a%00b.js`]) {
      expect(appPathToFile(url, folder, join, resolve)).toBeUndefined();
    }
    // The URL parser folds dot segments, so these land inside the folder, never outside it.
    for (const url of [`${appOrigin}/%2e%2e/%2e%2e/etc/passwd`, `${appOrigin}/../../etc/shadow.txt`]) {
      expect(appPathToFile(url, folder, join, resolve)?.startsWith(`${folder}/`) ?? true).toBe(true);
    }
  });

  it('the preload exposes one function per contract method and never ipcRenderer itself', () => {
    const preload = readFileSync(resolve(import.meta.dirname, '../../../electron/preload/preload.ts'), 'utf8');
    expect(preload).toContain("exposeInMainWorld('swf'");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).toMatch(/app: side\('app', appContract\)/);
    expect(Object.keys(appContract).length + Object.keys(fundContract).length + Object.keys(jobsContract).length).toBeGreaterThan(30);
  });
});
