import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArrearsPlace } from '../../../shared/api/fund-types';
import { placeOptionLabel } from './village-label';

/**
 * "Every village" or one of the villages a list's members live in (with how many), members with no village as
 * their own choice (0): the arrears list's and the lapse proposals' filter.
 */
export function PlaceFilter({
  places,
  value,
  onChange,
  testId,
}: {
  places: readonly ArrearsPlace[];
  value: number | undefined;
  onChange: (villageId: number | undefined) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select<number | 'all'>
      size="large"
      value={value ?? 'all'}
      onChange={(picked) => onChange(picked === 'all' ? undefined : picked)}
      style={{ minWidth: 240 }}
      aria-label={t('ui.arrears.village')}
      data-testid={testId}
      options={[
        { value: 'all', label: t('ui.arrears.allVillages') },
        ...places.map((place) => ({ value: place.villageId ?? 0, label: placeOptionLabel(t, place) })),
      ]}
    />
  );
}
