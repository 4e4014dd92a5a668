import { describe, expect, it } from 'vitest';
import { checkCall, isTrustedSender } from '../../../electron/main/call-policy';
import {
  appOrigin,
  appRequestPath,
  appResponseHeaders,
  appSchemePrivileges,
  contentSecurityPolicy,
  hasDebuggingArgument,
  isAllowedExternal,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionGranted,
  windowOpenDecision,
  windowWebPreferences,
} from '../../../electron/main/window-options';

const architectureCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Electron-only settings tested as data (A16, reliability.md §(d) Electron checklist); the shell never runs here. */
describe('Electron window policy', () => {
  it('2–4, 6, 8–12: no Node, isolated, sandboxed, web security on, no insecure content, no experimental features, no webview', () => {
    const preferences = windowWebPreferences('/preload.cjs', true);
    expect(preferences).toMatchObject({
      preload: '/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      devTools: false,
    });
    expect(windowWebPreferences('/preload.cjs', false).devTools).toBe(true);
  });

  it('7: sends exactly the CSP of A14 with nosniff on every app:// response', () => {
    expect(contentSecurityPolicy).toBe(architectureCsp);
    expect(appResponseHeaders['Content-Security-Policy']).toBe(architectureCsp);
    expect(appResponseHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true });
    expect(appSchemePrivileges).not.toHaveProperty('bypassCSP');
  });

  it('13: navigates only within the app origin, judged on the parsed URL', () => {
    expect(isAllowedNavigation(`${appOrigin}/index.html`)).toBe(true);
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://swf.evil.example/',
      'javascript:alert(1)',
      'not a url',
      'http://swf/',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('1: no request leaves the app origin', () => {
    expect(isAllowedRequest(`${appOrigin}/assets/app.js`, true)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', true)).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'file:///C:/Windows/win.ini',
      'devtools://devtools/bundled/x.html',
    ]) {
      expect(isAllowedRequest(url, true), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/x.html', false)).toBe(true);
  });

  it('14, 15: new windows are denied; only allowlisted https help pages open outside', () => {
    expect(windowOpenDecision).toEqual({ action: 'deny' });
    expect(isAllowedExternal('https://www.codi.or.th/help')).toBe(true);
    for (const url of [
      'http://www.codi.or.th/',
      'file:///C:/x',
      'javascript:alert(1)',
      'https://codi.or.th.evil.example/',
      'https://user@evil.example@codi.or.th/',
      'https://x:y@codi.or.th/',
      'smb://server/share',
    ]) {
      expect(isAllowedExternal(url), url).toBe(false);
    }
  });

  it('5: denies every permission', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial'])
      expect(isPermissionGranted(permission)).toBe(false);
  });

  it('18: app:// paths go only to the contained static reader, other origins nowhere', () => {
    expect(appRequestPath(`${appOrigin}/index.html`)).toBe('/index.html');
    expect(appRequestPath(`${appOrigin}/..%5c..%5cwin.ini`)).toBe('/..%5c..%5cwin.ini');
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'https://swf/index.html', '::'])
      expect(appRequestPath(url)).toBeUndefined();
  });

  it('extra: a debugging port or inspector on the command line is noticed', () => {
    for (const argv of [
      ['app.exe', '--remote-debugging-port=9222'],
      ['app.exe', '--inspect'],
      ['app.exe', '--inspect-brk=9229'],
      ['app.exe', '--remote-debugging-pipe'],
    ]) {
      expect(hasDebuggingArgument(argv)).toBe(true);
    }
    expect(hasDebuggingArgument(['app.exe', 'C:\\Funds\\x.swfund'])).toBe(false);
  });

  it('17: only our own top frame on app:// may call, and main parses the input before relaying', () => {
    const trusted = { frameUrl: `${appOrigin}/index.html`, isTopFrame: true, isOurWindow: true };
    expect(isTrustedSender(trusted)).toBe(true);
    for (const sender of [
      { ...trusted, isTopFrame: false },
      { ...trusted, isOurWindow: false },
      { ...trusted, frameUrl: 'https://evil.example/' },
      { ...trusted, frameUrl: undefined },
    ]) {
      expect(isTrustedSender(sender)).toBe(false);
      expect(checkCall(sender, 'fund', 'fund.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(checkCall(trusted, 'fund', 'fund.get', {})).toEqual({ ok: true, side: 'fund', method: 'fund.get', input: {} });
    expect(checkCall(trusted, 'fund', 'fund.get', undefined)).toMatchObject({ ok: true, input: {} });
    expect(checkCall(trusted, 'db', 'exec', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(checkCall(trusted, 'fund', 'funds.open', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(checkCall(trusted, 'fund', '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const bad = checkCall(trusted, 'fund', 'members.get', { memberId: 'x'.repeat(10_000), extra: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    if (!bad.ok) expect(bad.error.message.th.length).toBeGreaterThan(0);
  });
});

// The installers' configuration (fuses, targets, icon, what is packaged) is tested in tests/build/electron-builder-config.test.ts.
