import { contextBridge, ipcRenderer } from 'electron';
import { appContract } from '../../shared/api/app-contract';
import { fundContract } from '../../shared/api/fund-contract';
import { jobsContract } from '../../shared/api/jobs-contract';

/**
 * The minimal bridge (A11, checklist item 20): `window.swf = { app, fund, jobs }`, each holding exactly one
 * function per contract method, plus a progress subscription. `ipcRenderer` itself is never exposed.
 */
function side(name: 'app' | 'fund' | 'jobs', contract: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(contract).map((method) => [method, (input: unknown) => ipcRenderer.invoke('swf:call', name, method, input)]));
}

contextBridge.exposeInMainWorld('swf', {
  app: side('app', appContract),
  fund: side('fund', fundContract),
  jobs: side('jobs', jobsContract),
  onJobProgress: (listener: (status: unknown) => void) => {
    const handler = (_event: unknown, status: unknown) => listener(status);
    ipcRenderer.on('swf:progress', handler);
    return () => ipcRenderer.removeListener('swf:progress', handler);
  },
});
