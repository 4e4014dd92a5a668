import type { LocationWarning } from '../../shared/api/app-contract';

/**
 * What is known of the place a fund file lives, gathered by location-probe.ts. Kept as plain data so that the rules
 * below, Windows' among them, are tested as data on any machine (UNC paths, drive types and `%OneDrive%` cannot be
 * made on the Linux test machine).
 */
export type LocationFacts = {
  /** The absolute path as the system names it. */
  path: string;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The file system as the system reports it ('ext4', 'vfat', 'exfat', 'nfs4', 'cifs', 'NTFS', 'FAT32'…); '' unknown. */
  fileSystem: string;
  drive: 'fixed' | 'removable' | 'network' | 'cdrom' | 'unknown';
  /** The system's temporary folders (os.tmpdir(), %TEMP%, %TMP%). */
  tempFolders: readonly string[];
  /** SWF_HOME: where funds belong, never "temporary" even when it is itself in a temporary folder (tests). */
  appFolder: string;
  /** The user's home folder (%USERPROFILE%, ~). */
  homeFolder: string;
};

export type LocationVerdict = { refused: 'location-network' | undefined; warnings: LocationWarning[] };

/** File systems that live on another machine: WAL needs one machine's shared memory and locks (reliability §(b)). */
export const networkFileSystems: readonly string[] = [
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smbfs',
  'smb2',
  'smb3',
  'afs',
  'ncpfs',
  'ceph',
  'glusterfs',
  'fuse.glusterfs',
  'fuse.sshfs',
  'sshfs',
  'davfs',
  'fuse.davfs2',
  'webdav',
  'lustre',
];

/** FAT32 and exFAT keep no journal: a power cut mid-write damages them far more often than NTFS or ext4. */
export const fatFileSystems: readonly string[] = [
  'vfat',
  'msdos',
  'fat',
  'fat12',
  'fat16',
  'fat32',
  'exfat',
  'fuse.exfat',
  'fuseblk.exfat',
];

/** Cloud services' folders, by the name of a folder on the path, and the environment variables they set. */
export const cloudServices: ReadonlyArray<{
  service: string;
  folders: readonly RegExp[];
  env: readonly string[];
  fileSystems: readonly string[];
}> = [
  { service: 'OneDrive', folders: [/^onedrive( - .+)?$/i], env: ['OneDrive', 'OneDriveCommercial', 'OneDriveConsumer'], fileSystems: [] },
  { service: 'Dropbox', folders: [/^dropbox( \(.+\))?$/i], env: [], fileSystems: [] },
  { service: 'Google Drive', folders: [/^google ?drive$/i, /^my drive$/i, /^googledrive/i], env: [], fileSystems: ['googledrivefs'] },
  { service: 'iCloud', folders: [/^icloud ?drive$/i, /^mobile documents$/i], env: [], fileSystems: [] },
  { service: 'Box', folders: [/^box sync$/i, /^box drive$/i], env: [], fileSystems: [] },
  { service: 'pCloud', folders: [/^pcloud ?drive$/i], env: [], fileSystems: ['fuse.pcloud'] },
  { service: 'MEGA', folders: [/^mega ?sync$/i], env: [], fileSystems: [] },
  { service: 'Nextcloud', folders: [/^nextcloud$/i, /^owncloud$/i], env: [], fileSystems: [] },
  { service: 'rclone', folders: [], env: [], fileSystems: ['fuse.rclone'] },
  // macOS keeps every provider's folder under ~/Library/CloudStorage.
  { service: 'CloudStorage', folders: [/^cloudstorage$/i], env: [], fileSystems: [] },
];

/** Folders that hold temporary files wherever the system's temp folder is: an e-mail attachment opened in place. */
export const temporaryFolderNames: readonly RegExp[] = [
  /^temp$/i,
  /^tmp$/i,
  /^temporary internet files$/i,
  /^inetcache$/i,
  /^content\.outlook$/i,
];

function isWindows(facts: LocationFacts): boolean {
  return facts.platform === 'win32';
}

function normalise(path: string, windows: boolean): string {
  const slashed = windows ? path.replace(/\//g, '\\') : path;
  const trimmed = slashed.replace(/[\\/]+$/, '');
  return windows ? trimmed.toLowerCase() : trimmed;
}

function isInside(path: string, folder: string, windows: boolean): boolean {
  if (folder === '') return false;
  const inner = normalise(path, windows);
  const outer = normalise(folder, windows);
  const separator = windows ? '\\' : '/';
  return inner === outer || inner.startsWith(`${outer}${separator}`);
}

function folderNames(path: string): string[] {
  return path.split(/[\\/]+/).slice(0, -1);
}

/**
 * A network path on Windows: `\\server\share\…` (and `\\?\UNC\server\share\…`), but not the `\\?\C:\` and `\\.\C:\`
 * prefixes that name a local drive.
 */
export function isWindowsNetworkPath(path: string): boolean {
  const slashed = path.replace(/\//g, '\\');
  if (/^\\\\[?.]\\unc\\/i.test(slashed)) return true;
  if (/^\\\\[?.]\\/.test(slashed)) return false;
  return slashed.startsWith('\\\\');
}

function cloudService(facts: LocationFacts): string | undefined {
  const windows = isWindows(facts);
  const fileSystem = facts.fileSystem.toLowerCase();
  for (const { service, folders, env, fileSystems } of cloudServices) {
    if (fileSystems.includes(fileSystem)) return service;
    if (env.some((name) => isInside(facts.path, facts.env[name] ?? '', windows))) return service;
    if (folderNames(facts.path).some((name) => folders.some((pattern) => pattern.test(name)))) return service;
  }
  return undefined;
}

function isTemporary(facts: LocationFacts): boolean {
  const windows = isWindows(facts);
  if (isInside(facts.path, facts.appFolder, windows)) return false;
  const folders = [...facts.tempFolders, facts.env.TEMP ?? '', facts.env.TMP ?? ''];
  if (folders.some((folder) => isInside(facts.path, folder, windows))) return true;
  const names = folderNames(facts.path);
  return (
    names.some((name) => temporaryFolderNames.some((pattern) => pattern.test(name))) ||
    (!windows && (facts.path.startsWith('/tmp/') || facts.path.startsWith('/var/tmp/')))
  );
}

/**
 * reliability.md §(b) "Where files live": a network path is refused (a WAL needs one machine); a removable or
 * FAT/exFAT drive, a cloud-synced folder, or a temporary folder gets a warning and "move to this computer".
 */
export function judgeLocation(facts: LocationFacts): LocationVerdict {
  const fileSystem = facts.fileSystem.toLowerCase();
  const isNetwork =
    facts.drive === 'network' || networkFileSystems.includes(fileSystem) || (isWindows(facts) && isWindowsNetworkPath(facts.path));
  if (isNetwork) return { refused: 'location-network', warnings: [] };
  const warnings: LocationWarning[] = [];
  if (facts.drive === 'removable' || facts.drive === 'cdrom') warnings.push({ code: 'removable', params: {} });
  if (fatFileSystems.includes(fileSystem)) warnings.push({ code: 'fat', params: { fileSystem: facts.fileSystem } });
  const service = cloudService(facts);
  if (service) warnings.push({ code: 'cloud', params: { service } });
  if (isTemporary(facts)) warnings.push({ code: 'temporary', params: {} });
  return { refused: undefined, warnings };
}
