import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHost } from '../backend/create-host';
import { defaultHome, fundsFolder } from '../backend/fund-locations';
import { startWebServer } from './server';

/**
 * `npm run web`: the built renderer and the API for one local browser, funds chosen by name from
 * `SWF_HOME/Funds`. Prints one line with the URL (its fragment carries the token) and opens nothing itself.
 */
function portFromEnvironment(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(`SWF_PORT must be a port number (0–65535), not "${text}"\n`);
    process.exit(2);
  }
  return port;
}

const home = defaultHome();
mkdirSync(fundsFolder(home), { recursive: true });
const port = portFromEnvironment(process.env.SWF_PORT);
const staticDir = resolve(import.meta.dirname, '../../dist/renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  process.stderr.write(`The renderer is not built (${staticDir}): run \`npm run build:renderer\`; the API still answers.\n`);
}

// Backups at open (after the first screen) and daily while a fund is open (issue 15).
const host = createHost({ home, locationMode: 'folder', automaticBackups: {}, holder: 'web' });
let server: Awaited<ReturnType<typeof startWebServer>>;
try {
  server = await startWebServer({ host, staticDir, ...(port === undefined ? {} : { port }) });
} catch (error) {
  host.close();
  process.stderr.write(`SWF Ledger web mode could not listen: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`SWF Ledger web mode: ${server.url}\n`);
process.stderr.write(`Funds folder: ${fundsFolder(home)}\n`);

let isClosing = false;
/** Stops taking requests, then closes the fund so its WAL is checkpointed into the .swfund file (A8). */
async function shutdown(): Promise<void> {
  if (isClosing) return;
  isClosing = true;
  await server.close();
  host.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
