import { Button, Card, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant, GrantRegister, GrantStatus, MatchingRound } from '../../../shared/api/grant-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { WriteAction } from '../../app/fund-access';
import { AddGrantModal } from './AddGrantModal';
import { EditGrantModal } from './EditGrantModal';
import { GrantStepModal } from './GrantStepModal';
import { PastRoundModal } from './PastRoundModal';
import { ProposalCard } from './ProposalCard';
import { ReceiveGrantModal } from './ReceiveGrantModal';
import { ReverseGrantModal } from './ReverseGrantModal';
import { RoundMembersModal } from './RoundMembersModal';

const statusColors: Record<GrantStatus, string> = {
  draft: 'default',
  'in-process': 'processing',
  received: 'success',
  cancelled: 'error',
  reversed: 'warning',
};

type Dialog =
  | { kind: 'add' }
  | { kind: 'step'; grant: Grant }
  | { kind: 'receive'; grant: Grant }
  | { kind: 'reverse'; grant: Grant }
  | { kind: 'edit'; grant: Grant }
  | { kind: 'pastRound' }
  | { kind: 'round'; round: MatchingRound };

const money = (satang: number | null) => (satang === null ? '' : formatBaht(satang));

/**
 * เงินสนับสนุน (issue 16 §3): the register of grants from CODI, the government through CODI, local government and
 * other agencies, each with its status and history; receiving one into the account the money went to; the
 * government matching rounds with the members each counted; and the matching-grant proposal to print.
 */
