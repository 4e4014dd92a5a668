import { Button, Card, Descriptions, Input, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim, WelfareTypeView } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { ExplanationList } from './ExplanationList';
import { DecideClaimModal } from './DecideClaimModal';
import { PayClaimModal } from './PayClaimModal';
import { RecheckClaimModal } from './RecheckClaimModal';
import { ReverseClaimModal } from './ReverseClaimModal';
import { WriteAction } from '../../app/fund-access';
import { useVillages } from '../villages/use-villages';
import { villageLabel } from '../villages/village-label';

const stateColors: Record<string, string> = { pending: 'gold', approved: 'blue', rejected: 'default', paid: 'green', reversed: 'red' };
const pageSize = 20;

type Filter = {
  query?: string;
  from?: string;
  to?: string;
  typeId?: number;
  villageId?: number;
  state?: WelfareClaim['state'] | 'reversed';
};
type Action = { claim: WelfareClaim; action: 'approve' | 'reject' | 'pay' | 'reverse' | 'recheck' };

type Props = {
  types: WelfareTypeView[];
  navigate: Navigate;
  /** Set on a member's page: that member's own welfare history. */
  memberId?: number;
  /** Bumped by the parent when a claim was recorded elsewhere. */
  revision?: number;
  onChanged?: () => void;
};

