import { createHost } from '../backend/create-host';
import { defaultHome } from '../backend/fund-locations';
import type { BackendCommand, BackendMessage } from './ipc-messages';

/**
 * The backend in its own utilityProcess (A1): the only owner of the fund file. Main relays requests here and
 * the answers back; job progress is pushed as it happens. Paths come from main's system dialogs ('path' mode).
 * Electron-free on purpose: `process.parentPort` is all it needs of the utility process.
 */
type ParentPort = {
  on: (event: 'message', listener: (message: { data: BackendCommand }) => void) => void;
  postMessage: (message: BackendMessage) => void;
};

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('backend-process must run as an Electron utility process');

const host = createHost({
  home: defaultHome(),
  locationMode: 'path',
  // Backups at open (after the first screen) and daily while a fund is open (issue 15).
  automaticBackups: {},
  // The desktop build ships migrations as extraResources (architecture: "Migrations are read from disk").
  ...(process.env.SWF_MIGRATIONS ? { migrationsFolder: process.env.SWF_MIGRATIONS } : {}),
});
host.onJobProgress((status) => parentPort.postMessage({ kind: 'progress', status }));

parentPort.on('message', ({ data: command }) => {
  if (command.kind === 'close') {
    // Closing checkpoints the WAL, so the .swfund file alone holds everything (A8).
    host.close();
    process.exit(0);
  }
  void host
    .dispatch(command.side, command.method, command.input, command.fund)
    .then((result) => parentPort.postMessage({ kind: 'reply', id: command.id, result }));
});
// A normal exit of the process (not a kill) closes the fund too; closing twice is harmless.
process.on('exit', () => host.close());
