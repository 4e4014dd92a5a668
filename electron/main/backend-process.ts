import { createHost } from '../backend/create-host';
import { defaultHome } from '../backend/fund-locations';
import { createRoom } from '../web/room/room';
import type { BackendCommand, BackendMessage } from './ipc-messages';

/**
 * The backend in its own utilityProcess (A1): the only owner of the fund file. Main relays requests here and
 * the answers back; job progress is pushed as it happens. Paths come from main's system dialogs ('path' mode).
 * Electron-free on purpose: `process.parentPort` is all it needs of the utility process.
 * A room of laptops (issue 19 §4) is served from here, beside the host that owns the copies: the same listener and
 * allowlist as web mode's (electron/web/room/), off until the trainer opens it, serving the renderer main shows.
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
const room = createRoom(host, process.env.SWF_RENDERER ?? '');

parentPort.on('message', ({ data: command }) => {
  if (command.kind === 'close') {
    // The room's sessions end first (their copies closed), then closing checkpoints the WAL, so the .swfund file
    // alone holds everything (A8).
    void room.close().finally(() => {
      host.close();
      process.exit(0);
    });
    return;
  }
  const answer =
    command.side === 'app' && command.method.startsWith('room.')
      ? room.trainerCall(command.method, command.input)
      : host.dispatch(command.side, command.method, command.input, command.fund);
  void answer.then((result) => parentPort.postMessage({ kind: 'reply', id: command.id, result }));
});
// A normal exit of the process (not a kill) closes the fund too; closing twice is harmless.
process.on('exit', () => host.close());
