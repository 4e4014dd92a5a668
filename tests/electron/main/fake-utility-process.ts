/**
 * Runs electron/main/backend-process.ts under plain Node with a stand-in for Electron's `process.parentPort`,
 * carried over Node's own fork IPC channel, so its message protocol is tested without the Electron binary.
 */
type Listener = (message: { data: unknown }) => void;

const parentPort = {
  on: (_event: 'message', listener: Listener) => void process.on('message', (data) => listener({ data })),
  postMessage: (message: unknown) => void process.send?.(message),
};
Object.assign(process, { parentPort });
await import('../../../electron/main/backend-process');

export {};
