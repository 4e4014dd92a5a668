import type { AddressInfo } from 'node:net';
import type { BackendHost } from '../backend/host-types';
import { listen } from './listener';
import { createRoom, type RoomOptions } from './room/room';
import { createTokenChecker, isAllowedHost } from './security';

export { bodyLimitBytes } from './listener';

export type WebServer = {
  url: string;
  token: string;
  port: number;
  /** What the listening socket reports (server.address()), so a test can see it is bound to loopback only. */
  address: AddressInfo;
  close: () => Promise<void>;
};

/**
 * Web mode (A13, reliability.md §(d)): the built renderer and the API on 127.0.0.1 only, for the trainer's or
 * treasurer's own browser, opened by the per-launch token. It answers the host's ApiResult as JSON with status 200,
 * whether ok or not; 4xx is kept for refusals by the transport. No method takes a file-system path: the host runs
 * in 'folder' mode, so funds are names in the fund folder. A room of laptops (issue 19 §4) is off until the
 * trainer turns it on from here (`room.*`); its own listener then serves participants on the LAN.
 */
export async function startWebServer(options: {
  host: BackendHost;
  staticDir: string;
  port?: number;
  room?: RoomOptions;
}): Promise<WebServer> {
  const tokens = createTokenChecker();
  const room = createRoom(options.host, options.staticDir, options.room);
  const listening = await listen(
    {
      isAllowedHost,
      admits: tokens.matches,
      answer: async (call) => {
        if (call.side === 'app' && call.method.startsWith('room.'))
          return { status: 200, body: await room.trainerCall(call.method, call.input) };
        // Fund and job requests name their fund by its handle (A2); the host refuses a fund that is not open.
        const fund = call.side === 'app' || call.side === 'region' ? undefined : call.fund;
        return { status: 200, body: await options.host.dispatch(call.side, call.method, call.input, fund) };
      },
      files: options.host.files,
      staticDir: options.staticDir,
    },
    { address: '127.0.0.1', port: options.port ?? 0 },
  );
  const { port } = listening.address;
  return {
    address: listening.address,
    url: `http://127.0.0.1:${port}/#token=${tokens.token}`,
    token: tokens.token,
    port,
    close: async () => {
      await room.close();
      await listening.close();
    },
  };
}
