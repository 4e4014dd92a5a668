import { Alert, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { formValuesToProfile, type MemberFormValues } from './member-form-values';
import { MemberFormFields } from './MemberFormFields';

export function RegisterMemberPage({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MemberFormValues>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: MemberFormValues) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['members.register'](formValuesToProfile(values));
    setBusy(false);
    if (result.ok) return navigate({ page: 'member', memberId: result.value.id });
    if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
  }

  return (
    <Card title={t('ui.members.register')}>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ appliedOn: todayIso(), approvedOn: todayIso(), beneficiaries: [] }}>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
        <MemberFormFields />
        <Space style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="member-submit">
            {t('ui.common.save')}
          </Button>
          <Button onClick={() => navigate({ page: 'members' })}>{t('ui.common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
