import { Alert, Button, Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
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
import { villageLabel } from '../villages/village-label';

/** One member: profile, contributions (statement, arrears, record a payment), status events, dependents, welfare, history. */
export function MemberPage({ memberId, navigate }: { memberId: number; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [member, setMember] = useState<MemberDetail>();
  const [editing, setEditing] = useState(false);
  const [isVoiding, setVoiding] = useState(false);
  const [revision, setRevision] = useState(0);
  const fund = useFundProfile();

  const reload = useCallback(async () => {
    const result = await api.fund['members.get']({ memberId });
    if (result.ok) setMember(result.value);
    setRevision((value) => value + 1);
  }, [memberId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!member) return <Spin />;
  const language = i18n.language === 'en' ? 'en' : 'th';
  const address = [
    member.houseNo,
    member.village ? villageLabel(t, member.village) : '',
    member.soi,
    member.road,
    member.subdistrict,
    member.district,
    member.province,
    member.postcode,
  ]
    .filter(Boolean)
    .join(' ');

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
                member={member}
                onDone={(saved) => {
                  setEditing(false);
                  if (saved) void reload();
                }}
              />
            ) : (
              <>
                <Descriptions bordered column={2} size="small">
                  <Descriptions.Item label={t('fields.citizenId')}>
                    {member.citizenId ? formatThaiId(member.citizenId) : `— (${member.noIdReason ?? ''})`}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.gender')}>{t(`ui.members.${member.gender}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.birthDate')}>{formatDate(member.birthDate, language, 'long')}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.phone')}>{member.phone}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.address')} span={2}>
                    {address}
                  </Descriptions.Item>
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
                  <Descriptions.Item label={t('fields.beneficiaries')} span={2}>
                    {member.beneficiaries
                      .map((beneficiary) => `${beneficiary.fullName} (${beneficiary.relationship}, ${beneficiary.share})`)
                      .join(', ') || '—'}
                  </Descriptions.Item>
                </Descriptions>
                {!member.void && (
                  <Space style={{ marginTop: 16 }}>
                    <WriteAction>
                      <Button data-testid="edit-member" onClick={() => setEditing(true)}>
                        {t('ui.common.edit')}
                      </Button>
                    </WriteAction>
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
          { key: 'history', label: t('ui.members.tabs.history'), children: <HistoryPanel key={revision} memberId={member.id} /> },
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
