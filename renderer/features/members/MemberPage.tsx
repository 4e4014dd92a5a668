import { Alert, Button, Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { StatementPanel } from '../contributions/StatementPanel';
import { MemberWelfarePanel } from '../welfare/MemberWelfarePanel';
import { DependentsPanel } from './DependentsPanel';
import { EditMemberForm } from './EditMemberForm';
import { HistoryPanel } from './HistoryPanel';
import { MemberHistoryLinesPanel } from '../history/MemberHistoryLinesPanel';
import { useFundProfile } from './use-fund-profile';
import { statusColors } from './status-colors';
import { StatusPanel } from './StatusPanel';
import { VoidMemberModal } from './VoidMemberModal';
import { WriteAction } from '../../app/fund-access';
import { memberCategoriesOn } from '../../../shared/domain/members/member-categories';
import { todayIso } from '../../components/today';
import type { PersonalData } from '../../../shared/api/privacy-types';
import { localized } from '../../components/api-errors';
import { AccessLogPanel } from './AccessLogPanel';
import { MemberDataExportButton } from './MemberDataExportButton';
import { PersonalDescriptions } from './PersonalDescriptions';

/** One member: profile, contributions (statement, arrears, record a payment), status events, dependents, welfare, history. */
export function MemberPage({ memberId, navigate }: { memberId: number; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [member, setMember] = useState<MemberDetail>();
  const [editing, setEditing] = useState(false);
  const [isVoiding, setVoiding] = useState(false);
  const [revision, setRevision] = useState(0);
  const [personal, setPersonal] = useState<PersonalData>();
  const [problem, setProblem] = useState<string>();
  const fund = useFundProfile();

  /** Full personal data for a screen: the backend logs the look before it answers (issue 20 §3). */
  async function reveal(screen: 'profile' | 'edit'): Promise<boolean> {
    setProblem(undefined);
    if (member?.personalClearedOn) return false;
    const result = await api.fund['members.revealPersonal']({ memberId, screen });
    if (!result.ok) {
      setProblem(localized(result.error.message));
      return false;
    }
    setPersonal(result.value);
    setRevision((value) => value + 1);
    return true;
  }

  const reload = useCallback(async () => {
    const result = await api.fund['members.get']({ memberId });
    if (result.ok) setMember(result.value);
    // What was shown stays shown only as long as the record it came from.
    setPersonal(undefined);
    setRevision((value) => value + 1);
  }, [memberId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!member) return <Spin />;
  const language = i18n.language === 'en' ? 'en' : 'th';

  return (
    <Card
      title={
        <Space>
          {/* A registration voided as made in error stays readable, struck through (issue 14 §17). */}
          <Typography.Text delete={member.void !== null} data-testid="member-title">
            {`${member.memberNo} · ${member.title}${member.firstName} ${member.lastName}`}
          </Typography.Text>
          {member.void ? (
            <Tag color="red" data-testid="member-status">
              {t('ui.memberVoid.tag')}
            </Tag>
          ) : (
            <Tag color={statusColors[member.status]} data-testid="member-status">
              {t(`statuses.${member.status}`)}
            </Tag>
          )}
        </Space>
      }
      extra={<Button onClick={() => navigate({ page: 'members' })}>{t('ui.common.back')}</Button>}
    >
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} data-testid="member-problem" />}
      {member.void && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="member-voided"
          title={t('ui.memberVoid.voided', { date: formatDate(member.void.voidedOn, language), reason: member.void.reason })}
          description={t('ui.memberVoid.voidedHint')}
        />
      )}
      <Tabs
        defaultActiveKey="contributions"
        items={[
          {
            key: 'contributions',
            label: t('ui.members.tabs.contributions'),
            children: <StatementPanel key={revision} member={member} navigate={navigate} />,
          },
          {
            key: 'profile',
            label: t('ui.members.tabs.profile'),
            children: editing ? (
              <EditMemberForm
                member={personal ? { ...member, ...personal } : member}
                onDone={(saved) => {
                  setEditing(false);
                  if (saved) void reload();
                }}
              />
            ) : (
              <>
                <PersonalDescriptions member={member} personal={personal} onReveal={() => void reveal('profile')} />
                <Descriptions bordered column={2} size="small" style={{ marginTop: 12 }}>
                  <Descriptions.Item label={t('ui.members.categoriesToday')} span={2}>
                    <span data-testid="member-categories-view">
                      {memberCategoriesOn(member.birthDate, member.categories, todayIso()).map((category) => (
                        <Tag key={category}>{t(`memberCategories.${category}`)}</Tag>
                      ))}
                    </span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.appliedOn')}>{formatDate(member.appliedOn, language)}</Descriptions.Item>
                  <Descriptions.Item
                    label={t('fields.approvedOn')}
                  >{`${formatDate(member.approvedOn, language)} (${member.approvalRef})`}</Descriptions.Item>
                </Descriptions>
                {!member.void && (
                  <Space style={{ marginTop: 16 }} wrap>
                    <WriteAction>
                      <Button data-testid="edit-member" onClick={() => void reveal('edit').then((isShown) => setEditing(isShown))}>
                        {t('ui.common.edit')}
                      </Button>
                    </WriteAction>
                    <MemberDataExportButton memberId={member.id} onDone={() => setRevision((value) => value + 1)} />
                    <WriteAction>
                      <Button danger data-testid="member-void" onClick={() => setVoiding(true)}>
                        {t('ui.memberVoid.button')}
                      </Button>
                    </WriteAction>
                  </Space>
                )}
                {isVoiding && (
                  <VoidMemberModal
                    member={member}
                    onClose={() => setVoiding(false)}
                    onVoided={() => {
                      setVoiding(false);
                      void reload();
                    }}
                  />
                )}
              </>
            ),
          },
          { key: 'status', label: t('ui.members.tabs.status'), children: <StatusPanel member={member} onChanged={() => void reload()} /> },
          {
            key: 'dependents',
            label: t('ui.members.tabs.dependents'),
            children: <DependentsPanel member={member} onChanged={() => void reload()} />,
          },
          {
            key: 'welfare',
            label: t('ui.members.tabs.welfare'),
            children: <MemberWelfarePanel memberId={member.id} navigate={navigate} revision={revision} />,
          },
          {
            key: 'history',
            label: t('ui.members.tabs.history'),
            children: <HistoryPanel key={revision} memberId={member.id} isRevealed={personal !== undefined} />,
          },
          {
            key: 'access',
            label: t('ui.privacy.accessTab'),
            children: <AccessLogPanel key={revision} memberId={member.id} />,
          },
          // Only a member from before the opening date can have history imported from the old books (Decision 10).
          ...(fund && member.approvedOn < fund.openedOn
            ? [
                {
                  key: 'before',
                  label: t('ui.members.tabs.before'),
                  children: <MemberHistoryLinesPanel memberId={member.id} onChanged={() => void reload()} />,
                },
              ]
            : []),
        ]}
      />
      {/* The number of saved editions of the record, and where the earlier ones are (issue 14 §18). */}
      <Typography.Text type="secondary" data-testid="member-version">
        {member.version === 1 ? t('ui.members.neverEdited') : t('ui.members.editedTimes', { count: member.version - 1 })}
      </Typography.Text>
    </Card>
  );
}
