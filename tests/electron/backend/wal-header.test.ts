import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeWal } from '../../../electron/backend/db/wal-belongs';
import { parseWalHeader, walLineage } from '../../../electron/backend/db/wal-header';
import { retryOnceOnTransientIo } from '../../../electron/backend/io-retry';
import type { OwnerRecord } from '../../../electron/backend/db/owner-record';

const folder = mkdtempSync(join(tmpdir(), 'swf-wal-'));

/** The WAL headers one exclusive-mode connection writes, captured after each write (a copy, taken between writes). */
function headersOfOneWriter(path: string): Buffer[] {
  const db = new Database(path);
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 10');
  db.exec('CREATE TABLE IF NOT EXISTS t (x TEXT)');
  const headers: Buffer[] = [];
  for (let row = 0; row < 40; row += 1) {
    db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(3000));
    copyFileSync(`${path}-wal`, `${path}.copy`);
    headers.push(readFileSync(`${path}.copy`).subarray(0, 32));
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.prepare('INSERT INTO t VALUES (1)').run();
  headers.push(readFileSync(`${path}-wal`).subarray(0, 32));
  db.close();
  return headers;
}

describe('a WAL’s header', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps salt-1 minus the checkpoint number for as long as one connection writes, across checkpoints', () => {
    const headers = headersOfOneWriter(join(folder, 'a.db')).map((bytes) => parseWalHeader(bytes));
    expect(headers.every((header) => header !== undefined)).toBe(true);
    const checkpoints = new Set(headers.map((header) => header?.checkpoint));
    expect(checkpoints.size).toBeGreaterThan(2);
    expect(new Set(headers.map((header) => header?.lineage)).size).toBe(1);
    // Another connection, even on the same file, draws new salts.
    const next = headersOfOneWriter(join(folder, 'a.db')).map((bytes) => parseWalHeader(bytes));
    expect(next[0]?.lineage).not.toBe(headers[0]?.lineage);
  });

  it('is refused when its magic, version or checksum is wrong', () => {
    const [first] = headersOfOneWriter(join(folder, 'b.db'));
    if (!first) throw new Error('no header');
    expect(parseWalHeader(first)).toBeDefined();
    for (const offset of [0, 5, 12, 20, 27]) {
      const broken = Buffer.from(first);
      broken[offset] = (broken[offset] ?? 0) ^ 0x01;
      expect(parseWalHeader(broken), `byte ${offset}`).toBeUndefined();
    }
    expect(parseWalHeader(first.subarray(0, 31))).toBeUndefined();
    expect(walLineage(5, 7)).toBe(2 ** 32 - 2);
  });

  it('belongs to a fund only when the owner record names this file, this writer and no later checkpoint', () => {
    const header = { pageSize: 4096, checkpoint: 3, salt1: 103, salt2: 9, lineage: 100 };
    const record: OwnerRecord = {
      pid: 1,
      mode: 'desktop',
      user: 'somsri',
      host: 'laptop',
      since: '2026-11-25T02:00:00.000Z',
      file: { ino: '42' },
      fundUuid: 'u',
      wal: { lineage: 100, checkpoint: 2 },
    };
    expect(judgeWal(header, record, { ino: '42' }, 4096)).toEqual({ belongs: true });
    expect(judgeWal(undefined, record, { ino: '42' }, 4096)).toEqual({ belongs: false, why: 'unreadable' });
    expect(judgeWal(header, record, { ino: '42' }, 8192)).toEqual({ belongs: false, why: 'page-size' });
    expect(judgeWal(header, undefined, { ino: '42' }, 4096)).toEqual({ belongs: false, why: 'no-record' });
    expect(judgeWal(header, record, { ino: '43' }, 4096)).toEqual({ belongs: false, why: 'other-file' });
    expect(judgeWal({ ...header, lineage: 101 }, record, { ino: '42' }, 4096)).toEqual({ belongs: false, why: 'other-writer' });
    expect(judgeWal({ ...header, checkpoint: 1 }, record, { ino: '42' }, 4096)).toEqual({ belongs: false, why: 'older-checkpoint' });
  });
});

describe('a transient I/O error', () => {
  const ioError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_READ' });

  it('is retried once after the pause, and a second one is reported', async () => {
    let attempts = 0;
    let rolledBack = 0;
    const once = await retryOnceOnTransientIo(
      () => {
        attempts += 1;
        if (attempts === 1) throw ioError;
        return 'saved';
      },
      { waitMilliseconds: 1, beforeRetry: () => (rolledBack += 1) },
    );
    expect([once, attempts, rolledBack]).toEqual(['saved', 2, 1]);
    attempts = 0;
    await expect(
      retryOnceOnTransientIo(
        () => {
          attempts += 1;
          throw ioError;
        },
        { waitMilliseconds: 1 },
      ),
    ).rejects.toBe(ioError);
    expect(attempts).toBe(2);
  });

  it('is not retried when the disk is full or the file is damaged', async () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_CORRUPT']) {
      let attempts = 0;
      const error = Object.assign(new Error(code), { code });
      await expect(
        retryOnceOnTransientIo(
          () => {
            attempts += 1;
            throw error;
          },
          { waitMilliseconds: 1 },
        ),
      ).rejects.toBe(error);
      expect(attempts, code).toBe(1);
    }
  });
});
