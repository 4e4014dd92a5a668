import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, utilityProcess, type IpcMainInvokeEvent } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiResult } from '../../shared/api/api-result';
import { defaultHome, exportsFolder, fundsFolder } from '../backend/fund-locations';
import { packagedSqliteBinding, sqliteBindingVariable } from '../backend/db/native-binding';
import { regionsFolder } from '../backend/region/region-locations';
import type { ContractSide } from '../backend/host-types';
import { translateError } from '../backend/messages';
import { readStatic } from '../web/static-files';
import { createBackendRelay, type BackendRelay } from './backend-relay';
import { checkCall } from './call-policy';
import { callChannel, progressChannel, type BackendMessage } from './ipc-messages';
import { createLocationPolicy, fundFileArgument } from './location-policy';
import * as policy from './window-options';

/**
 * The thin Electron shell (A1): one window, the app:// protocol with the CSP, file dialogs, the file
 * association, and a relay to the backend utility process. It checks who calls and parses every input with
 * the contract's schema before relaying; the backend parses it again. All policies live in electron-free
 * modules (window-options, call-policy, location-policy) and are tested there as data.
 */
const isProduction = app.isPackaged;
const rendererFolder = join(import.meta.dirname, '../../dist/renderer');
const resourcesFolder = isProduction ? process.resourcesPath : join(import.meta.dirname, '../..');
const fileFilters = [{ name: 'SWF Ledger', extensions: ['swfund'] }];
const regionFilters = [{ name: 'SWF Ledger region', extensions: ['swregion'] }];
const locations = createLocationPolicy({
  fundsFolder: fundsFolder(defaultHome()),
  regionsFolder: regionsFolder(defaultHome()),
  exportsFolder: exportsFolder(defaultHome()),
  join,
});

if (isProduction && policy.hasDebuggingArgument(process.argv)) app.exit(1);
else if (!app.requestSingleInstanceLock()) app.exit(0);
else start();

