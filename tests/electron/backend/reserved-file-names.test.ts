import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fundsFolder, isWindowsDeviceName, resolveSaveLocation } from '../../../electron/backend/fund-locations';
import { fundInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** Every file and folder under `folder`, so a refusal can be shown to have written nothing anywhere. */
function everything(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

/**
 * Windows device names as fund names (issue 20 §4): CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 name the device
 * itself on Windows, whatever the extension, so a fund file by such a name would be written to a port or to nowhere.
 * They are refused on every platform, with a code that names the field and nothing written.
 */
describe('Windows device names refused as fund file names', () => {
  let backend: TestBackend | undefined;
  afterEach(() => backend?.close());

  const reserved = [
    'con.swfund',
    'CON.swfund',
    'Com1.swfund',
    'nul',
    'PRN.swfund',
    'aux.swfund',
    'lpt9.swfund',
    'com\u00b9.swfund',
    'con.backup.swfund',
    'con .swfund',
    'nul.swfund.',
    'Lpt1.swfund . ',
  ];

  it('knows the device names as Windows reads them, and nothing that only starts like one', () => {
    for (const name of [...reserved, 'conin$.swfund', 'CONOUT$', 'C:\\funds\\aux.swfund', '/home/a/com3.swfund'])
      expect(isWindowsDeviceName(name), name).toBe(true);
    for (const name of [
      'console.swfund',
      'com10.swfund',
      'lpt.swfund',
      'conference.swfund',
      'nul-fund.swfund',
      'กองทุน con.swfund',
      'con/x.swfund',
    ])
      expect(isWindowsDeviceName(name), name).toBe(false);
  });

  it('refuses to create a fund by any of them where the person chose, writing nothing', async () => {
    backend = createTestBackend();
    const before = everything(backend.home);
    for (const name of reserved) {
      const refused = await backend.app['funds.create'](fundInput(join(backend.home, name)));
      expect(refused, name).toMatchObject({ ok: false, error: { code: 'reserved-file-name', field: 'location' } });
      if (refused.ok) continue;
      // The contract trims a location, so the message quotes what was refused without the trailing spaces.
      expect(refused.error.message.th).toContain('Windows');
      expect(refused.error.message.th).toContain(name.trim());
      expect(refused.error.message.en).toContain(name.trim());
    }
    expect(everything(backend.home)).toEqual(before);
    // A name that only looks like one is an ordinary fund.
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'com10.swfund'))));
    expect(existsSync(join(backend.home, 'com10.swfund'))).toBe(true);
  });

  it('refuses them in the fund folder of web mode and for a saved copy, writing nothing', async () => {
    backend = createTestBackend('2026-11-25', { locationMode: 'folder' });
    expectOk(await backend.app['funds.create'](fundInput('village.swfund')));
    const before = everything(backend.home);
    for (const name of ['CON.swfund', 'nul.swfund.', 'com1 .swfund', 'LPT3.swfund']) {
      const created = await backend.app['funds.create'](fundInput(name));
      expect(created, name).toMatchObject({ ok: false, error: { code: 'reserved-file-name', field: 'location', params: { name } } });
      const copied = await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location: name, intent: 'separate' });
      expect(copied, name).toMatchObject({ ok: false, error: { code: 'reserved-file-name', field: 'location' } });
    }
    expect(await backend.app['funds.open']({ location: 'aux.swfund', readOnly: false })).toMatchObject({
      ok: false,
      error: { code: 'reserved-file-name' },
    });
    expect(everything(backend.home)).toEqual(before);
    expect(readdirSync(fundsFolder(backend.home))).toEqual(expect.arrayContaining(['village.swfund']));
  });

  it('refuses them for a saved document too (a report or a workbook)', () => {
    backend = createTestBackend();
    for (const [mode, location] of [
      ['folder', 'prn.pdf'],
      ['folder', 'Com2.xlsx'],
      ['path', join(backend.home, 'nul.pdf')],
    ] as const)
      expect(resolveSaveLocation(backend.home, mode, location), location).toMatchObject({
        ok: false,
        error: { code: 'reserved-file-name' },
      });
  });
});
