import { resolve } from 'node:path';
import { createHost } from '../backend/create-host';
import { defaultHome } from '../backend/fund-locations';
import { startWebServer } from './server';

/** `npm run web`: the built renderer and the API for one local browser, funds chosen from SWF_HOME/Funds. */
const home = defaultHome();
const host = createHost({ home, locationMode: 'folder' });
const port = process.env.SWF_PORT ? Number(process.env.SWF_PORT) : undefined;
const server = await startWebServer({ host, staticDir: resolve(import.meta.dirname, '../../dist/renderer'), ...(port ? { port } : {}) });
console.log(`SWF Ledger web mode: ${server.url}`);
console.log(`Funds folder: ${resolve(home, 'Funds')}`);

async function shutdown(): Promise<void> {
  await server.close();
  host.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
