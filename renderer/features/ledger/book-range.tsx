import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf, fiscalYearPeriods } from '../../../shared/domain/calendar-date';
import { BuddhistDateInput, isIso } from '../../components/BuddhistDateInput';
import { todayIso } from '../../components/today';

/** The first day of the fiscal year today is in (Decision 4), for a fund whose year starts in `startMonth`. */
export function fiscalYearStartDay(startMonth: number): string {
  const [first = todayIso().slice(0, 7)] = fiscalYearPeriods(fiscalYearOf(todayIso(), startMonth), startMonth);
  return `${first}-01`;
}

/**
 * A book's period: from the first day of the fiscal year today is in to today, until changed. The start month is
 * the fund's own (its profile's fiscalYearStartMonth), never assumed.
 */
export function useBookRange(startMonth: number): {
  from: string;
  to: string;
  setFrom: (value: string) => void;
  setTo: (value: string) => void;
} {
  const [from, setFrom] = useState(() => fiscalYearStartDay(startMonth));
  const [to, setTo] = useState(todayIso());
  return { from, to, setFrom, setTo };
}

/** The from/to fields of a book, taken once each is a whole date. */
export function BookRangeFields({ range, testId }: { range: ReturnType<typeof useBookRange>; testId: string }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Typography.Text>{t('ui.books.from')}</Typography.Text>
      <BuddhistDateInput
        value={range.from}
        onChange={(value?: string) => value && isIso(value) && range.setFrom(value)}
        data-testid={`${testId}-from`}
      />
      <Typography.Text>{t('ui.books.to')}</Typography.Text>
      <BuddhistDateInput
        value={range.to}
        onChange={(value?: string) => value && isIso(value) && range.setTo(value)}
        data-testid={`${testId}-to`}
      />
    </Space>
  );
}
