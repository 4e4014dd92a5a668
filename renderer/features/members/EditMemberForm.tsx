import { Alert, Button, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { formValuesToProfile, profileToFormValues, type MemberFormValues } from './member-form-values';
import { MemberFormFields } from './MemberFormFields';

/** Edits keep every earlier version (the backend stores them); a stale version is refused, not overwritten. */
export function EditMemberForm({ member, onDone }: { member: MemberDetail; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MemberFormValues>();
  const [problem, setProblem] = useState<string>();
  const { id: _id, uuid: _uuid, memberNo: _no, status: _status, statusSince: _since, version: _version, statusEvents: _events, spells: _spells, ...profile } = member;

  async function submit(values: MemberFormValues) {
    const result = await api.fund['members.update']({ memberId: member.id, expectedVersion: member.version, profile: formValuesToProfile(values) });
    if (result.ok) return onDone(true);
    if (!showErrorOnForm(form, result.error, 'profile.')) setProblem(localized(result.error.message));
  }

  return (
    <Form form={form} layout="vertical" initialValues={profileToFormValues(profile)} onFinish={(values) => void submit(values)}>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <MemberFormFields />
      <Space style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" data-testid="member-save">{t('ui.common.save')}</Button>
        <Button onClick={() => onDone(false)}>{t('ui.common.cancel')}</Button>
      </Space>
    </Form>
  );
}
