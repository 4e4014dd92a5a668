import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewRow } from '../../../../shared/api/member-import-types';
import { formatDate, formatPeriod } from '../../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../../shared/domain/members/thai-id';
import type { ImportField } from '../../../../shared/domain/members/import/import-fields';
import type { ImportedProfile } from '../../../../shared/domain/members/import/import-rows';
import { localized } from '../../../components/api-errors';
import { useVillages } from '../../villages/use-villages';
import { villageLabel } from '../../villages/village-label';

const shownFields: readonly ImportField[] = [
  'citizenId',
  'title',
  'firstName',
  'lastName',
  'gender',
  'birthDate',
  'village',
  'approvedOn',
  'paidThrough',
];

/**
 * Every row as it will be registered — dates in B.E., the village from the register — with each problem on its
 * cell (red for what keeps the row out, gold for a warning, the words on hover and in the last column).
 */
export function ImportPreviewTable({ rows, height }: { rows: readonly ImportPreviewRow[]; height: number }) {
  const { t, i18n } = useTranslation();
  const { villages } = useVillages();
  const language = i18n.language === 'en' ? 'en' : 'th';

  function shown(profile: Partial<ImportedProfile>, field: ImportField): string {
    switch (field) {
      case 'citizenId':
        return profile.citizenId ? formatThaiId(profile.citizenId) : (profile.noIdReason ?? '');
      case 'gender':
        return profile.gender ? t(`ui.members.${profile.gender}`) : '';
      case 'birthDate':
      case 'approvedOn':
        return profile[field] ? formatDate(profile[field], language) : '';
      case 'village': {
        const village = villages?.find((candidate) => candidate.id === profile.villageId);
        return village ? villageLabel(t, village) : '';
      }
      case 'paidThrough':
        if (profile.noArrearsAtOpening) return t('ui.memberImport.noArrears');
        return profile.paidThroughPeriod ? formatPeriod(profile.paidThroughPeriod, language) : '';
      default: {
        const value = profile[field as keyof ImportedProfile];
        return typeof value === 'string' ? value : '';
      }
    }
  }

  return (
    <Table<ImportPreviewRow>
      data-testid="import-preview"
      rowKey="rowNumber"
      size="small"
      virtual
      scroll={{ x: 1600, y: height }}
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
        ...shownFields.map((field) => ({
          title: t(`importFields.${field}`),
          width: field === 'citizenId' ? 170 : 120,
          ellipsis: true,
          onCell: (row: ImportPreviewRow) => {
            const problems = row.problems.filter((problem) => problem.field === field);
            if (problems.length === 0) return {};
            const error = problems.some((problem) => problem.severity === 'error');
            return {
              className: error ? 'import-cell-error' : 'import-cell-warning',
              'data-problem': field,
            } as React.HTMLAttributes<HTMLElement>;
          },
          render: (_value: unknown, row: ImportPreviewRow) => {
            const problems = row.problems.filter((problem) => problem.field === field);
            const text = shown(row.profile, field);
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