const isDate = (value: string | undefined) => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The welfare register (filterable by period, type, village, state), with the committee's and treasurer's actions. */
export function ClaimsRegister({ types, navigate, memberId, revision = 0, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [filter, setFilter] = useState<Filter>({});
  const { villages } = useVillages();
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<WelfareClaim[]>([]);
  const [total, setTotal] = useState(0);
  const [problem, setProblem] = useState<string>();
  const [action, setAction] = useState<Action>();

  const load = useCallback(async () => {
    const query = {
      ...(filter.query ? { query: filter.query } : {}),
      ...(isDate(filter.from) ? { from: filter.from } : {}),
      ...(isDate(filter.to) ? { to: filter.to } : {}),
      ...(filter.typeId !== undefined ? { typeId: filter.typeId } : {}),
      ...(filter.villageId !== undefined ? { villageId: filter.villageId } : {}),
      ...(filter.state !== undefined ? { state: filter.state } : {}),
      ...(memberId !== undefined ? { memberId } : {}),
      offset: (page - 1) * pageSize,
      limit: pageSize,
    };
    const result = await api.fund['welfare.claims'](query);
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    setRows(result.value.rows);
    setTotal(result.value.total);
  }, [filter, page, memberId]);

  useEffect(() => {
    void load();
  }, [load, revision]);

  function changeFilter(next: Partial<Filter>) {
    setFilter((current) => ({ ...current, ...next }));
    setPage(1);
  }

  function done() {
    setAction(undefined);
    void load();
    onChanged?.();
  }

  const stateOf = (claim: WelfareClaim) => (claim.reversal ? 'reversed' : claim.state);

  return (
    <Card
      title={memberId === undefined ? t('ui.welfare.claims') : t('ui.welfareRegister.memberHistory')}
      style={{ marginBottom: 16 }}
      extra={
        memberId === undefined && (
          <Button onClick={() => navigate({ page: 'approvals' })} data-testid="open-approvals">
            {t('ui.approvals.open')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }} data-testid="register-filters">
        {memberId === undefined && (
          <>
            <Input.Search
              allowClear
              placeholder={t('ui.welfareRegister.search')}
              style={{ width: 260 }}
              onSearch={(text) => changeFilter({ query: text.trim() || undefined })}
              data-testid="register-search"
            />
            <span>{t('ui.welfareRegister.from')}</span>
            <BuddhistDateInput
              value={filter.from ?? ''}
              onChange={(from) => changeFilter({ from })}
              style={{ width: 130 }}
              data-testid="register-from"
            />
            <span>{t('ui.welfareRegister.to')}</span>
            <BuddhistDateInput
              value={filter.to ?? ''}
              onChange={(to) => changeFilter({ to })}
              style={{ width: 130 }}
              data-testid="register-to"
            />
          </>
        )}
        <Select
          allowClear
          placeholder={t('ui.welfareRegister.allTypes')}
          style={{ width: 220 }}
          value={filter.typeId}
          onChange={(typeId?: number) => changeFilter({ typeId })}
          options={types.map((type) => ({ value: type.id, label: language === 'en' ? type.nameEn : type.nameTh }))}
          data-testid="register-type"
        />
        {memberId === undefined && (
          <Select
            allowClear
            placeholder={t('ui.welfareRegister.allVillages')}
            style={{ width: 180 }}
            value={filter.villageId}
            onChange={(villageId?: number) => changeFilter({ villageId })}
            options={[
              ...(villages ?? []).map((village) => ({
                value: village.id,
                label: villageLabel(t, village),
                keywords: [String(village.moo ?? '')],
              })),
              { value: 0, label: t('ui.villages.noVillage') },
            ]}
            data-testid="register-village"
          />
        )}
        <Select
          allowClear
          placeholder={t('ui.welfareRegister.allStates')}
          style={{ width: 150 }}
          value={filter.state}
          onChange={(state?: Filter['state']) => changeFilter({ state })}
          options={['pending', 'approved', 'rejected', 'paid', 'reversed'].map((state) => ({
            value: state,
            label: t(`ui.welfare.states.${state}`),
          }))}
          data-testid="register-state"
        />
        {problem && <Tag color="red">{problem}</Tag>}
      </Space>
      <Table<WelfareClaim>
        rowKey="id"
        size="middle"
        dataSource={rows}
        data-testid={memberId === undefined ? 'welfare-claims' : 'member-welfare'}
        pagination={{
          current: page,
          pageSize,
          total,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (count) => t('ui.welfareRegister.total', { count }),
        }}
        expandable={{
          expandedRowRender: (claim) => (
            <>
              <Descriptions size="small" column={2}>
                {claim.decisionRef && <Descriptions.Item label={t('fields.meetingRef')}>{claim.decisionRef}</Descriptions.Item>}
                {claim.rejectionReason && <Descriptions.Item label={t('fields.reason')}>{claim.rejectionReason}</Descriptions.Item>}
                {claim.reversal && (
                  <Descriptions.Item
                    label={t('fields.reversedOn')}
                  >{`${formatDate(claim.reversal.reversedOn, language)} — ${claim.reversal.reason}`}</Descriptions.Item>
                )}
                {claim.payments.map((payment) => (
                  <Descriptions.Item key={payment.voucherId} label={payment.voucherNo}>
                    {t('ui.welfareRegister.payment', {
                      payee: payment.payeeName,
                      net: formatBaht(payment.netSatang),
                      date: formatDate(payment.paidOn, language),
                    })}
                    {payment.deductedSatang > 0 &&
                      ` ${t('ui.welfareRegister.deducted', { amount: formatBaht(payment.deductedSatang), receiptNo: payment.arrearsReceiptNo ?? '' })}`}
                  </Descriptions.Item>
                ))}
              </Descriptions>
              <ExplanationList lines={claim.decision.lines} />
            </>
          ),
        }}
        columns={[
          {
            title: t('fields.claimNo'),
            key: 'claimNo',
            width: 130,
            render: (_value, claim) => (
              <a onClick={() => navigate({ page: 'claim', claimId: claim.id })} data-testid={`claim-sheet-${claim.claimNo}`}>
                {claim.claimNo}
              </a>
            ),
          },
          { title: t('fields.eventDate'), dataIndex: 'eventDate', width: 120, render: (value: string) => formatDate(value, language) },
          {
            title: t('fields.typeId'),
            key: 'type',
            render: (_value, claim) => (language === 'en' ? claim.typeName.en : claim.typeName.th),
          },
          ...(memberId === undefined
            ? [
                {
                  title: t('ui.members.memberNo'),
                  key: 'memberNo',
                  width: 90,
                  render: (_value: unknown, claim: WelfareClaim) => claim.member.memberNo,
                },
                {
                  title: t('fields.memberId'),
                  key: 'member',
                  width: 200,
                  render: (_value: unknown, claim: WelfareClaim) => (
                    <a onClick={() => navigate({ page: 'member', memberId: claim.memberId })}>{claim.member.name}</a>
                  ),
                },
                {
                  title: t('fields.village'),
                  key: 'village',
                  width: 150,
                  render: (_value: unknown, claim: WelfareClaim) =>
                    claim.member.village === '' && claim.member.moo === null
                      ? ''
                      : villageLabel(t, { moo: claim.member.moo, name: claim.member.village }),
                },
              ]
            : []),
          {
            title: t('fields.amountSatang'),
            dataIndex: 'amountSatang',
            width: 120,
            align: 'right',
            // A claim kept on file though ineligible says so, rather than "0.00" as if it were a payout.
            render: (value: number, claim) =>
              claim.decision.eligible ? formatBaht(value) : <Tag color="orange">{t('ui.welfare.notEligibleShort')}</Tag>,
          },
          {
            title: t('fields.status'),
            key: 'state',
            width: 120,
            render: (_value, claim) => <Tag color={stateColors[stateOf(claim)]}>{t(`ui.welfare.states.${stateOf(claim)}`)}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            width: 230,
            render: (_value, claim) => (
              <Space wrap>
                {claim.state === 'pending' && claim.amountSatang > 0 && (
                  <WriteAction>
                    <Button size="small" onClick={() => setAction({ claim, action: 'approve' })} data-testid={`claim-approve-${claim.id}`}>
                      {t('ui.welfare.approve')}
                    </Button>
                  </WriteAction>
                )}
                {claim.state === 'pending' && (
                  <WriteAction>
                    <Button
                      size="small"
                      danger
                      onClick={() => setAction({ claim, action: 'reject' })}
                      data-testid={`claim-reject-${claim.id}`}
                    >
                      {t('ui.welfare.reject')}
                    </Button>
                  </WriteAction>
                )}
                {claim.state === 'pending' && (
                  <WriteAction>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setAction({ claim, action: 'recheck' })}
                      data-testid={`claim-recheck-${claim.id}`}
                    >
                      {t('ui.welfareRecheck.button')}
                    </Button>
                  </WriteAction>
                )}
                {claim.state === 'approved' && (
                  <WriteAction>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setAction({ claim, action: 'pay' })}
                      data-testid={`claim-pay-${claim.id}`}
                    >
                      {t('ui.welfare.pay')}
                    </Button>
                  </WriteAction>
                )}
                {claim.payments.map((payment) => (
                  <Button
                    key={payment.voucherId}
                    size="small"
                    type="link"
                    onClick={() => navigate({ page: 'voucher', voucherId: payment.voucherId, from: 'welfare' })}
                    data-testid={`claim-voucher-${payment.voucherNo}`}
                  >
                    {payment.voucherNo}
                  </Button>
                ))}
                {claim.state === 'paid' && !claim.reversal && (
                  <WriteAction>
                    <Button
                      size="small"
                      danger
                      type="text"
                      onClick={() => setAction({ claim, action: 'reverse' })}
                      data-testid={`claim-reverse-${claim.id}`}
                    >
                      {t('ui.welfareReverse.button')}
                    </Button>
                  </WriteAction>
                )}
              </Space>
            ),
          },
        ]}
      />
      {(action?.action === 'approve' || action?.action === 'reject') && (
        <DecideClaimModal claim={action.claim} action={action.action} onClose={() => setAction(undefined)} onDecided={done} />
      )}
      {action?.action === 'pay' && (
        <PayClaimModal
          claim={action.claim}
          onClose={() => setAction(undefined)}
          onPaid={(claim) => {
            done();
            const first = claim.payments[0];
            if (first && claim.payments.length === 1) navigate({ page: 'voucher', voucherId: first.voucherId, from: 'welfare' });
          }}
        />
      )}
      {action?.action === 'recheck' && (
        <RecheckClaimModal
          claim={action.claim}
          type={types.find((type) => type.id === action.claim.typeId)}
          onClose={() => setAction(undefined)}
          onChecked={() => {
            void load();
            onChanged?.();
          }}
        />
      )}
      {action?.action === 'reverse' && <ReverseClaimModal claim={action.claim} onClose={() => setAction(undefined)} onReversed={done} />}
    </Card>
  );
}
