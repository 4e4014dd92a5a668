import { Alert, Button, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NegativeBalanceDay } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { WriteAction } from '../../app/fund-access';
import type { TransferStart } from './TransferModal';

type Props = { days: NegativeBalanceDay[]; onTransfer: (start: TransferStart) => void; onCorrectOpening: () => void };

/**
 * Days on which cash or a bank account closed below zero, which files from earlier versions may hold (money paid
 * in cash while it sat in the bank). The file keeps working; each day offers a dated transfer into the account,
 * and the opening balance can be corrected instead (Decision 13).
 */
export function NegativeDays({ days, onTransfer, onCorrectOpening }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  if (days.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="negative-days"
      title={t('ui.negativeDays.title', { count: days.length })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('ui.negativeDays.explain')}</Typography.Paragraph>
          <List
            size="small"
            dataSource={days.slice(0, 20)}
            renderItem={(day) => (
              <List.Item
                actions={[
                  <WriteAction key="transfer">
                    <Button
                      size="small"
                      onClick={() =>
                        onTransfer({ toAccountCode: day.accountCode, transferredOn: day.date, amountSatang: -day.balanceSatang })
                      }
                      data-testid={`negative-transfer-${day.date}`}
                    >
                      {t('ui.negativeDays.transfer')}
                    </Button>
                  </WriteAction>,
                ]}
              >
                {t('ui.negativeDays.day', {
                  account: language === 'en' ? day.nameEn : day.nameTh,
                  date: formatDate(day.date, language),
                  amount: formatBaht(day.balanceSatang),
                })}
              </List.Item>
            )}
          />
          <Space style={{ marginTop: 8 }}>
            <Button size="small" onClick={onCorrectOpening} data-testid="negative-opening">
              {t('ui.negativeDays.correctOpening')}
            </Button>
          </Space>
        </>
      }
    />
  );
}
