import { App as AntApp, Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import type { MeetingSummary } from '../../../shared/api/meeting-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { meetingTitleOn } from '../meetings/meeting-labels';

/** One agenda item per waiting claim, as the committee reads it: number, kind, member, amount. */
function agendaItem(claim: WelfareClaim, th: (key: string, params?: Record<string, unknown>) => string): string {
  return th('ui.approvals.agendaItem', {
    claimNo: claim.claimNo,
    type: claim.typeName.th,
    member: `${claim.member.memberNo} ${claim.member.name}`,
    amount: claim.decision.eligible ? formatBaht(claim.amountSatang) : th('ui.welfare.notEligibleShort'),
  });
}

/**
 * The meeting paper fills the agenda of the next planned committee meeting (issue 17 §2): when one is planned,
 * one click adds each waiting claim as an item of its agenda. Off the printout.
 */
export function AgendaFromClaims({ claims }: { claims: readonly WelfareClaim[] }) {
  const { t, i18n } = useTranslation();
  const th = i18n.getFixedT('th');
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
  if (next === undefined || claims.length === 0) return null;
  const language = i18n.language === 'en' ? 'en' : 'th';
  if (next === null)
    return <Alert className="no-print" type="info" showIcon title={t('ui.approvals.noPlannedMeeting')} style={{ marginBottom: 12 }} />;

  async function add(meeting: MeetingSummary) {
    const result = await api.fund['meetings.addAgenda']({
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      items: claims.map((claim) => agendaItem(claim, th)),
    });
    if (!result.ok) return void message.error(localized(result.error.message));
    setAdded(true);
    void message.success(t('ui.approvals.agendaAdded', { count: claims.length, meeting: meetingTitleOn(t, meeting, language) }));
  }

  return (
    <Alert
      className="no-print"
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('ui.approvals.nextMeeting', { meeting: meetingTitleOn(t, next, language) })}
      action={
        <WriteAction>
          <Button size="small" type="primary" disabled={added} onClick={() => void add(next)} data-testid="approvals-to-agenda">
            {added ? t('ui.approvals.agendaDone') : t('ui.approvals.toAgenda', { count: claims.length })}
          </Button>
        </WriteAction>
      }
    />
  );
}
