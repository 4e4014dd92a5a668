import { CopyOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry } from '../../../shared/api/app-contract';
import { formatInstantDate } from '../../../shared/domain/buddhist-date';

/**
 * The fund files in the fund folder, newest first, each with one big Open button. Plain list markup styled by
 * app.css like Ant Design's list: its List (deprecated in antd 6) brings pagination and a select box into the
 * start screen's script for a list of a few files.
 */
export function FundFileList({
  funds,
  onOpen,
  onSaveCopy,
  openingLocation,
}: {
  funds: FundFileEntry[];
  onOpen: (location: string) => void;
  /** "Save a copy" of a fund not open (the backend opens it briefly as the source). */
  onSaveCopy?: (fund: FundFileEntry) => void;
  openingLocation?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  if (funds.length === 0) return <Empty description={t('ui.start.noFunds')} />;
  const sorted = [...funds].sort((left, right) => right.modifiedAt.localeCompare(left.modifiedAt));
  return (
    <ul className="start-list">
      {sorted.map((fund) => (
        <li key={fund.location} className="start-list-item fund-row">
          <FileTextOutlined className="fund-row-icon" />
          <div className="start-list-text">
            <div className="start-list-title">{fund.name}</div>
            <div className="start-list-description">
              {t('ui.start.fileLine', {
                file: fund.location,
                date: formatInstantDate(fund.modifiedAt, language),
                size: (fund.sizeBytes / 2 ** 20).toFixed(1),
              })}
            </div>
          </div>
          {onSaveCopy && (
            <Button
              className="start-list-action"
              icon={<CopyOutlined />}
              data-testid={`save-copy-${fund.location}`}
              onClick={() => onSaveCopy(fund)}
            >
              {t('ui.backups.saveCopyShort')}
            </Button>
          )}
          <Button
            type="primary"
            className="start-list-action"
            loading={openingLocation === fund.location}
            data-testid={`open-${fund.location}`}
            onClick={() => onOpen(fund.location)}
          >
            {t('ui.start.open')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
