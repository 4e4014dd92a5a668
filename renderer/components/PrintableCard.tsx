import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  printTestId: string;
  onBack: () => void;
  backTestId?: string;
  children: ReactNode;
};

/**
 * A paper on screen (receipt, voucher, meeting paper, eligibility sheet): its title and buttons stay off the
 * printout, and so do the card's frame and head, so the paper starts at the top of the sheet.
 */
export function PrintableCard({ title, printTestId, onBack, backTestId, children }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      className="printable-card"
      title={title}
      extra={
        <Space className="no-print">
          <Button type="primary" data-testid={printTestId} onClick={() => window.print()}>
            {t('ui.receipt.print')}
          </Button>
          <Button onClick={onBack} data-testid={backTestId}>
            {t('ui.common.back')}
          </Button>
        </Space>
      }
    >
      {children}
    </Card>
  );
}
