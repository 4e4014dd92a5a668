import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow } from '../../../shared/api/application-types';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import type { Meeting } from '../../../shared/api/meeting-types';
import {
  resolutionDecisions,
  resolutionTargetKinds,
  type ResolutionDecision,
  type ResolutionTargetKind,
} from '../../../shared/domain/meetings/meetings';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { meetingTitle } from './meeting-labels';
import { linesOf } from './meeting-lines';

/** A seat holder carries her seat and member (hidden): the quorum of a committee meeting counts the seats present. */
type AttendeeValues = { name?: string; role?: string; isPresent?: boolean; memberId?: number | null; seatId?: number | null };
type ResolutionValues = { text?: string; decision?: ResolutionDecision; targetKind?: ResolutionTargetKind; targetId?: number | null };
type Values = { attendees: AttendeeValues[]; agenda?: string; resolutions: ResolutionValues[]; minutes?: string };

/** How many claims the resolution's claim list offers, the latest first. */
const claimsOffered = 200;

/**
 * A committee meeting's attendance starts with the seats holding office on its day, each present until unticked;
 * another meeting starts with one blank line.
 */
function firstAttendees(meeting: Meeting, t: (key: string) => string): AttendeeValues[] {
  if (meeting.seats.length === 0) return [{ isPresent: true }];
  return meeting.seats.map((seat) => ({
    name: seat.name,
    role: t(`committee.positions.${seat.position}`),
    isPresent: true,
    memberId: seat.memberId,
    seatId: seat.seatId,
  }));
}

/**
 * What happened at a meeting whose date has come: who was invited and who came, the agenda as held, the
 * resolutions (each with what it decides: a claim picked from the list, or another record by its number) and
 * the minutes. Recorded once; the backend refuses it before the meeting's date, naming the field.
 */
export function RecordMeetingModal({ meeting, onClose, onDone }: { meeting: Meeting; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [claims, setClaims] = useState<WelfareClaim[]>([]);
  // An admission names the application it decides: those still waiting are offered (issue 17).
  const [applicants, setApplicants] = useState<ApplicationRow[]>([]);
  useEffect(() => {
    void api.fund['welfare.claims']({ limit: claimsOffered }).then((result) => result.ok && setClaims(result.value.rows));
    void api.fund['applications.list']({ state: 'waiting', limit: claimsOffered }).then(
      (result) => result.ok && setApplicants(result.value.rows),
    );
  }, []);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['meetings.record']({
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      attendees: (values.attendees ?? []).map((attendee) => ({
        name: attendee.name ?? '',
        role: attendee.role ?? '',
        isPresent: attendee.isPresent ?? false,
        memberId: attendee.memberId ?? null,
        seatId: attendee.seatId ?? null,
      })),
      agenda: linesOf(values.agenda),
      resolutions: (values.resolutions ?? []).map((resolution) => ({
        text: resolution.text ?? '',
        decision: resolution.decision ?? 'approved',
        target: { kind: resolution.targetKind ?? 'other', id: resolution.targetKind === 'other' ? null : (resolution.targetId ?? null) },
      })),
      minutes: values.minutes ?? '',
    });
    setBusy(false);
    if (!result.ok) {
      // A refusal about the whole list (its date, the quorum) is shown above the form as well as on its field.
      const field = (result.error.field ?? '').replace(/\.target$/, '.targetId');
      showErrorOnForm(form, { ...result.error, field });
      setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      width={900}
      title={t('ui.meetings.recordTitle', { meeting: meetingTitle(t, meeting) })}
      okText={t('ui.meetings.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'meeting-record-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="meeting-record-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ attendees: firstAttendees(meeting, t), agenda: meeting.agenda.join('\n'), resolutions: [] }}
        onFinish={(values) => void submit(values)}
      >
        <Typography.Title level={5}>{t('fields.attendees')}</Typography.Title>
        {meeting.seats.length > 0 && (
          <Typography.Paragraph type="secondary" data-testid="attendance-from-seats">
            {t('ui.meetings.fromSeats', { count: meeting.seats.length, needed: Math.floor(meeting.seats.length / 2) + 1 })}
          </Typography.Paragraph>
        )}
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}>
                    <Input placeholder={t('ui.meetings.personName')} style={{ width: 300 }} data-testid={`attendee-name-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']}>
                    <Input placeholder={t('fields.role')} style={{ width: 200 }} data-testid={`attendee-role-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'isPresent']} valuePropName="checked">
                    <Checkbox data-testid={`attendee-present-${index}`}>{t('ui.meetings.present')}</Checkbox>
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('ui.meetings.remove')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ isPresent: true })}
                data-testid="attendee-add"
                style={{ marginBottom: 16 }}
              >
                {t('ui.meetings.addAttendee')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="agenda" label={t('fields.agenda')} extra={t('ui.meetings.oneItemALine')}>
          <Input.TextArea rows={3} data-testid="record-agenda" />
        </Form.Item>
        <Typography.Title level={5}>{t('fields.resolutions')}</Typography.Title>
        <Form.List name="resolutions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} style={{ border: '1px solid #eee', padding: 8, marginBottom: 8 }} data-testid={`resolution-${index}`}>
                  <Space align="baseline" style={{ display: 'flex' }}>
                    <Typography.Text strong>{t('ui.meetings.resolutionNo', { resolutionNo: index + 1 })}</Typography.Text>
                    <Form.Item name={[field.name, 'decision']} initialValue="approved">
                      <Select
                        style={{ width: 130 }}
                        data-testid={`resolution-decision-${index}`}
                        options={resolutionDecisions.map((value) => ({ value, label: t(`ui.meetings.decisions.${value}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'targetKind']} initialValue="other">
                      <Select
                        style={{ width: 180 }}
                        data-testid={`resolution-kind-${index}`}
                        options={resolutionTargetKinds.map((value) => ({ value, label: t(`ui.meetings.targets.${value}`) }))}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const kind = form.getFieldValue(['resolutions', field.name, 'targetKind']) as ResolutionTargetKind | undefined;
                        if (kind === 'other' || kind === undefined) return null;
                        return (
                          <Form.Item name={[field.name, 'targetId']}>
                            {kind === 'claim-decision' ? (
                              <Select<number>
                                showSearch
                                style={{ width: 300 }}
                                placeholder={t('ui.meetings.pickClaim')}
                                data-testid={`resolution-claim-${index}`}
                                options={claims.map((claim) => ({
                                  value: claim.id,
                                  label: `${claim.claimNo} ${claim.member.name} · ${claim.typeName.th}`,
                                }))}
                              />
                            ) : kind === 'member-approval' ? (
                              <Select<number>
                                showSearch
                                allowClear
                                style={{ width: 300 }}
                                placeholder={t('ui.meetings.pickApplicant')}
                                data-testid={`resolution-applicant-${index}`}
                                options={applicants.map((applicant) => ({ value: applicant.id, label: applicant.fullName }))}
                              />
                            ) : (
                              <InputNumber min={1} placeholder={t('ui.meetings.recordId')} data-testid={`resolution-target-${index}`} />
                            )}
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t('ui.meetings.remove')}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                  <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}>
                    <Input.TextArea rows={2} placeholder={t('ui.meetings.resolutionText')} data-testid={`resolution-text-${index}`} />
                  </Form.Item>
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="resolution-add" style={{ marginBottom: 16 }}>
                {t('ui.meetings.addResolution')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="minutes" label={t('fields.minutes')}>
          <Input.TextArea rows={5} data-testid="record-minutes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
