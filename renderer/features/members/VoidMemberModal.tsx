import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { ReasonModal } from '../../components/ReasonModal';

/**
 * A registration made in error (a member keyed twice, the wrong person) is voided with a reason, never deleted
 * (issue 14 §17). The backend refuses it once anything was posted for the member, and says what; the dialog
 * shows that refusal in place.
 */
export function VoidMemberModal({ member, onClose, onVoided }: { member: MemberDetail; onClose: () => void; onVoided: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      title={t('ui.memberVoid.title', { memberNo: member.memberNo, name: `${member.title}${member.firstName} ${member.lastName}` })}
      explanation={t('ui.memberVoid.explain')}
      okText={t('ui.memberVoid.confirm')}
      placeholder={t('ui.memberVoid.reasonPlaceholder')}
      testId="member-void"
      submit={(reason) => api.fund['members.void']({ memberId: member.id, expectedVersion: member.version, reason })}
      onClose={onClose}
      onDone={() => onVoided()}
    />
  );
}
