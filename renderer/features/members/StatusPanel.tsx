import { Alert, Button, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, StatusEvent } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';

type Values = { kind: 'resigned' | 'deceased' | 'lapsed' | 'reinstated'; effectiveOn: string; reason?: string; meetingRef?: string };

/** Dated status events (Decisions 6 and 8): a lapse needs the meeting that decided it. */
export function StatusPanel({ member, onChanged }: { member: MemberDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  async function submit(values: Values) {
    setProblem(undefined);
    const result = await api.fund['members.recordStatus']({ memberId: member.id, ...values });
    if (result.ok) {
      form.resetFields();
      return onChanged();
    }
    if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
  }

  const events: (StatusEvent | { id: number; kind: 'active'; effectiveOn: string; reason: string; meetingRef: string })[] = [
    { id: 0, kind: 'active', effectiveOn: member.approvedOn, reason: '', meetingRef: member.approvalRef },
    ...member.statusEvents,
  ];
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={events}
        columns={[
          { title: t('fields.effectiveOn'), dataIndex: 'effectiveOn', render: (value: string) => formatDate(value, language) },
          { title: t('fields.status'), dataIndex: 'kind', render: (value: string) => t(`statuses.${value}`) },
          { title: t('fields.reason'), dataIndex: 'reason' },
          { title: t('fields.meetingRef'), dataIndex: 'meetingRef' },
        ]}
      />
      {member.status !== 'deceased' && (
        <Form form={form} layout="inline" style={{ marginTop: 16 }} initialValues={{ effectiveOn: todayIso() }} onFinish={(values) => void submit(values)}>
          {problem && <Alert type="error" showIcon title={problem} style={{ width: '100%', marginBottom: 8 }} />}
          <Form.Item name="kind" rules={[{ required: true, message: t('ui.form.required') }]}>
            <Select
              data-testid="status-kind"
              style={{ width: 200 }}
              placeholder={t('fields.kind')}
              options={(member.status === 'active' ? (['resigned', 'lapsed', 'deceased'] as const) : (['reinstated', 'deceased'] as const)).map((kind) => ({ value: kind, label: t(`statuses.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="effectiveOn" rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}>
            <BuddhistDateInput data-testid="status-date" />
          </Form.Item>
          <Form.Item name="reason">
            <Input placeholder={t('fields.reason')} data-testid="status-reason" />
          </Form.Item>
          <Form.Item name="meetingRef">
            <Input placeholder={t('fields.meetingRef')} data-testid="status-meeting-ref" />
          </Form.Item>
          <Space>
            <Button htmlType="submit" data-testid="status-submit">{t('ui.members.recordStatus')}</Button>
          </Space>
        </Form>
      )}
    </>
  );
}
