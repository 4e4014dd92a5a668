import { useTranslation } from 'react-i18next';
import type { ApplicationRow } from '../../../shared/api/application-types';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { NextMeetingAgenda } from '../meetings/NextMeetingAgenda';

/** One agenda item per waiting claim, as the committee reads it: number, kind, member, amount. */
function agendaItem(claim: WelfareClaim, th: (key: string, params?: Record<string, unknown>) => string): string {
  return th('ui.approvals.agendaItem', {
    claimNo: claim.claimNo,
    type: claim.typeName.th,
    member: `${claim.member.memberNo} ${claim.member.name}`,
    amount: claim.decision.eligible ? formatBaht(claim.amountSatang) : th('ui.welfare.notEligibleShort'),
  });
}

/** One agenda item per applicant waiting: her name and the day she applied. */
function applicantItem(applicant: ApplicationRow, th: (key: string, params?: Record<string, unknown>) => string): string {
  return th('ui.approvals.applicantItem', { name: applicant.fullName, date: formatDate(applicant.appliedOn, 'th') });
}

/**
 * The meeting paper fills the agenda of the next planned committee meeting (issue 17 §2): each waiting applicant
 * and each waiting claim becomes an item of its agenda. Off the printout.
 */
export function AgendaFromClaims({ claims, applicants }: { claims: readonly WelfareClaim[]; applicants: readonly ApplicationRow[] }) {
  const { i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const items = [...applicants.map((applicant) => applicantItem(applicant, th)), ...claims.map((claim) => agendaItem(claim, th))];
  return <NextMeetingAgenda items={items} messages="ui.approvals" testId="approvals-to-agenda" />;
}
