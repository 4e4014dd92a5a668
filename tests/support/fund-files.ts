import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** The SHA-256 of a file: every refused or read-only open must leave it the same. */
export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The names beside a fund that belong to it (`x.swfund-wal`, `x.swfund.owner.json`…), sorted. */
export function filesBeside(path: string): string[] {
  const name = basename(path);
  return readdirSync(dirname(path))
    .filter((entry) => entry.startsWith(name))
    .sort();
}

const isRoot = process.getuid?.() === 0;

/**
 * Makes a file (or folder) unwritable for this process. Root ignores permission bits, so as root the file is also
 * made immutable (`chattr +i`), which stops root too; `makeWritable` undoes both. False if neither is possible.
 */
export function makeReadOnly(path: string): boolean {
  chmodSync(path, existsSync(path) && readdirSafe(path) ? 0o555 : 0o444);
  if (!isRoot) return true;
  try {
    execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function makeWritable(path: string): void {
  if (isRoot) {
    try {
      execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
    } catch {
      // It was never made immutable.
    }
  }
  chmodSync(path, readdirSafe(path) ? 0o755 : 0o644);
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

export type PageKind =
  | 'schema-root'
  | 'schema-leaf'
  | 'table-interior'
  | 'table-leaf'
  | 'index-interior'
  | 'index-leaf'
  | 'overflow'
  | 'freelist-trunk'
  | 'freelist-leaf';

/**
 * Which page of a fund file is of which kind, read from a private copy (the file itself is never opened):
 * SQLite's `dbstat` table names each b-tree page's tree and type; the freelist comes from the header (offset 32,
 * the first trunk page) and that trunk page (its leaf count at 4, leaf page numbers from 8).
 */
export function pagesByKind(path: string): { pageSize: number; pages: Record<PageKind, number> } {
  const folder = mkdtempSync(join(tmpdir(), 'swf-pages-'));
  try {
    const copy = join(folder, 'copy.db');
    copyFileSync(path, copy);
    const db = new Database(copy, { readonly: true });
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const rows = db
      .prepare(
        `SELECT d.name AS name, s.type AS type, d.pagetype AS pageType, min(d.pageno) AS page FROM dbstat AS d
         LEFT JOIN sqlite_schema AS s ON s.name = d.name WHERE d.pageno > 1 GROUP BY 1, 2, 3`,
      )
      .all() as Array<{ name: string; type: string | null; pageType: string; page: number }>;
    db.close();
    const first = (test: (row: (typeof rows)[number]) => boolean) => {
      const found = rows.find(test);
      if (!found) throw new Error(`no such page in the fixture: ${test.toString()}`);
      return found.page;
    };
    const bytes = readFileSync(path);
    const trunk = bytes.readUInt32BE(32);
    if (trunk === 0) throw new Error('the fixture has no freelist');
    const trunkAt = (trunk - 1) * pageSize;
    if (bytes.readUInt32BE(trunkAt + 4) === 0) throw new Error('the freelist trunk has no leaves');
    return {
      pageSize,
      pages: {
        'schema-root': 1,
        'schema-leaf': first((row) => row.name === 'sqlite_schema' && row.pageType === 'leaf'),
        'table-interior': first((row) => row.type === 'table' && row.pageType === 'internal'),
        'table-leaf': first((row) => row.name === 'members' && row.pageType === 'leaf'),
        'index-interior': first((row) => row.type === 'index' && row.pageType === 'internal'),
        'index-leaf': first((row) => row.type === 'index' && row.pageType === 'leaf'),
        overflow: first((row) => row.pageType === 'overflow'),
        'freelist-trunk': trunk,
        'freelist-leaf': bytes.readUInt32BE(trunkAt + 8),
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The first page of a named table or index and the page size, read from a private copy. */
export function firstPageOf(path: string, treeName: string): { page: number; pageSize: number } {
  const folder = mkdtempSync(join(tmpdir(), 'swf-pages-'));
  try {
    const copy = join(folder, 'copy.db');
    copyFileSync(path, copy);
    const db = new Database(copy, { readonly: true });
    const row = db.prepare('SELECT min(pageno) AS page FROM dbstat WHERE name = ?').get(treeName) as { page: number | null };
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.close();
    if (row.page === null) throw new Error(`no ${treeName} in ${path}`);
    return { page: row.page, pageSize };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes bytes into a file at an offset, as a failing disk or a stray program would. */
export function writeBytes(path: string, offset: number, bytes: Buffer): void {
  const handle = openSync(path, 'r+');
  try {
    writeSync(handle, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(handle);
  }
}

/**
 * Damages one page where its kind keeps its structure: a b-tree page's header (its type byte and cell counts;
 * page 1's starts after the 100-byte file header), an overflow page's next-page pointer, a freelist trunk's leaf
 * count. A freelist leaf holds nothing, so damage there is harmless.
 */
export function damagePage(path: string, kind: PageKind, page: number, pageSize: number): void {
  const start = (page - 1) * pageSize;
  if (kind === 'overflow') return writeBytes(path, start, Buffer.from([0x7f, 0xff, 0xff, 0xf0]));
  if (kind === 'freelist-trunk') return writeBytes(path, start + 4, Buffer.from([0x7f, 0xff, 0xff, 0xff]));
  if (kind === 'freelist-leaf') return writeBytes(path, start, Buffer.alloc(pageSize, 0xa5));
  writeBytes(path, start + (page === 1 ? 100 : 0), Buffer.alloc(12, 0xff));
}

/**
 * Adds what a small fund lacks for every kind of page to exist, on a closed fund file: a record long enough to
 * spill onto overflow pages, and free pages (a scratch table made and dropped).
 */
export function addOverflowAndFreePages(path: string): void {
  const db = new Database(path);
  db.prepare(
    "INSERT INTO audit_events (at, actor, method, entity, entity_id, after_json) VALUES ('2026-11-25T09:00:00.000Z', 'treasurer', 'test', 'note', '1', ?)",
  ).run(JSON.stringify({ note: 'บันทึกยาว '.repeat(2000) }));
  db.exec('CREATE TABLE scratch (x TEXT)');
  const insert = db.prepare('INSERT INTO scratch VALUES (?)');
  for (let row = 0; row < 40; row += 1) insert.run('x'.repeat(3000));
  db.exec('DROP TABLE scratch');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

const root = resolve(import.meta.dirname, '../..');

/**
 * A real crash: a separate process opens (or creates) the fund through the host, registers members, and is killed
 * with SIGKILL while it holds the fund, leaving the fund's own `-wal` and owner record behind.
 * `stashWalAt`: the process also copies its WAL there mid-way (a stale WAL of this same writer, from before a
 * checkpoint it then makes).
 */
export async function crashWhileOpen(options: {
  home: string;
  location: string;
  create: boolean;
  members: number;
  stashWalAt?: string;
}): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests', 'support', 'crash-child.ts'), JSON.stringify(options)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('ready')) done();
    });
    child.on('exit', () => fail(new Error(`the crash child exited before it was killed: ${output}`)));
  });
  const exited = new Promise((done) => child.on('exit', done));
  child.kill('SIGKILL');
  await exited;
}
