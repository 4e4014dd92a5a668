import { Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportColumn } from '../../../../shared/api/member-import-types';
import {
  dateFields,
  importEras,
  importFields,
  type ImportEra,
  type ImportField,
} from '../../../../shared/domain/members/import/import-fields';

export type ColumnChoice = { field: ImportField | null; era: ImportEra };

/**
 * One line per column of the sheet: its letter, header and first values, the member field it fills (or none),
 * and for a date how its years are written. A field chosen for two columns is marked on both at once.
 */
export function ImportMappingTable({
  columns,
  choices,
  onChange,
}: {
  columns: readonly ImportColumn[];
  choices: readonly ColumnChoice[];
  onChange: (index: number, choice: ColumnChoice) => void;
}) {
  const { t } = useTranslation();
  const chosenTwice = (field: ImportField | null) => field !== null && choices.filter((choice) => choice.field === field).length > 1;
  return (
    <Table<ImportColumn>
      data-testid="import-mapping"
      rowKey="index"
      size="small"
      pagination={false}
      scroll={{ y: 420 }}
      dataSource={[...columns]}
      columns={[
        { title: t('ui.memberImport.column'), dataIndex: 'letter', width: 70 },
        { title: t('ui.memberImport.header'), dataIndex: 'header', width: 200, ellipsis: true },
        {
          title: t('ui.memberImport.samples'),
          dataIndex: 'samples',
          ellipsis: true,
          render: (samples: string[]) => samples.filter((sample) => sample !== '').join(' · '),
        },
        {
          title: t('ui.memberImport.field'),
          width: 260,
          render: (_value, column) => {
            const choice = choices[column.index] ?? { field: null, era: 'auto' };
            return (
              <Select<ImportField | 'none'>
                data-testid={`import-field-${column.letter}`}
                style={{ width: '100%' }}
                showSearch
                optionFilterProp="label"
                status={chosenTwice(choice.field) ? 'error' : undefined}
                aria-label={t('ui.memberImport.fieldFor', { column: column.letter })}
                value={choice.field ?? 'none'}
                onChange={(field) => onChange(column.index, { ...choice, field: field === 'none' ? null : field })}
                options={[
                  { value: 'none', label: t('ui.memberImport.skip') },
                  ...importFields.map((field) => ({ value: field, label: t(`importFields.${field}`) })),
                ]}
              />
            );
          },
        },
        {
          title: t('ui.memberImport.era'),
          width: 150,
          render: (_value, column) => {
            const choice = choices[column.index] ?? { field: null, era: 'auto' };
            if (!choice.field || !dateFields.includes(choice.field)) return null;
            return (
              <Select<ImportEra>
                data-testid={`import-era-${column.letter}`}
                style={{ width: '100%' }}
                aria-label={t('ui.memberImport.eraFor', { column: column.letter })}
                value={choice.era}
                onChange={(era) => onChange(column.index, { ...choice, era })}
                options={importEras.map((era) => ({ value: era, label: t(`ui.memberImport.eras.${era}`) }))}
              />
            );
          },
        },
      ]}
    />
  );
}
