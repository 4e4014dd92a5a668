import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf, toBuddhistYear } from '../../../shared/domain/calendar-date';
import { todayIso } from '../../components/today';
import { useFundProfile } from '../members/use-fund-profile';

/** The fiscal years a fund has lived through, newest first (C.E. as the API names them, shown in B.E.). */
export function useFiscalYears(): { years: number[]; current: number } | undefined {
  const profile = useFundProfile();
  if (!profile) return undefined;
  const first = fiscalYearOf(profile.foundedOn, profile.fiscalYearStartMonth);
  const current = fiscalYearOf(todayIso(), profile.fiscalYearStartMonth);
  return { years: Array.from({ length: current - first + 1 }, (_, index) => current - index), current };
}

/** A fiscal year picked by its B.E. label; typing part of the year finds it. */
export function FiscalYearSelect({
  years,
  value,
  onChange,
  testId,
  label = 'ui.reports.fiscalYearOption',
}: {
  years: readonly number[];
  value: number | undefined;
  onChange: (year: number) => void;
  testId: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select<number>
      size="large"
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      style={{ minWidth: 220 }}
      aria-label={t('fields.fiscalYear')}
      data-testid={testId}
      options={years.map((year) => ({ value: year, label: t(label, { year: toBuddhistYear(year) }) }))}
    />
  );
}
