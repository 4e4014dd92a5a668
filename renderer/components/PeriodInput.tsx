import { InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { englishMonthNames, thaiMonthNames } from '../../shared/domain/buddhist-date';
import { buddhistEraOffset } from '../../shared/domain/calendar-date';

type Props = { value?: string | null; onChange?: (value: string) => void; 'data-testid'?: string; id?: string };

/**
 * A month picked as month name + B.E. year and handed to the form as the contract's period `YYYY-MM` (C.E.);
 * empty until both halves are chosen.
 */
export function PeriodInput({ value, onChange, id, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const names = i18n.language === 'en' ? englishMonthNames.long : thaiMonthNames.long;
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  const [month, setMonth] = useState<number | undefined>(match ? Number(match[2]) : undefined);
  const [year, setYear] = useState<number | undefined>(match ? Number(match[1]) + buddhistEraOffset : undefined);
  // A value set from outside (a form reset, a loaded profile) resets both halves.
  useEffect(() => {
    const outside = /^(\d{4})-(\d{2})$/.exec(value ?? '');
    if (!outside) return;
    setMonth(Number(outside[2]));
    setYear(Number(outside[1]) + buddhistEraOffset);
  }, [value]);

  function emit(nextMonth: number | undefined, nextYear: number | undefined) {
    setMonth(nextMonth);
    setYear(nextYear);
    const isComplete = nextMonth !== undefined && nextYear !== undefined && nextYear >= 2400;
    onChange?.(isComplete ? `${nextYear - buddhistEraOffset}-${String(nextMonth).padStart(2, '0')}` : '');
  }

  const testId = rest['data-testid'];
  return (
    <Space.Compact style={{ width: '100%' }} id={id}>
      <Select<number>
        allowClear
        placeholder={t('ui.form.month')}
        value={month}
        style={{ width: '60%' }}
        data-testid={testId ? `${testId}-month` : undefined}
        // Typing finds a month by its name, its short name (ต.ค.) or its number (issue 14 §16).
        options={names.map((name, index) => ({
          value: index + 1,
          label: name,
          keywords: [thaiMonthNames.short[index] ?? '', englishMonthNames.short[index] ?? '', String(index + 1)],
        }))}
        onChange={(next) => emit(next ?? undefined, year)}
      />
      <InputNumber<number>
        placeholder={t('ui.form.yearBE')}
        value={year}
        min={2400}
        max={2700}
        controls={false}
        style={{ width: '40%' }}
        data-testid={testId ? `${testId}-year` : undefined}
        onChange={(next) => emit(month, next ?? undefined)}
      />
    </Space.Compact>
  );
}
