import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { LocationFacts } from './location-risks';

type Mount = { device: string; mountPoint: string; fileSystem: string };

/** /proc/mounts escapes spaces and the like as octal (`\040`). */
function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** The mount holding `path`: the longest mount point that contains it (Linux /proc/mounts, parsed as data). */
export function mountOf(mountsText: string, path: string): Mount | undefined {
  let best: Mount | undefined;
  for (const line of mountsText.split('\n')) {
    const [device, mountPoint, fileSystem] = line.split(' ');
    if (!device || !mountPoint || !fileSystem) continue;
    const point = unescapeMount(mountPoint);
    const inside = point === '/' || path === point || path.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.mountPoint.length))
      best = { device: unescapeMount(device), mountPoint: point, fileSystem };
  }
  return best;
}

/** `fsutil fsinfo drivetype X:` says "X: - Removable Drive", "Fixed Drive", "Remote/Network Drive", "CD-ROM Drive". */
export function windowsDriveType(fsutilOutput: string): LocationFacts['drive'] {
  const text = fsutilOutput.toLowerCase();
  if (text.includes('remote') || text.includes('network')) return 'network';
  if (text.includes('removable')) return 'removable';
  if (text.includes('cd-rom')) return 'cdrom';
  if (text.includes('fixed')) return 'fixed';
  return 'unknown';
}

/** `fsutil fsinfo volumeinfo X:` has a line "File System Name : NTFS". */
export function windowsFileSystem(fsutilOutput: string): string {
  return /file system name\s*:\s*(\S+)/i.exec(fsutilOutput)?.[1] ?? '';
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 3000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/** A block device's "removable" flag, for a partition from its disk (/sys/class/block/sdb1 → sdb). */
function linuxRemovable(device: string, mountPoint: string): boolean {
  if (/^\/(run\/)?media\//.test(mountPoint)) return true;
  if (!device.startsWith('/dev/')) return false;
  const name = basename(device);
  for (const folder of [join('/sys/class/block', name), join('/sys/class/block', name, '..')]) {
    try {
      return readFileSync(join(folder, 'removable'), 'utf8').trim() === '1';
    } catch {
      // Not a block device with that flag: try its disk.
    }
  }
  return false;
}

function realFolder(path: string): string {
  try {
    return realpathSync(existsSync(path) ? path : dirname(path));
  } catch {
    return path;
  }
}

/**
 * Gathers the facts location-risks.ts judges. Linux reads /proc/mounts and /sys; Windows asks `fsutil` for the
 * drive's type and file system (a few tens of milliseconds); elsewhere only the path is judged.
 */
export function probeLocation(path: string, appFolder: string): LocationFacts {
  const facts: LocationFacts = {
    path,
    platform: process.platform,
    env: process.env,
    fileSystem: '',
    drive: 'unknown',
    tempFolders: [tmpdir()],
    appFolder,
    homeFolder: homedir(),
  };
  if (process.platform === 'linux') {
    const mount = mountOf(safeRead('/proc/mounts'), realFolder(path));
    if (mount) {
      facts.fileSystem = mount.fileSystem;
      facts.drive = linuxRemovable(mount.device, mount.mountPoint) ? 'removable' : 'fixed';
    }
  } else if (process.platform === 'win32') {
    const drive = /^[a-z]:/i.exec(path)?.[0];
    if (drive) {
      facts.drive = windowsDriveType(run('fsutil', ['fsinfo', 'drivetype', drive]));
      facts.fileSystem = windowsFileSystem(run('fsutil', ['fsinfo', 'volumeinfo', `${drive}\\`]));
    }
  }
  return facts;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
