import { Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetColumn } from '../../../shared/api/sheet-import-types';
import { importEras, type ImportEra } from '../../../shared/domain/import/import-columns';

export type ColumnChoice<F extends string> = { field: F | null; era: ImportEra };

/**
 * One line per column of the sheet: its letter, header and first values, the field it fills (or none), and for
 * a date how its years are written. A field chosen for two columns is marked on both at once. Every import
 * (members, contribution history, welfare history) shows its own fields here.
 */
export function ImportMappingTable<F extends string>({
  columns,
  choices,
  fields,
  dateFields,
  onChange,
}: {
  columns: readonly SheetColumn<F>[];
  choices: readonly ColumnChoice<F>[];
  fields: readonly F[];
  dateFields: readonly F[];
  onChange: (index: number, choice: ColumnChoice<F>) => void;
}) {
  const { t } = useTranslation();
  const chosenTwice = (field: F | null) => field !== null && choices.filter((choice) => choice.field === field).length > 1;
  return (
    <Table<SheetColumn<F>>
      data-testid="import-mapping"
      rowKey="index"
      size="small"
      pagination={false}
      scroll={{ y: 420 }}
      dataSource={[...columns]}
      columns={[
        { title: t('ui.memberImport.column'), dataIndex: 'letter', width: 70 },
        { title: t('ui.memberImport.header'), dataIndex: 'header', width: 140, ellipsis: true },
        {
          title: t('ui.memberImport.samples'),
          dataIndex: 'samples',
          ellipsis: true,
          render: (samples: string[]) => samples.filter((sample) => sample !== '').join(' · '),
        },
        {
          title: t('ui.memberImport.field'),
          // Wide enough for the longest field name ("สมาชิก (เลขสมาชิกหรือเลขประจำตัวประชาชน)") on a 1366 px screen.
          width: 340,
          render: (_value, column) => {
            const choice = choices[column.index] ?? { field: null, era: 'auto' };
            return (
              <Select<F | 'none'>
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
                  ...fields.map((field) => ({ value: field, label: t(`importFields.${field}`) })),
                ]}
              />
            );
          },
        },
        {
          title: t('ui.memberImport.era'),
          width: 240,
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
