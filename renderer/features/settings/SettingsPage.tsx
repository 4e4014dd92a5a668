import { Alert, App as AntApp, Button, Card, Col, Form, Row } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundProfile } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { FundProfileFields, type FundProfileFormValues } from '../funds/fund-profile-fields';
import { BankAccountsCard } from './BankAccountsCard';
import { DuesSettingsCard } from './DuesSettingsCard';
import { OpeningBalancesCard } from './OpeningBalancesCard';
import { PeriodLockCard } from './PeriodLockCard';
import { PlanRatesCard } from './PlanRatesCard';
import { PrintSettingsCard } from './PrintSettingsCard';
import { CommitteeSettingsCard } from './CommitteeSettingsCard';
import { ApprovalCitationsCard } from './ApprovalCitationsCard';
import { SyncIdentityCard } from './SyncIdentityCard';
import { WelfareSettingsCard } from './WelfareSettingsCard';
import { WhyDisabled } from '../../components/WhyDisabled';
import { AdminCostCard } from './AdminCostCard';
import { LapseSettingsCard } from './LapseSettingsCard';
import { AmountCeilingsCard } from './AmountCeilingsCard';
import { WriteAction } from '../../app/fund-access';
import { VillagesCard } from '../villages/VillagesCard';

/** The fund's profile (saved with a version check, so two windows never overwrite each other) and its plan. */
export function SettingsPage({ onFundChanged }: { onFundChanged: (profile: FundProfile) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [profile, setProfile] = useState<FundProfile>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const [accountsVersion, setAccountsVersion] = useState(0);
  // Opening balances change what each account holds: the accounts card reads them again.
  const [openingVersion, setOpeningVersion] = useState(0);
  const [form] = Form.useForm<FundProfileFormValues>();

  const reload = useCallback(async () => {
    const result = await api.fund['fund.get']({});
    if (!result.ok) return setProblem(localized(result.error.message));
    setProfile(result.value);
    // A provisional code is the app's own stand-in: the field stays empty until CODI's code is typed.
    form.setFieldsValue({ ...result.value, fundCode: result.value.isCodeProvisional ? '' : result.value.fundCode });
  }, [form]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function save(values: FundProfileFormValues) {
    if (!profile) return;
    setBusy(true);
    const { uuid: _uuid, version: _version, isCodeProvisional: _provisional, openedOn: _openedOn, ...current } = profile;
    const result = await api.fund['fund.update']({ expectedVersion: profile.version, profile: { ...current, ...values } });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { stripPrefix: 'profile.' })) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    setProfile(result.value);
    onFundChanged(result.value);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xxl={14}>
        <Card title={t('ui.settings.profile')}>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="settings-error" />}
          <Form<FundProfileFormValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
            <FundProfileFields withOpenedOn={false} />
            <WhyDisabled reason={profile ? undefined : t('ui.whyDisabled.loading')}>
              <WriteAction>
                <Button type="primary" size="large" htmlType="submit" loading={isBusy} disabled={!profile} data-testid="settings-save">
                  {t('ui.common.save')}
                </Button>
              </WriteAction>
            </WhyDisabled>
          </Form>
        </Card>
        <VillagesCard subdistrictCode={profile?.subdistrictCode} />
      </Col>
      <Col xs={24} xxl={10}>
        <PlanRatesCard />
        <DuesSettingsCard />
        <BankAccountsCard onChanged={() => setAccountsVersion((value) => value + 1)} version={openingVersion} />
        <OpeningBalancesCard accountsVersion={accountsVersion} onSaved={() => setOpeningVersion((value) => value + 1)} />
        <PeriodLockCard />
        <AdminCostCard />
        <LapseSettingsCard />
        <WelfareSettingsCard />
        <CommitteeSettingsCard />
        <ApprovalCitationsCard />
        <PrintSettingsCard />
        <AmountCeilingsCard />
        <SyncIdentityCard />
      </Col>
    </Row>
  );
}
