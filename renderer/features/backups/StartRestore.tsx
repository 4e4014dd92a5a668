import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectedBackup, RestoreCandidates, RestoreOutcome } from '../../../shared/api/restore-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { RestoreChooser } from './RestoreChooser';

/** What the start screen restores: a fund in its list (by location), or a backup file picked from a drive. */
export type StartRestoreRequest = { location: string } | { inspected: InspectedBackup; fileId: string };

/**
 * Restore from the start screen (issue 15 item 3): for a fund that will not open (a damaged file), one that is
 * closed, or a backup brought on a USB drive to a laptop that has no fund file yet. The restored fund then opens.
 */
export function StartRestore({
  request,
  onBack,
  onRestored,
}: {
  request: StartRestoreRequest;
  onBack: () => void;
  onRestored: (outcome: RestoreOutcome) => void;
}) {
  const { t } = useTranslation();
  const [candidates, setCandidates] = useState<RestoreCandidates>();
  const [problem, setProblem] = useState<string>();
  const location = 'location' in request ? request.location : undefined;

  useEffect(() => {
    if (location === undefined) return;
    void api.app['backups.find']({ location }).then((result) => {
      if (result.ok) setCandidates(result.value);
      else setProblem(localized(result.error.message));
    });
  }, [location]);

  const body =
    'inspected' in request ? (
      <RestoreChooser
        target={request.inspected.target}
        backups={[request.inspected.backup]}
        fileId={request.fileId}
        onRestored={onRestored}
      />
    ) : candidates ? (
      <RestoreChooser target={candidates.target} backups={candidates.backups} onRestored={onRestored} />
    ) : problem ? (
      <Alert type="error" showIcon title={problem} />
    ) : (
      <Spin />
    );
  return (
    <Card
      className="start-card"
      title={t('inspected' in request ? 'ui.restore.pickedTitle' : 'ui.restore.title')}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="restore-back">
          {t('ui.common.back')}
        </Button>
      }
    >
      {body}
    </Card>
  );
}
