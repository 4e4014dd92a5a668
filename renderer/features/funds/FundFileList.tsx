import { FileTextOutlined } from '@ant-design/icons';
import { Button, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry } from '../../../shared/api/app-contract';
import { formatDate } from '../../../shared/domain/buddhist-date';

/** The fund files in the fund folder, newest first, each with one big Open button. */
export function FundFileList({
  funds,
  onOpen,
  openingLocation,
}: {
  funds: FundFileEntry[];
  onOpen: (location: string) => void;
  openingLocation?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  if (funds.length === 0) return <Empty description={t('ui.start.noFunds')} />;
  const sorted = [...funds].sort((left, right) => right.modifiedAt.localeCompare(left.modifiedAt));
  return (
    <List
      dataSource={sorted}
      renderItem={(fund) => (
        <List.Item
          className="fund-row"
          actions={[
            <Button
              key="open"
              type="primary"
              loading={openingLocation === fund.location}
              data-testid={`open-${fund.location}`}
              onClick={() => onOpen(fund.location)}
            >
              {t('ui.start.open')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            avatar={<FileTextOutlined className="fund-row-icon" />}
            title={<Typography.Text strong>{fund.name}</Typography.Text>}
            description={t('ui.start.fileLine', {
              file: fund.location,
              date: formatDate(fund.modifiedAt.slice(0, 10), language),
              size: (fund.sizeBytes / 2 ** 20).toFixed(1),
            })}
          />
        </List.Item>
      )}
    />
  );
}
