import { createHost } from '../backend/create-host';
import { defaultHome } from '../backend/fund-locations';
import type { BackendMessage, BackendRequest } from './ipc-messages';

/**
 * The backend in its own utilityProcess (A1): the only owner of the fund file. Main relays requests here and
 * replies back; job progress is pushed as it happens. Paths come from main's system dialogs ('path' mode).
 */
type ParentPort = { on: (event: 'message', listener: (message: { data: BackendRequest }) => void) => void; postMessage: (message: BackendMessage) => void };

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('backend-process must run as an Electron utility process');

const host = createHost({ home: defaultHome(), locationMode: 'path', ...(process.env.SWF_MIGRATIONS ? { migrationsFolder: process.env.SWF_MIGRATIONS } : {}) });
host.onJobProgress((status) => parentPort.postMessage({ kind: 'progress', status }));
parentPort.on('message', (message) => {
  const request = message.data;
  void host.dispatch(request.side, request.method, request.input).then((result) => parentPort.postMessage({ kind: 'reply', id: request.id, result }));
});
process.on('exit', () => host.close());
