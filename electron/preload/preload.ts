import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import { createBridge } from './bridge';

/**
 * The sandboxed preload: exposes `window.swf` and nothing else. ipcRenderer stays in here, wrapped in one
 * function per contract method, as Electron's contextBridge guidance asks.
 */
contextBridge.exposeInMainWorld(
  'swf',
  createBridge({
    invoke: (channel, side, method, input, fund) => ipcRenderer.invoke(channel, side, method, input, fund) as Promise<ApiResult<unknown>>,
    subscribe: (channel, listener) => {
      const handler = (_event: IpcRendererEvent, status: JobStatus) => listener(status);
      ipcRenderer.on(channel, handler);
      return () => void ipcRenderer.removeListener(channel, handler);
    },
  }),
);
