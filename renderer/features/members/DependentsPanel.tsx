import { Alert, Button, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dependent, MemberDetail } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { WriteAction } from '../../app/fund-access';

type Values = {
  fullName: string;
  relationship: Dependent['relationship'];
  gender: Dependent['gender'];
  birthDate: string;
  citizenId?: string;
};
const relationships: Dependent['relationship'][] = ['child', 'spouse', 'parent', 'other'];

/** The member's dependents (Decision 12): people welfare may pay for, such as a newborn or a child at school. */
export function DependentsPanel({ member, onChanged }: { member: MemberDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const required = { required: true, message: t('ui.form.required') };

  async function submit(values: Values) {
    const result = await api.fund['members.addDependent']({
      memberId: member.id,
      ...values,
      ...(values.citizenId ? {} : { citizenId: undefined }),
    });
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    form.resetFields();
    onChanged();
  }

  return (
    <>
      <Table<Dependent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={member.dependents}
        data-testid="dependents"
        columns={[
          { title: t('fields.fullName'), dataIndex: 'fullName' },
          {
            title: t('fields.relationship'),
            dataIndex: 'relationship',
            render: (value: string) => t(`ui.dependents.relationships.${value}`),
          },
          { title: t('fields.gender'), dataIndex: 'gender', render: (value: string) => t(`ui.members.${value}`) },
          { title: t('fields.birthDate'), dataIndex: 'birthDate', render: (value: string) => formatDate(value, language) },
          { title: t('fields.citizenId'), dataIndex: 'citizenId', render: (value: string | null) => (value ? formatThaiId(value) : '—') },
        ]}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
      {!member.void && (
        <Form form={form} layout="inline" style={{ marginTop: 16, rowGap: 8 }} onFinish={(values) => void submit(values)}>
          <Form.Item name="fullName" rules={[required]}>
            <Input placeholder={t('fields.fullName')} data-testid="dependent-name" />
          </Form.Item>
          <Form.Item name="relationship" rules={[required]}>
            <Select
              style={{ width: 150 }}
              placeholder={t('fields.relationship')}
              options={relationships.map((value) => ({ value, label: t(`ui.dependents.relationships.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="gender" rules={[required]}>
            <Select
              style={{ width: 110 }}
              placeholder={t('fields.gender')}
              options={[
                { value: 'female', label: t('ui.members.female') },
                { value: 'male', label: t('ui.members.male') },
              ]}
            />
          </Form.Item>
          <Form.Item name="birthDate" rules={[required, isoDateRule(t('ui.form.badDate'))]}>
            <BuddhistDateInput placeholder={t('fields.birthDate')} />
          </Form.Item>
          <Form.Item name="citizenId">
            <Input placeholder={t('fields.citizenId')} maxLength={17} />
          </Form.Item>
          <WriteAction>
            <Button htmlType="submit" data-testid="dependent-add">
              {t('ui.dependents.add')}
            </Button>
          </WriteAction>
        </Form>
      )}
    </>
  );
}
