import { Button, Card, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/api/certification-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { CriterionLights } from '../certification/CriterionLights';

/**
 * The four certification lights as of today, leading to the self-assessment, and the way to the sync file for
 * CODI, said due when none went out within the months of the setting. Read on its own after the home figures
 * (never inside home.figures), so the landing page's numbers never wait for it.
 */
export function CertificationCard({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const [assessment, setAssessment] = useState<Assessment>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['certification.assess']({}).then((result) => {
      if (isCurrent && result.ok) setAssessment(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  // The sync file's part of criterion 1: the home page's way to the export (issue 18 §2).
  const syncPart = assessment?.criteria.flatMap((criterion) => criterion.parts).find((part) => part.key === 'sync-export');
  return (
    <Card
      size="small"
      title={t('ui.certification.homeTitle')}
      loading={!assessment}
      className="home-certification-card"
      data-testid="home-certification"
      extra={
        <Button type="link" size="small" onClick={() => navigate({ page: 'certification' })} data-testid="home-certification-open">
          {t('ui.certification.homeOpen')}
        </Button>
      }
    >
      {assessment && <CriterionLights criteria={assessment.criteria} compact />}
      {syncPart && (
        <div className="home-sync-line" data-testid="home-sync">
          <Typography.Text type={syncPart.status === 'pass' ? 'secondary' : 'warning'}>
            {syncPart.status === 'pass' ? t('ui.sync.homeSent') : t('ui.sync.homeDue')}
          </Typography.Text>
          <Button type="link" size="small" onClick={() => navigate({ page: 'sync' })} data-testid="home-sync-open">
            {t('ui.sync.homeOpen')}
          </Button>
        </div>
      )}
    </Card>
  );
}
