import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionBatch, Receipt } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { PrintableCard } from '../../components/PrintableCard';
import { PageSize } from '../../components/print/PageSize';
import { usePrintSettings } from '../../components/print/use-print-settings';
import { ReceiptPaper } from '../contributions/ReceiptPaper';

/**
 * Every receipt of a posted collection day, in number order, printed one after another: one to a sheet of the
 * fund's receipt paper (A4 or A5), or two to an A4 sheet. A browser print, like a single receipt's: the treasurer
 * prints them on her own printer, and the print dialog also saves them as one PDF.
 */
export function BatchReceiptsPage({ batchId, navigate }: { batchId: number; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const settings = usePrintSettings();
  const [batch, setBatch] = useState<CollectionBatch>();
  const [receipts, setReceipts] = useState<Receipt[]>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void api.fund['collection.getBatch']({ batchId }).then((result) => result.ok && setBatch(result.value));
    void api.fund['collection.receipts']({ batchId }).then((result) =>
      result.ok ? setReceipts(result.value) : setProblem(localized(result.error.message)),
    );
  }, [batchId]);
  if (problem) return <Alert type="error" showIcon title={problem} />;
  if (!batch || !receipts || !settings) return <Spin />;
  const paper = settings.receiptPaper;
  return (
    <PrintableCard
      title={t('ui.collection.receiptsTitle', { date: formatDate(batch.collectedOn, language, 'long'), count: receipts.length })}
      printTestId="print-receipts"
      onBack={() => navigate({ page: 'collection', batchId })}
      backTestId="batch-receipts-back"
    >
      {paper === 'a5' && <PageSize size="A5 portrait" margin="10mm" />}
      <div className={paper === 'a4-two' ? 'receipt-sheets receipts-two-per-sheet' : 'receipt-sheets'} data-testid="receipt-sheets">
        {receipts.map((receipt) => (
          <div key={receipt.id} className={paper === 'a5' ? 'receipt-sheet paper-a5' : 'receipt-sheet'}>
            <ReceiptPaper receipt={receipt} settings={settings} />
          </div>
        ))}
      </div>
    </PrintableCard>
  );
}
