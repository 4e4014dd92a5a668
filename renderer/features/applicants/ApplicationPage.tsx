import { Button, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/api/application-types';
import type { FundProfile } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { PrintableCard } from '../../components/PrintableCard';
import { ApplicationPaper } from './ApplicationPaper';
import { DecideApplicationModal } from './DecideApplicationModal';

/** One application: its form to print, and — while it waits — the committee's decision, citing its resolution. */
export function ApplicationPage({ applicationId, navigate }: { applicationId: number; navigate: Navigate }) {
  const { t } = useTranslation();
  const [application, setApplication] = useState<Application>();
  const [fund, setFund] = useState<FundProfile>();
  const [action, setAction] = useState<'approve' | 'refuse'>();
  useEffect(() => {
    void api.fund['applications.get']({ applicationId }).then((result) => result.ok && setApplication(result.value));
    void api.fund['fund.get']({}).then((result) => result.ok && setFund(result.value));
  }, [applicationId]);
  if (!application || !fund) return <Spin />;
  const memberId = application.decision?.memberId ?? null;
  return (
    <PrintableCard
      title={t('ui.applicants.screenTitle', { name: application.fullName })}
      printTestId="print-application"
      onBack={() => navigate({ page: 'applicants' })}
    >
      <Space className="no-print" style={{ marginBottom: 16 }}>
        {application.state === 'waiting' && (
          <>
            <WriteAction>
              <Button type="primary" onClick={() => setAction('approve')} data-testid="application-approve">
                {t('ui.applicants.approve')}
              </Button>
            </WriteAction>
            <WriteAction>
              <Button danger onClick={() => setAction('refuse')} data-testid="application-refuse">
                {t('ui.applicants.refuse')}
              </Button>
            </WriteAction>
          </>
        )}
        {memberId !== null && (
          <Button onClick={() => navigate({ page: 'member', memberId })} data-testid="application-member">
            {t('ui.applicants.openMember', { memberNo: application.memberNo })}
          </Button>
        )}
      </Space>
      <ApplicationPaper application={application} fund={fund} />
      {action && (
        <DecideApplicationModal
          application={application}
          action={action}
          onClose={() => setAction(undefined)}
          onDecided={(decided) => {
            setAction(undefined);
            setApplication(decided);
          }}
        />
      )}
    </PrintableCard>
  );
}
