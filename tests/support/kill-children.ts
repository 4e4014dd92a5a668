import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

/**
 * The PDF and Excel writers, stood in for in a child that never makes a file: loading them (pdfkit inflates its
 * fonts) is most of a child's start, and a kill harness starts a child per kill. Reading or constructing anything
 * from them throws, so a child that did need them fails loudly rather than quietly doing less.
 */
const withoutFileWriters: Plugin = {
  name: 'without-file-writers',
  setup(builder) {
    builder.onResolve({ filter: /^(pdfkit|exceljs)$/ }, (args) => ({ path: args.path, namespace: 'stand-in' }));
    builder.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({
      contents: `const fail = () => { throw new Error('${args.path} is not in this kill child'); };
        const standIn = new Proxy(function () {}, { get: (_, key) => (key === '__esModule' ? false : standIn), apply: fail, construct: fail });
        module.exports = standIn;`,
      loader: 'js',
    }));
  },
};

/**
 * Bundles a kill harness's child as the desktop build bundles the backend: it starts in half a second instead of
 * tsx's one and more. `light` leaves out the file writers (above). Returns the bundle's path, under
 * test-artifacts/<name>/.
 */
export async function bundleKillChild(entry: string, name: string, light = false): Promise<string> {
  const folder = join(root, 'test-artifacts', name);
  const outfile = join(folder, `${name}.mjs`);
  mkdirSync(folder, { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3', 'electron'],
    banner: {
      js: "import { createRequire as __swfCreateRequire } from 'node:module'; const require = __swfCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
    plugins: light ? [withoutFileWriters] : [],
  });
  // The backup verifier's worker is found beside the module that starts it (electron/backend/db/verify-backup.ts).
  copyFileSync(join(root, 'electron/backend/db/verify-worker.mjs'), join(folder, 'verify-worker.mjs'));
  return outfile;
}

export type Ended = { signal: NodeJS.Signals | null; code: number | null; acks: string[]; output: string };

/**
 * A warm child of tests/support/hostile-kill-child.ts: started and loaded (`READY`), waiting for `go`, so the next
 * run's start costs nothing while the parent checks the file the last one left.
 */
export class WarmChild {
  private readonly process: ChildProcess;
  private output = '';
  private readonly ready: Promise<void>;
  private readonly startedSignal: Promise<void>;
  private started: Promise<number> | undefined;
  readonly ended: Promise<Ended>;

  /** `fileSizeBytes`: the child runs under `ulimit -f` (reliability §(f)'s full disk: a write past it fails with EFBIG). */
  constructor(bundle: string, args: string[], env: Record<string, string>, fileSizeBytes?: number) {
    const command =
      fileSizeBytes === undefined
        ? [process.execPath, bundle, ...args]
        : ['sh', '-c', `ulimit -f ${Math.ceil(fileSizeBytes / 512)} && exec "$0" "$@"`, process.execPath, bundle, ...args];
    this.process = spawn(command[0] ?? '', command.slice(1), {
      cwd: root,
      env: { ...process.env, SWF_MIGRATIONS: join(root, 'migrations'), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const seen = (text: string) =>
      new Promise<void>((resolvePromise) => {
        const listener = () => {
          if (!this.output.includes(text)) return;
          this.process.stdout?.off('data', listener);
          resolvePromise();
        };
        this.process.stdout?.on('data', listener);
      });
    this.process.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.ready = seen('READY');
    this.startedSignal = seen('START');
    this.ended = new Promise((resolvePromise) =>
      this.process.on('exit', (code, signal) =>
        resolvePromise({
          signal,
          code,
          output: this.output,
          acks: [...this.output.matchAll(/^ACK (\S+)$/gm)].map((match) => match[1] ?? ''),
        }),
      ),
    );
  }

  /** Lets the child open the fund; resolves at `START` (the fund open) with the time, or when it ends first. */
  go(): Promise<number> {
    this.started ??= this.ready.then(() => {
      this.process.stdin?.write('GO\n');
      return Promise.race([this.startedSignal.then(() => Date.now()), this.ended.then(() => Date.now())]);
    });
    return this.started;
  }

  /** The requests acknowledged so far. */
  acks(): number {
    return [...this.output.matchAll(/^ACK /gm)].length;
  }

  kill(): void {
    this.process.kill('SIGKILL');
  }
}
