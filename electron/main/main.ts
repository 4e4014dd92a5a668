import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell, utilityProcess, type IpcMainInvokeEvent } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiResult } from '../../shared/api/api-result';
import type { Contract } from '../../shared/api/contract-kit';
import { appContract } from '../../shared/api/app-contract';
import { fundContract } from '../../shared/api/fund-contract';
import { jobsContract } from '../../shared/api/jobs-contract';
import type { ContractSide } from '../backend/host-types';
import { translateError } from '../backend/messages';
import type { BackendMessage } from './ipc-messages';
import {
  appOrigin,
  appPathToFile,
  appScheme,
  contentSecurityPolicy,
  isAllowedExternal,
  isAllowedNavigation,
  isPermissionGranted,
  windowSize,
  windowWebPreferences,
} from './window-options';

/**
 * The thin Electron shell (A1): one window, the app:// protocol with the CSP, file dialogs, and a relay to the
 * backend utility process. It checks who is calling and re-parses every input before relaying.
 */
const contracts: Record<ContractSide, Contract> = { app: appContract, fund: fundContract, jobs: jobsContract };
const isProduction = app.isPackaged;
const rendererFolder = join(import.meta.dirname, '../../dist/renderer');
const resourcesFolder = isProduction ? process.resourcesPath : join(import.meta.dirname, '../..');

if (process.argv.some((argument) => argument.startsWith('--remote-debugging-port') || argument.startsWith('--inspect'))) app.exit(1);
if (!app.requestSingleInstanceLock()) app.exit(0);
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let window: BrowserWindow | undefined;
const backend = utilityProcess.fork(join(import.meta.dirname, 'backend-process.js'), [], {
  serviceName: 'SWF Ledger backend',
  env: { ...process.env, SWF_MIGRATIONS: join(resourcesFolder, 'migrations') },
});
const pending = new Map<number, (result: ApiResult<unknown>) => void>();
let nextId = 1;
backend.on('message', (message: BackendMessage) => {
  if (message.kind === 'reply') {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  } else window?.webContents.send('swf:progress', message.status);
});

function relay(side: ContractSide, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const id = nextId++;
  return new Promise((resolvePromise) => {
    pending.set(id, resolvePromise);
    backend.postMessage({ id, side, method, input });
  });
}

/** File-level calls get their path from a system dialog, never from the page. */
async function withDialogPath(method: string, input: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  if (!window) return undefined;
  const filters = [{ name: 'SWF Ledger', extensions: ['swfund'] }];
  if (method === 'funds.open' && input.location === undefined) {
    const chosen = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
    return chosen.canceled || !chosen.filePaths[0] ? undefined : { ...input, location: chosen.filePaths[0] };
  }
  if ((method === 'funds.create' || method === 'funds.saveCopy') && typeof input.location === 'string' && !input.location.includes('/') && !input.location.includes('\\')) {
    const chosen = await dialog.showSaveDialog(window, { defaultPath: input.location, filters });
    return chosen.canceled || !chosen.filePath ? undefined : { ...input, location: chosen.filePath };
  }
  return input;
}

async function handleCall(event: IpcMainInvokeEvent, side: unknown, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
  // 17: only the top frame of our own origin may call, and only known methods with well-formed input.
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAllowedNavigation(frame.url) || window?.webContents.id !== event.sender.id) {
    return { ok: false, error: translateError({ code: 'forbidden' }) };
  }
  if ((side !== 'app' && side !== 'fund' && side !== 'jobs') || typeof method !== 'string' || !Object.hasOwn(contracts[side], method)) {
    return relay('fund', String(method), input);
  }
  const spec = contracts[side][method];
  if (spec && !spec.input.safeParse(input ?? {}).success) return relay(side, method, input);
  const withPath = side === 'app' ? await withDialogPath(method, (input ?? {}) as Record<string, unknown>) : input;
  if (withPath === undefined) return { ok: false, error: translateError({ code: 'cancelled' }) };
  return relay(side, method, withPath);
}

function createWindow(): void {
  window = new BrowserWindow({ ...windowSize, show: false, title: 'SWF Ledger', webPreferences: windowWebPreferences(join(import.meta.dirname, '../preload/preload.cjs'), isProduction) });
  window.webContents.on('will-navigate', (event, url) => !isAllowedNavigation(url) && event.preventDefault());
  window.webContents.on('will-redirect', (event, url) => !isAllowedNavigation(url) && event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window?.show());
  void window.loadURL(`${appOrigin}/index.html`);
}

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  protocol.handle(appScheme, async (request) => {
    const file = appPathToFile(request.url, rendererFolder, join, resolve);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  ipcMain.handle('swf:call', handleCall);
  createWindow();
});

app.on('window-all-closed', () => {
  backend.kill();
  app.quit();
});
