import { Alert, Card, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommitteeRecords } from '../../../shared/api/committee-types';
import { statusFormSectionNumbers } from '../../../shared/api/status-form-schemas';
import { formatDate } from '../../../shared/domain/buddhist-date';

type Row = CommitteeRecords['answers']['members'][number];

/**
 * Status form §8 for a year the committee records cover: read from the term and its seats, not typed, so it is
 * shown here as the paper prints it and changed on the committee page.
 */
export function CommitteeRecordsCard({ records }: { records: CommitteeRecords }) {
  const { t, i18n } = useTranslation();
  const { answers } = records;
  return (
    <Card
      title={t('ui.statusForm.sectionTitle', { number: statusFormSectionNumbers.committee, name: t('ui.statusForm.sections.committee') })}
      style={{ marginBottom: 16 }}
      data-testid="status-section-committee-records"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('ui.committee.fromRecords', {
          termNo: records.termNo,
          date: formatDate(records.day, i18n.language === 'en' ? 'en' : 'th'),
        })}
      />
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('ui.statusForm.labels.memberCount')}>{answers.memberCount}</Descriptions.Item>
        <Descriptions.Item label={t('ui.statusForm.labels.composition')}>
          {[...answers.composition.map((value) => t(`ui.statusForm.options.${value}`)), answers.compositionOther]
            .filter(Boolean)
            .join(', ')}
        </Descriptions.Item>
      </Descriptions>
      <Table<Row & { key: number }>
        size="small"
        pagination={false}
        dataSource={answers.members.map((row, index) => ({ ...row, key: index + 1 }))}
        columns={[
          { title: '#', dataIndex: 'key', width: 48 },
          { title: t('ui.statusForm.labels.fullName'), dataIndex: 'fullName' },
          { title: t('ui.statusForm.labels.fundPosition'), dataIndex: 'fundPosition' },
          { title: t('ui.statusForm.labels.communityRole'), dataIndex: 'communityRole' },
          { title: t('ui.statusForm.labels.phone'), dataIndex: 'phone' },
        ]}
      />
    </Card>
  );
}
