import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BackendHost, ContractSide } from '../backend/host-types';
import { commonHeaders, createTokenChecker, isAllowedHost, isForeignRequest } from './security';
import { readStatic } from './static-files';

export const bodyLimitBytes = 1024 * 1024;
const sides: readonly ContractSide[] = ['app', 'fund', 'jobs'];

export type WebServer = { url: string; token: string; port: number; close: () => Promise<void> };

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...commonHeaders, 'Content-Type': type, ...extra });
  response.end(body);
}

/** Transport-level refusals carry a code only: no stack traces, no personal data. */
function refuse(response: ServerResponse, status: number, code: string): void {
  send(response, status, JSON.stringify({ ok: false, error: { code } }), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > bodyLimitBytes) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > bodyLimitBytes) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Web mode (A13, reliability.md §(d)): the built renderer and the API on 127.0.0.1 only. The API takes
 * `POST /api/{app|fund|jobs}/{method}` with a JSON body and the per-launch token in `X-SWF-Token`, and answers
 * the host's ApiResult as JSON. No method takes a file-system path: funds are names in the fund folder.
 */
export async function startWebServer(options: { host: BackendHost; staticDir: string; port?: number }): Promise<WebServer> {
  const tokens = createTokenChecker();
  let port = 0;

  async function handleApi(request: IncomingMessage, response: ServerResponse, side: ContractSide, method: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'method-not-allowed');
    const type = String(request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return refuse(response, 415, 'json-only');
    const header = request.headers['x-swf-token'];
    if (!tokens.matches(Array.isArray(header) ? header[0] : header)) return refuse(response, 401, 'bad-token');
    const body = await readBody(request);
    if (body === 'too-large') {
      // The rest of the body is never read: the connection cannot be reused.
      response.setHeader('Connection', 'close');
      return refuse(response, 413, 'too-large');
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(response, 400, 'bad-json');
    }
    const result = await options.host.dispatch(side, method, input);
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) return refuse(response, 403, 'bad-host');
    if (isForeignRequest(request.headers, port)) return refuse(response, 403, 'foreign-origin');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([a-z]+)\/([A-Za-z.]+)$/.exec(path);
    if (api) {
      const side = api[1] as ContractSide;
      if (!sides.includes(side)) return refuse(response, 404, 'not-found');
      return handleApi(request, response, side, api[2] ?? '');
    }
    if (path.startsWith('/api/')) return refuse(response, 404, 'not-found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'method-not-allowed');
    const file = await readStatic(options.staticDir, path);
    if (!file) return refuse(response, 404, 'not-found');
    send(response, 200, file.body, file.type);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 500, 'internal');
      else response.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${tokens.token}`,
    token: tokens.token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
