import { Alert, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { formValuesToApplicant, type ApplicantFormValues } from '../members/member-form-values';
import { MemberFormFields } from '../members/MemberFormFields';
import { useFundAddressDefaults, useFundProfile } from '../members/use-fund-profile';
import { useTitleDoubts } from '../members/use-title-doubts';

/** An application (ใบสมัครสมาชิก) recorded before the committee meets: the member form without the approval. */
export function ApplyPage({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicantFormValues>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const fund = useFundProfile();
  const isTitleConfirmed = useTitleDoubts();

  useFundAddressDefaults(form, fund);

  async function submit(values: ApplicantFormValues) {
    if (!(await isTitleConfirmed(values))) return;
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['applications.add'](formValuesToApplicant(values));
    setBusy(false);
    if (result.ok) return navigate({ page: 'application', applicationId: result.value.id });
    if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
  }

  return (
    <Card title={t('ui.applicants.add')} extra={<Button onClick={() => navigate({ page: 'applicants' })}>{t('ui.common.back')}</Button>}>
      <Form<ApplicantFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ appliedOn: todayIso(), beneficiaries: [] }}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
        <MemberFormFields subdistrictCode={fund?.subdistrictCode} approval="none" />
        <Space style={{ marginTop: 24 }}>
          <WriteAction>
            <Button type="primary" size="large" htmlType="submit" loading={isBusy} data-testid="application-submit">
              {t('ui.applicants.save')}
            </Button>
          </WriteAction>
        </Space>
      </Form>
    </Card>
  );
}
