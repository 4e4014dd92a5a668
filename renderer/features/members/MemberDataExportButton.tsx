import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { deliverFile } from '../../api/files';
import { runJob } from '../../api/run-job';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';

/**
 * "Her data" on her request (PDPA s.30, s.31): the backend logs the export, then makes an A4 PDF in Thai with
 * the same data as JSON inside it, handed over like any other file (a download, or a save dialog).
 */
export function MemberDataExportButton({ memberId, onDone }: { memberId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [isRunning, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    const made = await runJob<ProducedFile>('exports.memberData', { memberId }, () => undefined);
    const delivered = made.ok ? await deliverFile(made.value) : made;
    setRunning(false);
    onDone();
    if (!delivered.ok) return void message.error(localized(delivered.error.message));
    void message.success(t('ui.exports.done', { location: delivered.value.location }));
  }

  return (
    <WriteAction>
      <Button icon={<SafetyCertificateOutlined />} loading={isRunning} onClick={() => void run()} data-testid="member-data-export">
        {t('ui.privacy.export')}
      </Button>
    </WriteAction>
  );
}
