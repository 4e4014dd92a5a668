import { Button, Modal, Progress } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionBatch } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';
import { newRequestId } from '../../components/today';
import { WhyDisabled } from '../../components/WhyDisabled';
import { useReadOnlyReason } from '../../app/fund-access';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';

type Props = { batch: CollectionBatch; onPosted: (batch: CollectionBatch) => void; onProblem: (problem: string | undefined) => void };

/**
 * Posting a collection day asks once, with the day's figures (lines, members, months, the total in figures and
 * in Thai words), then runs as a job with a progress bar that issues every receipt in one transaction.
 */
export function PostBatchButton({ batch, onPosted, onProblem }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [isAsking, setAsking] = useState(false);
  const [progress, setProgress] = useState<number>();
  const [accountCode, setAccountCode] = useState<string>();
  // One id per batch posting: pressing Post again after a lost answer never posts twice.
  const postRequest = useRef(newRequestId());
  const members = new Set(batch.lines.map((line) => line.memberId)).size;
  const months = batch.lines.reduce((sum, line) => sum + line.monthCount, 0);
  const readOnly = useReadOnlyReason();

  async function post() {
    setAsking(false);
    onProblem(undefined);
    setProgress(0);
    const result = await runJob<CollectionBatch>(
      'collection.post',
      { batchId: batch.id, requestId: postRequest.current, accountCode: accountCode ?? '' },
      (status) => setProgress(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    setProgress(undefined);
    if (!result.ok) return onProblem(localized(result.error.message));
    onPosted(result.value);
  }

  return (
    <div style={{ marginTop: 16 }}>
      {progress !== undefined && <Progress percent={progress} status="active" data-testid="batch-progress" />}
      <WhyDisabled
        reason={
          readOnly !== undefined
            ? t('ui.readOnly.why', { reason: readOnly })
            : progress !== undefined
              ? t('ui.whyDisabled.working')
              : batch.lines.length === 0
                ? t('ui.whyDisabled.noLines')
                : undefined
        }
      >
        <Button
          type="primary"
          size="large"
          disabled={batch.lines.length === 0 || progress !== undefined || readOnly !== undefined}
          onClick={() => setAsking(true)}
          data-testid="batch-post"
        >
          {t('ui.collection.post', { count: batch.lines.length })}
        </Button>
      </WhyDisabled>
      <Modal
        open={isAsking}
        title={t('ui.collection.postTitle', { date: formatDate(batch.collectedOn, language, 'long') })}
        okText={t('ui.collection.post', { count: batch.lines.length })}
        cancelText={t('ui.common.back')}
        okButtonProps={{ 'data-testid': 'batch-post-ok', disabled: accountCode === undefined }}
        onOk={() => void post()}
        onCancel={() => setAsking(false)}
      >
        <div data-testid="batch-post-summary">
          <p style={{ fontSize: 16 }}>{t('ui.collection.postSummary', { lines: batch.lines.length, members, months })}</p>
          <p style={{ fontSize: 18 }}>
            <strong>{t('ui.collection.postTotal', { amount: formatBaht(batch.totalSatang), words: bahtText(batch.totalSatang) })}</strong>
          </p>
          <p>{t('ui.collection.postExplain')}</p>
          <p style={{ marginBottom: 4 }}>{t('ui.money.into')}</p>
          <MoneyAccountSelect value={accountCode} onChange={setAccountCode} data-testid="batch-post-account" />
        </div>
      </Modal>
    </div>
  );
}
