import { profileOfMember } from '../../../shared/api/member-profile';
import { Alert, Button, Form, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { formValuesToProfile, profileToFormValues, type MemberFormValues } from './member-form-values';
import { MemberFormFields } from './MemberFormFields';
import { openingDuesAliases } from './opening-dues-aliases';
import { useFundProfile } from './use-fund-profile';
import { useTitleDoubts } from './use-title-doubts';

/** Edits keep every earlier version (the backend stores them); a stale version is refused, not overwritten. */
export function EditMemberForm({ member, onDone }: { member: MemberDetail; onDone: (isSaved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MemberFormValues>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const fund = useFundProfile();
  const isTitleConfirmed = useTitleDoubts();
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView({ block: 'center' });
  }, [problem]);

  async function submit(values: MemberFormValues) {
    if (!(await isTitleConfirmed(values))) return;
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['members.update']({
      memberId: member.id,
      expectedVersion: member.version,
      profile: formValuesToProfile(values, fund?.openedOn),
    });
    setBusy(false);
    if (result.ok) return onDone(true);
    if (!showErrorOnForm(form, result.error, { stripPrefix: 'profile.', aliases: openingDuesAliases(values) }))
      setProblem(localized(result.error.message));
  }

  return (
    <Form<MemberFormValues>
      form={form}
      layout="vertical"
      initialValues={profileToFormValues(profileOfMember(member))}
      onFinish={(values) => void submit(values)}
    >
      <div ref={problemRef}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="member-edit-error" />}
      </div>
      <MemberFormFields openedOn={fund?.openedOn} subdistrictCode={fund?.subdistrictCode} />
      <Space style={{ marginTop: 24 }}>
        <Button type="primary" size="large" htmlType="submit" loading={isBusy} data-testid="member-save">
          {t('ui.common.save')}
        </Button>
        <Button size="large" onClick={() => onDone(false)} data-testid="member-edit-cancel">
          {t('ui.common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
