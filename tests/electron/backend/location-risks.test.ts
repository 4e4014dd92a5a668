import { describe, expect, it } from 'vitest';
import { mountOf, windowsDriveType, windowsFileSystem } from '../../../electron/backend/location-probe';
import { isWindowsNetworkPath, judgeLocation, type LocationFacts } from '../../../electron/backend/location-risks';

/** reliability.md §(b) "Where files live", as data: Windows' rules are tested here, where they cannot be made. */
const windows = (path: string, overrides: Partial<LocationFacts> = {}): LocationFacts => ({
  path,
  platform: 'win32',
  env: { USERPROFILE: 'C:\\Users\\Somsri', TEMP: 'C:\\Users\\Somsri\\AppData\\Local\\Temp', OneDrive: 'C:\\Users\\Somsri\\OneDrive' },
  fileSystem: 'NTFS',
  drive: 'fixed',
  tempFolders: ['C:\\Users\\Somsri\\AppData\\Local\\Temp'],
  appFolder: 'C:\\Users\\Somsri\\SWF Ledger',
  homeFolder: 'C:\\Users\\Somsri',
  ...overrides,
});

const linux = (path: string, overrides: Partial<LocationFacts> = {}): LocationFacts => ({
  path,
  platform: 'linux',
  env: {},
  fileSystem: 'ext4',
  drive: 'fixed',
  tempFolders: ['/tmp'],
  appFolder: '/home/somsri/SWF Ledger',
  homeFolder: '/home/somsri',
  ...overrides,
});

const codes = (facts: LocationFacts) => {
  const verdict = judgeLocation(facts);
  return (
    verdict.refused ?? verdict.warnings.map((warning) => `${warning.code}${warning.params.service ? `:${warning.params.service}` : ''}`)
  );
};

describe('where a fund file may live', () => {
  it.each([
    ['the fund folder', 'C:\\Users\\Somsri\\SWF Ledger\\Funds\\ทรัพย์อนันต์.swfund', {}, []],
    ['another local folder', 'D:\\บัญชี\\กองทุน.swfund', {}, []],
    ['a UNC share', '\\\\SERVER\\Share\\fund.swfund', {}, 'location-network'],
    ['a UNC share written with slashes', '//server/share/fund.swfund', {}, 'location-network'],
    ['a long UNC path', '\\\\?\\UNC\\server\\share\\fund.swfund', {}, 'location-network'],
    ['a long local path', '\\\\?\\C:\\Funds\\fund.swfund', {}, []],
    ['a mapped network drive', 'Z:\\fund.swfund', { drive: 'network' }, 'location-network'],
    ['a USB stick with FAT32', 'E:\\fund.swfund', { drive: 'removable', fileSystem: 'FAT32' }, ['removable', 'fat']],
    ['an exFAT external disk', 'F:\\fund.swfund', { fileSystem: 'exFAT' }, ['fat']],
    ['a CD', 'D:\\fund.swfund', { drive: 'cdrom', fileSystem: 'CDFS' }, ['removable']],
    ['OneDrive by its variable', 'C:\\Users\\Somsri\\OneDrive\\Documents\\fund.swfund', {}, ['cloud:OneDrive']],
    ['OneDrive for business', 'C:\\Users\\Somsri\\OneDrive - อบต.ทรัพย์อนันต์\\fund.swfund', {}, ['cloud:OneDrive']],
    ['Dropbox', 'C:\\Users\\Somsri\\Dropbox\\fund.swfund', {}, ['cloud:Dropbox']],
    ['Google Drive', 'G:\\My Drive\\fund.swfund', {}, ['cloud:Google Drive']],
    ['an e-mail attachment', 'C:\\Users\\Somsri\\AppData\\Local\\Temp\\Temp1_fund.zip\\fund.swfund', {}, ['temporary']],
    [
      'Outlook’s attachment folder',
      'C:\\Users\\Somsri\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\X1\\fund.swfund',
      {},
      ['temporary'],
    ],
    ['a temp folder named in another case', 'c:\\users\\somsri\\appdata\\local\\temp\\fund.swfund', {}, ['temporary']],
  ] as const)('Windows: %s', (_name, path, overrides, expected) => {
    expect(codes(windows(path, overrides))).toEqual(expected);
  });

  it.each([
    ['the home folder', '/home/somsri/fund.swfund', {}, []],
    ['an NFS share', '/mnt/office/fund.swfund', { fileSystem: 'nfs4' }, 'location-network'],
    ['a Samba share', '/mnt/office/fund.swfund', { fileSystem: 'cifs' }, 'location-network'],
    ['sshfs', '/mnt/remote/fund.swfund', { fileSystem: 'fuse.sshfs' }, 'location-network'],
    ['a USB stick', '/media/somsri/USB/fund.swfund', { fileSystem: 'vfat', drive: 'removable' }, ['removable', 'fat']],
    ['an rclone mount', '/home/somsri/cloud/fund.swfund', { fileSystem: 'fuse.rclone' }, ['cloud:rclone']],
    ['Dropbox', '/home/somsri/Dropbox/fund.swfund', {}, ['cloud:Dropbox']],
    ['macOS cloud storage', '/Users/somsri/Library/CloudStorage/GoogleDrive-x/fund.swfund', {}, ['cloud:Google Drive']],
    ['/tmp', '/tmp/fund.swfund', {}, ['temporary']],
    ['SWF_HOME inside /tmp (tests)', '/tmp/home/Funds/fund.swfund', { appFolder: '/tmp/home' }, []],
  ] as const)('Linux and macOS: %s', (_name, path, overrides, expected) => {
    expect(codes(linux(path, overrides))).toEqual(expected);
  });

  it('tells network paths from local long paths', () => {
    expect(isWindowsNetworkPath('\\\\nas\\funds\\a.swfund')).toBe(true);
    expect(isWindowsNetworkPath('\\\\.\\C:\\a.swfund')).toBe(false);
    expect(isWindowsNetworkPath('C:\\a.swfund')).toBe(false);
  });

  it('reads the mount, drive type and file system the way the systems print them', () => {
    const mounts = [
      'sysfs /sys sysfs rw 0 0',
      '/dev/sda2 / ext4 rw,relatime 0 0',
      '/dev/sdb1 /media/somsri/KINGSTON\\040USB vfat rw 0 0',
      '//nas/funds /mnt/office cifs rw 0 0',
    ].join('\n');
    expect(mountOf(mounts, '/media/somsri/KINGSTON USB/fund.swfund')).toEqual({
      device: '/dev/sdb1',
      mountPoint: '/media/somsri/KINGSTON USB',
      fileSystem: 'vfat',
    });
    expect(mountOf(mounts, '/mnt/office/x.swfund')?.fileSystem).toBe('cifs');
    expect(mountOf(mounts, '/home/somsri/x.swfund')?.fileSystem).toBe('ext4');
    expect(windowsDriveType('E: - Removable Drive\r\n')).toBe('removable');
    expect(windowsDriveType('Z: - Remote/Network Drive\r\n')).toBe('network');
    expect(windowsDriveType('C: - Fixed Drive\r\n')).toBe('fixed');
    expect(windowsDriveType('D: - CD-ROM Drive\r\n')).toBe('cdrom');
    expect(windowsFileSystem('Volume Name : USB\r\nVolume Serial Number : 0x1234\r\nFile System Name : FAT32\r\n')).toBe('FAT32');
  });
});
