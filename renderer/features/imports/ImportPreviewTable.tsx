import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetPreviewRow } from '../../../shared/api/sheet-import-types';
import { localized } from '../../components/api-errors';

/** A column of the preview: the field, and the row's value as it will be written (dates in B.E., names from the register). */
export type PreviewColumn<F extends string, P> = { field: F; width?: number; shown: (profile: Partial<P>) => string };

/**
 * Every row as it will be written, with each problem on its cell (red for what keeps the row out, gold for a
 * warning, the words on hover and in the problems column). Every import shows its own columns here.
 */
export function ImportPreviewTable<F extends string, P>({
  rows,
  columns,
  height,
}: {
  rows: readonly SheetPreviewRow<F, P>[];
  columns: readonly PreviewColumn<F, P>[];
  height: number;
}) {
  const { t } = useTranslation();
  return (
    <Table<SheetPreviewRow<F, P>>
      data-testid="import-preview"
      className="import-preview-table"
      rowKey="rowNumber"
      size="small"
      virtual
      scroll={{ x: 554 + columns.reduce((total, column) => total + (column.width ?? 120), 0), y: height }}
      pagination={false}
      dataSource={[...rows]}
      rowClassName={(row) => (row.accepted ? '' : 'import-rejected-row')}
      columns={[
        { title: t('ui.memberImport.row'), dataIndex: 'rowNumber', width: 64, fixed: 'left' },
        {
          title: t('ui.memberImport.result'),
          width: 110,
          fixed: 'left',
          render: (_value, row) =>
            row.accepted ? (
              <Tag color="green">{t('ui.memberImport.accepted')}</Tag>
            ) : (
              <Tag color="red">{t('ui.memberImport.rejected')}</Tag>
            ),
        },
        {
          title: t('ui.memberImport.problems'),
          width: 380,
          render: (_value, row) => (
            <span data-testid={`import-problems-${row.rowNumber}`}>
              {row.problems.map((problem) => localized(problem.message)).join(' · ')}
            </span>
          ),
        },
        ...columns.map(({ field, width, shown }) => ({
          title: t(`importFields.${field}`),
          width: width ?? 120,
          ellipsis: true,
          onCell: (row: SheetPreviewRow<F, P>) => {
            const problems = row.problems.filter((problem) => problem.field === field);
            if (problems.length === 0) return {};
            const error = problems.some((problem) => problem.severity === 'error');
            return {
              className: error ? 'import-cell-error' : 'import-cell-warning',
              'data-problem': field,
            } as React.HTMLAttributes<HTMLElement>;
          },
          render: (_value: unknown, row: SheetPreviewRow<F, P>) => {
            const problems = row.problems.filter((problem) => problem.field === field);
            const text = shown(row.profile);
            if (problems.length === 0) return text;
            // A value that could not be read shows as it was written, so the cell at fault is recognised.
            const written = text === '' ? (row.written[field] ?? '') : text;
            return (
              <Tooltip title={problems.map((problem) => localized(problem.message)).join('\n')}>{written === '' ? '—' : written}</Tooltip>
            );
          },
        })),
      ]}
    />
  );
}
