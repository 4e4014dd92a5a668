import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, StatusEvent, VoidedStatusEvent } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { footerSayingWhy } from '../../components/WhyDisabled';
import { WriteAction } from '../../app/fund-access';
import { lapseReasons, type LapseReason } from '../../../shared/domain/members/lapses';
import { ResolutionPicker } from '../meetings/ResolutionPicker';

type Values = {
  kind: 'resigned' | 'deceased' | 'lapsed' | 'reinstated';
  effectiveOn: string;
  reason?: string;
  meetingRef?: string;
  resolutionId?: number | null;
  lapseReason?: LapseReason;
};

/** What a lapse and a reinstatement rest on: the committee's resolution of that kind. */
const resolutionKinds = { lapsed: 'lapse-decision', reinstated: 'member-approval' } as const;

/**
 * Dated status events (Decisions 6 and 8): a lapse rests on the committee's decision (its resolution and its
 * reason), a reinstatement on the approval of the member's return; the latest can be voided if recorded in error.
 */
export function StatusPanel({ member, onChanged }: { member: MemberDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [voiding, setVoiding] = useState<StatusEvent>();
  const [voidReason, setVoidReason] = useState('');
  const [voidProblem, setVoidProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  async function submit(values: Values) {
    setProblem(undefined);
    const result = await api.fund['members.recordStatus']({
      memberId: member.id,
      ...values,
      resolutionId: values.resolutionId ?? null,
      lapseReason: values.lapseReason ?? null,
    });
    if (result.ok) {
      form.resetFields();
      return onChanged();
    }
    if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
  }

  async function voidLatest() {
    if (!voiding) return;
    const result = await api.fund['members.voidStatus']({ memberId: member.id, eventId: voiding.id, reason: voidReason });
    if (!result.ok) return setVoidProblem(localized(result.error.message));
    setVoiding(undefined);
    setVoidReason('');
    setVoidProblem(undefined);
    onChanged();
  }

  type Row = (StatusEvent | { id: number; kind: 'active'; effectiveOn: string; reason: string; meetingRef: string }) & {
    voided?: VoidedStatusEvent;
  };
  const latest = member.statusEvents[member.statusEvents.length - 1];
  // Voided events stay in the list, struck through with why: the history is never lost.
  const events: Row[] = [
    { id: 0, kind: 'active', effectiveOn: member.approvedOn, reason: '', meetingRef: member.approvalRef },
    ...member.statusEvents,
    ...member.voidedStatusEvents.map((event) => ({ ...event, voided: event })),
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
          {
            title: '',
            key: 'void',
            render: (_value, row) =>
              row.voided ? (
                <Tag color="red">
                  {t('ui.statusVoid.voided', { date: formatDate(row.voided.voidedOn, language), reason: row.voided.voidReason })}
                </Tag>
              ) : latest && row.id === latest.id && !member.void ? (
                <WriteAction>
                  <Button size="small" danger type="text" onClick={() => setVoiding(latest)} data-testid="status-void">
                    {t('ui.statusVoid.button')}
                  </Button>
                </WriteAction>
              ) : null,
          },
        ]}
        onRow={(row) => (row.voided ? { style: { textDecoration: 'line-through', color: '#999' } } : {})}
      />
      {voiding && (
        <Modal
          open
          title={t('ui.statusVoid.title', { status: t(`statuses.${voiding.kind}`), date: formatDate(voiding.effectiveOn, language) })}
          onCancel={() => setVoiding(undefined)}
          onOk={() => void voidLatest()}
          okButtonProps={{ danger: true, disabled: voidReason.trim() === '', 'data-testid': 'status-void-confirm' }}
          footer={footerSayingWhy(voidReason.trim() === '' ? t('ui.whyDisabled.fieldFirst', { field: t('fields.reason') }) : undefined)}
        >
          <Alert type="warning" showIcon title={t('ui.statusVoid.explain')} style={{ marginBottom: 12 }} />
          <Input
            value={voidReason}
            onChange={(event) => setVoidReason(event.target.value)}
            placeholder={t('fields.reason')}
            data-testid="status-void-reason"
          />
          {voidProblem && <Alert type="error" showIcon title={voidProblem} style={{ marginTop: 12 }} data-testid="status-void-problem" />}
        </Modal>
      )}
      {member.status !== 'deceased' && !member.void && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 16 }}
          initialValues={{ effectiveOn: todayIso() }}
          onFinish={(values) => void submit(values)}
        >
          {problem && <Alert type="error" showIcon title={problem} style={{ width: '100%', marginBottom: 8 }} />}
          <Form.Item name="kind" rules={[{ required: true, message: t('ui.form.required') }]}>
            <Select
              data-testid="status-kind"
              style={{ width: 200 }}
              placeholder={t('fields.kind')}
              options={(member.status === 'active'
                ? (['resigned', 'lapsed', 'deceased'] as const)
                : (['reinstated', 'deceased'] as const)
              ).map((kind) => ({ value: kind, label: t(`statuses.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="effectiveOn" rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}>
            <BuddhistDateInput data-testid="status-date" />
          </Form.Item>
          <Form.Item name="reason">
            <Input placeholder={t('fields.reason')} data-testid="status-reason" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(before: Values, after: Values) => before.kind !== after.kind}>
            {() => {
              const kind = form.getFieldValue('kind') as Values['kind'] | undefined;
              if (kind !== 'lapsed' && kind !== 'reinstated') return null;
              return (
                <>
                  {kind === 'lapsed' && (
                    <Form.Item name="lapseReason" rules={[{ required: true, message: t('ui.form.required') }]}>
                      <Select
                        data-testid="status-lapse-reason"
                        style={{ width: 200 }}
                        placeholder={t('fields.lapseReason')}
                        options={lapseReasons.map((value) => ({ value, label: t(`ui.lapses.reasons.${value}`) }))}
                      />
                    </Form.Item>
                  )}
                  <Form.Item name="resolutionId" style={{ minWidth: 320 }}>
                    <ResolutionPicker key={kind} targetKind={resolutionKinds[kind]} data-testid="status-resolution" />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
          <Form.Item name="meetingRef">
            <Input placeholder={t('ui.lapses.meetingInWords')} data-testid="status-meeting-ref" />
          </Form.Item>
          <Space>
            <WriteAction>
              <Button htmlType="submit" data-testid="status-submit">
                {t('ui.members.recordStatus')}
              </Button>
            </WriteAction>
          </Space>
        </Form>
      )}
    </>
  );
}
