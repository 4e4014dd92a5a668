import { Card, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../../shared/api/app-contract';
import type { RestoreCandidates, RestoreGap, RestoreOutcome } from '../../../shared/api/restore-types';
import { api, setOpenFund } from '../../api/client';
import { RestoreChooser } from './RestoreChooser';
import { RestoreGapPaper } from './RestoreGapPaper';

/**
 * "Restore" in the fund menu (issue 15 item 3): the gap of the latest restore, to print and enter again, above the
 * fund's backups to restore from. A restore closes the fund and opens the restored file under a new handle: the
 * page moves the whole app over to it.
 */
export function RestorePage({ fund, onFundChanged }: { fund: OpenedFund; onFundChanged: (fund: OpenedFund) => void }) {
  const { t } = useTranslation();
  const [candidates, setCandidates] = useState<RestoreCandidates>();
  const [gap, setGap] = useState<RestoreGap | null>();

  const loadCandidates = useCallback(() => {
    void api.app['backups.find']({ location: fund.location }).then((result) => result.ok && setCandidates(result.value));
  }, [fund.location]);

  useEffect(() => {
    loadCandidates();
    void api.fund['backups.gap']({}).then((result) => setGap(result.ok ? result.value : null));
  }, [loadCandidates]);

  function restored(outcome: RestoreOutcome) {
    setOpenFund(outcome.fund.handle);
    onFundChanged(outcome.fund);
    setGap(outcome.gap);
    loadCandidates();
  }

  return (
    <div className="restore-page">
      {gap && <RestoreGapPaper gap={gap} fundName={fund.profile.name} />}
      <Card className="no-print" title={t('ui.restore.title')} style={{ marginTop: gap ? 24 : 0 }}>
        {candidates ? <RestoreChooser target={candidates.target} backups={candidates.backups} onRestored={restored} /> : <Spin />}
      </Card>
    </div>
  );
}
