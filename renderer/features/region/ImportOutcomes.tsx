import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DescribedOutcome } from '../../../shared/api/region-types';
import { localized } from '../../components/api-errors';

const colours: Record<DescribedOutcome['outcome'], string> = {
  imported: 'green',
  'already-imported': 'blue',
  'new-fund': 'gold',
  rejected: 'red',
};

/** Where in the file the verifier found the fault: `records/members.jsonl:12`. */
function placeOf(outcome: DescribedOutcome): string | null {
  if (outcome.outcome !== 'rejected' || outcome.part === undefined) return null;
  return outcome.line === undefined ? outcome.part : `${outcome.part}:${outcome.line}`;
}

/** Each file's outcome, its reason in the page's language and the other beside it (A5), and where in the file. */
export function ImportOutcomes({ outcomes }: { outcomes: readonly DescribedOutcome[] }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'th' : 'en';
  return (
    <Table<DescribedOutcome & { key: number }>
      data-testid="region-outcomes"
      size="small"
      pagination={outcomes.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={outcomes.map((outcome, key) => ({ ...outcome, key }))}
      rowClassName={(outcome) => `outcome-${outcome.outcome}`}
      columns={[
        {
          title: t('ui.region.import.file'),
          dataIndex: 'file',
          width: 260,
          render: (file: string) => <span className="wrap-anywhere">{file}</span>,
        },
        {
          title: t('ui.region.import.outcome'),
          dataIndex: 'outcome',
          width: 170,
          render: (_, outcome) => (
            <Tag color={colours[outcome.outcome]} data-testid={`outcome-${outcome.outcome}`}>
              {t(`ui.region.outcomes.${outcome.outcome}`)}
            </Tag>
          ),
        },
        {
          title: t('ui.region.import.reason'),
          key: 'reason',
          render: (_, outcome) => (
            <>
              <div>{localized(outcome.message)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                {outcome.message[other]}
              </Typography.Text>
              {placeOf(outcome) && (
                <div>
                  <Typography.Text code data-testid="outcome-place">
                    {placeOf(outcome)}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
