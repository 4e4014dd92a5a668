import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Progress, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ProducedFile } from '../../shared/api/fund-types';
import { deliverFile } from '../api/files';
import { runJob } from '../api/run-job';
import { localized } from './api-errors';
import { WhyDisabled } from './WhyDisabled';

type ExportMethod =
  | 'exports.memberStatement'
  | 'exports.arrears'
  | 'exports.collectionDay'
  | 'exports.welfareReport'
  | 'exports.matchingEligibility'
  | 'exports.memberSummary'
  | 'exports.memberRegister'
  | 'exports.section10'
  | 'exports.receiptsPayments'
  | 'exports.monthlySheet'
  | 'exports.moneyBook'
  | 'exports.journal'
  | 'exports.trialBalance'
  | 'exports.accountLedger'
  | 'exports.statusForm'
  | 'exports.matchingProposal'
  | 'exports.meetingInvitation'
  | 'exports.meetingMinutes'
  | 'exports.committee'
  | 'exports.certification'
  | 'exports.lapseProposals'
  | 'exports.auditTrail';

/**
 * "A4 PDF" and "Excel" for a list or a statement: the backend makes the file as a job (its progress shown here,
 * the page usable meanwhile) and the transport hands it over — a download in web mode, a save dialog in the
 * desktop app. The page only asks for it.
 */
export function ExportButtons({
  method,
  input,
  testId,
  onDone,
}: {
  method: ExportMethod;
  input: Record<string, unknown>;
  testId: string;
  /** Called once the file is made, for a page whose data the export changed (a live assessment is kept). */
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [running, setRunning] = useState<ExportFormat>();
  const [percent, setPercent] = useState(0);

  async function run(format: ExportFormat) {
    setRunning(format);
    setPercent(0);
    const made = await runJob<ProducedFile>(method, { ...input, format }, (status) =>
      setPercent(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    const delivered = made.ok ? await deliverFile(made.value) : made;
    if (made.ok) onDone?.();
    setRunning(undefined);
    if (!delivered.ok) return void message.error(localized(delivered.error.message));
    void message.success(t('ui.exports.done', { location: delivered.value.location }));
  }

  return (
    <Space className="no-print" data-testid={testId}>
      <WhyDisabled reason={running === 'xlsx' ? t('ui.whyDisabled.exportRunning') : undefined}>
        <Button
          icon={<FilePdfOutlined />}
          loading={running === 'pdf'}
          disabled={running !== undefined}
          onClick={() => void run('pdf')}
          data-testid={`${testId}-pdf`}
        >
          {t('ui.exports.pdf')}
        </Button>
      </WhyDisabled>
      <WhyDisabled reason={running === 'pdf' ? t('ui.whyDisabled.exportRunning') : undefined}>
        <Button
          icon={<FileExcelOutlined />}
          loading={running === 'xlsx'}
          disabled={running !== undefined}
          onClick={() => void run('xlsx')}
          data-testid={`${testId}-xlsx`}
        >
          {t('ui.exports.excel')}
        </Button>
      </WhyDisabled>
      {running !== undefined && <Progress percent={percent} size="small" style={{ width: 120 }} status="active" />}
    </Space>
  );
}
