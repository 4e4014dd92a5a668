import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { title: string; printTestId: string; onBack: () => void; children: ReactNode };

/** A paper on screen (voucher, meeting paper, eligibility sheet): its title and buttons stay off the printout. */
export function PrintableCard({ title, printTestId, onBack, children }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      title={<span className="no-print">{title}</span>}
      extra={
        <Space className="no-print">
          <Button type="primary" data-testid={printTestId} onClick={() => window.print()}>
            {t('ui.receipt.print')}
          </Button>
          <Button onClick={onBack}>{t('ui.common.back')}</Button>
        </Space>
      }
    >
      {children}
    </Card>
  );
}
