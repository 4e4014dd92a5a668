import { Alert, Button, Card, Form, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { formValuesToProfile, type MemberFormValues } from './member-form-values';
import { MemberFormFields } from './MemberFormFields';
import { openingDuesAliases } from './opening-dues-aliases';
import { useFundAddressDefaults, useFundProfile } from './use-fund-profile';
import { useTitleDoubts } from './use-title-doubts';
import { WriteAction } from '../../app/fund-access';

/** A new member (Decision 6): approved by a dated committee decision; the member number comes from the backend. */
export function RegisterMemberPage({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MemberFormValues>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const fund = useFundProfile();
  const isTitleConfirmed = useTitleDoubts();
  const problemRef = useRef<HTMLDivElement>(null);

  useFundAddressDefaults(form, fund);

  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView({ block: 'center' });
  }, [problem]);

  async function submit(values: MemberFormValues) {
    if (!(await isTitleConfirmed(values))) return;
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['members.register']({
      ...formValuesToProfile(values, fund?.openedOn),
      approvalResolutionId: values.approvalResolutionId ?? null,
    });
    setBusy(false);
    if (result.ok) return navigate({ page: 'member', memberId: result.value.id });
    if (!showErrorOnForm(form, result.error, { aliases: openingDuesAliases(values) })) setProblem(localized(result.error.message));
  }

  return (
    <Card title={t('ui.members.register')} extra={<Button onClick={() => navigate({ page: 'members' })}>{t('ui.common.back')}</Button>}>
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ appliedOn: todayIso(), approvedOn: todayIso(), beneficiaries: [] }}
      >
        <div ref={problemRef}>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
        </div>
        <MemberFormFields openedOn={fund?.openedOn} subdistrictCode={fund?.subdistrictCode} approval="citation" />
        <Space style={{ marginTop: 24 }}>
          <WriteAction>
            <Button type="primary" size="large" htmlType="submit" loading={isBusy} data-testid="member-submit">
              {t('ui.common.save')}
            </Button>
          </WriteAction>
          <Button size="large" onClick={() => navigate({ page: 'members' })}>
            {t('ui.common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
