import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

/**
 * A file from the built renderer folder, never outside it: the decoded path is resolved and must stay under
 * the folder, links resolved (so `/%2e%2e/` and `..\` go nowhere). Extension-less paths are the app's own routes: index.html.
 */
export async function readStatic(folder: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return undefined;
  const root = resolve(folder);
  const wanted = decoded === '/' || extname(decoded) === '' ? '/index.html' : decoded;
  const path = resolve(join(root, wanted));
  if (path !== root && !path.startsWith(`${root}${sep}`)) return undefined;
  try {
    // A link inside the folder must not lead out of it either.
    const real = await realpath(path);
    const realRoot = await realpath(root);
    if (!real.startsWith(`${realRoot}${sep}`)) return undefined;
    if (!(await stat(real)).isFile()) return undefined;
    return { body: await readFile(real), type: contentTypes[extname(real)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
