import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packagedSqliteBinding } from '../../electron/backend/db/native-binding';
import { iconPng, iconSize } from '../../build/make-icon';

/**
 * The installers' configuration (issue 20 §4; reliability.md §(d) item 19 "builder config test"): read as data, since
 * electron-builder cannot run here (it downloads Electron and the NSIS and AppImage tools). electron-builder's own
 * loader and schema check the file first, so a misspelt option fails here and not on the release machine.
 */
const root = resolve(import.meta.dirname, '../..');
const configPath = 'build/electron-builder.json';

type Target = { target: string; arch: string[] };
type FileSet = { from: string; to: string; filter?: string[] };
/** The parts of electron-builder's configuration these tests read. */
type BuilderConfig = {
  appId: string;
  productName: string;
  files: string[];
  extraResources: FileSet[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  forceCodeSigning: boolean;
  fileAssociations: { ext: string; description: string }[];
  win: { target: Target[]; icon: string; requestedExecutionLevel: string; signtoolOptions: { signingHashAlgorithms: string[] } };
  nsis: Record<string, unknown>;
  linux: {
    target: Target[];
    icon: string;
    category: string;
    maintainer: string;
    synopsis: string;
    description: string;
    desktop: { entry: Record<string, string> };
  };
  electronFuses: Record<string, boolean>;
};

type ElectronBuilderConfigModule = {
  getConfig: (projectDir: string, configPath: string, fromOptions: null) => Promise<BuilderConfig>;
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};
// A deep import: electron-builder exports no validator of its own, and this is the one `npm run dist` runs.
const builder = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as ElectronBuilderConfigModule;
const quietLogger = { isEnabled: false, add: () => undefined };

/** electron-builder's check, failing with its message alone (its error also carries the whole schema). */
async function validate(loaded: unknown): Promise<void> {
  try {
    await builder.validateConfiguration(loaded, quietLogger);
  } catch (error) {
    throw new Error((error as Error).message.split('\n').slice(0, 3).join('\n'));
  }
}

const text = readFileSync(resolve(root, configPath), 'utf8');
const config = JSON.parse(text) as BuilderConfig;
const thaiName = 'บัญชีกองทุนสวัสดิการชุมชน';
const thai = /[\u0e00-\u0e7f]/;

describe('installer configuration (issue 20 §4)', () => {
  it('is loaded and accepted by electron-builder itself, and a misspelt option is not', async () => {
    const loaded = await builder.getConfig(root, configPath, null);
    await expect(validate(loaded)).resolves.toBeUndefined();
    await expect(validate({ ...loaded, nsis: { ...loaded.nsis, perMachin: true } })).rejects.toThrow(/unknown property 'perMachin'/);
    const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.dist).toContain(`electron-builder --config ${configPath}`);
  });

  it('names the app in English and Thai and owns .swfund files', () => {
    expect(config).toMatchObject({ productName: 'SWF Ledger', appId: expect.stringMatching(/^th\./) });
    expect(config.fileAssociations).toEqual(expect.arrayContaining([expect.objectContaining({ ext: 'swfund' })]));
    expect(config.nsis.shortcutName).toBe(thaiName);
    expect(config.nsis.uninstallDisplayName).toContain(thaiName);
    expect(config.linux.desktop.entry['Name[th]']).toBe(thaiName);
    expect(config.linux.synopsis).toMatch(thai);
    expect(config.linux.description).toMatch(thai);
  });

  it('makes a per-user Windows installer that needs no administrator and keeps the user’s data on uninstall', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'ia32'] }]);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowElevation: false,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      installerLanguages: ['th_TH', 'en_US'],
    });
  });

  it('makes an AppImage and a deb for x64, filed under Office, with a maintainer', () => {
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux.category).toBe('Office');
    // deb refuses to build without a maintainer's name and address.
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });

  it('sets the fuses of reliability.md §(d) item 19: no RunAsNode, NODE_OPTIONS or inspect; the asar checked and required', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // Asar integrity and only-from-asar mean nothing without an asar.
    expect(config.asar).toBe(true);
  });

  it('ships the built app and every migration, of funds and of regions', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'dist-electron/**', 'package.json']));
    for (const folder of ['migrations', 'migrations/region']) {
      const shipped = config.extraResources.find((set) => set.from === folder);
      expect(shipped, folder).toEqual({ from: folder, to: folder, filter: ['*.sql'] });
      expect(readdirSync(resolve(root, folder)).filter((name) => name.endsWith('.sql')).length, folder).toBeGreaterThan(0);
    }
  });

  it('ships the SQLite addon rebuilt for Electron where the backend is told to load it (nativeBinding)', () => {
    // npmRebuild rebuilds node_modules' better-sqlite3 for Electron before each architecture is packed; the extra
    // resource then copies that build beside app.asar, where main points the backend (native-binding.ts).
    expect(config.npmRebuild).toBe(true);
    const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(config.extraResources).toContainEqual({ from: addon, to: packagedSqliteBinding.join('/') });
    expect(existsSync(resolve(root, addon))).toBe(true);
    expect(config.asarUnpack.join(' ')).toContain('better-sqlite3');
  });

  it('has an icon: a PNG of at least 512 × 512 with transparency, the drawing of build/make-icon.ts', () => {
    expect(config.win.icon).toBe('build/icon.png');
    expect(config.linux.icon).toBe('build/icon.png');
    const png = readFileSync(resolve(root, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    const [width, height, bitDepth, colourType] = [png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]];
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBe(width);
    expect([bitDepth, colourType]).toEqual([8, 6]);
    expect(png.equals(iconPng())).toBe(true);
    // The corners are see-through and the centre is brand green or white.
    // One IDAT chunk right after IHDR (8 bytes of signature, 25 of IHDR), filter byte 0 before each row.
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + png.readUInt32BE(33)));
    const pixel = (x: number, y: number) =>
      Array.from(rows.subarray(y * (iconSize * 4 + 1) + 1 + x * 4, y * (iconSize * 4 + 1) + 5 + x * 4));
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(60, iconSize / 2)).toEqual([0x1f, 0x6f, 0x5c, 255]);
  });

  it('keeps certificates and passwords out of the file: the release machine brings them (docs/release.md)', () => {
    expect(text).not.toMatch(/certificateFile|certificatePassword|certificateSha1|CSC_|password/i);
    expect(config.win.signtoolOptions.signingHashAlgorithms).toEqual(['sha256']);
    expect(config.forceCodeSigning).toBe(false);
    expect(readFileSync(join(root, 'docs/release.md'), 'utf8')).toMatch(/CSC_LINK[\s\S]*CSC_KEY_PASSWORD/);
  });
});
