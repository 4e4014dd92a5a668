import { Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingList, MeetingSummary } from '../../../shared/api/meeting-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { ExportButtons } from '../../components/ExportButtons';
import { meetingTitle } from './meeting-labels';
import { PlanMeetingModal } from './PlanMeetingModal';
import { RecordMeetingModal } from './RecordMeetingModal';
import { ResolutionPicker, type PickedResolution } from './ResolutionPicker';

type Dialog = { kind: 'plan' } | { kind: 'record'; meeting: Meeting };

/**
 * การประชุม (issue 17 §2): the fund's meetings, planned and held, the latest first; planning one, recording one
 * once its date has come (attendance, agenda, resolutions, minutes), printing its invitation and minutes; the
 * quorum rule; and finding a resolution the way an approval's form will pick it.
 */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [list, setList] = useState<MeetingList>();
  const [offset, setOffset] = useState(0);
  const [dialog, setDialog] = useState<Dialog>();
  const [version, setVersion] = useState(0);
  const [quorum, setQuorum] = useState<number | null>(null);
  const [picked, setPicked] = useState<PickedResolution | null>(null);
  const pageSize = 20;
  const reload = useCallback(() => {
    void api.fund['meetings.list']({ offset, limit: pageSize }).then((result) => {
      if (!result.ok) return;
      setList(result.value);
      setQuorum(result.value.quorumRule);
    });
  }, [offset]);
  useEffect(reload, [reload, version]);
  const done = () => {
    setDialog(undefined);
    setVersion((value) => value + 1);
  };
  async function openRecord(meeting: MeetingSummary) {
    const result = await api.fund['meetings.get']({ meetingId: meeting.id });
    if (result.ok) setDialog({ kind: 'record', meeting: result.value });
  }
  async function saveQuorum() {
    const result = await api.fund['meetings.setQuorum']({ quorum });
    if (result.ok) setVersion((value) => value + 1);
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="meetings-page">
      <Card
        title={t('ui.meetings.title')}
        extra={
          <WriteAction>
            <Button type="primary" onClick={() => setDialog({ kind: 'plan' })} data-testid="meeting-plan">
              {t('ui.meetings.plan')}
            </Button>
          </WriteAction>
        }
      >
        <Table<MeetingSummary>
          data-testid="meetings-table"
          rowKey="id"
          size="middle"
          loading={!list}
          dataSource={list?.rows ?? []}
          locale={{ emptyText: t('ui.meetings.none') }}
          pagination={{
            current: offset / pageSize + 1,
            pageSize,
            total: list?.total ?? 0,
            onChange: (page) => setOffset((page - 1) * pageSize),
          }}
          expandable={{
            rowExpandable: (meeting) => meeting.resolutions.length > 0,
            expandedRowRender: (meeting) => (
              <ol data-testid={`meeting-resolutions-${meeting.id}`}>
                {meeting.resolutions.map((resolution) => (
                  <li key={resolution.id}>
                    {resolution.text} · <strong>{t(`ui.meetings.decisions.${resolution.decision}`)}</strong>
                    {resolution.targetKind !== 'other' &&
                      ` · ${t(`ui.meetings.targets.${resolution.targetKind}`)} ${resolution.targetLabel}`}
                  </li>
                ))}
              </ol>
            ),
          }}
          columns={[
            { title: t('ui.meetings.meeting'), key: 'name', render: (_value, meeting) => meetingTitle(t, meeting) },
            {
              title: t('fields.meetingOn'),
              key: 'on',
              width: 150,
              render: (_value, meeting) => `${formatDate(meeting.meetingOn, language)}${meeting.startsAt ? ` ${meeting.startsAt}` : ''}`,
            },
            { title: t('fields.place'), dataIndex: 'place', width: 180 },
            {
              title: t('fields.status'),
              key: 'state',
              width: 150,
              render: (_value, meeting) => (
                <Tag color={meeting.state === 'held' ? 'success' : 'processing'} data-testid={`meeting-state-${meeting.id}`}>
                  {meeting.state === 'held' ? t('ui.meetings.held', { count: meeting.resolutions.length }) : t('ui.meetings.planned')}
                </Tag>
              ),
            },
            {
              title: '',
              key: 'actions',
              width: 330,
              render: (_value, meeting) => (
                <Space orientation="vertical" size={4}>
                  {meeting.state === 'planned' && (
                    <WriteAction>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => void openRecord(meeting)}
                        data-testid={`meeting-record-${meeting.id}`}
                      >
                        {t('ui.meetings.record')}
                      </Button>
                    </WriteAction>
                  )}
                  <ExportButtons
                    method={meeting.state === 'held' ? 'exports.meetingMinutes' : 'exports.meetingInvitation'}
                    input={{ meetingId: meeting.id }}
                    testId={`meeting-print-${meeting.id}`}
                  />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('ui.meetings.quorumTitle')}>
        <Typography.Paragraph type="secondary">{t('ui.meetings.quorumHelp')}</Typography.Paragraph>
        <Space>
          <InputNumber<number>
            min={1}
            max={500}
            value={quorum}
            onChange={(value) => setQuorum(value ?? null)}
            placeholder={t('ui.meetings.quorumHalf')}
            style={{ width: 220 }}
            data-testid="meeting-quorum"
          />
          <WriteAction>
            <Button onClick={() => void saveQuorum()} data-testid="meeting-quorum-save">
              {t('ui.meetings.save')}
            </Button>
          </WriteAction>
        </Space>
      </Card>
      <Card title={t('ui.meetings.findTitle')}>
        <Typography.Paragraph type="secondary">{t('ui.meetings.findHelp')}</Typography.Paragraph>
        <div style={{ maxWidth: 640 }}>
          <ResolutionPicker
            key={version}
            value={picked?.resolution.id ?? null}
            onChange={(_id, value) => setPicked(value)}
            data-testid="resolution-picker"
          />
        </div>
        {picked && (
          <Typography.Paragraph style={{ marginTop: 12 }} data-testid="resolution-picked">
            {t('ui.meetings.pickedLine', {
              meeting: meetingTitle(t, picked.meeting),
              date: formatDate(picked.meeting.meetingOn, language),
              resolutionNo: picked.resolution.resolutionNo,
              decision: t(`ui.meetings.decisions.${picked.resolution.decision}`),
            })}
          </Typography.Paragraph>
        )}
      </Card>
      {dialog?.kind === 'plan' && <PlanMeetingModal onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'record' && <RecordMeetingModal meeting={dialog.meeting} onClose={() => setDialog(undefined)} onDone={done} />}
    </Space>
  );
}
