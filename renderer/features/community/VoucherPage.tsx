import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Voucher } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { PrintableCard } from '../../components/PrintableCard';
import { usePrintSettings } from '../../components/print/use-print-settings';
import { VoucherPaper } from './VoucherPaper';

/** A payment voucher on screen, printable (the print dialog also saves a PDF). */
export function VoucherPage({
  voucherId,
  navigate,
  from = 'community',
}: {
  voucherId: number;
  navigate: Navigate;
  from?: 'community' | 'cashbook' | 'welfare' | 'otherMoney';
}) {
  const { t } = useTranslation();
  const [voucher, setVoucher] = useState<Voucher>();
  const settings = usePrintSettings();
  useEffect(() => {
    void api.fund['vouchers.get']({ voucherId }).then((result) => result.ok && setVoucher(result.value));
  }, [voucherId]);
  if (!voucher) return <Spin />;
  return (
    <PrintableCard
      title={t('ui.voucher.screenTitle', { voucherNo: voucher.voucherNo })}
      printTestId="print-voucher"
      onBack={() => navigate(from === 'otherMoney' ? { page: 'otherMoney', tab: 'expenses' } : { page: from })}
    >
      <VoucherPaper voucher={voucher} settings={settings} />
    </PrintableCard>
  );
}
