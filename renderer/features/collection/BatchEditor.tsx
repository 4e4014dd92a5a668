import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionBatch } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { ExportButtons } from '../../components/ExportButtons';
import { BatchEntry } from './BatchEntry';
import { BatchLinesTable } from './BatchLinesTable';
import { PostBatchButton } from './PostBatchButton';
import { receiptRangeLabel } from './receipt-range-label';

type Props = { batchId: number; onBack: () => void; navigate: Navigate };

/**
 * A collection day: lines typed at keyboard speed and saved one by one (a dead laptop loses nothing), posted
 * once with the day's figures asked for, then its receipts printed one after another and its day sheet made
 * for the committee.
 */
export function BatchEditor({ batchId, onBack, navigate }: Props) {
  const { t, i18n } = useTranslation();
  const [batch, setBatch] = useState<CollectionBatch>();
  const [problem, setProblem] = useState<string>();
  const [duplicateMemberId, setDuplicateMemberId] = useState<number>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['collection.getBatch']({ batchId });
    if (result.ok) setBatch(result.value);
    else setProblem(localized(result.error.message));
  }, [batchId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function removeLine(lineId: number) {
    const result = await api.fund['collection.removeLine']({ batchId, lineId });
    if (result.ok) setBatch(result.value);
    else setProblem(localized(result.error.message));
  }

  if (!batch) return problem ? <Alert type="error" showIcon title={problem} /> : null;
  const isDraft = batch.state === 'draft';
  return (
    <Card
      title={t('ui.collection.batchTitle', { date: formatDate(batch.collectedOn, language, 'long') })}
      extra={
        <Button onClick={onBack} data-testid="batch-back">
          {t('ui.common.back')}
        </Button>
      }
    >
      <Space size={40} style={{ marginBottom: 16 }} wrap>
        <Statistic title={t('ui.collection.lines')} value={batch.lines.length} data-testid="batch-count" />
        <Statistic title={t('ui.collection.total')} value={formatBaht(batch.totalSatang)} data-testid="batch-total" />
        <Statistic title={t('ui.collection.collector')} value={batch.collector || '—'} />
        <Tag color={isDraft ? 'gold' : 'green'}>{t(`ui.collection.states.${batch.state}`)}</Tag>
        {batch.receiptRange && (
          <Statistic title={t('ui.collection.receipts')} value={receiptRangeLabel(batch.receiptRange, t)} data-testid="batch-receipts" />
        )}
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="batch-problem" />}
      {isDraft && <BatchEntry batch={batch} onSaved={setBatch} onProblem={setProblem} onDuplicate={setDuplicateMemberId} />}
      <BatchLinesTable
        batch={batch}
        duplicateMemberId={isDraft ? duplicateMemberId : undefined}
        onRemove={(lineId) => void removeLine(lineId)}
        navigate={navigate}
      />
      {isDraft && <PostBatchButton batch={batch} onPosted={setBatch} onProblem={setProblem} />}
      {!isDraft && (
        <Space style={{ marginTop: 16 }} wrap size="middle">
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => navigate({ page: 'batchReceipts', batchId: batch.id })}
            data-testid="batch-print-receipts"
          >
            {t('ui.collection.printReceipts', { count: batch.lines.length })}
          </Button>
          <Typography.Text>{t('ui.collection.daySheet')}</Typography.Text>
          <ExportButtons method="exports.collectionDay" input={{ batchId: batch.id }} testId="batch-day-sheet" />
          <Button onClick={() => navigate({ page: 'cashbook' })} data-testid="batch-to-cash-book">
            {t('ui.collection.toCashBook')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