function start(): void {
  // Before ready: app:// is a standard, secure scheme with its own origin.
  protocol.registerSchemesAsPrivileged([{ scheme: policy.appScheme, privileges: policy.appSchemePrivileges }]);
  let window: BrowserWindow | undefined;
  let backend: BackendRelay | undefined;
  let isQuitting = false;
  let restarts = 0;

  function startBackend(): BackendRelay {
    const child = utilityProcess.fork(join(import.meta.dirname, 'backend-process.js'), [], {
      serviceName: 'SWF Ledger backend',
      // The room of laptops (issue 19 §4) serves participants the same renderer this window shows. An installed app
      // loads the SQLite addon electron-builder rebuilt for Electron and shipped beside app.asar (native-binding.ts).
      env: {
        ...process.env,
        SWF_MIGRATIONS: join(resourcesFolder, 'migrations'),
        SWF_RENDERER: rendererFolder,
        ...(isProduction ? { [sqliteBindingVariable]: join(process.resourcesPath, ...packagedSqliteBinding) } : {}),
      },
    });
    const relay = createBackendRelay({
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: BackendMessage) => listener(message)),
      onExit: (listener) => child.on('exit', listener),
    });
    relay.onProgress((status) => window?.webContents.send(progressChannel, status));
    child.on('exit', () => {
      // An unexpected stop: a fresh backend, and the page back at its start screen (the fund was closed).
      // A backend that cannot even start (say, a damaged install) is not restarted in a loop.
      if (isQuitting || ++restarts > 3) return;
      backend = startBackend();
      window?.webContents.reload();
    });
    return relay;
  }

  async function relay(side: ContractSide, method: string, input: unknown, fund?: string): Promise<ApiResult<unknown>> {
    if (!backend) return { ok: false, error: translateError({ code: 'internal' }) };
    const result = await backend.call(side, method, input, fund);
    if (side === 'app') locations.rememberAnswer(method, result);
    return result;
  }

  /** File-level calls get their path from a system dialog unless main has already shown the page that path. */
  async function withChosenLocation(method: string, input: unknown): Promise<unknown> {
    const decision = locations.decide(method, input);
    if (decision.kind === 'relay' || decision.kind === 'refuse' || !window) return decision.kind === 'relay' ? input : undefined;
    // The dialog opens in the app's own exports folder, beside Funds: made on first use.
    if (decision.kind === 'save-dialog' && decision.files === 'document') mkdirSync(dirname(decision.defaultPath), { recursive: true });
    const chosen =
      decision.kind === 'folder-dialog'
        ? (await dialog.showOpenDialog(window, { properties: ['openDirectory', 'createDirectory'] })).filePaths[0]
        : decision.kind === 'open-dialog'
          ? (
              await dialog.showOpenDialog(window, {
                properties: ['openFile'],
                filters: decision.files === 'any' ? [] : decision.files === 'region' ? regionFilters : fileFilters,
              })
            ).filePaths[0]
          : (
              await dialog.showSaveDialog(window, {
                defaultPath: decision.defaultPath,
                filters:
                  decision.files === 'document'
                    ? policy.documentFilters(decision.defaultPath)
                    : decision.files === 'region'
                      ? regionFilters
                      : fileFilters,
                properties: ['showOverwriteConfirmation', 'createDirectory'],
              })
            ).filePath;
    if (!chosen) return undefined;
    locations.rememberPath(chosen);
    return { ...(input as Record<string, unknown>), location: chosen };
  }

  async function handleCall(
    event: IpcMainInvokeEvent,
    side: unknown,
    method: unknown,
    input: unknown,
    fund: unknown,
  ): Promise<ApiResult<unknown>> {
    try {
      const frame = event.senderFrame;
      const checked = checkCall(
        {
          frameUrl: frame?.url,
          isTopFrame: frame !== null && frame.parent === null,
          isOurWindow: window?.webContents.id === event.sender.id,
        },
        side,
        method,
        input,
        fund,
      );
      if (!checked.ok) return { ok: false, error: checked.error };
      if (checked.side === 'app' && locations.decide(checked.method, checked.input).kind === 'refuse')
        return { ok: false, error: translateError({ code: 'bad-location', field: 'source.location', params: { location: '' } }) };
      const relayed = checked.side === 'app' ? await withChosenLocation(checked.method, checked.input) : checked.input;
      if (relayed === undefined) return { ok: false, error: translateError({ code: 'cancelled' }) };
      return await relay(checked.side, checked.method, relayed, checked.fund);
    } catch {
      // invoke() would hand the page only an Error's message; the page gets a coded value instead.
      return { ok: false, error: translateError({ code: 'internal' }) };
    }
  }

  /** A .swfund file given by the system (double-click, "Open with"): opened in the backend, then shown. */
  async function openFromSystem(path: string): Promise<void> {
    locations.rememberPath(path);
    const result = await relay('app', 'funds.open', { location: path });
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    // The page shows the fund it was handed (its handle in the URL fragment); any fund it showed stays open.
    if (result.ok) void window.loadURL(policy.pageUrl(policy.openedHandle(result)));
    else void dialog.showMessageBox(window, { type: 'warning', message: result.error.message.th, detail: result.error.message.en });
  }

  function createWindow(fund?: string): void {
    window = new BrowserWindow({
      ...policy.windowSize,
      show: false,
      title: 'SWF Ledger',
      webPreferences: policy.windowWebPreferences(join(import.meta.dirname, '../preload/preload.cjs'), isProduction),
    });
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => (window = undefined));
    void window.loadURL(policy.pageUrl(fund));
  }

  app.on('before-quit', (event) => {
    if (isQuitting) return;
    // The backend closes the fund (checkpointing its WAL) before the app goes.
    event.preventDefault();
    isQuitting = true;
    void (backend?.stop() ?? Promise.resolve()).then(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
  app.on('second-instance', (_event, argv) => {
    const path = fundFileArgument(argv.slice(1));
    if (path) void openFromSystem(path);
    else if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  // macOS hands over files by event, the first one before the app is ready.
  let fileBeforeReady: string | undefined;
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && backend) void openFromSystem(path);
    else fileBeforeReady = path;
  });

  // 12–14 for every web contents, present or future: no webviews, no navigation away, no new windows.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => !policy.isAllowedNavigation(url) && event.preventDefault());
    contents.on('will-redirect', (event, url) => !policy.isAllowedNavigation(url) && event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (policy.isAllowedExternal(url)) void shell.openExternal(url);
      return policy.windowOpenDecision;
    });
  });

  void app.whenReady().then(async () => {
    const defaultSession = session.defaultSession;
    defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(policy.isPermissionGranted(permission)));
    defaultSession.setPermissionCheckHandler((_contents, permission) => policy.isPermissionGranted(permission));
    defaultSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !policy.isAllowedRequest(details.url, isProduction) }),
    );
    protocol.handle(policy.appScheme, async (request) => {
      const path = policy.appRequestPath(request.url);
      const file = path === undefined ? undefined : await readStatic(rendererFolder, path);
      if (!file)
        return new Response('not found', {
          status: 404,
          headers: { ...policy.appResponseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
        });
      return new Response(new Uint8Array(file.body), { status: 200, headers: { ...policy.appResponseHeaders, 'Content-Type': file.type } });
    });
    ipcMain.handle(callChannel, handleCall);
    backend = startBackend();
    const fromSystem = fileBeforeReady ?? fundFileArgument(process.argv.slice(1));
    let opened: string | undefined;
    if (fromSystem) {
      locations.rememberPath(fromSystem);
      opened = policy.openedHandle(await relay('app', 'funds.open', { location: fromSystem }));
    }
    createWindow(opened);
  });
}
