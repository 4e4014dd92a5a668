import { App as AntApp, Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api/meeting-types';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { meetingTitleOn } from './meeting-labels';

/**
 * A paper for the committee fills the agenda of the next planned committee meeting (issue 17 §2): when one is
 * planned, one click adds the items to its agenda. `messages` names the page's own words (ui.approvals, ui.lapses),
 * each with noPlannedMeeting, nextMeeting, toAgenda, agendaDone and agendaAdded. Off the printout.
 */
export function NextMeetingAgenda({ items, messages, testId }: { items: readonly string[]; messages: string; testId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [next, setNext] = useState<MeetingSummary | null>();
  const [added, setAdded] = useState(false);
  useEffect(() => {
    void api.fund['meetings.list']({ kind: 'committee', state: 'planned', limit: 500 }).then((result) => {
      if (!result.ok) return;
      const today = todayIso();
      const coming = result.value.rows.filter((meeting) => meeting.meetingOn >= today);
      // The list is the latest first: the next meeting is the last of those still to come.
      setNext(coming.at(-1) ?? null);
    });
  }, []);
  if (next === undefined || items.length === 0) return null;
  const language = i18n.language === 'en' ? 'en' : 'th';
  if (next === null)
    return <Alert className="no-print" type="info" showIcon title={t(`${messages}.noPlannedMeeting`)} style={{ marginBottom: 12 }} />;

  async function add(meeting: MeetingSummary) {
    const result = await api.fund['meetings.addAgenda']({ meetingId: meeting.id, expectedVersion: meeting.version, items: [...items] });
    if (!result.ok) return void message.error(localized(result.error.message));
    setAdded(true);
    void message.success(t(`${messages}.agendaAdded`, { count: items.length, meeting: meetingTitleOn(t, meeting, language) }));
  }

  return (
    <Alert
      className="no-print"
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={t(`${messages}.nextMeeting`, { meeting: meetingTitleOn(t, next, language) })}
      action={
        <WriteAction>
          <Button size="small" type="primary" disabled={added} onClick={() => void add(next)} data-testid={testId}>
            {added ? t(`${messages}.agendaDone`) : t(`${messages}.toAgenda`, { count: items.length })}
          </Button>
        </WriteAction>
      }
    />
  );
}
