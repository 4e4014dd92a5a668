import { Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/api/certification-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { CriterionLights } from '../certification/CriterionLights';

/**
 * The four certification lights as of today, leading to the self-assessment. Read on its own after the home
 * figures (never inside home.figures), so the landing page's numbers never wait for it.
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
    </Card>
  );
}
