import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import th from '../../../shared/i18n/th.json';
import { displayParams, messageKeyOf, type MessageParams } from '../../../shared/i18n/message-params';

/** Issue 14 item 14: refusals and explanations read in baht and B.E., by the same rules on every side. */
describe('message parameters as the reader sees them', () => {
  const instance = i18next.createInstance();
  beforeAll(async () => {
    await instance.init({
      lng: 'th',
      resources: { th: { translation: th }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });
  const text = (key: string, params: MessageParams, language: 'th' | 'en' = 'th') => {
    const t = instance.getFixedT(language);
    const shownKey = messageKeyOf(key, params);
    return t(
      shownKey,
      displayParams(shownKey, params, language, (name, options) => t(name, options)),
    );
  };

  it('shows a yearly amount cap in baht and its fiscal year in B.E., never satang', () => {
    const params = { fiscalYear: 2027, used: 100000, cap: 100000 };
    expect(text('errors.claim-yearly-amount-cap-reached', params)).toBe('ปีงบประมาณ 2570 จ่ายแล้ว 1,000.00 บาท จากสูงสุด 1,000.00 บาท');
    expect(text('errors.claim-yearly-amount-cap-reached', params, 'en')).toBe(
      'Already 1,000.00 baht of the 1,000.00 baht cap paid in fiscal year 2570',
    );
    expect(text('errors.claim-lifetime-amount-cap-reached', { used: 2_000_000, cap: 2_000_000 })).toBe(
      'จ่ายแล้ว 20,000.00 บาท จากวงเงินตลอดชีพ 20,000.00 บาท',
    );
  });

  it('keeps counts as counts where the same names mean claims or nights', () => {
    expect(text('welfare.yearly-count', { fiscalYear: 2027, used: 1, cap: 1 })).toBe('จำนวนครั้งในปีงบประมาณ 2570: 1; สูงสุด 1 ครั้ง');
    expect(text('welfare.yearly-amount', { fiscalYear: 2027, used: 60000, amount: 60000, cap: 100000, paid: 40000 })).toBe(
      'จ่ายแล้วในปีงบประมาณ 2570: 600.00 + 600.00, สูงสุด 1,000.00 → จ่าย 400.00',
    );
  });

  it('shows dates and months in B.E. and welfare words translated', () => {
    expect(text('errors.claim-event-in-future', { eventDate: '2026-12-01' })).toContain('1 ธ.ค. 2569');
    expect(text('welfare.arrears-deducted', { count: 2, from: '2026-08', to: '2026-09', amount: 6000 })).toContain(
      '(ส.ค. 2569 – ก.ย. 2569) รวม 60.00',
    );
    expect(text('errors.claim-recipient-not-allowed', { recipient: 'dependent' })).toBe('สวัสดิการนี้ไม่จ่ายให้ผู้อยู่ในอุปการะ');
  });

  it('says what a benefit paid per event pays, without "(0 หน่วย)"', () => {
    expect(text('welfare.pay', { amount: 2_000_000, units: 0 })).toBe('จ่าย 20,000.00 บาท');
    expect(text('welfare.pay', { amount: 40000, units: 2 })).toBe('จ่าย 400.00 (2 หน่วย)');
  });
});
