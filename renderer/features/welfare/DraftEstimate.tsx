import { Alert, Button, Descriptions, Progress, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareWhatIf } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import type { versionFrom } from './rule-form-values';
import { WhyDisabled } from '../../components/WhyDisabled';

type Props = {
  typeId: number;
  /** The proposal as typed so far, or undefined when the form does not check out yet. */
  draft: () => Promise<ReturnType<typeof versionFrom> | undefined>;
};

type Estimate = { current: WelfareWhatIf; proposed: WelfareWhatIf };

/**
 * Before adopting an amendment, what would it cost if every member claimed once today — under the rule in force
 * and under the proposal? Two what-if jobs, nothing written (issue 3: the committee changes the numbers knowingly).
 */
export function DraftEstimate({ typeId, draft }: Props) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number>();
  const [estimate, setEstimate] = useState<Estimate>();
  const [problem, setProblem] = useState<string>();

  async function run() {
    const proposal = await draft();
    if (!proposal) return;
    setEstimate(undefined);
    setProblem(undefined);
    const recipient = proposal.recipients.includes('member') ? 'member' : 'beneficiary';
    const base = { typeId, eventDate: todayIso(), recipient, units: proposal.amount.kind === 'per-unit' ? 1 : null };
    const track = (offset: number) => (status: { done: number; total: number }) =>
      setProgress(offset + (status.total ? Math.round((50 * status.done) / status.total) : 0));
    setProgress(0);
    const current = await runJob<WelfareWhatIf>('welfare.whatIf', base, track(0));
    const proposed = current.ok ? await runJob<WelfareWhatIf>('welfare.whatIf', { ...base, draft: proposal }, track(50)) : current;
    setProgress(undefined);
    if (!current.ok) return setProblem(localized(current.error.message));
    if (!proposed.ok) return setProblem(localized(proposed.error.message));
    setEstimate({ current: current.value, proposed: proposed.value });
  }

  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
      <WhyDisabled reason={progress !== undefined ? t('ui.whyDisabled.working') : undefined}>
        <Button onClick={() => void run()} disabled={progress !== undefined} data-testid="rule-estimate">
          {t('ui.whatIf.estimateDraft')}
        </Button>
      </WhyDisabled>
      {progress !== undefined && <Progress percent={progress} status="active" />}
      {problem && <Alert type="error" showIcon title={problem} />}
      {estimate && (
        <Descriptions size="small" bordered column={2} data-testid="rule-estimate-result">
          <Descriptions.Item label={t('ui.whatIf.inForce')}>
            {t('ui.whatIf.summary', { eligible: estimate.current.eligible, total: formatBaht(estimate.current.totalSatang) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('ui.whatIf.proposed')}>
            {t('ui.whatIf.summary', { eligible: estimate.proposed.eligible, total: formatBaht(estimate.proposed.totalSatang) })}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Space>
  );
}