export function GrantsPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [register, setRegister] = useState<GrantRegister>();
  const [dialog, setDialog] = useState<Dialog>();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => {
    void api.fund['grants.list']({}).then((result) => result.ok && setRegister(result.value));
  }, []);
  useEffect(reload, [reload, version]);
  const done = () => {
    setDialog(undefined);
    setVersion((value) => value + 1);
  };
  const date = (value: string | null) => (value === null ? '' : formatDate(value, language));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="grants-page">
      <Card
        title={t('ui.grants.title')}
        extra={
          <WriteAction>
            <Button type="primary" onClick={() => setDialog({ kind: 'add' })} data-testid="grant-add">
              {t('ui.grants.add')}
            </Button>
          </WriteAction>
        }
      >
        <Table<Grant>
          data-testid="grants-table"
          rowKey="id"
          size="middle"
          pagination={false}
          loading={!register}
          dataSource={register?.grants ?? []}
          locale={{ emptyText: t('ui.grants.none') }}
          expandable={{
            expandedRowRender: (grant) => (
              <Timeline
                items={grant.history.map((step) => ({
                  content: `${date(step.changedOn)} · ${t(`ui.grants.statuses.${step.status}`)}${step.note ? ` · ${step.note}` : ''}`,
                }))}
              />
            ),
          }}
          columns={[
            {
              title: t('fields.subject'),
              key: 'subject',
              render: (_value, grant) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{grant.subject}</Typography.Text>
                  <Typography.Text type="secondary">
                    {grant.round
                      ? `${t(`ui.grants.sources.${grant.source}`)} ${t('ui.grants.roundShort', { roundNo: grant.round.roundNo })}`
                      : t(`ui.grants.sources.${grant.source}`)}
                    {grant.reference ? ` · ${grant.reference}` : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('fields.requestedOn'), dataIndex: 'requestedOn', width: 110, render: date },
            { title: t('ui.grants.requested'), dataIndex: 'amountRequestedSatang', width: 105, align: 'right', render: money },
            { title: t('ui.grants.approved'), dataIndex: 'amountApprovedSatang', width: 105, align: 'right', render: money },
            {
              title: t('ui.grants.received'),
              key: 'received',
              width: 130,
              align: 'right',
              render: (_value, grant) =>
                grant.receivedSatang === null ? (
                  ''
                ) : (
                  <Space orientation="vertical" size={0} align="end">
                    {money(grant.receivedSatang)}
                    <Typography.Text type="secondary">{date(grant.receivedOn)}</Typography.Text>
                  </Space>
                ),
            },
            {
              title: t('fields.status'),
              dataIndex: 'status',
              width: 120,
              render: (status: GrantStatus) => (
                <Tag color={statusColors[status]} data-testid={`grant-status-${status}`}>
                  {t(`ui.grants.statuses.${status}`)}
                </Tag>
              ),
            },
            {
              title: '',
              key: 'actions',
              width: 200,
              render: (_value, grant) =>
                grant.status === 'draft' || grant.status === 'in-process' ? (
                  <Space size={4} wrap>
                    <WriteAction>
                      <Button size="small" onClick={() => setDialog({ kind: 'edit', grant })} data-testid={`grant-edit-${grant.id}`}>
                        {t('ui.grants.edit')}
                      </Button>
                    </WriteAction>
                    <WriteAction>
                      <Button size="small" onClick={() => setDialog({ kind: 'step', grant })} data-testid={`grant-step-${grant.id}`}>
                        {t('ui.grants.step')}
                      </Button>
                    </WriteAction>
                    <WriteAction>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDialog({ kind: 'receive', grant })}
                        data-testid={`grant-receive-${grant.id}`}
                      >
                        {t('ui.grants.receive')}
                      </Button>
                    </WriteAction>
                  </Space>
                ) : grant.journalEntryNo ? (
                  <Space orientation="vertical" size={0} align="start">
                    <Space size={4}>
                      <Button type="link" size="small" onClick={() => navigate({ page: 'cashbook' })}>
                        {grant.journalEntryNo}
                      </Button>
                      {grant.status === 'received' && (
                        <WriteAction>
                          <Button
                            size="small"
                            danger
                            onClick={() => setDialog({ kind: 'reverse', grant })}
                            data-testid={`grant-reverse-${grant.id}`}
                          >
                            {t('ui.grants.reverse')}
                          </Button>
                        </WriteAction>
                      )}
                    </Space>
                    {grant.reversal && (
                      <Typography.Text type="secondary">
                        {t('ui.grants.reversedAs', { entryNo: grant.reversal.journalEntryNo })}
                      </Typography.Text>
                    )}
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card
        title={t('ui.grants.rounds')}
        extra={
          <WriteAction>
            <Button onClick={() => setDialog({ kind: 'pastRound' })} data-testid="round-past-add">
              {t('ui.grants.addPastRound')}
            </Button>
          </WriteAction>
        }
      >
        <Typography.Paragraph type="secondary">{t('ui.grants.roundsIntro')}</Typography.Paragraph>
        <Table<MatchingRound>
          data-testid="rounds-table"
          className="clickable-rows"
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={register?.rounds ?? []}
          locale={{ emptyText: t('ui.grants.noRounds') }}
          onRow={(round) => ({ onClick: () => setDialog({ kind: 'round', round }) })}
          columns={[
            { title: t('fields.roundNo'), dataIndex: 'roundNo', width: 90, align: 'center' },
            {
              title: t('ui.grants.cutoff'),
              dataIndex: 'cutoffYear',
              width: 160,
              render: (year: number) => t('ui.grants.cutoffOption', { year: toBuddhistYear(year) }),
            },
            { title: t('fields.membersCounted'), dataIndex: 'membersCounted', width: 140, align: 'right' },
            { title: t('ui.grants.membersKnown'), dataIndex: 'membersKnown', width: 160, align: 'right' },
            { title: t('fields.amountSatang'), dataIndex: 'amountSatang', width: 140, align: 'right', render: money },
            {
              title: t('fields.status'),
              key: 'status',
              render: (_value, round) =>
                round.grantStatus === null
                  ? t('ui.grants.pastRound')
                  : round.cancelled
                    ? t(`ui.grants.statuses.${round.grantStatus === 'reversed' ? 'reversed' : 'cancelled'}`)
                    : t(`ui.grants.statuses.${round.grantStatus}`),
            },
            {
              title: '',
              key: 'open',
              width: 120,
              render: (_value, round) => (
                <Button type="link" size="small" data-testid={`round-open-${round.roundNo}`}>
                  {t('ui.grants.members')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <ProposalCard version={version} />
      {dialog?.kind === 'add' && <AddGrantModal onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'step' && <GrantStepModal grant={dialog.grant} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'receive' && <ReceiveGrantModal grant={dialog.grant} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'edit' && <EditGrantModal grant={dialog.grant} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'reverse' && <ReverseGrantModal grant={dialog.grant} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'pastRound' && <PastRoundModal onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'round' && <RoundMembersModal round={dialog.round} onClose={() => setDialog(undefined)} navigate={navigate} />}
    </Space>
  );
}
