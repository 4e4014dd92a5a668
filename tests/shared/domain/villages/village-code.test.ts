import { describe, expect, it } from 'vitest';
import { checkVillageCode, villageCodeOf } from '../../../../shared/domain/villages/village-code';

describe('DOPA village codes', () => {
  it('is the ตำบล code and the หมู่ in two digits, checked against the หมู่', () => {
    expect(villageCodeOf('860214', 3)).toBe('86021403');
    expect(checkVillageCode('86021403', 3, 'code')).toEqual({ ok: true, value: '86021403' });
    expect(checkVillageCode('86021413', 13, 'code').ok).toBe(true);
    for (const bad of ['8602140', '860214031', '8602140x', '00021403', '86001403', '86020003', ' 86021403'])
      expect(checkVillageCode(bad, 3, 'code')).toMatchObject({ ok: false, error: { code: 'bad-village-code', field: 'code' } });
    expect(checkVillageCode('86021403', 4, 'village.code')).toMatchObject({
      ok: false,
      error: { code: 'village-code-moo', field: 'village.code' },
    });
    expect(checkVillageCode('86021400', null, 'code')).toMatchObject({ ok: false, error: { code: 'village-code-moo' } });
  });
});
