import { CopyOutlined, EyeOutlined, FileTextOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundFileEntry } from '../../../shared/api/app-contract';
import { formatInstantDate } from '../../../shared/domain/buddhist-date';
import { DemoTag } from '../demo/DemoTag';

/**
 * The fund files in the fund folder, newest first, each with one big Open button. A file from an earlier app
 * version says so, and offers to look at it without upgrading it beside "upgrade and open" (issue 15 §5). Plain list markup styled by
 * app.css like Ant Design's list: its List (deprecated in antd 6) brings pagination and a select box into the
 * start screen's script for a list of a few files.
 */
export function FundFileList({
  funds,
  onOpen,
  onRestore,
  onSaveCopy,
  openingLocation,
}: {
  funds: FundFileEntry[];
  onOpen: (location: string, how: 'work' | 'look') => void;
  /** "Restore…": the fund's backups, for a fund that will not open or must go back to an earlier day. */
  onRestore: (location: string) => void;
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
        <li key={fund.location} className={`start-list-item fund-row${fund.demo ? ' fund-row-demo' : ''}`} data-demo={fund.demo}>
          <FileTextOutlined className="fund-row-icon" />
          <div className="start-list-text">
            <div className="start-list-title">
              {fund.name}
              {fund.demo && <DemoTag />}
              {fund.fromOlderVersion && (
                <Tag className="start-list-tag" color="gold">
                  {t('ui.start.olderVersion')}
                </Tag>
              )}
            </div>
            <div className="start-list-description">
              {t('ui.start.fileLine', {
                file: fund.location,
                date: formatInstantDate(fund.modifiedAt, language),
                size: (fund.sizeBytes / 2 ** 20).toFixed(1),
              })}
            </div>
            {fund.fromOlderVersion && <div className="start-list-note">{t('ui.start.olderVersionText')}</div>}
          </div>
          <Space className="start-list-action" orientation="vertical" size={4}>
            <Button
              type="primary"
              block
              loading={openingLocation === fund.location}
              data-testid={`open-${fund.location}`}
              onClick={() => onOpen(fund.location, 'work')}
            >
              {fund.fromOlderVersion ? t('ui.start.openAndUpgrade') : t('ui.start.open')}
            </Button>
            {fund.fromOlderVersion && (
              <Button block icon={<EyeOutlined />} data-testid={`look-${fund.location}`} onClick={() => onOpen(fund.location, 'look')}>
                {t('ui.start.look')}
              </Button>
            )}
            <Space size={0} wrap>
              {onSaveCopy && (
                <Button
                  type="link"
                  size="small"
                  icon={<CopyOutlined />}
                  data-testid={`save-copy-${fund.location}`}
                  onClick={() => onSaveCopy(fund)}
                >
                  {t('ui.backups.saveCopyShort')}
                </Button>
              )}
              <Button
                type="link"
                size="small"
                icon={<HistoryOutlined />}
                onClick={() => onRestore(fund.location)}
                data-testid={`restore-fund-${fund.location}`}
              >
                {t('ui.start.restoreFund')}
              </Button>
            </Space>
          </Space>
        </li>
      ))}
    </ul>
  );
}
