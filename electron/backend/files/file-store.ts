import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sha256OfFile } from './file-hash';

/**
 * A file on its way in or out (issue 13 §4). Files the backend makes (a PDF, a workbook) wait here until their
 * transport hands them over once; files the person brings (an upload in web mode, a path picked in a dialog
 * or named on the command line) are named here by id, so the next call names the id and never a path (A13).
 */
export type StoredFile = {
  readonly id: string;
  /** What the person sees and what a download is called: may be Thai, never a path. */
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Files the backend made are deleted once handed over; files the person named by path are left alone. */
  readonly isOwned: boolean;
};

/**
 * A folder the person chose for the backend to write into (Electron's folder dialog, a path on the command line):
 * named by id in the fund call that writes there ("Copy to…" a USB drive), so fund calls never carry a path (A2).
 */
export type StoredFolder = { readonly id: string; readonly name: string; readonly path: string };

export type IncomingProblem = 'too-large' | 'empty' | 'bad-name';

const staleAfterMilliseconds = 24 * 60 * 60 * 1000;
const unsafeName = /[/\\:*?"<>|\u0000-\u001f]/g;

/** A name for display and downloads: the last path segment, without characters Windows or a header refuses. */
export function safeFileName(name: string): string {
  return basename(name.replace(/\\/g, '/')).replace(unsafeName, '_').slice(0, 120);
}

export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly folders = new Map<string, StoredFolder>();

  /** `folder` is the host's own (SWF_HOME/.transfers); leftovers of an earlier run older than a day are swept. */
  constructor(private readonly folder: string) {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (Date.now() - statSync(path).mtimeMs > staleAfterMilliseconds) rmSync(path, { force: true, recursive: true });
    }
  }

  /** Where a use case writes a file it makes; it becomes a stored file when `keep` is called with it. */
  reserve(): { id: string; path: string } {
    const id = randomBytes(16).toString('base64url');
    return { id, path: join(this.folder, `${id}.out`) };
  }

  /** Registers a finished file the backend made at a reserved path. */
  async keep(reserved: { id: string; path: string }, name: string): Promise<StoredFile> {
    const bytes = statSync(reserved.path).size;
    const sha256 = await sha256OfFile(reserved.path);
    return this.add({ id: reserved.id, name: safeFileName(name), path: reserved.path, bytes, sha256, isOwned: true });
  }

  /**
   * A stream the person sent (web mode's upload): written to the store, counted and hashed as it comes, and
   * stopped at `limit` bytes; nothing partial is kept.
   */
  async receive(name: string, stream: Readable, limit: number): Promise<StoredFile | IncomingProblem> {
    const cleaned = safeFileName(name);
    if (cleaned === '' || cleaned.startsWith('.')) return 'bad-name';
    const { id, path } = this.reserve();
    const partial = `${path}.part`;
    const hash = createHash('sha256');
    let bytes = 0;
    let isTooLarge = false;
    try {
      await pipeline(
        stream,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > limit) {
              isTooLarge = true;
              throw new Error('too-large');
            }
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(partial, { flags: 'wx' }),
      );
    } catch (error) {
      await rm(partial, { force: true });
      if (isTooLarge) return 'too-large';
      throw error;
    }
    if (bytes === 0) {
      await rm(partial, { force: true });
      return 'empty';
    }
    await rename(partial, path);
    return this.add({ id, name: cleaned, path, bytes, sha256: hash.digest('hex'), isOwned: true });
  }

  /** A file the person named by path (a dialog in Electron, an argument on the command line): read where it is. */
  async refer(path: string): Promise<StoredFile> {
    const id = randomBytes(16).toString('base64url');
    const bytes = statSync(path).size;
    return this.add({ id, name: safeFileName(path), path, bytes, sha256: await sha256OfFile(path), isOwned: false });
  }

  /** A chosen folder, kept by id for as long as the host runs: a USB drive is written to more than once. */
  referFolder(path: string): StoredFolder {
    for (const folder of this.folders.values()) if (folder.path === path) return folder;
    const folder = { id: randomBytes(16).toString('base64url'), name: path, path };
    this.folders.set(folder.id, folder);
    return folder;
  }

  chosenFolder(id: string): StoredFolder | undefined {
    return this.folders.get(id);
  }

  get(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  /** Hands a file over once: it is forgotten, and the store's own copy goes when the caller is done with it. */
  take(id: string): { file: StoredFile; done: () => void } | undefined {
    const file = this.files.get(id);
    if (!file) return undefined;
    this.files.delete(id);
    return { file, done: () => file.isOwned && rmSync(file.path, { force: true }) };
  }

  open(file: StoredFile): Readable {
    return createReadStream(file.path);
  }

  /** Everything the store still holds goes when the host closes. */
  clear(): void {
    for (const file of this.files.values()) if (file.isOwned) rmSync(file.path, { force: true });
    this.files.clear();
  }

  private add(file: StoredFile): StoredFile {
    this.files.set(file.id, file);
    return file;
  }
}
